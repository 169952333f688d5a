"""A variable a task runner's shell block sets above the line that reads it is the script's own (issue 12, s40 fd40 =
opt-nc/odata-referentiel-metiers): Taskfile.yml's `site` task sets `RELEASE_VERSION="${RELEASE_TAG:-$(git describe …)}"`
then appends `-dev` to "${RELEASE_VERSION}"; reusability.configuration counted RELEASE_VERSION among the settings read from the
environment. RELEASE_TAG, read with a default, stays one; so does a variable read before any line sets it, and `X="${X:-default}"`."""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

CID = "reusability.configuration"
BASE = {"README.md": "# Référentiel\n\nLe site du référentiel, construit par Hugo.\n",
        "src/generate.py": "import json\n\n\ndef main():\n    print(json.dumps({'ok': True}))\n"}


def taskfile(block: str) -> str:
    return "version: '3'\ntasks:\n  site:\n    cmds:\n      - |\n" + "".join(f"        {line}\n" for line in block.splitlines())


SET_THEN_READ = ('RELEASE_VERSION="${RELEASE_TAG:-$(git describe --tags --abbrev=0 || printf 0.0.1)}"\n'
                 'if [ -n "$CI" ]; then\n  RELEASE_VERSION="${RELEASE_VERSION}-dev"\nfi\n'
                 'printf \'{"tag": "%s"}\' "$RELEASE_VERSION" > site/data/release.json\n')


def test_variable_set_above_its_read_is_the_scripts_own(tmp_path):
    r = check_result(tmp_path, {**BASE, "Taskfile.yml": taskfile(SET_THEN_READ)}, CID)
    names = {e.get("value") for e in r["evidence"] if e.get("kind") == "finding"}
    assert "RELEASE_TAG" in names and "RELEASE_VERSION" not in names, (r["message"], r["evidence"])


def test_variable_read_before_it_is_set_or_defaulting_itself_stays_a_setting(tmp_path):
    block = ('printf \'%s\' "${RELEASE_VERSION}" > site/data/release.txt\nRELEASE_VERSION="0.0.1"\n'
             'SITE_NAME="${SITE_NAME:-referentiel}"\nprintf \'%s\' "${SITE_NAME}" > site/data/name.txt\n')
    r = check_result(tmp_path, {**BASE, "Taskfile.yml": taskfile(block)}, CID)
    names = {e.get("value") for e in r["evidence"] if e.get("kind") == "finding"}
    assert {"RELEASE_VERSION", "SITE_NAME"} <= names, (r["message"], r["evidence"])
