"""The sponsor type read from the forge publishing the repository (issue 12, session 20, reader r2; fixer g4 case 1): a GLPI
plugin under github.com/departement-maine-et-loire, a regional platform's components under github.com/datagrandest, a
département's dataviz under github.com/datalocale were all "sponsor unknown", although organisations.yml is there to say whose
accounts these are. Now a repository under an account listed as a public body's (public_bodies, with its type), or on a forge
served from one of that body's domains, gets that body's type (sponsor_source "forge-owner", with the account and the body's
name), after the options, the declarations and publiccode.yml. Commit addresses and a README naming an authority decide nothing
(a contractor's repository is not the authority's), and an account nobody listed stays "unknown"."""

from __future__ import annotations

import json
import subprocess

import pytest

from auditor.data import load
from auditor.engine import AuditOptions, audit
from auditor.facts.project import SPONSOR_TYPES
from auditor.reports.common import project_line
from auditor.reports.summary import describe
from tests.gitrepo import make_repo

PLUGIN = {
    "setup.php": "<?php\ndefine('PLUGIN_COULEURS_VERSION', '1.0.2');\nfunction plugin_init_couleurs() { global $PLUGIN_HOOKS; }\n",
    "Couleurs.xml": "<root><name>Couleurs</name><authors><author>Département de Maine-et-Loire</author></authors></root>\n",
    "README.md": "# Couleurs\n\nUn greffon du Département de Maine-et-Loire pour colorer l'administration.\n",
}
AGENT = ("Agent Dupont", "agent.dupont@maine-et-loire.fr")

WEB_APP = {
    "package.json": json.dumps({"name": "portail", "private": True, "dependencies": {"react": "^18", "@codegouvfr/react-dsfr": "^1"}}),
    "package-lock.json": "{}",
    "src/App.jsx": "export default function App() { return <div className=\"fr-container\">Bonjour</div>; }\n",
    "src/Form.jsx": "export const fields = { code_postal: '' }\n",
    "README.md": "# Portail\n",
}


def audited(tmp_path, origin: str | None, files: dict, only=("documentation.readme",), author=AGENT) -> dict:
    name = (origin or "local").replace("https://", "").replace("/", "_").replace(".", "_")
    repo = make_repo(tmp_path / name, [{"files": files, "date": "2026-03-02T10:00:00Z", "message": "init", "author": author}])
    if origin:
        subprocess.run(["git", "-C", str(repo), "remote", "add", "origin", origin], check=True)
    return audit(str(repo), AuditOptions(cache_dir=tmp_path / f"c-{name}", offline=True, only=list(only)))


def sponsor(report: dict) -> tuple:
    p = report["facts"]["project"]
    return p["sponsor_type"], p["sponsor_source"], p["sponsor_evidence"]


def test_a_departments_account_makes_its_plugin_a_local_authoritys(tmp_path):
    report = audited(tmp_path, "https://github.com/departement-maine-et-loire/couleurs.git", PLUGIN)
    assert sponsor(report) == ("local-authority", "forge-owner", "github.com/departement-maine-et-loire: Département de Maine-et-Loire")
    # the report says where the type was read, in both languages
    fr, en = project_line(report, "fr"), project_line(report, "en")
    assert "collectivité territoriale, d'après la forge qui publie le dépôt (github.com/departement-maine-et-loire\u00a0: Département de Maine-et-Loire)" in fr, fr
    assert "local authority, from the forge publishing the repository (github.com/departement-maine-et-loire: Département de Maine-et-Loire)" in en, en
    assert "Département de Maine-et-Loire" in describe(report, "en")["sponsor"]


def test_an_unlisted_account_stays_unknown_whatever_the_commits_and_readme_say(tmp_path):
    """The same plugin, the same agent's commits and README, under a contractor's account: nothing certain, unknown."""
    for origin in ("https://github.com/presta-glpi/couleurs.git", None,
                   "https://framagit.org/departement-maine-et-loire/couleurs.git"):  # (a listed name on another shared forge is anyone's)
        report = audited(tmp_path, origin, PLUGIN)
        assert sponsor(report) == ("unknown", None, None), origin
        assert "forge" not in project_line(report, "en")


@pytest.mark.parametrize(("origin", "expected"), [
    ("https://github.com/DataGrandEst/widgets.git", ("local-authority", "github.com/DataGrandEst: Région Grand Est")),
    ("https://gitlab.com/MTES-MCT/sub/group/widgets.git", ("state", "gitlab.com/MTES-MCT: Ministères de la Transition écologique")),
    ("https://github.com/nantesmetropole/prevision.git", ("local-authority", "github.com/nantesmetropole: Nantes Métropole")),
    ("https://github.com/InseeFrLab/apiclient.git",
     ("state", "github.com/InseeFrLab: Institut national de la statistique et des études économiques")),
    # a forge served from the body's own domain
    ("https://gitlab.grandest.fr/sig/widgets.git", ("local-authority", "gitlab.grandest.fr (grandest.fr): Région Grand Est")),
    ("https://gitlab.megalis.bretagne.bzh/outils/widgets.git",
     ("opsn", "gitlab.megalis.bretagne.bzh (megalis.bretagne.bzh): Mégalis Bretagne")),
])
def test_listed_accounts_and_a_bodys_own_forge(tmp_path, origin, expected):
    t, source, said = sponsor(audited(tmp_path, origin, {"README.md": "# Widgets\n\nDes composants.\n", "src/index.js": "export const a = 1;\n"}))
    assert (t, said) == expected and source == "forge-owner"


def test_an_unlisted_forge_host_and_an_untyped_body_name_no_sponsor(tmp_path):
    files = {"README.md": "# Widgets\n\nDes composants.\n", "src/index.js": "export const a = 1;\n"}
    assert sponsor(audited(tmp_path, "https://gitlab.prestataire-sig.fr/region/widgets.git", files))[0] == "unknown"
    assert sponsor(audited(tmp_path, "https://github.com/CRIGEPACA/widgets.git", files))[0] == "unknown"  # (listed, no type)


def test_what_the_project_declares_comes_before_the_forge(tmp_path):
    files = dict(PLUGIN, **{"publiccode.yml": "publiccodeYmlVersion: '0.4'\nname: couleurs\norganisation:\n  name: Ministère de l'Intérieur\n"})
    assert sponsor(audited(tmp_path, "https://github.com/departement-maine-et-loire/couleurs.git", files))[:2] == ("state", "publiccode.yml")


def test_the_dsfr_follows_the_type_read_from_the_forge(tmp_path):
    only = ("interoperability.public-building-blocks",)
    state = audited(tmp_path, "https://github.com/betagouv/portail.git", WEB_APP, only)
    local = audited(tmp_path, "https://github.com/datalocale/portail.git", WEB_APP, only)
    assert sponsor(state)[:2] == ("state", "forge-owner") and sponsor(local)[:2] == ("local-authority", "forge-owner")
    rs, rl = state["results"][0], local["results"][0]
    assert rs["details"]["dsfr_judged"] is True and any(e.get("value") == "@codegouvfr/react-dsfr" for e in rs["evidence"])
    assert rl["details"]["dsfr_judged"] is False and "DSFR" not in rl["remediation"]["fr"] and "DSFR" not in rl["remediation"]["en"]


def test_every_bodys_type_is_a_sponsor_type_and_every_account_one_bodys():
    bodies = load("organisations.yml")["public_bodies"]
    assert all(b.get("type") in SPONSOR_TYPES[:3] or "type" not in b for b in bodies)
    assert all(b.get("source") for b in bodies)
    accounts = [o.lower() for b in bodies if b.get("type") for o in b.get("forge_owners") or []]
    assert len(accounts) == len(set(accounts))
