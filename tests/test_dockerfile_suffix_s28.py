"""A Dockerfile named with an underscore is a container recipe (issue 12, session 28 lead = reader r5a, StartupsPoleEmploi/mobiville).

The application's images are built from `dockerfile_api` and `dockerfile_front` at the root; the only file the names matched was
backups/Dockerfile (a backup job's image): facts.files.dockerfile said "backups/Dockerfile". "Dockerfile_<name>" is one more way to
name an image's recipe, as "Dockerfile.<name>" and "Dockerfile-<name>" are; a script named dockerfile_generator.py stays code."""

from __future__ import annotations

from tests.test_state_facts_s21 import facts

README = "# Mobiville\n\nUn service pour trouver une ville où travailler et se loger.\n"
API = "FROM node:20-alpine\nWORKDIR /app\nCOPY api/ .\nRUN npm ci\nCMD [\"node\", \"index.js\"]\n"


def test_underscore_named_dockerfiles_are_the_projects(tmp_path):
    f, _ = facts(tmp_path, {"README.md": README, "dockerfile_api": API, "dockerfile_front": API.replace("api/", "front/"),
                            "backups/Dockerfile": "FROM postgres:16\nCOPY backup.sh /\n", "api/index.js": "console.log('ok')\n"}, "u")
    assert f["files"]["dockerfile"] == "dockerfile_api", f["files"]


def test_a_script_named_after_dockerfiles_is_none(tmp_path):
    f, _ = facts(tmp_path, {"README.md": README, "tools/dockerfile_generator.py": "print('FROM node')\n", "api/index.js": "1\n"}, "s")
    assert f["files"]["dockerfile"] is None, f["files"]
