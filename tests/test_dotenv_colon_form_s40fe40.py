"""files.env_template (issue 12, s40 fe40 = reader rv40, numerique-gouv/moncomptepro-test-client): a Node OpenID test client
(`import "dotenv/config"`) commits a root .env written `KEY: value` (HOST: http://localhost:3000, MCP_CLIENT_SECRET: client_secret,
SESSION_SECRET: CeciEstUnFauxSecret…), a form Node's dotenv reads like KEY=value since its version 15; the README links it as the list
of the variables and their defaults. The auditor read only `KEY=value` lines, found no setting in the file and gave env_template
null. A line of an env-family file written `KEY: value` is now read as `KEY=value`, and a value of words saying it is a fake secret
("ceci est un faux secret") is a placeholder. Near misses: a YAML settings file of the same lines (not of the env family) stays out;
the same .env holding a random secret stays no template and a probable secret."""

from __future__ import annotations

from auditor.engine import AuditOptions, audit
from tests.gitrepo import make_repo

PKG = ('{"name": "oidc-client", "version": "1.0.0", "type": "module", "main": "index.js", "scripts": {"start": "node index.js"}, '
       '"dependencies": {"dotenv": "^16.4.5", "express": "^4.19.2", "openid-client": "^5.6.5"}}\n')
INDEX = """import "dotenv/config";
import express from "express";

const port = parseInt(process.env.PORT, 10) || 3000;
const app = express();
app.locals.title = process.env.SITE_TITLE;
const client = { id: process.env.OIDC_CLIENT_ID, secret: process.env.OIDC_CLIENT_SECRET, issuer: process.env.OIDC_PROVIDER };
app.set("secret", process.env.SESSION_SECRET);
app.listen(port, () => console.log(client.issuer));
"""
README = "# Client de test\n\nUn client OpenID Connect pour tester le fournisseur d'identité.\n\n## Installation\n\n```\nnpm i\nnpm start\n```\n"
COLON_ENV = ('HOST: http://localhost:3000\nPORT: 3000\nSITE_TITLE: "Bonjour monde !"\nOIDC_CLIENT_ID: client_id\n'
             'OIDC_CLIENT_SECRET: client_secret\nOIDC_PROVIDER: https://sandbox.exemple.fr/\nSESSION_SECRET: CeciEstUnFauxSecret\n')


def _report(tmp_path, extra: dict) -> dict:
    files = {"README.md": README, "package.json": PKG, "index.js": INDEX, **extra}
    repo = make_repo(tmp_path / "r", [{"files": files, "date": "2026-03-02T10:00:00Z", "message": "init", "author": ("Alice Martin", "alice@exemple.fr")}])
    return audit(str(repo), AuditOptions(cache_dir=tmp_path / "c", offline=True, only=["reusability.configuration", "reusability.secrets"]))


def test_a_dotenv_written_key_colon_value_is_the_template(tmp_path):
    report = _report(tmp_path, {".env": COLON_ENV})
    assert report["facts"]["files"]["env_template"] == ".env"  # was None (no KEY=value line)
    secrets = next(r for r in report["results"] if r["id"] == "reusability.secrets")
    assert not any(e.get("path") == ".env" for e in secrets["evidence"] if e.get("kind") == "finding"), secrets["evidence"]


def test_the_equal_form_with_its_fake_secret_is_the_template_too(tmp_path):
    env = "".join(line.replace(": ", "=", 1) + "\n" for line in COLON_ENV.splitlines())
    assert _report(tmp_path, {".env": env})["facts"]["files"]["env_template"] == ".env"


def test_a_yaml_file_of_the_same_lines_is_no_env_template(tmp_path):
    report = _report(tmp_path, {"settings.yml": COLON_ENV})
    assert report["facts"]["files"]["env_template"] is None


def test_the_colon_env_holding_a_random_secret_stays_no_template_and_a_finding(tmp_path):
    env = COLON_ENV.replace("CeciEstUnFauxSecret", "q8Zr2LkV9xWm4Tb7Np1Hc6Jd3Fs0Gy5Ke8Ua2Ro")
    report = _report(tmp_path, {".env": env})
    assert report["facts"]["files"]["env_template"] is None
    secrets = next(r for r in report["results"] if r["id"] == "reusability.secrets")
    assert any(e.get("path") == ".env" and e.get("line") == 7 for e in secrets["evidence"]), secrets["evidence"]
