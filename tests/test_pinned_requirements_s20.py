"""files.lockfiles ignored a requirements.txt written by ``pip freeze`` (every line ``name==version``) that the manifests fact and
reusability.dependencies count as the project's lock (issue 12, session 20 reader m2, a Django REST API of a State start-up): the
report said both "locked" and "no lockfile". One rule now decides for both: a file that pins every installed package (the
dependencies of dependencies too) is a lock; a hand-written list of the project's requirements, however pinned, is none."""

from __future__ import annotations

from tests.test_reusability_fixtures import build, run_audit

CID = "reusability.dependencies"

API = {"README.md": "# Bilans\n\nUne API de calcul des bilans d'émissions des collectivités.\n",
       "manage.py": "import sys\n\nif __name__ == '__main__':\n    print(sys.argv)\n",
       "api/views.py": "def index(request):\n    return None\n"}

FREEZE = "".join(f"{n}=={v}\n" for n, v in [("asgiref", "3.6.0"), ("certifi", "2023.5.7"), ("Django", "4.2.1"),
                                                ("djangorestframework", "3.14.0"), ("gunicorn", "20.1.0"), ("idna", "3.4"),
                                                ("psycopg2", "2.9.6"), ("six", "1.16.0"), ("sqlparse", "0.4.4")])


def _facts(tmp_path, files):
    return run_audit(build(tmp_path / "r", files), tmp_path / "c", [CID])["facts"]


def test_a_pip_freeze_is_a_lockfile_for_every_fact(tmp_path):
    f = _facts(tmp_path, {**API, "requirements.txt": FREEZE})
    assert f["files"]["lockfiles"] == ["requirements.txt"]
    assert [m["lockfile"] for m in f["manifests"]["manifests"]] == ["requirements.txt"]


def test_requirements_of_ranges_are_no_lockfile(tmp_path):
    f = _facts(tmp_path, {**API, "requirements.txt": "Django>=4.2,<5\ndjangorestframework~=3.14\ngunicorn\n"})
    assert f["files"]["lockfiles"] == []
    assert [m["lockfile"] for m in f["manifests"]["manifests"]] == [None]


def test_a_hand_pinned_list_of_direct_requirements_is_no_lockfile_for_any_fact(tmp_path):
    f = _facts(tmp_path, {**API, "requirements.txt": "Django==4.2.1\ndjangorestframework==3.14.0\ngunicorn==20.1.0\npsycopg2==2.9.6\n"})
    assert f["files"]["lockfiles"] == []
    assert [m["lockfile"] for m in f["manifests"]["manifests"]] == [None]


def test_pip_compile_output_is_a_lockfile_for_every_fact(tmp_path):
    text = "django==4.2.1\n    # via -r requirements.in\ngunicorn==20.1.0\n    # via -r requirements.in\n"
    f = _facts(tmp_path, {**API, "requirements.txt": text})
    assert f["files"]["lockfiles"] == ["requirements.txt"]
    assert [m["lockfile"] for m in f["manifests"]["manifests"]] == ["requirements.txt"]
