"""Wrong verdict reader m33o1 found on a national park's Flask map app (issue 12, session 36 fixer g36).

- PnCevennes/porteconnaissance_pq: requirements.txt is a pip freeze of a Flask 0.11 app (Flask, Werkzeug, Jinja2, MarkupSafe,
  itsdangerous, click, blinker, SQLAlchemy … every line ==, gunicorn appended): reusability.dependencies said "no lockfile", the rule
  asking for two packages only ever installed as dependencies, of which Flask's tree has one (MarkupSafe). A pinned list holding
  every known requirement of its packages (three or more) is the closure pip freeze writes: a lock.
"""

from __future__ import annotations

from tests.test_reusability_fixtures import build, run_audit

APP = {"README.md": "# Carte\n\nOutil de consultation des zones de quiétude.\n",
       "app/__init__.py": "from flask import Flask\n\napp = Flask(__name__)\n",
       "app/views.py": "from app import app\n\n\n@app.route('/')\ndef index():\n    return 'ok'\n"}
FLASK_FREEZE = "".join(f"{n}=={v}\n" for n, v in [
    ("blinker", "1.4"), ("click", "6.6"), ("Flask", "0.11.1"), ("Flask-Mail", "0.9.1"), ("Flask-SQLAlchemy", "2.1"), ("GeoAlchemy2", "0.3.0"),
    ("geojson", "1.3.2"), ("itsdangerous", "0.24"), ("Jinja2", "2.8"), ("MarkupSafe", "0.23"), ("psycopg2", "2.8.6"), ("Shapely", "1.5.16"),
    ("SQLAlchemy", "1.0.13"), ("Werkzeug", "0.11.10"), ("gunicorn", "20.0.4")])


def _lock_facts(tmp_path, requirements: str) -> dict:
    return run_audit(build(tmp_path / "r", {**APP, "requirements.txt": requirements}), tmp_path / "c", ["reusability.dependencies"])["facts"]


def test_a_flask_apps_pip_freeze_is_a_lockfile(tmp_path):
    f = _lock_facts(tmp_path, FLASK_FREEZE)
    assert f["files"]["lockfiles"] == ["requirements.txt"]
    assert [m["lockfile"] for m in f["manifests"]["manifests"]] == ["requirements.txt"]


def test_a_hand_pinned_flask_list_holding_back_two_dependencies_is_no_lockfile(tmp_path):
    # near miss: the famous hand fix of an old Flask (MarkupSafe and itsdangerous held back), Werkzeug and click left to pip
    f = _lock_facts(tmp_path, "Flask==1.1.4\nFlask-SQLAlchemy==2.5.1\nJinja2==2.11.3\nMarkupSafe==2.0.1\nitsdangerous==1.1.0\npsycopg2==2.9.6\n")
    assert f["files"]["lockfiles"] == []
    assert [m["lockfile"] for m in f["manifests"]["manifests"]] == [None]
