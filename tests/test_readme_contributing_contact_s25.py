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
from tests.test_readme_substance_s24 import line_of, section_details

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
