"""setup() keywords naming module-level assignments (issue 12, session 21 reader r2 on a Flask OGC service's setup.py):
``install_requires=requirements`` (a tuple bound above) and ``name=PROJECT_NAME`` were read as no dependency and no name,
so reusability.dependencies said "declaring no dependency", portability "standard packaging: no", the Flask API was
invisible (api-spec not applicable) and the kind was a static site. The names are now resolved statically (ast, never run),
as are a list sum and a requirements file read into install_requires; literal keywords keep reading as before."""

from __future__ import annotations

import pytest

from auditor.facts.manifests import _setup_py
from tests.test_scaling import ctx_for
from tests.test_scaling import run as run_check

SETUP_BY_NAMES = """from setuptools import setup, find_packages

PKG = "geoserveur"

deps = (
    'flask==1.0',
    'sqlalchemy>=1.3',
    "lxml",
)


setup(
    name=PKG,
    version='0.1',
    license='GPLv3',
    packages=find_packages(),
    install_requires=deps,
    entry_points={'console_scripts': ['geoserveur = geoserveur.cli:main']},
)
"""

APP = """from flask import Blueprint, jsonify

api = Blueprint('api', __name__)


@api.route('/')
def index():
    return jsonify({'service': 'demo'})
"""


def _repo(repo, setup_py):
    return repo([{"files": {
        "README.md": "# Visualisation\n\nUn visualiseur et son serveur.\n",
        "viewer/index.html": "<!doctype html><html><head><title>v</title></head><body><div id='map'></div>"
                             "<script src='js/app.js'></script></body></html>\n",
        "viewer/js/app.js": "fetch('/api/').then(r => r.json()).then(d => console.log(d));\n",
        "server/setup.py": setup_py,
        "server/geoserveur/__init__.py": "__version__ = '0.1'\n",
        "server/geoserveur/app.py": APP,
        "server/geoserveur/cli.py": "def main():\n    print('ok')\n",
    }}])


@pytest.mark.parametrize(("text", "name", "deps"), [
    (SETUP_BY_NAMES, "geoserveur", ["flask", "sqlalchemy", "lxml"]),
    ("from setuptools import setup\nBASE = ['a>=1']\nALL = BASE + ['b']\nALL += ['c']\ncfg = dict(name='p', install_requires=ALL)\nsetup(**cfg)\n",
     "p", ["a", "b", "c"]),
    ("from setuptools import setup\nsetup(name='lit', install_requires=['x==1', 'y'])\n", "lit", ["x", "y"]),  # literal: unchanged
    ("print 'python 2'\nsetup(name='old', install_requires=['z'])\n", "old", ["z"]),  # not Python 3: the regexes, as before
])
def test_setup_keywords_resolved(text, name, deps):
    assert _setup_py("setup.py", text)[:2] == (name, deps)


def test_a_requirements_file_read_for_install_requires_is_named():
    from auditor.facts.setup_py import read_setup_py

    text = ("from setuptools import setup\nwith open('requirements.txt') as f:\n    reqs = f.read().splitlines()\n"
            "setup(name='r', long_description=open('README.txt').read(), install_requires=reqs)\n")
    assert read_setup_py(text) == ("r", [], ["requirements.txt"])


def test_a_setup_py_naming_its_values_declares_its_dependencies_and_its_flask_api(repo):
    ctx = ctx_for(_repo(repo, SETUP_BY_NAMES))
    m = [m for m in ctx.fact("manifests")["manifests"] if m["path"] == "server/setup.py"][0]
    assert m["name"] == "geoserveur" and m["dependencies"] == ["flask", "sqlalchemy", "lxml"]
    assert "declaring no dependency" not in run_check(ctx, "reusability.dependencies").message["en"]
    assert "standard packaging: yes" in run_check(ctx, "reusability.portability").message["en"]
    assert run_check(ctx, "interoperability.api-spec").status.value != "not_applicable"
    assert ctx.fact("project")["kind"] != "static-site"


def test_a_setup_py_reading_its_requirements_file(repo):
    setup_py = ("from setuptools import setup\n\ndef read_requirements():\n    with open('requirements.txt') as f:\n"
                "        return [l.strip() for l in f if l.strip()]\n\nsetup(name='geoserveur', install_requires=read_requirements())\n")
    path = repo([{"files": {"server/setup.py": setup_py, "server/requirements.txt": "flask==1.0\nlxml\n",
                            "server/geoserveur/__init__.py": "\n"}}])
    m = [m for m in ctx_for(path).fact("manifests")["manifests"] if m["path"] == "server/setup.py"][0]
    assert m["dependencies"] == ["flask", "lxml"]


def test_a_setup_py_with_a_computed_value_still_declares_nothing(repo):
    # the neighbouring case: nothing to resolve statically stays "no dependency declared"
    setup_py = "from setuptools import setup\nimport json\nsetup(name='x', install_requires=json.load(open('deps.json')))\n"
    path = repo([{"files": {"setup.py": setup_py, "x/__init__.py": "\n"}}])
    m = [m for m in ctx_for(path).fact("manifests")["manifests"] if m["path"] == "setup.py"][0]
    assert m["name"] == "x" and m["dependencies"] == []
