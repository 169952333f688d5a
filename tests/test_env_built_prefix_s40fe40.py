"""files.env_template (issue 12, s40 fe40 = reader rv40, InseeFrLab/Mapex): a Create React App front end commits a root .env of
empty REACT_APP_* keys, the settings each deployment fills; the code reads them only through a helper that builds the name,
process.env[`REACT_APP_${key}`]. env_reads found no read of the .env's names, called the file unread, and files.env_template was
null. A read of a name built from a prefix (`PREFIX_${key}`, "PREFIX_" + key, f"PREFIX_{key}") reads every variable of that prefix:
the .env is now the template. Near misses: the same .env whose keys nothing reads, literally or built, stays unread; a .env holding
a real-looking secret stays no template and stays a secret finding."""

from __future__ import annotations

from auditor.engine import AuditOptions, audit
from tests.gitrepo import make_repo

PKG = ('{"name": "carte", "version": "0.1.0", "private": true, "dependencies": {"react": "^17.0.2", "react-dom": "^17.0.2", '
       '"react-scripts": "4.0.3"}, "scripts": {"start": "react-scripts start", "build": "react-scripts build"}}\n')
HELPER = "export const getEnvVar = key =>\n  window?._env_?.[key] || process.env[`REACT_APP_${key}`];\n"
API = "import { getEnvVar } from './env';\n\nexport const BASE_URL = getEnvVar('BACK_URL');\nexport const MAPS_KEY = getEnvVar('MAPS_KEY');\n"
README = "# Carte\n\nCarte des adresses à visiter.\n\n## Installation\n\n```bash\nyarn\n```\n"
EMPTY_ENV = "REACT_APP_LOCAL=\nREACT_APP_BACK_URL=\nREACT_APP_MAPS_KEY=\n"


def _report(tmp_path, extra: dict) -> dict:
    files = {"README.md": README, "package.json": PKG, "src/index.js": "import './api';\n", **extra}
    repo = make_repo(tmp_path / "r", [{"files": files, "date": "2026-03-02T10:00:00Z", "message": "init", "author": ("Alice Martin", "alice@exemple.fr")}])
    return audit(str(repo), AuditOptions(cache_dir=tmp_path / "c", offline=True, only=["reusability.configuration", "reusability.secrets"]))


def test_an_env_of_empty_keys_read_through_a_built_prefix_is_the_template(tmp_path):
    report = _report(tmp_path, {".env": EMPTY_ENV, "src/env.js": HELPER, "src/api.js": API})
    assert report["facts"]["files"]["env_template"] == ".env"  # was None (the .env said unread)


def test_a_concatenated_prefix_reads_too(tmp_path):
    helper = "export const getEnvVar = (key) => process.env['REACT_APP_' + key];\n"
    report = _report(tmp_path, {".env": EMPTY_ENV, "src/env.js": helper, "src/api.js": API})
    assert report["facts"]["files"]["env_template"] == ".env"


def test_the_same_env_nothing_reads_stays_unread(tmp_path):
    helper = "export const getSetting = key => window?._settings_?.[key];\n"  # (no environment read, literal or built)
    report = _report(tmp_path, {".env": EMPTY_ENV, "src/env.js": helper, "src/api.js": API.replace("getEnvVar", "getSetting").replace("./env", "./env")})
    assert report["facts"]["files"]["env_template"] is None


def test_a_prefix_the_env_does_not_share_reads_nothing(tmp_path):
    helper = "export const getEnvVar = key => process.env[`VITE_${key}`];\n"
    report = _report(tmp_path, {".env": EMPTY_ENV, "src/env.js": helper, "src/api.js": API})
    assert report["facts"]["files"]["env_template"] is None


def test_an_env_holding_a_real_secret_stays_no_template_and_a_finding(tmp_path):
    env = EMPTY_ENV + "REACT_APP_SECRET_TOKEN=9fQ2xLr8Zk4Vb7Tn1Wp6Hs3Jd0Mc5Ge2Ya8Ru4Ki\n"
    report = _report(tmp_path, {".env": env, "src/env.js": HELPER, "src/api.js": API})
    assert report["facts"]["files"]["env_template"] is None
    secrets = next(r for r in report["results"] if r["id"] == "reusability.secrets")
    assert any(e.get("path") == ".env" for e in secrets["evidence"]), secrets


def _configuration(report) -> dict:
    return next(r for r in report["results"] if r["id"] == "reusability.configuration")


def test_the_names_the_helper_reads_are_documented_by_their_prefixed_keys(tmp_path):
    r = _configuration(_report(tmp_path, {".env": EMPTY_ENV, "src/env.js": HELPER, "src/api.js": API}))
    assert r["details"]["undocumented"] == [] and r["status"] == "pass", r["message"]  # was 'template: .env (naming none of them)'


def test_a_prefixed_key_of_another_name_documents_nothing(tmp_path):
    env = "REACT_APP_LOCAL=\nREACT_APP_OTHER_URL=\n"
    r = _configuration(_report(tmp_path, {".env": env, "src/env.js": HELPER, "src/api.js": API}))
    assert sorted(r["details"]["undocumented"]) == ["BACK_URL", "MAPS_KEY"], r["details"]
