"""A coding assistant's tooling copied into a repository is not the project's code (issue 12, s40 fg40 = reader rg40, fbonhomme/calordure).

A waste-collection calendar (an Express API and a Next.js front end, TypeScript and JavaScript only) carries Anthropic's PDF skill
under .claude/skills/pdf/ (its LICENSE.txt, Python scripts and their one test) and GitHub spec-kit's .specify/ scripts, whose help
text gives "Implement OAuth2 integration for API" as an example. The skill's test was the project's only test (tests-and-ci pass),
its imports (pypdf, pdf2image, PIL) Python packages "no Python manifest declares" (dependencies), and the spec-kit script's
OAuth2 one of the two mentions that made a "standard authentication" (auth warn). Near miss: the project's own scripts/ in Python,
with its own test, stays the project's.
"""

from __future__ import annotations

from auditor.facts.inventory import classify
from tests.test_local_authority_verdicts import judge

CHECKS = ["reusability.tests-and-ci", "reusability.dependencies", "interoperability.auth"]
APP = {
    "README.md": "# Calendrier des collectes\n\nCalendrier de collecte des déchets ménagers de la commune.\n",
    "backend/package.json": '{"name": "api", "scripts": {"start": "node src/index.js"}, "dependencies": {"express": "^4.18.0"}}\n',
    "backend/src/index.js": "const express = require('express');\nconst app = express();\n"
                            "app.get('/api/collectes', (req, res) => res.json([]));\napp.listen(3000);\n",
    "backend/src/dates.js": "function prochaine(jours) {\n  return jours[0];\n}\nmodule.exports = { prochaine };\n",
    ".github/workflows/ci.yml": "name: ci\non: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n"
                                "      - uses: actions/checkout@v4\n      - run: npm ci\n        working-directory: backend\n",
}
SKILL = {
    ".claude/skills/pdf/LICENSE.txt": "© 2025 Anthropic, PBC. All rights reserved.\n",
    ".claude/skills/pdf/SKILL.md": "---\nname: pdf\ndescription: PDF toolkit\n---\n\n# PDF\n\nUse pypdf.\n",
    ".claude/skills/pdf/scripts/fill_fields.py": "import sys\nfrom pypdf import PdfReader\nfrom pdf2image import convert_from_path\n"
                                                "from PIL import Image\n\n\ndef fill(path):\n    return PdfReader(path)\n",
    ".claude/skills/pdf/scripts/fill_fields_test.py": "import unittest\n\n\nclass FillTest(unittest.TestCase):\n"
                                                     "    def test_fill(self):\n        self.assertTrue(True)\n",
    ".claude/commands/speckit.plan.md": "---\ndescription: Plan\n---\n\nRun `.specify/scripts/powershell/setup-plan.ps1`.\n",
    ".specify/scripts/powershell/create-new-feature.ps1":
        "param([string]$Description)\nfunction Show-Help {\n    Write-Host 'Example:'\n"
        "    Write-Host \"  ./create-new-feature.ps1 'Implement OAuth2 integration for API'\"\n}\n",
    ".specify/templates/spec-template.md": "# Feature Specification: [FEATURE NAME]\n\nSupport SAML single sign-on for [USER].\n",
}
OWN_SCRIPTS = {
    "scripts/import_collectes.py": "import requests\n\n\ndef fetch(url):\n    return requests.get(url).json()\n",
    "scripts/test_import_collectes.py": "from import_collectes import fetch\n\n\ndef test_fetch():\n    assert callable(fetch)\n",
}


def test_assistant_folders_are_tooling_and_copilot_prompts_too():
    for path in (".claude/skills/pdf/scripts/fill_fields.py", ".specify/scripts/powershell/common.ps1", ".cursor/rules/app.mdc",
                 "frontend/.windsurf/workflows/x.md", ".github/prompts/plan.prompt.md", ".gemini/commands/plan.toml"):
        assert classify(path)[0] == "vendored", path
    for path in ("scripts/import_collectes.py", ".github/workflows/ci.yml", "src/claude/skills.py", ".github/ISSUE_TEMPLATE/bug.md"):
        assert classify(path)[0] != "vendored", path


def test_a_copied_skill_gives_no_test_no_python_dependency_and_no_sign_in(tmp_path):
    res = judge(tmp_path, {**APP, **SKILL}, CHECKS, name="skill")[1]
    tests = res["reusability.tests-and-ci"]
    assert tests["status"] == "fail" and "0 test file(s)" in tests["message"]["en"], tests["message"]
    deps = res["reusability.dependencies"]
    assert "pypdf" not in deps["message"]["en"] and "Python" not in deps["message"]["en"], deps["message"]
    auth = res["interoperability.auth"]
    assert auth["status"] == "not_applicable", (auth["message"], auth["evidence"])


def test_the_projects_own_python_scripts_stay_its_code(tmp_path):
    res = judge(tmp_path, {**APP, **SKILL, **OWN_SCRIPTS}, CHECKS, name="own")[1]
    assert "1 test file(s)" in res["reusability.tests-and-ci"]["message"]["en"], res["reusability.tests-and-ci"]["message"]
    assert "requests" in res["reusability.dependencies"]["message"]["en"], res["reusability.dependencies"]["message"]


def test_a_token_in_the_assistants_settings_is_still_a_committed_secret(tmp_path):
    token = "ghp_" + "Zk3Qv8Lr2Nw5Tb7Yc1Hd4Jf6Gm9Xs0Pa2Ue5"
    settings = '{"permissions": {"allow": ["Bash(git push:*)", "Bash(GITHUB_TOKEN=' + token + ' gh run list:*)"]}}\n'
    res = judge(tmp_path, {**APP, **SKILL, ".claude/settings.local.json": settings}, ["reusability.secrets"], name="token")[1]
    r = res["reusability.secrets"]
    assert r["status"] == "fail" and any(e["path"] == ".claude/settings.local.json" for e in r["evidence"]), (r["message"], r["evidence"])
