"""A README kept from a static-site starter (issue 12, s22 d5 case 3, reader s22 a4: an EPCI's climate-plan site built with Hugo by its
contractor, "# Hugo starter kit" over "## Commands" and an unfenced `hugo server -D --verbose --watch`): the command under "## Commands"
is how to run the site (usage), never its description, though it opens on the title's first word; and the README titled as a
framework's starter kit is that starter's template, which documentation.readme says. A first chapter whose text says what the
project is stays its description; a sentence naming the starter the site was built from is no template."""

from __future__ import annotations

from auditor.engine import AuditOptions, audit
from auditor.facts.readme import analyse

STARTER = ("# Hugo starter kit\n\n## Commands\n\nhugo server -D --verbose --watch\n\n## Add a theme\n\n```\n"
           "git submodule add https://github.com/example/hugo-theme-simple.git themes/simple\n```\n\n"
           "## Todo\n\n- split the config files (dev, prod)\n- seo\n- robots.txt\n\n## Ressources\n\n- https://example.org/hugo-boilerplates/\n")


def test_a_command_under_commands_is_the_usage_not_the_description(repo, tmp_path):
    info = analyse(STARTER, "README.md")
    found = {d["name"]: d for d in info["section_details"]}
    assert "purpose" not in found and found["usage"]["line"] == 3  # was purpose, from the command line
    assert info["description"] is None  # was "hugo server -D --verbose --watch"
    assert info["template"]["framework"] == "hugo-starter"
    path = repo([{"files": {"README.md": STARTER, "config.toml": "title = 'Plan climat'\n", "content/_index.md": "# Plan climat\n"}}])
    report = audit(str(path), AuditOptions(cache_dir=tmp_path / "c", only=["documentation.readme"]))
    result = report["results"][0]
    assert result["status"] == "fail" and "Hugo starter kit" in result["message"]["en"]  # was a pass on the starter's text


def test_a_first_chapter_describing_the_project_stays_its_description():
    text = ("# Hugo site of the climate plan\n\n## Run the site\n\nHugo site of the climate plan of the territory: actions, "
            "indicators and the agenda of the public meetings.\n\n## Publish\n\nThe site is built by the CI.\n")
    info = analyse(text, "README.md")
    assert info["template"] is None
    assert info["description"]["line"] == 5 and {d["name"]: d for d in info["section_details"]}["purpose"]["line"] == 3


def test_a_sentence_naming_the_starter_is_no_template():
    text = ("# Plan climat\n\nLe site du plan climat de l'agglomération, construit à partir d'un Hugo starter kit.\n\n"
            "## Commands\n\nhugo server -D\n")
    assert analyse(text, "README.md")["template"] is None
