"""A Shiny form of a Région (issue 12, s44 fe44): ``# library(xlsx)`` and ``# library(tidyverse)``, packages set aside in comments,
were counted among the packages the code loads ("loads 19 package(s)" for 17). A library() call after a ``#`` of its line loads
nothing; one whose ``#`` is inside a string, or that a comment follows, is still loaded."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

DEPS = "reusability.dependencies"
APP = {
    "README.md": "# Formulaire\n\nApplication Shiny.\n",
    "App.R": "# Formulaire de saisie\n# library(xlsx)\n\nlibrary(shiny)\n#library(tidyverse)\nlibrary(DBI)  # base\n"
             "x <- 2 # require(readxl)\nlibrary(dplyr)\n\nui <- fluidPage(titlePanel('#1'))\n",
}


def test_a_commented_out_library_line_loads_nothing(tmp_path):
    r = judge(tmp_path, APP, [DEPS])[1][DEPS]
    assert "loads 3 package(s)" in r["message"]["en"], r["message"]
    assert set(r["evidence"][0]["value"]) == {"shiny", "DBI", "dplyr"}


def test_a_hash_inside_a_string_is_no_comment(tmp_path):
    near = {**APP, "App.R": "library(shiny)\nmsg <- paste('#', 'a'); library(sf)\nlibrary(leaflet) # carte\n"}
    r = judge(tmp_path, near, [DEPS])[1][DEPS]
    assert "loads 3 package(s)" in r["message"]["en"], r["message"]
    assert set(r["evidence"][0]["value"]) == {"shiny", "sf", "leaflet"}
