"""Session 31 (d31, reader m23o3's jeedom-enedisCollectivite): a Jeedom plugin taken for a static site.

A Jeedom plugin declares itself in plugin_info/info.json (its "id", the Jeedom version it "require"s, its category); its
core/class/*.class.php extends Jeedom's eqLogic and its core/template/ holds the widgets Jeedom's dashboard renders. Its two HTML
widget templates made it a static site: reusability.install asked how to "publish" it and the whole-website accessibility and
eco-design criteria (RGAA statement, browser targets, page budget) were failed on a widget of Jeedom's own interface."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

JEEDOM = {
    "plugin_info/info.json": ('{\n  "id": "compteurs",\n  "name": "Compteurs",\n  "description": {"fr_FR": "Relève des compteurs"},\n'
                              '  "licence": "AGPL",\n  "author": "Exemple",\n  "require": "4.2",\n  "category": "energy",\n'
                              '  "compatibility": ["luna", "docker"]\n}\n'),
    "plugin_info/install.php": "<?php\nfunction compteurs_install() {\n}\n",
    "core/class/compteurs.class.php": ("<?php\nrequire_once __DIR__ . '/../../../../core/php/core.inc.php';\n"
                                       "class compteurs extends eqLogic {\n  public static function cron() {\n    foreach (self::byType('compteurs') as $eq) { $eq->refresh(); }\n  }\n}\n"
                                       "class compteursCmd extends cmd {\n  public function execute($_options = array()) {\n  }\n}\n"),
    "core/ajax/compteurs.ajax.php": "<?php\ntry {\n  ajax::init();\n  ajax::success();\n} catch (Exception $e) {\n  ajax::error($e->getMessage());\n}\n",
    "core/template/dashboard/compteur.template.html": ('<div class="eqLogic-widget" data-eqLogic_id="#id#">\n  <span class="index">#index#</span>\n'
                                                      '  <script>jeedom.cmd.update["#id#"] = function (o) {}</script>\n</div>\n'),
    "core/template/mobile/compteur.template.html": '<div class="eqLogic-widget" data-eqLogic_id="#id#"><span>#index#</span></div>\n',
    "README.md": "# Compteurs\n\nPlugin Jeedom relevant les index des compteurs communicants.\n\n# Configuration\n\nRenseignez la clé d'API.\n",
}


def test_a_jeedom_plugin_is_a_plugin_of_jeedom_not_a_static_site(tmp_path):
    checks = ["reusability.install", "interoperability.accessibility-and-ecodesign"]
    report, res = judge(tmp_path, JEEDOM, checks)
    project = report["facts"]["project"]
    assert project["kind"] == "library", project
    assert {"path": "plugin_info/info.json", "reason": "plugin of Jeedom"} in project["kind_evidence"], project["kind_evidence"]
    assert "static site" not in res["reusability.install"]["message"]["en"], res["reusability.install"]["message"]
    # (its widgets render inside Jeedom's own interface: the host's statements and budgets, not the plugin's)
    a11y = res["interoperability.accessibility-and-ecodesign"]
    assert a11y["status"] == "not_applicable", a11y["message"]


def test_an_info_json_without_the_required_host_version_is_no_jeedom_plugin(tmp_path):
    files = dict(JEEDOM)
    files["plugin_info/info.json"] = '{\n  "id": "compteurs",\n  "name": "Compteurs"\n}\n'
    report, _ = judge(tmp_path, files, ["reusability.install"])
    assert not any(e.get("reason") == "plugin of Jeedom" for e in report["facts"]["project"]["kind_evidence"]), report["facts"]["project"]
