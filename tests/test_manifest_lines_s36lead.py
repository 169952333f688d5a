"""The line of a dependency in its manifest is where the dependency is written, not where its name sits inside the project's own
name or a longer package's name (issue 12, session 36 lead, after verifier v21b = meet-whisperx of r18c's sample:
scaling.vendor-lock-in's OpenAI finding pointed at pyproject.toml:2, ``name = "whisper-openai-api"``, for ``"openai==1.43.0"``
on line 8)."""

from __future__ import annotations

from auditor.facts.manifest_lines import first_line
from tests.test_local_authority_verdicts import judge

PYPROJECT = ('[project]\nname = "whisper-openai-api"\nversion = "0.1.0"\nrequires-python = ">=3.11"\n'
             'dependencies = [\n    "fastapi==0.112.0",\n    "uvicorn==0.30.5",\n    "openai==1.43.0",\n]\n')


def test_the_dependency_line_is_not_the_projects_name():
    assert first_line(PYPROJECT, "openai") == 8 and first_line(PYPROJECT, "fastapi") == 6


def test_a_longer_packages_name_is_no_line_of_the_shorter_one():
    package = '{\n  "name": "carte-react-app",\n  "dependencies": {\n    "react-dom": "18.3.1",\n    "react": "18.3.1"\n  }\n}\n'
    assert first_line(package, "react") == 5 and first_line(package, "react-dom") == 4
    assert first_line("lodash.merge==1\n", "lodash") is None and first_line("Django==4.2\n", "django") is None


def test_the_lock_in_finding_points_at_the_dependency(tmp_path):
    files = {"pyproject.toml": PYPROJECT, "README.md": "# Transcription\n\nTranscrit les réunions du conseil municipal.\n",
             "app/main.py": "from openai import OpenAI\n\nclient = OpenAI()\n"}
    _, res = judge(tmp_path, files, ["scaling.vendor-lock-in"])
    lines = [e.get("line") for e in res["scaling.vendor-lock-in"]["evidence"] if e.get("path") == "pyproject.toml"]
    assert lines and 2 not in lines and 8 in lines, res["scaling.vendor-lock-in"]["evidence"]
