"""A README's contributing and contact chapters named otherwise (issue 12, session 25 fixer j25; session 24 readers o1 and o3 on
GrandNancy/OpenTripPlanner, a fork of opentripplanner/OpenTripPlanner).

1. "## Development" over "We welcome new contributions … Further [development guidelines](…) can be found in the documentation"
   is the contributing section: an invitation to contribute in either word order, or the development guidelines named. A
   "## Development" chapter of a project's history ("development was coordinated by …") stays no section.
2. "## Mailing Lists" ("Listes de diffusion", "Forums") alone is the contact section; "Gestion des listes de diffusion" (a feature
   of the app) is not.
"""

from __future__ import annotations

import pytest

from auditor.facts.readme_cues import WELCOME
from auditor.facts.readme_headings import heading_sections
from tests.gitrepo import make_repo
from tests.test_readme_substance_s24 import line_of, section_details
from tests.test_scaling import ctx_for

APP = {"pom.xml": "<project><artifactId>routeplanner</artifactId></project>\n",
       "src/main/java/org/example/Planner.java": "package org.example;\npublic class Planner {}\n"}

README = ("## Overview\n\nRoutePlanner is an open source multi-modal journey planner for buses, trams and bicycles. It reads open "
          "transit schedules and street data and answers journey requests through a web service.\n\n"
          "## Development\n\nRoutePlanner is built by people from several transit agencies. We welcome new contributions and prefer "
          "code formatted with the formatter file at the root of this project. Further [development guidelines]"
          "(https://routeplanner.example.org/docs/Developers/) can be found in the documentation.\n\n"
          "The project was started by a city's transport agency in 2010, and development was later coordinated by a nonprofit.\n\n"
          "## Mailing Lists\n\nChanges to the planner are debated on the developers' list. General questions from users should be "
          "directed to the routeplanner-users list.\n")


def test_a_development_chapter_inviting_contributions_is_the_contributing_section(tmp_path):
    d = section_details(tmp_path / "otp", README, app=APP)
    assert d["contributing"]["line"] == line_of(README, "## Development") and d["contributing"]["via"] == "heading", d  # was missed
    assert d["contact"]["line"] == line_of(README, "## Mailing Lists") and d["contact"]["via"] == "heading", d  # was missed
    assert "install" not in d  # (no command to run a copy: still no installation)


def test_a_development_chapter_of_history_alone_is_no_contributing_section(tmp_path):
    history = README.replace("We welcome new contributions and prefer code formatted with the formatter file at the root of this project. "
                             "Further [development guidelines](https://routeplanner.example.org/docs/Developers/) can be found in the "
                             "documentation.", "Its first version was released in 2012.")
    d = section_details(tmp_path / "history", history, app=APP)
    assert "contributing" not in d and "install" not in d, d


@pytest.mark.parametrize(("text", "invites"), [
    ("we welcome new contributions and prefer formatted code", True),
    ("nous accueillons volontiers les contributions de tous", True),
    ("we welcome all who wish to contribute", True),
    ("contributions are welcome", True),
    ("welcome to the routeplanner documentation", False),
    ("we welcome you to our city s journey planner", False),
])
def test_an_invitation_to_contribute_in_either_order(text, invites):
    assert bool(WELCOME.search(text)) is invites


@pytest.mark.parametrize(("heading", "contact"), [
    ("Mailing Lists", True), ("Liste de diffusion", True), ("Nos listes de diffusion", True), ("Forums", True),
    ("Gestion des listes de diffusion", False), ("Mailing list templates of the app", False),
])
def test_a_channel_heading_alone_is_the_contact(heading, contact):
    assert ("contact" in heading_sections(heading)) is contact


# 3. The development guidelines the "## Development" chapter links at the project's own Read the Docs site are its contribution
#    guide: the page's source in the repository (docs/Developers-Guide.md, MkDocs' docs_dir) is files.contributing and the
#    community files' CONTRIBUTING. Another project's site, or a chapter that invites no contribution, leads to no guide.
MKDOCS = "site_name: RoutePlanner\nsite_url: https://docs.routeplanner.example.org\ndocs_dir: ../docs\ntheme: readthedocs\n"
DEV_GUIDE = ("# Developers Guide\n\n## Working in an IDE\n\nImport the Maven project.\n\n## Contributing to the project\n\n"
             "Open an issue before a large change, then propose it as a pull request citing the issue.\n")
RTD = README.replace("https://routeplanner.example.org/docs/Developers/", "http://routeplanner.readthedocs.org/en/latest/Developers-Guide/")
DOCS = {**APP, "docs/mkdocs.yml": MKDOCS, "docs/Developers-Guide.md": DEV_GUIDE, "docs/index.md": "# RoutePlanner\n\nThe journey planner.\n"}


def _contributing(tmp_path, readme: str, files: dict) -> tuple:
    make_repo(tmp_path, [{"files": {"README.md": readme, **files}}])
    ctx = ctx_for(tmp_path)
    return ctx.fact("files")["contributing"], (ctx.fact("docs")["community"]["contributing"] or {}).get("path")


def test_the_development_guidelines_on_the_projects_own_docs_site_are_its_contributing_guide(tmp_path):
    assert _contributing(tmp_path / "own", RTD, DOCS) == ("docs/Developers-Guide.md", "docs/Developers-Guide.md")  # was (None, None)
    sphinx = {**APP, "doc/conf.py": "project = 'RoutePlanner'\nextensions = []\n", "doc/Developers-Guide.rst": DEV_GUIDE.replace("# ", "")
              .replace("Developers Guide\n", "Developers Guide\n================\n").replace("Contributing to the project\n",
                                                                                         "Contributing to the project\n---------------------------\n")
              .replace("Working in an IDE\n", "Working in an IDE\n-----------------\n")}
    assert _contributing(tmp_path / "sphinx", RTD.replace("/Developers-Guide/", "/Developers-Guide.html"), sphinx)[0] == "doc/Developers-Guide.rst"


def test_another_projects_site_or_a_chapter_inviting_nothing_leads_to_no_guide(tmp_path):
    other = RTD.replace("routeplanner.readthedocs.org", "geotools.readthedocs.org")
    assert _contributing(tmp_path / "other", other, DOCS) == (None, None)
    silent = RTD.replace("We welcome new contributions and prefer code formatted with the formatter file at the root of this project. "
                         "Further [development guidelines]", "The [server's internals]")
    assert _contributing(tmp_path / "silent", silent, DOCS) == (None, None)
