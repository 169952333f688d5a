"""licensing.data-and-docs (issue 12, s41 fu41 = reader rg41, lutece-secteur-public/gru-module-ticketing-facilfamilles).

A Lutece workflow module keeps the archetype's Maven site as generated: src/site/xdoc/index.xml and fr/xdoc/index.xml with empty
<p></p> under Introduction, Configuration and Usage, images/readme.txt placeholders. documentation.docs reads no documentation there
(an empty Maven site), but data-and-docs counted its 4 files as documentation and asked for a documentation licence. Rule: the
two checks share one reading — a Maven site whose pages hold no word is no documentation: data-and-docs is not applicable. Near
miss: the same site with written pages keeps asking for the documentation's licence."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

CHECK = "licensing.data-and-docs"
POM = ("<project><modelVersion>4.0.0</modelVersion><groupId>fr.paris.lutece.plugins</groupId>"
       "<artifactId>module-workflow-demo</artifactId><version>1.0.0</version><packaging>lutece-plugin</packaging></project>\n")
SERVICE = ("package fr.paris.lutece.plugins.workflow.modules.demo;\n\npublic class DemoTask {\n    public int run(int a) {\n"
           "        return a + 1;\n    }\n}\n")
SITE = ('<?xml version="1.0" encoding="UTF-8"?>\n<project name="Module workflow demo">\n  <body>\n    <menu ref="parent"/>\n'
        '    <menu name="Documentation">\n      <item name="Introduction" href="index.html"/>\n    </menu>\n  </body>\n</project>\n')
PAGE = ('<?xml version="1.0" encoding="UTF-8"?>\n<document>\n  <properties>\n    <title>Module workflow demo</title>\n'
        '  </properties>\n  <body>\n    <section name="Module workflow demo">\n      <subsection name="Introduction">\n'
        '        <p>{text}</p>\n      </subsection>\n      <subsection name="Configuration">\n        <p></p>\n      </subsection>\n'
        '      <subsection name="Usage">\n        <p></p>\n      </subsection>\n    </section>\n  </body>\n</document>\n')
PLACEHOLDER = "Put your images in this directory. They will be copied into the site and can be referenced from the pages.\n"
README = "# Module workflow demo\n\nModule de workflow pour le portail.\n\n## Licence\n\nBSD-3-Clause.\n"
LICENSE = ("Copyright (c) 2002-2019, Mairie de Paris\nAll rights reserved.\n\nRedistribution and use in source and binary forms, with or"
           " without modification, are permitted provided that the following conditions are met: (BSD 3-Clause License)\n")


def _res(tmp_path, text, name):
    files = {"README.md": README, "LICENSE.txt": LICENSE, "pom.xml": POM,
             "src/java/fr/paris/lutece/plugins/workflow/modules/demo/DemoTask.java": SERVICE,
             "src/site/site.xml": SITE, "src/site/xdoc/index.xml": PAGE.replace("{text}", text),
             "src/site/fr/xdoc/index.xml": PAGE.replace("{text}", text), "src/site/resources/images/readme.txt": PLACEHOLDER,
             "src/site/fr/resources/images/readme.txt": PLACEHOLDER}
    return judge(tmp_path, files, [CHECK], name=name)[1][CHECK]


def test_an_archetypes_empty_maven_site_is_no_documentation_to_license(tmp_path):
    res = _res(tmp_path, "", "empty")
    assert res["status"] == "not_applicable", res["message"]  # was warn « No license specific to the documentation … »


def test_a_maven_site_with_written_pages_still_asks_for_its_licence(tmp_path):
    res = _res(tmp_path, "Ce module affecte automatiquement les demandes des usagers aux agents du service.", "written")
    assert res["status"] != "not_applicable", res["message"]
