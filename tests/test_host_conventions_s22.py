"""Host-platform conventions of Jalios JCMS plugins misread (issue 12, session 22 reader a2: departement-loire-atlantique's
jCalendarPlus and jPlatformMigrate).

- ``WEB-INF/plugins/<Plugin>/properties/plugin.prop`` left as the JCMS skeleton, every line a commented-out sample, made
  reusability.configuration pass ("settings declared the way Jalios JCMS expects"): a settings file declares settings only
  when one line is a key and its value;
- ``plugin.xml``'s ``<dependency name="…"/>`` requires another plugin of the same JCMS installation: reusability.dependencies
  warned "manifest without a lockfile" where no lock file exists, and counted the skeleton's commented-out sample dependency
  (the requirement stays a declared dependency, as session 6 decided: only the lock is no longer asked);
- ``plugin.xml``'s ``license="CG44"`` (the owner's name, shown as the licence by JCMS's plugin manager) was never read: the
  licence fact now lists it as a declaration and licensing.consistent asks to write the licence of the LICENSE text there."""

from __future__ import annotations

from tests.test_dashboard_viewer_verdicts import license_text
from tests.test_local_authority_verdicts import judge

PROP_SKELETON = ("# -----------------------------------------------------------------\n"
                 "# Properties of the plugin, overridden in the site's custom.prop\n"
                 "# -----------------------------------------------------------------\n"
                 "# jcms.resource.default-template.{jcmsplugin.plugin.sample}: plugins/AgendaPlusPlugin/jsp/sample.jsp\n"
                 "# jcmsplugin.agendaplus.sample.key: value\n\n"
                 "! another commented line\n")
PROP_REAL = PROP_SKELETON + "jcmsplugin.agendaplus.portal.url: https://agenda.exemple.fr/\n"


def plugin_xml(licence: str, deps: str) -> str:
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE plugin PUBLIC "-//JALIOS//DTD JCMS-PLUGIN 1.7//EN" '
            '"http://support.jalios.com/dtd/jcms-plugin-1.7.dtd">\n'
            "<!-- ===== Plugin: the attributes of the plugin ===== -->\n"
            f'<plugin name="AgendaPlusPlugin" version="0.1" author="CD00" license="{licence}" initialize="true" jcms="" order="0" url="">\n'
            '  <label xml:lang="fr">Agenda plus</label>\n'
            "  <!-- A plugin might depend on other plugins:\n  <dependencies>\n    <dependency name=\"OtherPlugin\" />\n  </dependencies>\n-->\n"
            f"{deps}"
            '  <plugincomponents>\n    <policyfilter class="fr.exemple.agenda.AgendaPolicyFilter" />\n  </plugincomponents>\n'
            "</plugin>\n")


DEPS = '  <dependencies>\n    <dependency name="CalendarPlugin" />\n  </dependencies>\n'
ROOT = "WEB-INF/plugins/AgendaPlusPlugin/"


def plugin(licence: str = "CD00", prop: str = PROP_SKELETON, deps: str = DEPS, **extra) -> dict:
    return {"README.md": "# Agenda plus\n\nModule JCMS qui ajoute des fonctions au module calendrier du portail.\n",
            "LICENSE": license_text("MIT").replace("<year>", "2022").replace("<copyright holders>", "Département"),
            ROOT + "plugin.xml": plugin_xml(licence, deps),
            ROOT + "properties/plugin.prop": prop,
            "WEB-INF/classes/fr/exemple/agenda/AgendaPolicyFilter.java": (
                "package fr.exemple.agenda;\n\nimport com.jalios.jcms.plugin.PluginComponent;\n\n"
                "public class AgendaPolicyFilter implements PluginComponent {\n  public boolean init() { return true; }\n}\n"),
            "plugins/AgendaPlusPlugin/jsp/agenda.jsp": "<%@ include file='/jcore/doInitPage.jspf' %>\n<div class=\"agenda\"><%= \"Agenda\" %></div>\n",
            **extra}


def test_a_commented_out_plugin_prop_declares_no_setting(tmp_path):
    report, res = judge(tmp_path, plugin(), ["reusability.configuration"])
    assert report["facts"]["project"]["kind"] == "library"
    conf = res["reusability.configuration"]
    assert "plugin.prop" not in conf["message"]["en"] and not conf["details"].get("host_settings"), conf


def test_a_plugin_prop_with_one_key_still_declares_settings(tmp_path):
    conf = judge(tmp_path, plugin(prop=PROP_REAL), ["reusability.configuration"])[1]["reusability.configuration"]
    assert conf["status"] == "pass" and "Jalios JCMS" in conf["message"]["en"], conf


def test_a_requirement_on_a_host_plugin_needs_no_lockfile(tmp_path):
    report, res = judge(tmp_path, plugin(), ["reusability.dependencies"])
    manifest = report["facts"]["manifests"]["manifests"][0]
    assert manifest["dependencies"] == ["calendarplugin"], manifest  # (not the commented-out sample OtherPlugin)
    dep = res["reusability.dependencies"]
    assert dep["status"] == "pass" and dep["details"]["unlocked"] == [], dep
    assert "Manifest without a lockfile" not in str(dep["evidence"]) and "same JCMS installation (calendarplugin)" in str(dep["evidence"]), dep


def test_a_package_manifest_beside_the_plugin_is_still_asked_its_lock(tmp_path):
    dep = judge(tmp_path, plugin(**{"package.json": '{"name": "agenda", "dependencies": {"dayjs": "^1.11.0"}}\n'}),
                ["reusability.dependencies"])[1]["reusability.dependencies"]
    assert dep["status"] in ("warn", "fail") and "package.json" in dep["details"]["unlocked"], dep
    assert all(not p.endswith("plugin.xml") for p in dep["details"]["unlocked"]), dep


def test_a_licence_attribute_naming_the_owner_is_a_statement_to_correct(tmp_path):
    report, res = judge(tmp_path, plugin(), ["licensing.consistent"])
    assert report["facts"]["license"]["declared"] == [{"file": ROOT + "plugin.xml", "value": "CD00", "line": 4}]
    cons = res["licensing.consistent"]
    assert cons["status"] == "warn" and "CD00" in cons["message"]["en"] and "MIT" in cons["message"]["en"], cons


def test_a_licence_attribute_naming_the_licence_agrees(tmp_path):
    cons = judge(tmp_path, plugin(licence="MIT"), ["licensing.consistent"])[1]["licensing.consistent"]
    assert cons["status"] == "pass", cons
