"""reusability.install on session 13's reads (issue 12): a command-line tool's package.json scripts running its own programs
(npm run cut → node ./src/cut.js) are how it is run once installed; a git fixture shaped like the real case."""

from __future__ import annotations

from tests.test_kinds_and_copies_s13 import SPLITTER, _package
from tests.test_reusability_fixtures import check_result


def test_package_scripts_running_the_tools_own_commands_are_its_tooling(tmp_path):
    """A command-line tool run by `npm run cut` (node ./src/cut.js) once `npm install` has installed it: package.json is its task
    runner; a package whose scripts only lint, test or release has none."""
    install = check_result(tmp_path / "a", SPLITTER, "reusability.install")
    assert {"path": "package.json", "value": "task-runner"} in [{k: e.get(k) for k in ("path", "value")} for e in install["evidence"]]
    lint_only = {**SPLITTER, "package.json": _package(scripts={"test": "jest", "lint": "eslint ."}, dependencies={"commander": "^9.0.0"})}
    install = check_result(tmp_path / "b", lint_only, "reusability.install")
    assert "task-runner" not in [e.get("value") for e in install["evidence"]]
