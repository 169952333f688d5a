"""Session 36 (e36 = reader m33o3), issue 12: licensing.data-and-docs names the README the audit read, not a README.md that is not
there.

Georiviere/Georiviere-admin, a Django back office for river management: its README is README.rst, with a "License" chapter
("OpenSource - License BSD 3-Clause"), and docs/ holds its Sphinx documentation. The check warned "No license specific to the
documentation" (fair) with the evidence "README.md — License section to complete": no README.md exists. The evidence now names the
README read (README.rst) at its licence chapter when it has one ("to complete"), or says the chapter is to add when it has none; the
data-licence sentences are read in that README too (a README.rst saying the documentation is under the Licence Ouverte states it),
and the advice agrees in number ("la documentation est publiée"). Files written for these tests, in the shape of that repository."""

from __future__ import annotations

from tests.test_dependencies_field import MIT
from tests.test_reusability_fixtures import build, results, run_audit

CID = "licensing.data-and-docs"
README_RST = ("GeoRiviere\n----------\n\nA back office to manage rivers.\n\n\nInstall\n-------\n\nDownload the zip archive and read "
              "its README.\n\n\nDocumentation\n-------------\n\nhttps://example.readthedocs.io/en/stable/\n\n\nLicense\n-------\n\n"
              "* OpenSource - License MIT\n\n\nMaintainers\n-----------\n\n* Parc naturel régional\n* Une entreprise\n")
DOCS = {f"docs/{n}.rst": f"{n.title()}\n{'=' * len(n)}\n\nHow to {n} the application, step by step, with its screens.\n"
        for n in ("install", "usage", "configuration", "contribute")}
FILES = {"README.rst": README_RST, "LICENSE": MIT, "docs/conf.py": "project = 'georiviere'\n",
         "manage.py": "import django\n", "georiviere/settings.py": "DEBUG = False\n", **DOCS}


def run(tmp_path, files: dict) -> dict:
    return results(run_audit(build(tmp_path / "r", files), tmp_path / "c", [CID]))[CID]


def _readme_evidence(r: dict) -> list[dict]:
    return [e for e in r["evidence"] if (e.get("path") or "").lower().startswith("readme")]


def test_the_evidence_names_the_readme_read_and_its_licence_chapter(tmp_path):
    r = run(tmp_path, FILES)
    assert r["status"] == "warn", r["message"]
    ev = _readme_evidence(r)
    assert [e["path"] for e in ev] == ["README.rst"], r["evidence"]
    assert ev[0]["line"] == README_RST.splitlines().index("License") + 1 and ev[0]["note"]["en"] == "License section to complete", ev
    assert "la documentation est publiée" in r["remediation"]["fr"] and "sont publiées" not in r["remediation"]["fr"].split("(")[0], r["remediation"]


def test_without_a_licence_chapter_the_chapter_is_to_add(tmp_path):
    # near miss: a README.md without any licence chapter keeps the warning, its evidence saying the chapter is to add
    files = {k: v for k, v in FILES.items() if k != "README.rst"}
    files["README.md"] = "# GeoRiviere\n\nA back office to manage rivers.\n\n## Install\n\nDownload the zip archive.\n"
    r = run(tmp_path, files)
    assert r["status"] == "warn", r["message"]
    ev = _readme_evidence(r)
    assert [e["path"] for e in ev] == ["README.md"] and ev[0].get("line") is None, r["evidence"]
    assert ev[0]["note"]["en"] == "License section to add" and ev[0]["note"]["fr"] == "section Licence à ajouter", ev


def test_a_readme_rst_stating_the_documentations_licence_states_it(tmp_path):
    text = README_RST.replace("* OpenSource - License MIT\n", "* OpenSource - License MIT\n* La documentation est publiée sous Licence Ouverte 2.0 (etalab-2.0).\n")
    r = run(tmp_path, dict(FILES, **{"README.rst": text}))
    assert r["status"] == "pass", r["message"]
    assert any(e["path"] == "README.rst" and e.get("kind") == "found" for e in r["evidence"]), r["evidence"]
