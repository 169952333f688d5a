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


def test_a_react_glyph_attribute_is_no_cog(tmp_path):
    """s12 r1 (a MapStore extension's panel): <Glyphicon glyph="cog" /> in JSX is a gear icon, not the COG."""
    jsx = ("import React from 'react';\nimport { Glyphicon, Button } from 'react-bootstrap';\n\nexport default function Panel() {\n"
           "    return (\n        <Button>\n            <Glyphicon glyph=\"cog\" />\n        </Button>\n    );\n}\n")
    report, res = judge(tmp_path, dict(API, **{"js/extension/components/Panel.jsx": jsx}), ONLY)
    assert "cog" not in _fields(res), res["interoperability.identifiers"]["message"]


def test_a_glyph_of_an_icon_fonts_manifest_is_no_cog(tmp_path):
    """s19 d1 (a commune's Jekyll site, couthenans.fr): identifiers warned "Identifier fields: cog" from the theme's icon-font
    manifest (assets/fonts/.fontcustom-manifest.json: "cog": {"codepoint": 61710, "source": "svg/cog.svg"}), a gear glyph."""
    manifest = ('{\n  "glyphs": {\n    "cloud": {\n      "codepoint": 61708,\n      "source": "svg/cloud.svg"\n    },\n'
                '    "cog": {\n      "codepoint": 61710,\n      "source": "svg/cog.svg"\n    }\n  }\n}\n')
    report, res = judge(tmp_path, dict(API, **{"assets/fonts/.fontcustom-manifest.json": manifest,
                                               "assets/fonts/selection.json": '{"icons": [{"properties": {"name": "x"}}],\n'
                                               ' "cog": {"unicode": "e900", "name": "cog"}}\n'}), ONLY)
    assert "cog" not in _fields(res), res["interoperability.identifiers"]["message"]
    # an object keyed by the COG in code is still a field
    rec = "const communes = require('./communes');\nconst index = {\n  cog: {\n    code: '75056',\n    nom: 'Paris' } };\nmodule.exports = index;\n"
    report, res = judge(tmp_path / "k", dict(API, **{"helper/commune.js": rec}), ONLY)
    assert "cog" in _fields(res), res["interoperability.identifiers"]


def test_a_cog_field_in_code_is_still_an_identifier(tmp_path):
    files = dict(API, **{"helper/commune.js": "function commune(cog) {\n  return { cog: cog, nom: nomDe(cog) };\n}\nmodule.exports = commune;\n"})
    report, res = judge(tmp_path, files, ONLY)
    assert "cog" in _fields(res), res["interoperability.identifiers"]


UPLOAD_UTILS = ("export default {\n  getCssFileFromType(fileName) {\n    const fext = fileName.split('.').pop().toLowerCase();\n"
                "    let cssClassType = 'fas fa-file fa-lg';\n"
                "    if (fext === 'pdf') {\n      cssClassType = 'fas fa-file-pdf fa-lg';\n"
                "    } else if (fext === 'odt' || fext === 'doc' || fext === 'docx') {\n      cssClassType = 'fas fa-file-word fa-lg';\n"
                "    } else if (fext === 'ods' || fext === 'xls' || fext === 'xlsx') {\n      cssClassType = 'fas fa-file-excel fa-lg';\n"
                "    }\n    return cssClassType;\n  },\n};\n")
TINYMCE = ("<script>\n  tinymce.init({\n    file_picker_callback: function (cb, value, meta) {\n"
           "      const inputFile = document.createElement('input');\n      inputFile.setAttribute('type', 'file');\n"
           "      inputFile.setAttribute('accept', '.pdf,.doc,.docx,.xls,.xlsx,.odt,.ods');\n      inputFile.click();\n    }\n  });\n</script>\n")


def test_an_upload_filter_set_by_a_call_and_an_extension_icon_table_are_no_spreadsheet(tmp_path):
    """esup-publisher's UploadUtils.js maps extensions to icons, the Lutece blog's TinyMCE template sets the file input's accept
    list: data-standards said 'Open formats: … ODS/tableur' though nothing reads or writes a spreadsheet (session 9 reads r3, r4)."""
    files = dict(PLUGIN, **{"webapp/src/services/util/UploadUtils.js": UPLOAD_UTILS,
                            "webapp/WEB-INF/templates/admin/plugins/blog/blog_tinymce5.html": TINYMCE})
    report, res = judge(tmp_path, files, ["interoperability.data-standards"])
    assert "ODS" not in res["interoperability.data-standards"]["message"]["en"], res["interoperability.data-standards"]["message"]
    # a spreadsheet the code does write stays one
    files["src/java/fr/paris/lutece/plugins/forms/service/Export.java"] = (
        "package fr.paris.lutece.plugins.forms.service;\n\npublic class Export {\n"
        "    private static final String FILE = \"export.ods\";\n    public String name() { return FILE; }\n}\n")
    report, res = judge(tmp_path / "w", files, ["interoperability.data-standards"])
    assert "ODS" in res["interoperability.data-standards"]["message"]["en"], res["interoperability.data-standards"]["message"]
