"""A commune looked up by its INSEE code is an identifier the service handles (issue 12, session 26 fixer l26, s26 o2,
departement-loire-atlantique/jInforoutes).

A JCMS plugin's search page calls SocleUtils.getCommuneFromInsee(commune) (displayResultInforoutes.jsp:189): the commune is found by
its INSEE code, yet interoperability.identifiers said "The service handles no detectable local-government or company identifier".
A page naming no such lookup keeps "not applicable"."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

ID = "interoperability.identifiers"

PLUGIN = {"README.md": "# Inforoutes\n\nPlugin JCMS du site d'information routière.\n",
          "WEB-INF/plugins/InforoutesPlugin/plugin.xml": '<plugin name="InforoutesPlugin" version="1.0"></plugin>\n',
          "WEB-INF/classes/fr/dep/inforoutes/Alerte.java": "package fr.dep.inforoutes;\n\npublic class Alerte {\n    private String titre;\n}\n"}
PAGE = ('<%@ page contentType="text/html; charset=UTF-8" %>\n<%@ include file=\'/jcore/doInitPage.jspf\' %>\n<%\n'
        'String commune = request.getParameter("commune");\n{call}\n%>\n<div class="resultats"><%= titre %></div>\n')


def test_a_commune_looked_up_by_its_insee_code_is_an_identifier(tmp_path):
    files = dict(PLUGIN, **{"WEB-INF/plugins/InforoutesPlugin/jsp/recherche.jsp":
                            PAGE.format(call="City communeCity = SocleUtils.getCommuneFromInsee(commune);\nString titre = communeCity.getTitle();")})
    res = judge(tmp_path / "a", files, [ID])[1][ID]
    assert res["status"] != "not_applicable", res["message"]


def test_a_page_without_lookup_stays_not_applicable(tmp_path):
    files = dict(PLUGIN, **{"WEB-INF/plugins/InforoutesPlugin/jsp/recherche.jsp":
                            PAGE.format(call="City communeCity = SocleUtils.getCity(commune);\nString titre = communeCity.getTitle();")})
    res = judge(tmp_path / "b", files, [ID])[1][ID]
    assert res["status"] == "not_applicable", res["message"]
