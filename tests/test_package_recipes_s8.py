"""reusability.portability: a package recipe the manifests do not name is standard packaging (issue 12, session 7's first reads:
a Foreman plugin's .gemspec, the debian/ folder of two Mono servers, all said "standard packaging: no")."""

from __future__ import annotations

import pytest

from tests.test_reusability_fixtures import build, results, run_audit

CID = "reusability.portability"


def port(tmp_path, files: dict) -> dict:
    return results(run_audit(build(tmp_path / "r", files), tmp_path / "c", [CID]))[CID]


RUBY = "module ControlPlugin\n  class HostsController < ::ApplicationController\n    def index\n      @hosts = Host.all\n    end\n  end\nend\n"
CS = "namespace KJing {\n    public class Server : HttpServer {\n        public Server(string conf) { }\n    }\n}\n"


@pytest.mark.parametrize("files,recipe", [
    # DSI-Ville-Noumea/control_plugin: a Foreman plugin (Rails engine) packaged as a gem
    ({"control_plugin.gemspec": "Gem::Specification.new do |s|\n  s.name = 'control_plugin'\n  s.version = '0.1'\n  s.license = 'GPL-3.0'\n"
                                "  s.files = Dir['{app,config,lib}/**/*']\nend\n",
      "app/controllers/control_plugin/hosts_controller.rb": RUBY, "config/routes.rb": "Rails.application.routes.draw do\nend\n",
      "README.md": "# ControlPlugin\n\nA Foreman plugin.\n"}, "control_plugin.gemspec"),
    # erasme/kjing, webnapperon2: Debian packages built from debian/ (control, rules, upstart)
    ({"debian/control": "Source: kjing\nSection: web\nPackage: kjing\nArchitecture: all\nDepends: mono-runtime\n",
      "debian/rules": "#!/usr/bin/make -f\n%:\n\tdh $@\n", "kjing/Server.cs": CS, "kjing.sln": "Microsoft Visual Studio Solution File\n",
      "README": "KJing\n\nA server.\n"}, "debian/control"),
])
def test_a_package_recipe_is_standard_packaging(tmp_path, files, recipe):
    r = port(tmp_path, files)
    assert r["details"]["packaging"] is True, r["message"]
    assert "standard packaging: yes" in r["message"]["en"] and "empaquetage standard : oui" in r["message"]["fr"]
    assert recipe in {e.get("path") for e in r["evidence"]}


def test_a_test_spec_is_no_package_recipe(tmp_path):
    r = port(tmp_path, {"src/app.js": "const x = require('./lib');\nmodule.exports = x;\n", "test/app.spec.js": "it('works', () => {});\n",
                        "README.md": "# x\n\nA service.\n"})
    assert r["details"]["packaging"] is False


def test_no_listed_vendor_is_said_as_such_not_as_none_at_all(tmp_path):
    # session 7: "Proprietary services or tools: none" was said of scripts made for products off the tool's list (Exchange before it
    # was listed, eTemptation, Mobyt…): with none of the list found, the message says so, not "none" at all
    r = port(tmp_path, {"Archive-Folder.ps1": "param (\n\t[Parameter( Mandatory=$true)]\n\t[string]$Folder\n)\n"
                                              "Get-ChildItem -Path $Folder | Compress-Archive -DestinationPath \"$Folder.zip\"\n",
                        "README.md": "# archive\n\nArchives a folder.\n"})
    assert "none of those the tool knows" in r["message"]["en"] and "aucun de ceux que l’outil connaît" in r["message"]["fr"], r["message"]


def test_a_host_plugin_is_packaged_the_way_its_host_installs_it(tmp_path):
    # GIP-RECIA/moodle-themes-locaux, sigrennesmetropole/addon_rva: a Moodle plugin, a geOrchestra add-on, "standard packaging: no"
    r = port(tmp_path, {"version.php": "<?php\ndefined('MOODLE_INTERNAL') || die();\n$plugin->component = 'theme_esco';\n$plugin->version = 2021051700;\n",
                        "lib.php": "<?php\nfunction theme_esco_get_main_scss_content($theme) {\n    return '';\n}\n",
                        "lang/en/theme_esco.php": "<?php\n$string['pluginname'] = 'ESCO';\n",
                        "README.md": "# theme_esco\n\nA Moodle theme.\n"})
    assert r["details"]["packaging"] is True, r["message"]
    assert "version.php" in {e.get("path") for e in r["evidence"]}


def test_a_proprietary_hosts_plugin_layout_is_no_standard_packaging(tmp_path):
    # departement-loire-atlantique/jCompagnonDeVisite: a Jalios JCMS plugin, JCMS itself the proprietary product it depends on
    r = port(tmp_path, {"WEB-INF/plugins/NumeriquePlugin/plugin.xml":
                        '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE plugin PUBLIC "-//JALIOS//DTD JCMS-PLUGIN 1.7//EN" '
                        '"http://support.jalios.com/dtd/jcms-plugin-1.7.dtd">\n<plugin name="NumeriquePlugin" version="0.1" author="CD44" '
                        'license="GPL" initialize="true" jcms="10.0">\n</plugin>\n',
                        "WEB-INF/classes/fr/cg44/plugin/numerique/DeploiementCommune.java":
                        "package fr.cg44.plugin.numerique;\n\nimport com.jalios.jcms.Content;\n\npublic class DeploiementCommune extends Content {\n}\n",
                        "README.md": "# jNumerique\n\nModule JCMS.\n"})
    assert "Jalios JCMS" in r["details"]["vendors"], r["message"]
    assert r["details"]["packaging"] is False and r["status"] != "pass", r["message"]


def test_a_search_engines_word_list_is_no_translation_and_lutece_templates_are(tmp_path):
    # lutece-secteur-public/particip-site-participatorybudget: "i18n: yes" from Solr's conf/lang/protwords.txt; its templates
    # translate through Lutece's #i18n{…} (messages in openpb_messages.properties)
    solr = "webapp/WEB-INF/plugins/solrserver/solr/collection1/conf/lang/"
    tpl = "".join(f"<label>#i18n{{portal.site.label{i}}}</label>\n" for i in range(4))
    files = {solr + "protwords.txt": "# words not to stem\nalgorithm\n", solr + "stopwords_fr.txt": "le\nla\n",
             "webapp/WEB-INF/templates/skin/site/page_a.html": tpl, "webapp/WEB-INF/templates/skin/site/page_b.html": tpl,
             "webapp/WEB-INF/templates/skin/site/page_c.html": tpl,
             "src/java/fr/paris/lutece/portal/resources/openpb_messages.properties": "site.label0=Budget participatif\n",
             "src/java/fr/paris/lutece/plugins/openpb/Vote.java": "package fr.paris.lutece.plugins.openpb;\n\npublic class Vote {\n}\n",
             "pom.xml": "<project><artifactId>site-participatorybudget</artifactId><packaging>lutece-site</packaging></project>\n",
             "README.md": "# Budget participatif\n\nLe site du budget participatif.\n"}
    r = port(tmp_path, files)
    assert r["details"]["i18n"] is True, r["message"]
    assert not any("protwords" in (e.get("path") or "") for e in r["evidence"]), r["evidence"]
    files = {k: v for k, v in files.items() if "templates" not in k}  # the word lists alone translate nothing
    assert port(tmp_path / "w", files)["details"]["i18n"] is False
