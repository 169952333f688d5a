"""files.dockerfile: a Dockerfile in a project template's folder holding Jinja placeholders ("Service REST {{package_name}}") is what
a generator writes into each new project, not the repository's image; a Dockerfile in such a folder with no placeholder stays the
project's (issue 12, s42 fd42, reader rv42).

The files are written for these tests, in the shape of the real repository named above each group."""

from __future__ import annotations

from tests.gitrepo import make_repo
from tests.test_reusability_fixtures import run_audit

BASE = {"README.md": "# Générateur\n\nUn générateur de projets de science des données.\n\n```\npip install generateur\ngenerate_api_project -n mon_projet\n```\n",
        "setup.py": "from setuptools import setup\nsetup(name='generateur', entry_points={'console_scripts': ['generate_api_project=generateur.api:main']})\n",
        "generateur/__init__.py": "", "generateur/api.py": "def main():\n    return 0\n"}
TEMPLATE = ('FROM python:3.11-slim\nLABEL org.opencontainers.image.description="Service REST {{package_name}}"\n'
            'ENV PATH="/opt/venv/bin:${PATH}"\n{%- if with_gunicorn %}\nRUN pip install gunicorn\n{%- endif %}\nCOPY {{package_name}}/ {{package_name}}/\n')


def _dockerfile(tmp_path, files: dict, name: str):
    commits = [{"files": {**BASE, **files}, "date": "2024-12-12T10:00:00Z", "message": "init"}]
    return run_audit(make_repo(tmp_path / name, commits), tmp_path / f"c-{name}", ["reusability.configuration"])["facts"]["files"]["dockerfile"]


# - France-Travail/gabarit: gabarit/template_api/api_project/Dockerfile ("LABEL … Service REST {{package_name}}", "COPY
#   {{package_name}}/ …"), beside the generated project's .env template; gabarit itself is a pip package: files.dockerfile was it.
def test_a_project_templates_dockerfile_with_jinja_placeholders_is_not_the_projects(tmp_path):
    files = {"generateur/template_api/api_project/Dockerfile": TEMPLATE,
             "generateur/template_api/api_project/.env": 'APP_NAME="{{package_name}}"\n'}
    assert _dockerfile(tmp_path, files, "jinja") is None


def test_a_dockerfile_without_placeholders_stays_the_projects(tmp_path):
    plain = "FROM python:3.11-slim\nENV PATH=\"/opt/venv/bin:${PATH}\"\nCOPY generateur/ generateur/\nRUN pip install .\n"
    assert _dockerfile(tmp_path, {"generateur/template_api/Dockerfile": plain}, "plain") == "generateur/template_api/Dockerfile"
    assert _dockerfile(tmp_path, {"Dockerfile": plain, "generateur/template_api/api_project/Dockerfile": TEMPLATE}, "root") == "Dockerfile"
