"""readme.sections.contributing: a README that names its documents from the folder above the repository, the project's name first
("`agora/docs/2_git.md`" in agora-app, whose files are docs/2_git.md), points to those documents; a path led by another name does not
(issue 12, s42 fd42, reader rv42).

The files are written for these tests, in the shape of the real repository named above each group."""

from __future__ import annotations

from tests.gitrepo import make_repo
from tests.test_reusability_fixtures import run_audit

GIT_DOC = ("# Git utils\n\n## 1. Commit naming\n\nUse `feat:`, `fix:`.\n\n## 2. Branch naming\n\n`feature/<ticket>`.\n\n"
           "## 3. Pull requests\n\nCreate a branch from develop, open a pull request, then rebase and merge.\n")


def _sections(tmp_path, top: str, name: str) -> dict:
    readme = ("# Agora onboarding\n\n## 1. Setting project\n\n- Install Flutter, then `flutter pub get`.\n\n"
              f"## 4. Read other docs\n- `{top}/docs/2_git.md`\n- `{top}/docs/3_coding_convention.md`\n")
    files = {"README.md": readme, "pubspec.yaml": "name: agora\nversion: 1.0.0\n", "lib/main.dart": "void main() {}\n",
             "docs/2_git.md": GIT_DOC, "docs/3_coding_convention.md": "# Coding convention\n\nLine length 120.\n"}
    commits = [{"files": files, "date": "2025-01-29T10:00:00Z", "message": "init"}]
    readme_fact = run_audit(make_repo(tmp_path / name / "agora-app", commits), tmp_path / f"c-{name}", ["documentation.readme-sections"])["facts"]["readme"]
    return readme_fact["section_sources"]


# - agora-gouv/agora-app: "## 4. Read other docs" lists `agora/docs/2_git.md` (commit and branch naming, "4. Pull requests"), the
#   repository's docs/2_git.md: contributing was not found.
def test_a_path_led_by_the_projects_name_points_to_the_repositorys_file(tmp_path):
    assert _sections(tmp_path, "agora", "own").get("contributing") == "docs/2_git.md"


def test_a_path_led_by_another_name_points_nowhere(tmp_path):
    assert "contributing" not in _sections(tmp_path, "platform", "other")
