"""A plugin of a host application judged on its own pages (a Jalios JCMS module's JSPs) is not asked for the RGAA and RGESN
statements: they are the hosting site's (issue 12, s21 k13, reader m2; shaped like a département's JCMS SEO module: plugin.xml,
a sitemap page and error pages). The rule already held for Lutece plugins (install_recipes.plugin_host); it now holds for any
host the kind was decided from. A web application keeps being asked its statements."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

A11Y = "interoperability.accessibility-and-ecodesign"

PLUGIN = {
    "README.md": "# Module de référencement\n\nPlan du site, robots.txt et pages d'erreur pour un portail JCMS.\n",
    "WEB-INF/plugins/RefPlugin/plugin.xml": ('<?xml version="1.0" encoding="UTF-8"?>\n'
                                             '<!DOCTYPE plugin PUBLIC "-//JALIOS//DTD JCMS-PLUGIN 1.7//EN" "http://support.jalios.com/dtd/jcms-plugin-1.7.dtd">\n'
                                             '<plugin name="RefPlugin" version="0.3">\n  <label xml:lang="fr">Référencement</label>\n</plugin>\n'),
    "WEB-INF/classes/fr/dept/ref/PlanSite.java": "package fr.dept.ref;\n\npublic class PlanSite {\n    public String nom() {\n        return \"plan\";\n    }\n}\n",
    "plugins/RefPlugin/jsp/plan.jsp": "<%@ page contentType=\"text/xml\" %>\n<urlset><url><loc>/</loc></url></urlset>\n",
    "plugins/RefPlugin/jsp/entete.jsp": "<%@ page contentType=\"text/html\" %>\n<script>window.dataLayer = [];</script>\n",
    "plugins/RefPlugin/erreurs/404.jsp": "<%@ page contentType=\"text/html\" %>\n<html><body><h1>Page introuvable</h1></body></html>\n",
}

APP = {
    "README.md": "# Portail des démarches\n\nApplication web de la collectivité.\n",
    "package.json": '{"name": "portail", "private": true, "dependencies": {"react": "^18.2.0", "react-dom": "^18.2.0"}}\n',
    "index.html": "<!doctype html>\n<html lang=\"fr\"><body><div id=\"root\"></div><script src=\"src/main.jsx\"></script></body></html>\n",
    "src/main.jsx": "import React from 'react';\nimport { createRoot } from 'react-dom/client';\nimport App from './App';\ncreateRoot(document.getElementById('root')).render(<App />);\n",
    "src/App.jsx": "export default function App() {\n  return <main><h1>Démarches</h1></main>;\n}\n",
}


def test_a_jcms_plugins_pages_are_not_asked_the_sites_statements(tmp_path):
    res = judge(tmp_path, PLUGIN, [A11Y])[1][A11Y]
    en, fr = res["message"]["en"], res["message"]["fr"]
    assert en.startswith("A plugin of Jalios JCMS: the RGAA and RGESN statements are those of the Jalios JCMS site"), res
    assert "RGAA statement" not in en.split("missing:")[-1] and "site Jalios JCMS qui l'accueille" in fr  # were "missing: RGAA statement, RGESN statement"
    assert "/accessibilite" not in str(res.get("remediation") or "") and "Accessibilité" not in str(res.get("advice") or ""), res


def test_a_web_application_is_still_asked_its_statements(tmp_path):
    res = judge(tmp_path, APP, [A11Y], name="app")[1][A11Y]
    assert "RGAA statement" in res["message"]["en"].split("missing:")[-1], res
