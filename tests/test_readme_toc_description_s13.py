"""documentation.readme (issue 12, s13 r1 reads: a kiosk game's README opening on a table of contents): an item of the table of
contents ("- [Get the old version of the game (using node.js)](#get-the-old-version-of-the-game-using-nodejs)"), a link to a heading
of the same page, is navigation, not the description; the description is the first sentence under "## Presentation". A sentence
holding an in-page link among its words is still prose."""

from __future__ import annotations

from auditor.facts.document import parse_markdown
from auditor.facts.readme_forms import shouted_or_nav
from tests.test_reusability_fixtures import check_result

README = ("# Memory kiosk\n\n- [Presentation](#presentation)\n- [Installation](#installation)\n  * [Main server](#main-server)\n"
          "- [Usage](#usage)\n- [Get the old version of the game (using node.js)](#get-the-old-version-of-the-game-using-nodejs)\n\n\n"
          "## Presentation\n\nMemory kiosk is a two-player memory game shown on two touch screens in the public library.\n\n"
          "## Installation\n\n```\ncomposer install\n```\n\n## Usage\n\nOpen index.php on the main screen.\n\n"
          "## Get the old version of the game (using node.js)\n\nCheck out the tag v1.\n")


def test_a_table_of_contents_entry_is_navigation():
    toc = [b for b in parse_markdown(README) if b.text.startswith("Get the old version")][0]
    assert shouted_or_nav(toc)
    prose = [b for b in parse_markdown("The game is described in [the usage chapter](#usage) and runs on two screens.\n")][0]
    assert not shouted_or_nav(prose)


def test_the_description_is_the_presentation_sentence(tmp_path):
    r = check_result(tmp_path, {"README.md": README, "index.php": "<?php echo 'memory';\n"}, "documentation.readme")
    desc = [e for e in r["evidence"] if e.get("path") == "README.md" and e.get("line")]
    assert desc and desc[0]["line"] == 12, r["evidence"]
