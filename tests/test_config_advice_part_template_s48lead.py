"""reusability.configuration's advice: the settings one part of a repository reads go to that part's template, not to another
part's.

Real case (issue 12, s47 fg47's leftover, s48 lead = OPEN-ENT-NG/flashquizz-connector): frontend/vite.config.ts reads four VITE_*
variables; the only template is the Java back end's backend/deployment/flashquizz/conf.json.template (a JSON of the module's
settings). The advice said "Add to backend/deployment/flashquizz/conf.json.template one line per setting … VITE_LOCALHOST …",
where a Vite front end's variables belong in the front end's own .env file.
"""

from __future__ import annotations

from auditor.engine import AuditOptions, audit

BASE = {"README.md": "# Quiz\n\nQuizzes for the pupils.\n",
        "backend/pom.xml": "<project><modelVersion>4.0.0</modelVersion><groupId>fr.ecoles</groupId><artifactId>quiz</artifactId>"
                           "<version>1.0</version></project>\n",
        "backend/deployment/quiz/conf.json.template": '{\n  "name": "fr.ecoles~quiz~${quizVersion}",\n  "config": {\n'
                                                      '    "host": "${host}",\n    "app-name": "Quiz"\n  }\n}\n',
        "frontend/package.json": '{\n  "name": "quiz-front",\n  "private": true,\n  "scripts": {"build": "vite build"},\n'
                                 '  "devDependencies": {"vite": "^5.0.0"}\n}\n',
        "frontend/src/api.ts": "export const API_URL = import.meta.env.VITE_QUIZ_API;\nexport const SESSION = import.meta.env.VITE_SESSION_ID;\n"}


def advice(repo, tmp_path, files: dict) -> str:
    report = audit(str(repo([{"files": {**BASE, **files}}])), AuditOptions(cache_dir=tmp_path / "c", only=["reusability.configuration"]))
    r = report["results"][0]
    assert sorted(r["details"]["undocumented"]) == ["VITE_QUIZ_API", "VITE_SESSION_ID"], r["details"]
    return r["remediation"]["en"] if isinstance(r.get("remediation"), dict) else (r.get("advice") or {}).get("en", "")


def test_a_front_ends_settings_go_to_a_template_to_create_in_the_front_end(repo, tmp_path):
    text = advice(repo, tmp_path, {})
    assert text.startswith("Add to frontend/.env.example (to create) one line per setting"), text
    assert "conf.json.template" not in text


def test_near_miss_the_parts_own_template_is_named(repo, tmp_path):
    text = advice(repo, tmp_path, {"frontend/.env.example": "VITE_OTHER=1\n"})
    assert text.startswith("Add to frontend/.env.example one line per setting"), text


def test_near_miss_a_root_template_stays_the_one_named(repo, tmp_path):
    text = advice(repo, tmp_path, {".env.example": "OTHER=1\n"})
    assert text.startswith("Add to .env.example one line per setting") and "(to create" not in text, text
