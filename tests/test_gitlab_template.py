"""The GitLab CI template, validated structurally, and its entry module run like a GitLab job."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from auditor.ci import gitlab
from auditor.ci.common import FILENAMES
from auditor.reports import formats
from tests.gitrepo import git, make_repo

ROOT = Path(__file__).resolve().parent.parent
TEMPLATE = ROOT / "templates" / "gitlab-ci.yml"
SETTINGS = {"READINESS_RULESET", "READINESS_LANG", "READINESS_FAIL_UNDER", "READINESS_MIN_LEVEL"}


@pytest.fixture(scope="module")
def template():
    return yaml.safe_load(TEMPLATE.read_text(encoding="utf-8"))


def test_settings_are_global_variables_read_by_the_entry_module(template):
    variables = template["variables"]
    assert SETTINGS <= set(variables)
    source = Path(gitlab.__file__).read_text(encoding="utf-8")
    for name in variables:
        if name != "READINESS_AUDITOR_PACKAGE":
            assert f'"{name}"' in source, f"{name} is defined but never read"
    assert all(isinstance(v, str) for v in variables.values())  # GitLab wants strings


def test_job_runs_the_audit_with_full_history(template):
    job = template["readiness-audit"]
    assert job["extends"] == ".readiness-audit"
    base = template[".readiness-audit"]
    assert base["image"].startswith("python:3.1")
    assert base["variables"]["GIT_DEPTH"] == "0"
    script = "\n".join(base["script"])
    assert "-m auditor.ci.gitlab" in script and '"$READINESS_AUDITOR_PACKAGE"' in script
    for line in base["script"]:
        # settings reach the module through the environment, never pasted into a command line
        assert not re.search(r"\$\{?READINESS_(RULESET|LANG|FAIL_UNDER|MIN_LEVEL|FORMATS)", line), line
    assert base["before_script"] == []


def test_artifacts_expose_html_and_codequality(template):
    art = template[".readiness-audit"]["artifacts"]
    assert art["when"] == "always"  # reports are kept when the gate fails the job
    assert art["expose_as"]
    out = gitlab.OUT_DIR
    assert f"{out}/{FILENAMES['html']}" in art["paths"] and f"{out}/{FILENAMES['json']}" in art["paths"]
    for path in art["paths"]:  # expose_as: literal paths, no globs, no variables, no ./
        assert not re.search(r"[*$]|^\./", path)
    assert art["reports"]["codequality"] == f"{out}/{FILENAMES['codequality']}"
    assert art["reports"]["dotenv"] == f"{out}/readiness.env"


def test_include_line_is_documented():
    text = TEMPLATE.read_text(encoding="utf-8")
    assert "include:" in text and "remote:" in text and "project:" in text


def test_gitlab_job_writes_the_artifacts_and_fails_below_the_gate(tmp_path):
    origin = make_repo(tmp_path / "origin", [
        {"files": {"README.md": "# Outil\n\n" + "Un outil pour les collectivités. " * 30 + "\n", "LICENSE": "MIT License\n"}},
        {"files": {"app.py": "print(1)\n"}},
    ])
    project = tmp_path / "builds" / "project"
    git(tmp_path, "clone", "-q", "--depth", "1", f"file://{origin}", str(project))
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path / "home"), "XDG_CACHE_HOME": str(tmp_path / "cache"),
           "GIT_CONFIG_NOSYSTEM": "1", "GIT_CONFIG_GLOBAL": str(tmp_path / "gitconfig"), "AUDITOR_OFFLINE_INDEX": "1",
           "GITLAB_CI": "true", "CI_PROJECT_DIR": str(project), "CI_JOB_TOKEN": "glcbt-secret-job-token",
           "READINESS_LANG": "en", "READINESS_FAIL_UNDER": "99.9", "READINESS_RULESET": "", "READINESS_MIN_LEVEL": "",
           "READINESS_FORMATS": "json html codequality"}
    (tmp_path / "gitconfig").write_text('[protocol "file"]\n\tallow = always\n')
    proc = subprocess.run([sys.executable, "-I", "-m", "auditor.ci.gitlab"], env=env, cwd=project, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 1, proc.stdout + proc.stderr  # below the gate: the job fails
    assert "glcbt-secret-job-token" not in proc.stdout + proc.stderr
    out = project / gitlab.OUT_DIR
    report = json.loads((out / FILENAMES["json"]).read_text())
    assert report["target"]["shallow"] is False  # GIT_DEPTH forgotten: the clone was deepened
    dotenv = dict(line.split("=", 1) for line in (out / "readiness.env").read_text().splitlines())
    assert set(dotenv) == {"READINESS_SCORE", "READINESS_LEVEL", "READINESS_OPEN_SOURCE", "READINESS_SCALING"}
    assert float(dotenv["READINESS_SCORE"]) == pytest.approx(report["scores"]["overall"])
    for fmt in ("html", "codequality"):
        if fmt in formats():
            assert (out / FILENAMES[fmt]).is_file(), fmt
        else:
            assert f"format {fmt!r} is not available" in proc.stdout
    if "codequality" in formats():
        assert isinstance(json.loads((out / FILENAMES["codequality"]).read_text()), list)
