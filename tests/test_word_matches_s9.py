"""Words taken for what they are not, found at first read (issue 12, session 9), each on a git fixture shaped like the real
case: "cog" as the Code officiel géographique when it is a Lutece template's gear icon (tabIcon='cog', btnIcon='cog me-2') or
the Republic of the Congo's ISO 3166 alpha-3 code in a table of countries (a Pelias fork's helper/iso3166.js)."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

LICENSE = "Copyright (c) 2002-2024, City of Paris\n\nRedistribution and use in source and binary forms, with or without modification.\n"
TABS = ("<@tabList>\n  <@tabLink href='jsp/admin/plugins/forms/ManageForms.jsp?view=modifyForm&id_form=${form.id}' tabIcon='cog' "
        "title='#i18n{forms.modify_form.title}' />\n</@tabList>\n")
BLOG = ("<@pageHeader title='#i18n{blog.create_blog.labelProperties}'>\n  <@offcanvas targetId='props' position='end' btnIcon='cog me-2' "
        "btnClass='me-1' title='#i18n{blog.create_blog.labelProperties}' />\n</@pageHeader>\n")
PLUGIN = {
    "LICENSE": LICENSE,
    "README.md": "# Plugin forms\n\nCe plugin permet de créer des formulaires en plusieurs étapes dans le back office de Lutece.\n",
    "pom.xml": ("<project><modelVersion>4.0.0</modelVersion><groupId>fr.paris.lutece.plugins</groupId>"
                "<artifactId>plugin-forms</artifactId><version>3.1.2</version><packaging>lutece-plugin</packaging></project>\n"),
    "src/java/fr/paris/lutece/plugins/forms/business/Form.java": ("package fr.paris.lutece.plugins.forms.business;\n\n"
                                                                 "public class Form {\n    private int _nIdForm;\n    private String _strTitle;\n}\n"),
    "webapp/WEB-INF/templates/admin/plugins/forms/edit_form_tabs.html": TABS,
    "webapp/WEB-INF/templates/admin/plugins/blog/create_blog.html": BLOG,
}
ISO = ("module.exports = {\n  iso3166: {\n    alpha3_to_alpha2: {\n"
       "      'COL':'CO', 'COM':'KM','COG':'CG','COD':'CD','COK':'CK','CRI':'CR'\n    }\n  }\n};\n")
API = {
    "LICENSE": "The MIT License (MIT)\n\nCopyright (c) 2014 Mapzen\n\nPermission is hereby granted, free of charge, to any person.\n",
    "README.md": "# Pelias API\n\nThe API server of the Pelias geocoder.\n\n```bash\nnpm install\nnpm start\n```\n",
    "package.json": '{"name": "pelias-api", "version": "0.0.0", "main": "index.js", "dependencies": {"express": "^4.8.8"}}\n',
    "index.js": "const app = require('./app');\napp.listen(3100);\n",
    "app.js": "const express = require('express');\nconst app = express();\nmodule.exports = app;\n",
    "helper/iso3166.js": ISO,
}
ONLY = ["interoperability.identifiers"]


def _fields(res):
    return (res["interoperability.identifiers"].get("details") or {}).get("fields", [])


def test_a_gear_icon_in_a_templates_attribute_is_no_cog(tmp_path):
    report, res = judge(tmp_path, PLUGIN, ONLY)
    assert "cog" not in _fields(res), res["interoperability.identifiers"]["message"]
    assert "cog" not in res["interoperability.identifiers"]["message"]["en"].lower()


def test_congos_iso_code_in_a_table_of_countries_is_no_cog(tmp_path):
    report, res = judge(tmp_path, API, ONLY)
    assert "cog" not in _fields(res), res["interoperability.identifiers"]["message"]
    assert "cog" not in res["interoperability.identifiers"]["message"]["en"].lower()


def test_a_cog_field_in_code_is_still_an_identifier(tmp_path):
    files = dict(API, **{"helper/commune.js": "function commune(cog) {\n  return { cog: cog, nom: nomDe(cog) };\n}\nmodule.exports = commune;\n"})
    report, res = judge(tmp_path, files, ONLY)
    assert "cog" in _fields(res), res["interoperability.identifiers"]
