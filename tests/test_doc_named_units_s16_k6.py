"""A folder named like documentation that names a code unit (issue 12, session 16, r4's lutece-collab-plugin-wiki): a CMS plugin
named "wiki" keeps its Java package, skin templates and scripts under .../plugins/wiki/, and all of it was left out as a
documentation folder (its 36 Java files unmeasured, no web interface seen). A plugin or module folder, and a package of a JVM
source tree, hold code whatever their name; docs/, wiki/ folders of documents stay documentation."""

from __future__ import annotations

from auditor.engine import AuditOptions, audit
from auditor.facts.inventory import classify, is_doc, is_doc_file
from tests.gitrepo import make_repo


def test_a_plugin_or_package_named_wiki_is_code():
    assert not is_doc("src/java/fr/ville/cms/plugins/wiki/web/WikiApp.java")
    assert not is_doc("src/main/java/org/exemple/doc/DocService.java")
    assert not is_doc("webapp/WEB-INF/templates/skin/plugins/wiki/page.html")
    assert not is_doc_file("webapp/WEB-INF/templates/skin/plugins/wiki/page.html")
    assert classify("webapp/js/plugins/wiki/editeur.js")[0] == "source"
    assert classify("src/java/fr/ville/cms/plugins/wiki/web/WikiApp.java")[0] == "source"


def test_documentation_folders_stay_documentation():
    assert is_doc("docs/conf.py") and is_doc("wiki/Installation.md") and is_doc("doc/plugins/wiki/usage.md")
    assert is_doc("src/docs/guide.md") and is_doc_file("docs/index.html")
    assert classify("doc/exemples/script.py")[0] == "documentation"


_JAVA = ("/*\n * Copyright (c) 2002-2024, Ville Exemple\n * All rights reserved.\n */\npackage fr.ville.cms.plugins.wiki.{pkg};\n\n"
         "public class {name}\n{{\n    private int _n;\n\n    public int get{name}( int a )\n    {{\n"
         "        if ( a > 1 ) {{ return a + _n; }}\n        return _n;\n    }}\n}}\n")


def test_the_plugins_own_code_is_measured(tmp_path):
    files = {"README.md": "# Plugin wiki\n\nUn wiki pour les sites de la ville.\n",
             "pom.xml": "<project><modelVersion>4.0.0</modelVersion><groupId>fr.ville</groupId><artifactId>plugin-wiki</artifactId>"
                        "<version>1.0</version></project>\n",
             "src/java/org/ext/parser/Parser.java": "package org.ext.parser;\n\npublic class Parser\n{\n    public int parse( int a )\n"
                                                   "    {\n        return a;\n    }\n}\n"}
    for i, name in enumerate(("Topic", "TopicVersion", "WikiPage", "WikiService", "WikiApp")):
        files[f"src/java/fr/ville/cms/plugins/wiki/p{i}/{name}.java"] = _JAVA.format(pkg=f"p{i}", name=name)
    report = audit(str(make_repo(tmp_path / "r", [{"files": files}])),
                   AuditOptions(cache_dir=tmp_path / "c", only=["reusability.maintainability"]))
    maint = {r["id"]: r for r in report["results"]}["reusability.maintainability"]
    assert "in 6 files" in maint["message"]["en"], maint["message"]
