"""Python dependencies declared only by a Dockerfile's pip install, or nowhere (issue 12, session 36 fixer a36).

- naturalsolutions/ecoteka: a Next.js front end (package.json, package-lock.json) and a FastAPI back end (backend/, 114 Python
  files) with no requirements.txt, pyproject.toml nor Pipfile: its packages are only in backend/Dockerfile.base, ``RUN pip install
  --prefix=/install … fastapi==0.65.1 fastapi-jwt-auth SQLAlchemy==1.3.23 geoalchemy2 alembic …`` over continued lines, mostly
  unpinned. reusability.dependencies said "warn 7: 3 manifest(s) (npm), 0 without a lockfile". The Dockerfile's pip install is now
  a Python manifest (unlocked unless every package is pinned ==), read by the manifests fact, the check, the licences of the
  dependencies and the end-of-life fact; and Python code importing third-party packages with no Python manifest at all is said.
  Near misses: ``pip install -r requirements.txt``, ``-e .``, ``npm install``, ``apt-get install python3-pip`` declare nothing;
  every package pinned is locked; a front end's image installing a tool with pip, in a repository without Python code, is no
  Python manifest.
"""

from __future__ import annotations

from auditor.facts.docker_pip import dockerfile_requirements
from tests.test_local_authority_verdicts import judge

BASE_DOCKERFILE = (
    "FROM tiangolo/uvicorn-gunicorn-fastapi:python3.8-slim\n\n"
    "RUN apt-get -y update && apt-get -y install libpq-dev build-essential git\n\n"
    "RUN mkdir /install\nWORKDIR /install\n\n"
    "RUN pip install --no-warn-script-location --prefix=/install --no-cache-dir \\\n"
    "  fastapi==0.65.1 fastapi-jwt-auth SQLAlchemy==1.3.23 geoalchemy2 alembic \\\n"
    "  passlib[bcrypt] pydantic[email] psycopg2-binary python-jose \\\n"
    "  celery redis geopandas\n"
)
FRONT = {
    "package.json": '{"name": "arbres", "private": true, "devDependencies": {"husky": "^6.0.0"}}\n',
    "package-lock.json": '{"name": "arbres", "lockfileVersion": 1, "requires": true, "dependencies": {}}\n',
    "frontend/package.json": '{"name": "arbres-front", "private": true, "dependencies": {"next": "11.1.0", "react": "17.0.2"}}\n',
    "frontend/package-lock.json": '{"name": "arbres-front", "lockfileVersion": 1, "requires": true, "dependencies": {}}\n',
    "frontend/pages/index.js": "export default function Home() { return null }\n",
}
BACK = {
    "backend/app/app/main.py": "from fastapi import FastAPI\nfrom app.api import router\n\napp = FastAPI()\napp.include_router(router)\n",
    "backend/app/app/api.py": "from fastapi import APIRouter\n\nrouter = APIRouter()\n",
    "backend/app/app/models.py": "from sqlalchemy import Column, Integer\nfrom geoalchemy2 import Geometry\n\nid = Column(Integer)\ngeom = Geometry('POINT')\n",
    "backend/app/app/worker.py": "from celery import Celery\n\ncelery = Celery('arbres')\n",
    "backend/Dockerfile": "FROM tiangolo/uvicorn-gunicorn-fastapi:python3.8-slim\nCOPY --from=registry.example.org/arbres:backend-base /install /usr/local\nCOPY ./app /app\n",
}
README = {"README.md": "# Arbres\n\nGestion du patrimoine arboré des collectivités : une API et une interface cartographique.\n"}


def _deps(tmp_path, files, name="r", check="reusability.dependencies"):
    return judge(tmp_path, files, [check], name=name)[1][check]


def test_the_pip_install_lines_are_read_as_written():
    found = dockerfile_requirements(BASE_DOCKERFILE)
    assert [r["name"] for r in found] == ["fastapi", "fastapi-jwt-auth", "SQLAlchemy", "geoalchemy2", "alembic", "passlib", "pydantic",
                                          "psycopg2-binary", "python-jose", "celery", "redis", "geopandas"]
    assert [r["name"] for r in found if r["pinned"]] == ["fastapi", "SQLAlchemy"] and {r["line"] for r in found} == {8}
    assert dockerfile_requirements('RUN python3 -m pip install "Django>=3.2,<4" gunicorn==20.1.0 && pip3 install -r req.txt psycopg2') \
        == [{"name": "Django", "requirement": "Django>=3.2,<4", "line": 1, "pinned": False},
            {"name": "gunicorn", "requirement": "gunicorn==20.1.0", "line": 1, "pinned": True},
            {"name": "psycopg2", "requirement": "psycopg2", "line": 1, "pinned": False}]
    assert [r["name"] for r in dockerfile_requirements('RUN ["pip", "install", "flask==2.0.1"]')] == ["flask"]
    for nothing in ("RUN pip install -r requirements.txt", "RUN pip install -e .", "RUN pip install --upgrade pip setuptools wheel",
                    "RUN npm install --production", "RUN apt-get install -y python3-pip python3-gdal", "RUN pip install $PACKAGES ./dist/app.whl",
                    "RUN pip install git+https://github.com/exemple/outil.git", "# RUN pip install flask\nCMD pip install flask"):
        assert dockerfile_requirements(nothing) == [], nothing


def test_a_back_end_declared_only_by_its_dockerfile_pip_install_is_an_unlocked_python_manifest(tmp_path):
    r = _deps(tmp_path, {**README, **FRONT, **BACK, "backend/Dockerfile.base": BASE_DOCKERFILE})
    assert "pip" in r["message"]["en"] and "1 without a lockfile" in r["message"]["en"], r["message"]
    assert r["details"]["unlocked"] == ["backend/Dockerfile.base"], r["details"]
    note = next(e["note"] for e in r["evidence"] if e.get("path") == "backend/Dockerfile.base")
    assert "10 of 12" in note["en"] and "10 paquet(s) sur 12" in note["fr"], note
    assert r["score"] < 7, r["score"]


def test_python_code_importing_packages_with_no_python_manifest_is_said(tmp_path):
    no_pip = BASE_DOCKERFILE.split("RUN pip install")[0] + "COPY requirements.txt .\nRUN pip install -r requirements.txt\n"
    r = _deps(tmp_path, {**README, **FRONT, **BACK, "backend/Dockerfile.base": no_pip}, name="n")
    assert "no Python manifest declares" in r["message"]["en"] and "aucun manifeste Python" in r["message"]["fr"], r["message"]
    assert {"celery", "fastapi", "geoalchemy2", "sqlalchemy"} <= set(r["details"]["undeclared_python"]), r["details"]
    assert r["score"] < 7, r["score"]


def test_a_pinned_list_is_locked_and_a_requirements_file_stays_the_manifest(tmp_path):
    pinned = "FROM python:3.12-slim\nRUN pip install --no-cache-dir fastapi==0.115.0 SQLAlchemy==2.0.35 \\\n  geoalchemy2==0.15.2 celery==5.4.0\n"
    r = _deps(tmp_path, {**README, **FRONT, **BACK, "backend/Dockerfile.base": pinned}, name="p")
    assert r["details"]["unlocked"] == [] and "pip" in r["message"]["en"], r["message"]
    required = ("FROM python:3.12-slim\nCOPY requirements.txt .\nRUN pip install --upgrade pip && pip install -r requirements.txt && pip install -e .\n"
                "RUN apt-get install -y gdal-bin && npm install\n")
    reqs = "fastapi==0.115.0\nsqlalchemy==2.0.35\ngeoalchemy2==0.15.2\ncelery==5.4.0\n"
    r = _deps(tmp_path, {**README, **FRONT, **BACK, "backend/Dockerfile.base": required, "backend/requirements.txt": reqs}, name="q")
    assert r["details"]["unlocked"] == ["backend/requirements.txt"] and "backend/Dockerfile.base" not in str(r["evidence"]), r["evidence"]
    assert r["details"]["undeclared_python"] == [] and "no Python manifest" not in r["message"]["en"], r["message"]


def test_a_front_end_image_installing_a_tool_with_pip_declares_no_python_dependency(tmp_path):
    image = "FROM node:20-alpine\nRUN apk add py3-pip && pip install awscli\nRUN npm ci\n"
    r = _deps(tmp_path, {**README, **FRONT, "frontend/Dockerfile": image}, name="f")
    assert "pip" not in r["message"]["en"] and r["details"]["unlocked"] == [], r["message"]


def test_a_framework_the_dockerfile_installs_is_judged_for_its_end_of_life(tmp_path):
    django = {"README.md": "# Guichet\n\nTéléservice de demandes.\n", "guichet/views.py": "from django.http import HttpResponse\n",
              "Dockerfile": "FROM python:3.12-slim\nRUN pip install Django==2.2.28 gunicorn\n"}
    r = _deps(tmp_path, django, name="e", check="scaling.end-of-life")
    assert "Django 2.2" in r["message"]["en"], r["message"]
    assert any(e.get("path") == "Dockerfile" for e in r["evidence"]), r["evidence"]


# (s36 lead, after verifier v20b = Georiviere/Georiviere-admin) a Django back office with requirements.in/requirements.txt whose
# Dockerfile installs a build workaround (django==2.2.*) that the manifest's own pins replace, and ends a pip line with a comment
GEORIVIERE_LIKE = {
    "README.rst": "Georivière\n==========\n\nGestion des rivières pour les syndicats de bassin.\n",
    "georiviere/settings.py": "import django\nINSTALLED_APPS = ['django.contrib.admin']\n",
    "georiviere/views.py": "from django.http import HttpResponse\n",
    "requirements.in": "django\ngeotrek\n",
    "requirements.txt": "django==3.1.14\ngeotrek==2.70.0\n",
    "Dockerfile": ("FROM python:3.8-slim\nRUN python3 -m venv /opt/venv\n"
                   "RUN /opt/venv/bin/pip install django==2.2.*  # some dependencies dont like django 3 at install time \\\n"
                   "    && echo done\n"
                   "RUN /opt/venv/bin/pip install --no-deps -r requirements.txt  # pinned versions replace the above\n"),
}


def test_the_image_of_a_project_with_its_own_python_manifest_declares_nothing_more(tmp_path):
    r = _deps(tmp_path, GEORIVIERE_LIKE, name="g")
    assert "Dockerfile" not in str(r["evidence"]) and "1 manifest" in r["message"]["en"], (r["message"], r["evidence"])
    eol = _deps(tmp_path, GEORIVIERE_LIKE, name="h", check="scaling.end-of-life")
    assert "Django 2.2" not in eol["message"]["en"], eol["message"]


def test_a_comment_ending_a_pip_line_names_no_package():
    text = "RUN pip install flask==2.0.1 gunicorn  # some dependencies dont like pip 23 \\\n    && pip install celery\n"
    assert [r["name"] for r in dockerfile_requirements(text)] == ["flask", "gunicorn"]
    assert [r["name"] for r in dockerfile_requirements("RUN pip install celery#comment-less redis\n")] == ["redis"]
