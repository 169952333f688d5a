"""files.changelog (issue 12, s41 fe41 = reader rv41's SocialGouv/emjpm-ui): a lerna/yarn-workspaces monorepo of UI packages, renamed
since its packages were released, keeps in each package its lerna changelog ("# [0.55.0](https://github.com/<org>/<former-name>/compare/
…)"); the headings link the former name, which the package's own package.json names as its "repository" and "bugs". They were taken
for another project's copied history and files.changelog was null. Rule now: a package of the project's own monorepo (a folder the root
package.json "workspaces" or lerna.json "packages" lists) whose headings link the repository its package.json names as its own keeps
its changelog. Near misses: a third-party package copied outside the workspaces, with its own package.json naming its repository, stays
foreign; a workspace package whose headings link another repository than the one it declares stays foreign."""

from __future__ import annotations

import json

from auditor.engine import AuditOptions, audit
from tests.gitrepo import make_repo

CID = "documentation.community-files"
README = "# widgets-ui\nui kit for forms\n\n## Installation\n\n```\nyarn add @exemple/widgets-ui-core\n```\n"


def _log(repo: str, package: str) -> str:
    return ("# Change Log\n\nAll notable changes to this project will be documented in this file.\n\n"
            + "".join(f"# [0.{n}.0](https://github.com/{repo}/compare/{package}@0.{n - 1}.0...{package}@0.{n}.0) (2020-03-17)\n\n"
                      f"### Features\n\n* **list:** change {n}\n\n" for n in range(30, 0, -1)))


def _package(name: str, repo: str) -> str:
    return json.dumps({"name": name, "version": "0.30.0", "bugs": f"https://github.com/{repo}", "repository": f"https://github.com/{repo}",
                       "main": "dist/index.js"}) + "\n"


def run(tmp_path, folder: str, declared: str, linked: str, name: str, lerna: bool = True) -> dict:
    root = {"name": "@exemple/widgets-ui", "private": True, "license": "Apache-2.0", "repository": "git@github.com:exemple/widgets-ui.git"}
    if not lerna:
        root["workspaces"] = ["packages/*"]
    files = {"README.md": README, "package.json": json.dumps(root) + "\n",
             f"{folder}/package.json": _package("@exemple/widgets-ui-core", declared),
             f"{folder}/src/index.js": "export const Button = () => 1;\n", f"{folder}/CHANGELOG.md": _log(linked, "@exemple/widgets-ui-core")}
    if lerna:
        files["lerna.json"] = json.dumps({"packages": ["packages/*"], "npmClient": "yarn", "version": "independent"}) + "\n"
    path = make_repo(tmp_path / name, [{"files": files, "date": "2020-03-10T10:00:00Z", "message": "init",
                                        "author": ("Jeanne Martin", "jeanne@exemple.fr")}])
    return audit(str(path), AuditOptions(cache_dir=tmp_path / "c", offline=True, only=[CID]))["facts"]


def test_a_lerna_packages_changelog_linking_its_declared_former_name_is_the_projects(tmp_path):
    facts = run(tmp_path, "packages/core", "exemple/widgets-design-system", "exemple/widgets-design-system", "lerna")
    assert facts["files"]["changelog"] == "packages/core/CHANGELOG.md", facts["files"]["changelog"]


def test_a_yarn_workspace_packages_changelog_likewise(tmp_path):
    facts = run(tmp_path, "packages/core", "exemple/widgets-design-system", "exemple/widgets-design-system", "yarn", lerna=False)
    assert facts["files"]["changelog"] == "packages/core/CHANGELOG.md", facts["files"]["changelog"]


def test_near_miss_a_copied_package_outside_the_workspaces_stays_foreign(tmp_path):
    facts = run(tmp_path, "vendor/datepicker", "outside-org/datepicker", "outside-org/datepicker", "copied")
    assert facts["files"]["changelog"] is None, facts["files"]["changelog"]


def test_near_miss_a_workspace_package_linking_another_repository_stays_foreign(tmp_path):
    facts = run(tmp_path, "packages/core", "exemple/widgets-design-system", "outside-org/datepicker", "other")
    assert facts["files"]["changelog"] is None, facts["files"]["changelog"]
