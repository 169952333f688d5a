"""Issue 12, session 43 fixer fb43 (lecoqal/pphook): a Région's network middleware, a Python daemon installed by its own shell
script (the README: ``source hook.sh``), whose main_scripts/hook.sh runs ``pip install requests configparser ipaddress datetime
jinja2`` beside the Docker image's RUN pip install of four of them. reusability.dependencies said "Python dependencies declared
only by the Dockerfile's pip install: 4 of 4": the script's pip install was not read. A shell script's pip install naming packages
is read as a Dockerfile's is (an unlocked pip manifest), and neither note says "only". Near misses: a commented-out
``# pip install x`` line and an ``echo "pip install x"`` name nothing; a CI script's or developers' tools are tooling; a deployment
kit's pip install of applications the code does not import declares nothing; a project with a requirements.txt of its own keeps it
as its only manifest. Made-up project below."""

from __future__ import annotations

from auditor.facts.docker_pip import script_requirements
from tests.test_local_authority_verdicts import judge

CODE = {"README.md": "# Synchro\n\nSynchronise l'IPAM et le DNS.\n\n## Installation\n\n```\nsource install.sh\n```\n",
        "python/sync.py": "import requests\nimport jinja2\n\nprint(requests, jinja2)\n"}
SCRIPT = ("#!/bin/bash\n# ===\n# DEPENDENCIES\n# ===\napt-get install python3-pip -y\npython3 -m venv /opt/sync/venv\n"
          "source /opt/sync/venv/bin/activate\n\npip install requests configparser ipaddress datetime \\\n    jinja2\n"
          "# pip install flask\necho \"pip install django\"\nif [ -n \"$DEBUG\" ]; then pip install ipdb; fi\n")
DOCKERFILE = "FROM python:3.11-slim\nRUN pip install --no-cache-dir \\\n    requests \\\n    configparser \\\n    ipaddress \\\n    jinja2\nCOPY python/ /app/\n"


def _deps(tmp_path, files, name="r"):
    return judge(tmp_path, files, ["reusability.dependencies"], name=name)[1]["reusability.dependencies"]


def test_the_scripts_pip_install_lines_are_read_as_written():
    found = script_requirements(SCRIPT)
    assert [r["name"] for r in found] == ["requests", "configparser", "ipaddress", "datetime", "jinja2", "ipdb"], found
    assert found[0]["line"] == 9 and not any(r["pinned"] for r in found)
    for nothing in ("# pip install flask\n", "echo \"pip install flask\"\n", "pip install -r requirements.txt\n", "pip install -e .\n"):
        assert script_requirements(nothing) == [], nothing


def test_a_script_and_a_dockerfile_both_declare_the_dependencies(tmp_path):
    r = _deps(tmp_path, {**CODE, "install.sh": SCRIPT, "docker/Dockerfile": DOCKERFILE})
    assert r["status"] == "fail" or r["status"] == "warn", r
    assert set(r["details"]["unlocked"]) == {"install.sh", "docker/Dockerfile"}, r["details"]
    notes = {e["path"]: e["note"]["en"] for e in r["evidence"] if e.get("path") in ("install.sh", "docker/Dockerfile")}
    assert "only" not in notes["docker/Dockerfile"] and "only" not in notes["install.sh"], notes
    assert "install script's pip install: 6 of 6" in notes["install.sh"], notes


def test_a_commented_pip_line_a_ci_script_or_an_own_requirements_file_declare_nothing_more(tmp_path):
    commented = "#!/bin/bash\n# pip install requests jinja2\necho \"pip install requests\"\n"
    r = _deps(tmp_path, {**CODE, "install.sh": commented, "docker/Dockerfile": DOCKERFILE}, name="a")
    assert r["details"]["unlocked"] == ["docker/Dockerfile"], r["details"]
    note = next(e["note"]["en"] for e in r["evidence"] if e.get("path") == "docker/Dockerfile")
    assert "declared only by the Dockerfile's pip install" in note, note
    ci = "#!/bin/bash\npip install flake8 pytest\n"
    r = _deps(tmp_path, {**CODE, "scripts/lint.sh": ci, "ci/setup.sh": "pip install requests\n", "docker/Dockerfile": DOCKERFILE}, name="b")
    assert r["details"]["unlocked"] == ["docker/Dockerfile"], r["details"]
    # a kit pip-installing the applications it deploys, none of which the project's code imports, declares none of its code's
    r = _deps(tmp_path, {**CODE, "deploy/install-portail.sh": "/opt/portail/bin/pip install portail agenda\n", "docker/Dockerfile": DOCKERFILE}, name="k")
    assert r["details"]["unlocked"] == ["docker/Dockerfile"], r["details"]
    own = {"requirements.txt": "requests==2.31.0\njinja2==3.1.2\n"}
    r = _deps(tmp_path, {**CODE, **own, "install.sh": SCRIPT}, name="c")
    assert "install.sh" not in r["details"]["unlocked"], r["details"]
