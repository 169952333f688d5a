"""A bare "## Launch" heading over the run command is the usage section (issue 12, s35 z35 = reader m32o2,
TanguyJ44/Launcher-BYOD-Metropole-de-Lyon): README.md's "## Launch" ("The launcher can be launched from your IDE's runtime function
or with the following command after building the .jar", `java -jar …`) was missed, documentation.readme-sections saying "missing:
usage". "Launch" alone (or "Launching", "How to launch") is a run word like "Lancement"; within a longer heading ("Launch date",
"Product launch") it stays no usage."""

from __future__ import annotations

from tests.test_readme_facts_s32e32 import _readme, _section

FILES = {"pom.xml": "<project><artifactId>launcher</artifactId></project>\n",
         "src/main/java/org/exemple/Main.java": "package org.exemple;\npublic class Main { public static void main(String[] a) {} }\n"}
README = ("# Launcher\n\nA program installing a work environment.\n\n## Installation\n\n```bash\ngit clone <url>\n```\n\n"
          "## {heading}\n\nThe launcher can be launched from your IDE or with the following command after building the jar:\n\n"
          "```bash\njava -jar launcher.jar\n```\n")


def test_a_bare_launch_heading_is_the_usage(tmp_path):
    info = _readme(tmp_path, README.format(heading="Launch"), FILES)
    assert _section(info, "usage")["text"] == "Launch", info["section_details"]


def test_a_launch_date_is_no_usage(tmp_path):
    info = _readme(tmp_path, README.format(heading="Launch date").replace(
        "The launcher can be launched from your IDE or with the following command after building the jar:\n\n"
        "```bash\njava -jar launcher.jar\n```\n", "The service opened to the public in March 2024.\n"), FILES)
    assert _section(info, "usage") is None, info["section_details"]
