"""readme.sections install (issue 12, s38 fc38 = reader rs38, InseeFr/walking-papers): a README with no chapter — its title, badges,
two sentences on what the tool is, then "To use it, run `pnpm && pnpm start`." — gives its installation in that one sentence (the
dependencies installed by the bare package manager, then the application started), but neither the headings nor the sentence rules
read it: sections were ["purpose"]. In a README whose only heading is its title, a short sentence that has the reader run inline code
installing the dependencies or starting the project is its installation. Near misses: inline code that is no command (a function's
name, "call `renderForm()`"; a file, "run it from `index.html`") and a developers' task ("run `pnpm test`") give no installation."""

from __future__ import annotations

import pytest

from auditor.engine import AuditOptions, audit
from tests.gitrepo import make_repo

HEAD = ("# Saisie des questionnaires papier\n\n"
        "[![Quality Gate](https://sonarcloud.io/api/project_badges/measure?project=x&metric=alert_status)](https://sonarcloud.io/dashboard?id=x)\n\n"
        "This tool is based on [Formulaire](https://github.com/exemple/formulaire).\n\n"
        "It is used to type in the answers of paper questionnaires as they are, without any control.\n\n")
TAIL = "\n\nYou can change the `questionnaire.json` in `src/` to change the questionnaire.\n"


def _readme(tmp_path, sentence: str) -> dict:
    files = {"README.md": HEAD + sentence + TAIL, "package.json": '{"name": "saisie", "scripts": {"start": "vite", "test": "vitest"}}\n',
             "pnpm-lock.yaml": "lockfileVersion: '9.0'\n", "src/main.tsx": "export const app = 1;\n", "src/questionnaire.json": "{}\n"}
    repo = make_repo(tmp_path / "r", [{"files": files, "date": "2024-03-11T09:20:00Z", "message": "init", "author": ("Alice Martin", "alice@exemple.fr")},
                                      {"files": {"src/main.tsx": "export const app = 2;\n"}, "date": "2024-06-02T10:00:00Z", "message": "update"}])
    report = audit(str(repo), AuditOptions(cache_dir=tmp_path / "c", offline=True, only=["documentation.readme"]))
    return report["facts"]["readme"]


@pytest.mark.parametrize("sentence", ["To use it, run `pnpm && pnpm start`.",
                                      "Pour l'utiliser, exécutez `npm install` puis `npm start`."])
def test_a_run_sentence_is_the_installation_of_a_readme_without_chapters(tmp_path, sentence):
    readme = _readme(tmp_path, sentence)
    assert "install" in readme["sections"], readme["section_details"]  # was ["purpose"]
    detail = next(d for d in readme["section_details"] if d["name"] == "install")
    assert detail["via"] == "sentence" and detail["line"] == 9, detail


@pytest.mark.parametrize("sentence", ["To show the form, call `renderForm()` from your page.",
                                      "To check a change, run `pnpm test` before committing.",
                                      "Run it from `index.html` in your browser."])
def test_inline_code_that_installs_nothing_gives_no_installation(tmp_path, sentence):
    readme = _readme(tmp_path, sentence)
    assert "install" not in readme["sections"], readme["section_details"]
