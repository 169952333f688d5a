"""A copyright line is no description; "Tutorials" is usage (issue 12, session 28 lead = reader r5b, CNES's
swot-hydrology-toolbox and BRGM/razorback).

- "Copyright (C) 2018-2020 Centre National d'Etudes Spatiales" right under the title was the description, and the sentence after it
  ("This software is released under open source license LGPL v.3…") would have been next: who owns it and its licence, not what it
  is. "Copyright-free maps of…" stays a description.
- "## Tutorials" linking the tutorials in place was no usage section ("Tutorial" was)."""

from __future__ import annotations

from tests.test_state_facts_s21 import facts, sections


def _desc(tmp_path, readme, name):
    f, _ = facts(tmp_path, {"README.md": readme, "src/main.py": "print('ok')\n"}, name)
    return f["readme"]["description"]


def test_a_copyright_and_licence_line_are_no_description(tmp_path):
    readme = ("# Hydrology Toolbox\n\nCopyright (C) 2018-2020 Centre National d'Etudes Spatiales\n\n"
              "This software is released under open source license LGPL v.3 and is distributed WITHOUT ANY WARRANTY.\n\n"
              "The toolbox simulates river and lake products of the satellite mission and computes their water surfaces.\n")
    d = _desc(tmp_path, readme, "copy")
    assert d and d["text"].startswith("The toolbox simulates"), d


def test_copyright_free_stays_a_description(tmp_path):
    d = _desc(tmp_path, "# Cartes\n\nCopyright-free maps of the city's parks, for everyone to reuse in their own projects.\n", "free")
    assert d and d["text"].startswith("Copyright-free maps"), d


def test_tutorials_are_usage(tmp_path):
    readme = ("# Razorback\n\nA Python library to compute magnetotelluric transfer functions from field records.\n\n"
              "## Tutorials\n\nThe [tutorials](docs/tutorials.md) show each step of a processing run.\n")
    assert "usage" in sections(tmp_path, readme, "tuto")
