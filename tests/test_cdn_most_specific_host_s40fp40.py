"""The most specific listed host decides its class (issue 12, session 40 fixer fp40 = AnthoC97/Exemple_Symfony_1, reader rk40 item 9).
A Symfony portal's Twig layouts load ``<script src="https://use.fontawesome.com/….js">`` on every page; hosting.yml lists
use.fontawesome.com as a CDN and fontawesome.com (its documentation site) as neutral, and scaling.hosting said "4 addresses of forges,
standards or package registries, no hosting dependency: fontawesome.com". A host listed as a CDN more specifically than the neutral
entry it is under is a CDN. Near miss: an address on fontawesome.com itself stays a neutral address. The fixtures are written for
the test."""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

CID = "scaling.hosting"
LAYOUT = ("<!DOCTYPE html>\n<html>\n<head>\n<title>{% block title %}Bourses{% endblock %}</title>\n"
          "<script src=\"https://use.fontawesome.com/5c239fc7f7.js\"></script>\n</head>\n<body>{% block body %}{% endblock %}</body>\n</html>\n")
DOC = ("<!DOCTYPE html>\n<html>\n<head>\n<title>{% block title %}Bourses{% endblock %}</title>\n"
       "<script src=\"https://fontawesome.com/releases/v5.0.13/js/all.js\"></script>\n</head>\n<body></body>\n</html>\n")


def _res(tmp_path, page):
    return check_result(tmp_path, {"README.md": "# Bourses\n\nPortail des bourses.\n", "src/Resources/views/layout.html.twig": page}, CID)


def test_a_script_from_font_awesomes_cdn_is_a_cdn(tmp_path):
    res = _res(tmp_path, LAYOUT)
    assert "1 CDN" in res["message"]["en"] and "fontawesome.com" not in res["message"]["en"], res["message"]


def test_a_link_to_font_awesomes_site_stays_neutral(tmp_path):
    # near miss: an address on fontawesome.com itself, no listed CDN host
    res = _res(tmp_path, DOC)
    assert "CDN" not in res["message"]["en"] and "no hosting dependency: fontawesome.com" in res["message"]["en"], res["message"]
