"""scaling.hosting (issue 12, s31 b31 = reader s30 m22o1, ala2k3/geosdis67-poj): a dashboard reading its layers at run time from
another organisation's repository through the GitHub API (https://api.github.com/repos/<account>/<repo>/contents/<file>.geojson)
passed "no hosting dependency (github.com)": the forge's hosts were neutral whatever the address's path. The contents API (and
GitLab's repository files API) reads one account's files, as raw.githubusercontent.com does: that account's space. The same hosts'
other paths stay neutral (a release download, an issue posted, a commit's date), and the project's own repository is its own."""

from __future__ import annotations

import pytest

from auditor.facts.scaling.common import host_class, is_neutral_host
from tests.gitrepo import make_repo
from auditor.engine import AuditOptions, audit


@pytest.mark.parametrize(("host", "path", "cls"), [
    ("api.github.com", "/repos/service-sig/donnees/contents/covid/secteurs.geojson", "personal"),
    ("api.github.com", "/repos/service-sig/donnees/git/blobs/3f2a", "personal"),
    ("gitlab.com", "/api/v4/projects/1234/repository/files/data%2Fcouche.geojson/raw", "personal"),
    ("api.github.com", "/repos/prometheus/prometheus/releases/latest", "neutral"),   # a release download
    ("api.github.com", "/repos/service-sig/donnees/issues", "neutral"),
    ("api.github.com", "/repos/service-sig/donnees/commits", "neutral"),
    ("gitlab.com", "/api/v4/projects/1234/repository/branches/master", "neutral"),
    ("api.github.com", "", "neutral"),
])
def test_forge_api_classes(host, path, cls):
    assert host_class(host, path)["class"] == cls
    assert is_neutral_host(host) is True  # (the host alone, with no path, stays the forge's)


def test_the_projects_own_repository_read_through_the_api_is_its_own():
    assert host_class("api.github.com", "/repos/ville/tableau-de-bord/contents/data/a.json", project="tableau-de-bord")["class"] == "own"


def _hosting(tmp_path, js: str) -> dict:
    repo = make_repo(tmp_path / "r", [{"files": {"README.md": "# Tableau\n\nLe tableau de bord des secteurs.\n",
                                                 "package.json": '{"name": "tableau", "dependencies": {"react": "16.12.0", "axios": "0.19.0"}}',
                                                 "src/main.js": js},
                                       "date": "2026-03-02T10:00:00Z", "message": "init", "author": ("Alice Martin", "alice@ville-exemple.fr")}])
    report = audit(str(repo), AuditOptions(cache_dir=tmp_path / "c", offline=True, only=["scaling.hosting"]))
    return {r["id"]: r for r in report["results"]}["scaling.hosting"]


def test_layers_read_from_another_accounts_repository_are_a_personal_dependency(tmp_path):
    js = ("import axios from 'axios';\nexport async function secteurs() {\n"
          "  const res = await axios({method: 'GET', headers: {Accept: 'application/vnd.github.v3.raw'},\n"
          "    url: 'https://api.github.com/repos/service-sig/donnees/contents/covid/secteurs.geojson'});\n"
          "  return res.data;\n}\n")
    r = _hosting(tmp_path, js)
    assert r["status"] != "pass" or r["score"] < 10, r["message"]  # was pass 10
    assert "api.github.com" in str(r["evidence"]), r["evidence"]


def test_a_release_download_on_the_same_host_stays_neutral(tmp_path):
    js = ("export async function derniere() {\n"
          "  const res = await fetch('https://api.github.com/repos/service-sig/outil/releases/latest');\n"
          "  return (await res.json()).tag_name;\n}\n")
    r = _hosting(tmp_path, js)
    assert r["status"] == "pass" and r["score"] == 10, r["message"]
