"""files.changelog (issue 12, s39 fj39 = reader rt39's betagouv/science-infuse): a teachers' platform copied an outside package's example
server into h5p/ with its release history, h5p/CHANGELOG.md ("## [10.0.4](https://github.com/Lumieducation/H5P-Nodejs-library/compare/
…) … Version bump only for package @lumieducation/h5p-rest-example-server"), and files.changelog was that file. Rule now: a component's
changelog whose version headings link only forge repositories that the project's names do not name and that its root README does not
link is another project's history. Near miss (as 042f2e39's): a component whose headings link the organisation's repository the root
README links too keeps its changelog."""

from __future__ import annotations

from auditor.engine import AuditOptions, audit
from tests.gitrepo import make_repo

CID = "documentation.community-files"
README = ("# Classeur\n\nClasseur aide les enseignants à créer des cours interactifs. Code : "
          "https://github.com/exemple-org/classeur-main\n\n## Installation\n\n```\ndocker compose up\n```\n")


def _log(repo: str) -> str:
    return ("# Change Log\n\nAll notable changes to this project will be documented in this file.\n\n"
            + "".join(f"## [1.0.{n}](https://github.com/{repo}/compare/v1.0.{n - 1}...v1.0.{n}) (2025-03-01)\n\n"
                      f"**Note:** Version bump only for package\n\n" for n in range(320, 0, -1)))  # (over 32 KB, as the real one)


def run(tmp_path, folder: str, manifest_name: str, repo: str, name: str) -> dict:
    files = {"README.md": README, "webapp/package.json": '{"name": "classeur-webapp", "version": "1.0.0"}\n',
             "webapp/src/index.js": "export const start = () => 1;\n",
             f"{folder}/package.json": '{"name": "' + manifest_name + '", "version": "1.0.3"}\n',
             f"{folder}/src/index.ts": "export const serve = () => 2;\n", f"{folder}/CHANGELOG.md": _log(repo)}
    path = make_repo(tmp_path / name, [{"files": files, "date": "2025-03-10T10:00:00Z", "message": "init",
                                        "author": ("Jeanne Martin", "jeanne@exemple.fr")}])
    report = audit(str(path), AuditOptions(cache_dir=tmp_path / "c", offline=True, only=[CID]))
    return report["facts"]


def test_an_outside_packages_changelog_is_not_the_projects(tmp_path):
    facts = run(tmp_path, "h5p", "@outside/rest-example-server", "OutsideOrg/player-library", "outside")
    assert facts["files"]["changelog"] is None, facts["files"]["changelog"]
    assert facts["docs"]["community"]["changelog"] is None, facts["docs"]["community"]["changelog"]


def test_a_component_linking_the_organisations_repository_keeps_its_changelog(tmp_path):
    facts = run(tmp_path, "api", "classeur-api", "exemple-org/classeur-main", "own")
    assert facts["files"]["changelog"] == "api/CHANGELOG.md", facts["files"]["changelog"]
