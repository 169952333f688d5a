"""A list of "Label : value" pairs is no description (issue 12, session 25 fixer j25; session 24 reader o3, Alixanb/agglo-haguenau).

The README of a community's web app held a dev tip, then "## Google icons :" over four lines "Weight : 300 / Grade : 0 / Optical
size : 24px / Style : Rounded …": the icon font's settings, read as the purpose sentence. Three or more short pairs with no
sentence among them are settings or properties listed: no description, no purpose. A sentence saying what the project does stays
the description, before or after such a list; a "Description : …" or "Objectif : …" label, or a single pair, stays prose."""

from __future__ import annotations

import pytest

from auditor.facts.readme_shapes import field_list
from tests.test_readme_substance_s24 import readme_fact

APP = {"package.json": '{"name": "agglo-site", "scripts": {"dev": "next dev", "build": "next build"}}\n',
       "src/app/page.tsx": "export default function Page() { return null; }\n"}
ICONS = "## Material icons :\n\nWeight : 400\nFill : 1\nOptical size : 20px\nStyle : Sharp\n"
README = "# Run a dev server\n\n`npm run dev`\n\n" + ICONS


def test_icon_settings_are_no_purpose(tmp_path):
    fact = readme_fact(tmp_path / "icons", README, app=APP)
    assert fact["description"] is None and "purpose" not in fact["sections"], fact["section_details"]  # was the settings line


def test_a_sentence_saying_what_it_does_stays_the_purpose(tmp_path):
    described = ("# Agglo site\n\nLe site de la communauté d'agglomération présente ses services, ses actualités et ses démarches "
                 "en ligne.\n\n" + ICONS)
    fact = readme_fact(tmp_path / "described", described, app=APP)
    assert fact["description"]["line"] == 3 and "purpose" in fact["sections"], fact


@pytest.mark.parametrize(("text", "fields"), [
    ("Weight : 300 Grade : 0 Optical size : 24px Style : Rounded Type: Material Symbols (new 05/2024)", True),
    ("Port : 8080 Host : localhost Mode : debug", True),
    ("Carte : visualisation des pistes cyclables de la ville", False),  # one pair
    ("Description : carte des pistes Public : habitants Version : 2", False),  # a describing label
    ("Objectif : fournir une carte. Public : les habitants Version : 2", False),  # a sentence among them
    ("Replace plugin:@scope/recommended to plugin:@scope/strict and add plugin:@scope/style", False),  # no pair
])
def test_a_field_list(text, fields):
    assert field_list(text) is fields
