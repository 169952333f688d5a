"""interoperability.data-standards (issue 12, s43 fg43 = reader re43, ymansiaux/isochrones): a Shiny application parsing the XML/GML
answers of an OGC WPS (R's xml2::read_xml(url) then xml_find_all(…, ".//bm:Attribut")) was "Open formats: none read or written by the
code": XML counted only when written (a "<?xml" literal). XML parsed by the code (xml2, lxml, ElementTree, simplexml) is an open format
read. Near miss: read_xml only in a comment reads nothing."""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

SCRIPT = ("library(xml2)\n\ngeocode <- function(adresse) {\n"
          "  url <- paste0(\"https://geo.example.org/wps?service=wps&request=execute&datainputs=input=\", adresse)\n"
          "  doc <- read_xml(url)\n  xml_find_all(doc, \".//bm:Attribut\")\n}\n")
FILES = {"README.md": "# Geocode\n\nGéocode une adresse.\n"}


def test_xml_parsed_by_the_code_is_an_open_format_read(tmp_path):
    r = check_result(tmp_path, {**FILES, "R/geocode.R": SCRIPT}, "interoperability.data-standards")
    assert "XML" in r["message"]["en"] and "none read or written" not in r["message"]["en"], r["message"]


def test_near_miss_read_xml_in_a_comment_reads_nothing(tmp_path):
    script = "# doc <- read_xml(url)\n# xml_find_all(doc, '//a')\ngeocode <- function(a) {\n  a\n}\n"
    r = check_result(tmp_path, {**FILES, "R/geocode.R": script}, "interoperability.data-standards")
    assert "XML" not in r["message"]["en"], r["message"]
