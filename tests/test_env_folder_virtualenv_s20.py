"""A folder named env/, venv/ or .venv/ is a committed virtualenv only where a virtualenv's files are (issue 12, session 20,
reader r3; fixer g4 case 4): DNUM-SocialGouv/champollion-front keeps its settings in env/ (env/.env.example, .env.build,
.env.preprod), and inventory.is_vendored() took every file under any env/ for a Python virtualenv's: they vanished from every scan
(the settings template, the secrets, the settings read). Now a file under such a folder is vendored only at a virtualenv's layout:
pyvenv.cfg at its top, or under its bin/, Scripts/, lib/, Lib/, lib64/, include/, Include/, share/ or conda-meta/
(lib/python3.11/site-packages/…); anything else there (a dotenv file, a per-environment values file, a README) is the project's."""

from __future__ import annotations

import pytest

from auditor.engine import AuditOptions, audit
from auditor.facts.inventory import is_vendored
from tests.gitrepo import make_repo


@pytest.mark.parametrize("path", [
    "env/lib/python3.11/site-packages/requests/__init__.py", "env/bin/activate", "env/pyvenv.cfg", "venv/bin/python3",
    ".venv/lib/python3.12/site-packages/six.py", "venv/Lib/site-packages/flask/app.py", "venv/Scripts/activate.bat",
    "backend/.venv/include/site/python3.11/greenlet/greenlet.h", "env/share/jupyter/kernels/python3/kernel.json",
    "env/conda-meta/history", "env/lib64/python3.11/site-packages/x.py",
])
def test_a_virtualenvs_files_stay_vendored(path):
    assert is_vendored(path)


@pytest.mark.parametrize("path", [
    "env/.env.example", "env/.env.preprod", "env/production/values.yaml", "deploy/env/README.md", "venv/README.md",
    "config/env/production.js", "env/docker-compose.override.yml",
])
def test_other_files_of_an_env_folder_are_the_projects(path):
    assert not is_vendored(path)


FRONT = {
    "README.md": "# Outil\n\nUne interface de suivi.\n\n## Configuration\n\nCopiez env/.env.example en .env.\n",
    "package.json": '{"name": "outil", "dependencies": {"react": "^18"}}',
    "src/config.ts": "export const API = process.env.API_URL;\nexport const CLIENT = process.env.KEYCLOAK_CLIENT_ID;\n",
    "env/.env.example": "API_URL=\nKEYCLOAK_CLIENT_ID=\n",
    "env/.env.preprod": "API_URL=https://api.preprod.outil.exemple.fr\nKEYCLOAK_CLIENT_ID=outil-front\n",
    "app/default.conf.template": "server {\n  listen 80;\n  location /api { proxy_pass ${API_URL}; }\n}\n",
}


def audited(tmp_path, files: dict) -> dict:
    repo = make_repo(tmp_path / "r", [{"files": files, "date": "2026-03-02T10:00:00Z", "message": "init"}])
    return audit(str(repo), AuditOptions(cache_dir=tmp_path / "c", offline=True, only=["reusability.configuration"]))


def test_an_env_folder_of_settings_is_read_and_a_committed_virtualenv_is_not(tmp_path):
    report = audited(tmp_path, FRONT)
    inv = report["facts"]["inventory"]
    assert inv["categories"]["vendored"] == 0 and not inv["examples"].get("vendored"), inv["examples"].get("vendored")
    assert report["facts"]["files"]["env_template"] == "env/.env.example"
    venv = {**FRONT, "env/pyvenv.cfg": "home = /usr/bin\nversion = 3.11.2\n", "env/bin/activate": "# This file must be used with source\n",
            "env/lib/python3.11/site-packages/dotenv/main.py": "import os\n\ndef load_dotenv():\n    return os.environ\n"}
    report = audited(tmp_path / "venv", venv)
    assert report["facts"]["files"]["env_template"] == "env/.env.example"
    # the virtualenv's files stay out of the project's code (its only Python file is the virtualenv's)
    inv = report["facts"]["inventory"]
    assert inv["categories"]["vendored"] == 3 and "Python" not in inv["languages"], inv
