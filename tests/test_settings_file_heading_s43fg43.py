"""README sections (issue 12, s43 fg43 = reader re43, frague59/bump-release): "## release.ini", the chapter on the settings file a
command-line tool reads (its sections and keys), was read as a deployment chapter because "release" is a deployment word, and the
configuration rubric was credited to a sentence below it. A heading that is the name of a file in a settings format (release.ini,
config.yml, settings.toml, .env) is the chapter on that file: the configuration. Near misses: a "## Release" heading stays the
deployment chapter; a container's or a packaging tool's file (docker-compose.yml, pyproject.toml) is no settings chapter."""

from __future__ import annotations

from auditor.facts.readme import analyse
from auditor.facts.readme_headings import heading_sections

README = ("# bumpit\n\nA command-line tool that rewrites the version numbers of a project's files.\n\n"
          "## Installation\n\n```sh\npip install bumpit\n```\n\n"
          "## Usage\n\n```sh\nbumpit 1.2.3\n```\n\n"
          "## release.ini\n\nThe file lists the files to update, each in a section:\n\n"
          "```ini\n[setup]\npath = setup.py\npattern = version='(.*)'\n```\n")


def test_a_heading_naming_a_settings_file_is_the_configuration_chapter():
    for heading in ("release.ini", "config.yml", "`settings.toml`", ".env"):
        assert heading_sections(heading) == ["configuration"], heading
    info = analyse(README, "README.md")
    assert "deployment" not in info["sections"], info["section_details"]
    conf = next(d for d in info["section_details"] if d["name"] == "configuration")
    assert conf["via"] == "heading" and conf["text"] == "release.ini", conf


def test_near_misses_keep_their_sections():
    assert heading_sections("Release") == ["deployment"]
    assert "configuration" not in heading_sections("docker-compose.yml")
    assert "configuration" not in heading_sections("pyproject.toml")
    info = analyse(README.replace("## release.ini", "## Release"), "README.md")
    assert "deployment" in info["sections"], info["section_details"]
