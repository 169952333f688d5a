"""A Dockerfile's ``RUN pip install`` of tools only is no Python manifest (issue 12, session 36 m36, after ee29a3dd).

- MTES-MCT/bea-sea-event-manager: ``RUN pip install poetry`` (then ``poetry install`` of the pyproject.toml) became a second
  manifest; poetry, pip, setuptools, wheel, pipenv, uv, pip-tools, virtualenv, hatch, pdm, build, twine install or package the
  project, they are none of its dependencies.
- IGNF/Comp3D: a C++/Qt desktop application's build image (docker/Dockerfile: compilers, wine, then ``RUN pip3 install sphinx
  sphinx-intl sphinx-mathjax-offline`` for its manual) became "1 manifest declaring no dependency (docker/Dockerfile)": an image
  whose only Python installs are documentation tools builds the documentation, as a docs image does; it declares nothing of the
  project's.
Near miss: an image installing django and gunicorn stays the Python manifest it is.
"""

from __future__ import annotations

from auditor.facts.docker_pip import dockerfile_requirements
from tests.test_local_authority_verdicts import judge


def _run(tmp_path, files, check="reusability.dependencies", name="r"):
    report, res = judge(tmp_path, files, [check], name=name)
    return report["facts"]["manifests"]["manifests"], res[check]


def test_packaging_and_environment_tools_are_no_packages_installed():
    text = ("FROM python:3.11\nRUN pip install poetry\nRUN pip install --upgrade pip setuptools wheel pipenv uv pip-tools virtualenv\n"
            "RUN python -m pip install hatch pdm build twine && poetry install --no-root\n")
    assert dockerfile_requirements(text) == [], dockerfile_requirements(text)
    assert [r["name"] for r in dockerfile_requirements("FROM python:3.11\nRUN pip install poetry django==5.0.6\n")] == ["django"]


def test_an_image_installing_poetry_declares_no_python_dependency(tmp_path):
    files = {"README.md": "# Événements\n\nSaisie des événements de mer.\n",
             "Dockerfile": "FROM python:3.11-slim\nWORKDIR /app\nRUN pip install poetry\nCOPY . .\nRUN poetry install --no-root\n",
             "app/views.py": "from django.http import HttpResponse\n\n\ndef index(request):\n    return HttpResponse('ok')\n",
             "app/models.py": "from django.db import models\n\n\nclass Event(models.Model):\n    pass\n"}
    manifests, r = _run(tmp_path, files)
    assert not any(m["path"] == "Dockerfile" for m in manifests), manifests
    assert "Dockerfile" not in str(r["message"]), r["message"]


_BUILD_IMAGE = ("FROM ubuntu:22.04\nRUN apt-get update && apt-get install -y g++ cmake qtbase5-dev\n"
                "RUN dpkg --add-architecture i386 && apt-get update && apt-get install --no-install-recommends -y wine-stable\n"
                "#get pip3\nRUN apt-get install -y --fix-missing python3-pip\n\n#get sphinx\n"
                "RUN pip3 install sphinx sphinx-intl sphinx-mathjax-offline\nRUN echo \"umask 0000\" >> /root/.bashrc\n")


def _desktop(dockerfile: str) -> dict:
    return {"README.md": "# Compensation\n\nLogiciel de compensation de mesures topographiques.\n",
            "CMakeLists.txt": "cmake_minimum_required(VERSION 3.10)\nproject(comp)\nfind_package(Qt5 COMPONENTS Widgets)\nadd_executable(comp src/main.cpp)\n",
            "src/main.cpp": "#include <QApplication>\nint main(int argc, char** argv) { QApplication a(argc, argv); return a.exec(); }\n",
            "src/genere/epsg_to_cpp.py": "import sys\n\nfor line in open(sys.argv[1]):\n    print(line.strip())\n",
            "doc_uni/conf.py": "project = 'Comp'\nextensions = ['sphinx.ext.mathjax']\n", "doc_uni/index.rst": "Comp\n====\n\nManuel.\n",
            "docker/Dockerfile": dockerfile}


def test_a_build_image_installing_only_sphinx_is_no_manifest(tmp_path):
    manifests, r = _run(tmp_path, _desktop(_BUILD_IMAGE))
    assert not any(m["path"] == "docker/Dockerfile" for m in manifests), manifests
    assert "docker/Dockerfile" not in str(r["message"]) and "declaring no dependency" not in r["message"]["en"], r["message"]


def test_an_image_installing_django_and_gunicorn_stays_a_manifest(tmp_path):
    # near miss: the image installs the application's framework and server: the project's Python dependencies
    files = _desktop(_BUILD_IMAGE.replace("sphinx sphinx-intl sphinx-mathjax-offline", "poetry django gunicorn"))
    manifests, r = _run(tmp_path, files)
    entry = next(m for m in manifests if m["path"] == "docker/Dockerfile")
    assert entry["dependencies"] == ["django", "gunicorn"] and not entry.get("tooling"), entry
    assert "pip" in r["message"]["en"], r["message"]
