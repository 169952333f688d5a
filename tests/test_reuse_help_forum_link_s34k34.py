"""scaling.reuse (issue 12, s34 k34 = Splendens/atlas_biodiv_pdl): a GeoNature-atlas's install guide (docs/installation.rst) says
among its prerequisites "Si sudo n'est pas installé par défaut, voir https://www.privateinternetaccess.com/forum/discussion/18063/…":
"installé par" was read as "installed by" someone and the forum thread on installing sudo as an instance of the atlas ("1 instance(s)
… named", warn). "Installé par défaut" / "installed by default" names nobody who runs the project; and a link to a help forum's
thread or a question-and-answer site (Stack Overflow, Ask Ubuntu) is how to do something with a tool, never a place the project
runs. An atlas installed by a park, its site linked, stays an instance."""

from __future__ import annotations

from auditor.engine import AuditOptions, audit
from auditor.facts.scaling.reuse import scan_document
from tests.gitrepo import make_repo

FORUM = "https://www.privateinternetaccess.com/forum/discussion/18063/debian-8-1-0-jessie-sudo-fix-not-installed-by-default"
INSTALL = ("============\nINSTALLATION\n============\n\nPrérequis\n=========\n\nApplication développée et installée sur un serveur Debian 7 ou 8.\n\n"
           "Ce serveur doit aussi disposer de :\n\n- unzip (apt-get install unzip)\n- sudo (apt-get install sudo)\n\n:notes:\n\n"
           f"    Si sudo n'est pas installé par défaut, voir {FORUM}\n\n:notes:\n\n"
           "    GeoNature-atlas est susceptible de fonctionner sur d'autres OS mais cela n'a pas été testé.\n")
PARK = "\nCet atlas est installé par le Parc naturel régional d'Exemple : https://biodiversite.parc-exemple.fr\n"


def _reuse(tmp_path, install: str) -> dict:
    files = {"README.md": "# Atlas de la biodiversité\n\nAtlas en ligne des espèces observées sur le territoire.\n",
             "docs/installation.rst": install, "atlas/app.py": "from flask import Flask\n\napp = Flask(__name__)\n",
             "requirements.txt": "flask==1.1.2\n"}
    repo = make_repo(tmp_path / "p", [{"files": files, "date": "2026-03-02T10:00:00Z", "message": "init"}])
    report = audit(str(repo), AuditOptions(cache_dir=tmp_path / "c", offline=True, only=["scaling.reuse"]))
    return next(x for x in report["results"] if x["id"] == "scaling.reuse")


def test_a_forum_thread_on_installing_sudo_is_no_instance(tmp_path):
    r = _reuse(tmp_path, INSTALL)
    assert "privateinternetaccess" not in str(r["evidence"]) and r["status"] != "warn", r


def test_installed_by_default_and_help_threads_name_no_place():
    assert scan_document("docs/installation.rst", INSTALL) == []
    assert scan_document("README.md", "Python 3 is installed by default on Debian, see https://wiki.example.org/python\n") == []
    # (a reuse sentence whose link is a question on a Q&A site: how to do something, not where the project runs)
    assert scan_document("README.md", "L'outil est installé chez vous en suivant https://askubuntu.com/questions/12/install-gdal\n") == []


def test_an_atlas_installed_by_a_park_stays_an_instance(tmp_path):
    assert [f["value"] for f in scan_document("README.md", PARK)] == ["https://biodiversite.parc-exemple.fr"]
    r = _reuse(tmp_path, INSTALL.replace(f"voir {FORUM}", "voir la documentation de Debian") + PARK)
    assert r["status"] == "warn" and "biodiversite.parc-exemple.fr" in str(r["evidence"]), r
