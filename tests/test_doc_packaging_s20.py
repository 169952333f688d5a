"""licensing.data-and-docs asked a département's CMS plugin for a licence of its documentation (issue 12, session 20 reader m3): the
plugin's docs/ folder is what the plugin descriptor packages (an icon, a preview picture, an empty license.txt, a changelog left
as its template) and documents nothing. Pictures, empty files, licences and release notes make no documentation corpus; the same
folder with a written guide still does."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

CID = "licensing.data-and-docs"

PLUGIN = {"README.md": "# Observatoire\n\nModule de publication des indicateurs de l'observatoire départemental.\n",
          "LICENSE": "MIT License\n\nCopyright (c) 2024 Département\n\nPermission is hereby granted, free of charge, to any person.\n",
          "WEB-INF/plugins/IndicateursPlugin/plugin.xml": ("<?xml version=\"1.0\"?>\n<plugin name=\"IndicateursPlugin\" version=\"0.1\">\n"
                                                           "  <label xml:lang=\"fr\">Indicateurs</label>\n</plugin>\n"),
          "WEB-INF/plugins/IndicateursPlugin/properties/plugin.prop": "plugin.indicateurs.titre: Indicateurs\n",
          "WEB-INF/classes/fr/dept/indicateurs/Indicateur.java": ("package fr.dept.indicateurs;\n\npublic class Indicateur {\n"
                                                                 "    private String nom;\n    public String getNom() { return nom; }\n}\n"),
          "plugins/IndicateursPlugin/jsp/cards/doIndicateurCard.jsp": "<%@ include file='/jcore/doInitPage.jspf' %>\n<div class=\"card\"><%= obj.getNom() %></div>\n",
          "plugins/IndicateursPlugin/types/Indicateur/doIndicateurFullDisplay.jsp": "<%@ include file='/jcore/doInitPage.jspf' %>\n<h1><%= obj.getNom() %></h1>\n",
          "plugins/IndicateursPlugin/docs/images/icon.gif": b"GIF89a\x01\x00\x01\x00\x00\x00\x00;",
          "plugins/IndicateursPlugin/docs/images/preview.jpg": b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\xff\xd9",
          "plugins/IndicateursPlugin/docs/license.txt": "",
          "plugins/IndicateursPlugin/docs/changelog.txt": ("---++ {Name} Plugin v0.1\n\n   1. Nouveautés\n      * \n\n"
                                                           "   2. Mises à jour\n      * \n\n   3. Corrections\n      * \n")}


def test_a_plugins_packaging_folder_is_no_documentation(tmp_path):
    res = judge(tmp_path, PLUGIN, [CID])[1][CID]
    assert "documentation" not in res["message"]["en"].lower() or res["status"] == "not_applicable", res["message"]
    assert res["status"] not in ("warn", "fail"), res["message"]


def test_the_same_folder_with_a_written_guide_is_documentation(tmp_path):
    guide = ("# Guide d'utilisation\n\nLe module publie les indicateurs de l'observatoire sur le portail du département. "
             "Chaque indicateur a un nom, une source et une date de mise à jour ; l'éditeur les saisit dans l'espace de travail.\n")
    res = judge(tmp_path, {**PLUGIN, "plugins/IndicateursPlugin/docs/guide.md": guide}, [CID])[1][CID]
    assert res["status"] == "warn" and "documentation" in res["message"]["en"], res["message"]
