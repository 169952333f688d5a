"""Sources the scanners did not read (issue 12, session 24 reader o3, family 3).

- A commune's website written in Elm keeps its pages' text, addresses and Google Maps, Calendar and Forms embeds in .elm strings:
  .elm was no scanned extension, so territory-neutral and vendor-lock-in passed and geo was "not applicable". It is code text now;
  the words a page shows (Elm's ``text "Siret: …"``, a link labelled ``[text "INSEE"]``) are no identifier field.
- A basemap kit's Carto project gives Lambert-93 as a PROJ.4 definition ("+proj=lcc … +x_0=700000 +y_0=6600000"): geo said "legal
  reference system: no". Lambert-93 and CC42-CC50 are known by their definition too; Lambert II étendu stays no legal system.
- A Python 2 script's ``print u"…"`` made no Python 2 sign (end-of-life "no version read") and left the file unparsed (comments
  unmeasured). String prefixes count; Python 2 statements are read as the Python 3 calls they are.
"""

from __future__ import annotations

import json

from auditor.facts.pyparse import parse, python2_rewritten
from tests.test_local_authority_verdicts import judge

ELM_PAGE = ('module Contact where\n\nimport Html exposing (..)\nimport Html.Attributes exposing (..)\n\n'
            'main =\n  div []\n    [ h1 [] [ text "Mairie de Valbois" ]\n'
            '    , p [] [ text "Siret: 123 456 789 00012" ]\n    , a [ href "https://www.insee.fr/fr/statistiques" ] [ text "INSEE" ]\n'
            '    , iframe [ src "https://www.google.com/maps/embed?pb=!1m18!1m12" ] []\n    ]\n')
SITE = {"index.html": "<!doctype html><html lang=\"fr\"><head><title>Valbois</title><script src=\"js/contact.js\"></script></head><body></body></html>\n",
        "Contact.html": "<!doctype html><html lang=\"fr\"><body><script src=\"js/contact.js\"></script></body></html>\n",
        "src/Contact.elm": ELM_PAGE, "README.md": "# Site de Valbois\n"}
CHECKS = ["reusability.territory-neutral", "scaling.vendor-lock-in", "interoperability.geo", "interoperability.identifiers"]


def test_elm_pages_are_read_as_code(tmp_path):
    _, res = judge(tmp_path, SITE, CHECKS)
    assert res["reusability.territory-neutral"]["status"] != "pass", res["reusability.territory-neutral"]["message"]
    assert "src/Contact.elm" in json.dumps(res["reusability.territory-neutral"]["evidence"])
    assert "Google Maps" in res["scaling.vendor-lock-in"]["message"]["en"], res["scaling.vendor-lock-in"]["message"]
    assert res["interoperability.geo"]["status"] != "not_applicable", res["interoperability.geo"]["message"]
    # the words the page shows are no identifier the site handles
    assert res["interoperability.identifiers"]["status"] == "not_applicable", res["interoperability.identifiers"]["message"]


def test_an_identifier_field_in_code_stays_one(tmp_path):
    files = {**SITE, "src/Commune.elm": 'module Commune where\n\ntype alias Commune =\n    { codeInsee : String\n    , nom : String\n    }\n'}
    _, res = judge(tmp_path, files, ["interoperability.identifiers"])
    assert res["interoperability.identifiers"]["status"] != "not_applicable", res["interoperability.identifiers"]["message"]


def _mml(srs: str) -> str:
    return json.dumps({"srs": srs, "Stylesheet": ["style.mss"], "Layer": [
        {"id": "roads", "srs": srs, "Datasource": {"type": "postgis", "table": "osm_roads", "host": "localhost"}}]}, indent=2)


LAMBERT93 = "+proj=lcc +lat_1=49 +lat_2=44 +lat_0=46.5 +lon_0=3 +x_0=700000 +y_0=6600000 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs"
LAMBERT2E = "+proj=lcc +lat_1=46.8 +lat_0=46.8 +lon_0=0 +k_0=0.99987742 +x_0=600000 +y_0=2200000 +a=6378249.2 +b=6356515 +units=m +no_defs"
STYLE = {"styles/bright/style.mss": "#roads { line-color: #888; line-width: 1; }\n", "README.md": "# Styles OSM\n\nFeuilles de style d'un fond de plan.\n",
         "mapping.json": json.dumps({"tables": {"roads": {"type": "linestring", "mapping": {"highway": ["__any__"]}}}})}


def test_lambert93_as_a_proj4_definition_is_the_legal_system(tmp_path):
    _, res = judge(tmp_path, {**STYLE, "styles/bright/project.mml": _mml(LAMBERT93)}, ["interoperability.geo"])
    geo = res["interoperability.geo"]
    assert "legal reference system: yes" in geo["message"]["en"], geo["message"]


def test_lambert_ii_etendu_stays_no_legal_system(tmp_path):
    _, res = judge(tmp_path, {**STYLE, "styles/bright/project.mml": _mml(LAMBERT2E)}, ["interoperability.geo"])
    geo = res["interoperability.geo"]
    assert "legal reference system: yes" not in geo["message"]["en"], geo["message"]


PY2 = ('#!/usr/bin/env python\n# -*- coding: utf-8 -*-\n"""Compte les relations routières d\'un extrait OSM."""\n\n'
       'import sys\n\n\ndef compter(relations):\n    """Le nombre de relations de type route."""\n    return len(relations)\n\n\n'
       'print u"-- Nombre de relations : {}".format(compter(sys.argv[1:]))\n'
       'print u"""-- Suppression des tables\nDROP TABLE IF EXISTS osm_road_relations;\n"""\n')


def test_a_python2_script_is_python_27_and_measured(tmp_path):
    files = {"post_import/relations.py": PY2, "README.md": "# Styles OSM\n\nUn script de post-import.\n",
             "post_import/run.sh": "#!/bin/sh\npython relations.py | psql osm\n"}
    report, res = judge(tmp_path, files, ["scaling.end-of-life", "documentation.code-comments"])
    assert "Python 2.7" in res["scaling.end-of-life"]["message"]["en"], res["scaling.end-of-life"]["message"]
    assert res["documentation.code-comments"]["status"] != "inconclusive", res["documentation.code-comments"]["message"]
    assert "unparsable" not in json.dumps(res["documentation.code-comments"]["evidence"]), res["documentation.code-comments"]["evidence"]


def test_python2_statements_are_read_as_calls_on_the_same_lines():
    text = ('if x: print "a", b  # c\nprint\nprint >>sys.stderr, "e"\ntry:\n    pass\nexcept (A, B), e:\n    raise\n'
            'y = 1 if a <> b else 2\nd = {1: 2}\nprint("already a call")\nexec "code"\n')
    out = python2_rewritten(text)
    assert out.count("\n") == text.count("\n")
    assert out.splitlines()[0] == 'if x: print( "a", b)  # c' and out.splitlines()[5] == "except (A, B) as e:"
    tree = parse(text)  # (parsed as Python 3 once rewritten)
    assert sum(isinstance(n, __import__("ast").Call) and getattr(n.func, "id", "") == "print" for n in __import__("ast").walk(tree)) == 4
    assert python2_rewritten("print('x')\n") is None
