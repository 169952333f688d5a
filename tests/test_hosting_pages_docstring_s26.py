"""Hosting classes (issue 12, session 26 fixer l26, s26 o2): the Pages site of the repository itself and a reference in a docstring.

IleDeFranceMobilites/idfm_offre_realisee_ponctualite_regularite's pyproject.toml gives its documentation at
https://<organisation>.github.io/<repository>/index.html: a local clone knows no forge owner, and the site was "a personal or
third-party account". (Session 27: a manifest's documentation link is no load at all, test_hosting_load_positions_s27; the Pages
site's class is read here from code fetching a file of it.) megalis-bretagne/opendata-extraction's Celery task says in its docstring "FMI: https://gist.github.com/…":
a reference read by people, nothing loaded, yet "loads code from a person's account". A Pages site of another repository, and a
gist the code fetches, stay personal accounts."""

from __future__ import annotations

from tests.test_scaling import ctx_for, one

PYPROJECT = ('[project]\nname = "calcul-ponctualite"\nversion = "1.0.0"\n\n[project.urls]\n'
             'Documentation = "https://reseau-transports.github.io/suivi-ponctualite/index.html"\n')
LOADER = 'import requests\n\n\ndef lignes():\n    return requests.get("https://reseau-transports.github.io/suivi-ponctualite/lignes.json").json()\n'
TASK = ('import requests\n\n\nclass Task:\n    def after_return(self, status, retval,\n                     task_id):\n        """\n'
        '        After each task, teardown our db session.\n\n        FMI: https://gist.github.com/alice/a1b329e9353f9b575131\n\n'
        '        The session is shared.\n        """\n        return status\n')
FETCH = ('import requests\n\n\ndef load():\n    query = """SELECT http_get(\'https://gist.github.com/bob/0123456789abcdef/raw\')"""\n'
         '    return requests.get("https://gist.githubusercontent.com/carol/fedcba9876543210/raw/config.json")\n')


def _hosts(repo, tmp_path, files, name="r"):
    h = ctx_for(one(repo, files, name=name), tmp=tmp_path).fact("hosting_dependencies")
    return {x["host"]: x["class"] for x in h["hosts"]}


def test_the_pages_site_of_the_repository_itself_is_its_own(repo, tmp_path):
    hosts = _hosts(repo, tmp_path, {"pyproject.toml": PYPROJECT, "calcul/__init__.py": LOADER}, name="suivi-ponctualite")
    assert hosts.get("reseau-transports.github.io") == "own", hosts


def test_the_pages_site_of_another_repository_stays_an_accounts(repo, tmp_path):
    other = LOADER.replace("/suivi-ponctualite/", "/autre-outil/")
    hosts = _hosts(repo, tmp_path, {"pyproject.toml": PYPROJECT, "calcul/__init__.py": other}, name="suivi-ponctualite")
    assert hosts.get("reseau-transports.github.io") == "personal", hosts


def test_a_reference_in_a_docstring_is_not_loaded(repo, tmp_path):
    hosts = _hosts(repo, tmp_path, {"app/tasks.py": TASK})
    assert "gist.github.com" not in hosts, hosts


def test_an_address_the_code_fetches_or_quotes_in_a_string_stays(repo, tmp_path):
    hosts = _hosts(repo, tmp_path, {"app/load.py": FETCH})
    assert hosts.get("gist.github.com") == "personal" and hosts.get("gist.githubusercontent.com") == "personal", hosts
