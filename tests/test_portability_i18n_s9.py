"""reusability.portability's "i18n" on session 8's first reads (issue 12): an application's own translations missed (an Android
app's res/values-en-rUS/strings.xml, a Cordova app's js/fr.js + js/us/us.js string tables, mviewerstudio.i18n.json) and a
copied widget's locale taken for the application's (bootstrap-datetimepicker.fr.js beside the copied widget). Each on a git
fixture shaped like the real case."""

from __future__ import annotations

import json

from tests.test_kind_first_reads import kind_and_results

CHECK = "reusability.portability"


def _i18n(tmp_path, files) -> tuple[bool, list]:
    _, res = kind_and_results(tmp_path, files, [CHECK])
    r = res[CHECK]
    return r["details"]["i18n"], [e.get("path") for e in r["evidence"] if e.get("value") == "locale files"]


def test_an_android_apps_translated_resources_are_i18n(tmp_path):
    """lutece-secteur-public/espacepublic-mobileapp-dansmarue-android: res/values/strings.xml and res/values-en-rUS/strings.xml
    (205 strings translated): "i18n: no" before."""
    files = {"settings.gradle": "include ':app'\n", "app/build.gradle": "apply plugin: 'com.android.application'\n",
             "app/src/main/AndroidManifest.xml": "<manifest package=\"com.accenture.dansmarue\"/>\n",
             "app/src/main/java/com/accenture/dansmarue/LoginActivity.java": "package com.accenture.dansmarue;\n\npublic class LoginActivity {}\n",
             "app/src/main/res/values/strings.xml": "<resources><string name=\"login\">Se connecter</string></resources>\n",
             "app/src/main/res/values-en-rUS/strings.xml": "<resources><string name=\"login\">Sign in</string></resources>\n",
             "app/src/main/res/values-v21/styles.xml": "<resources/>\n"}
    i18n, paths = _i18n(tmp_path, files)
    assert i18n and paths == ["app/src/main/res/values-en-rUS/strings.xml"]


def test_string_tables_named_by_language_are_i18n(tmp_path):
    """Metromobilite/MetromobiliteAppMobile: js/fr.js and js/us/us.js each define `var lang = {…}`, js/translate.js fills the
    page from it: "i18n: no" before."""
    files = {"config.xml": "<widget xmlns=\"http://www.w3.org/ns/widgets\" id=\"fr.metromobilite\"/>\n", "index.html": "<html><body></body></html>\n",
             "js/fr.js": "var lang = {\n  maPosition: 'Ma position',\n  rafraichir: 'Rafraichir'\n};\n",
             "js/us/us.js": "var lang = {\n  maPosition: 'My position',\n  rafraichir: 'Refresh'\n};\n",
             "js/translate.js": "function translate() {\n  $('.parametres').text(lang.appMobile.PARAMETRES);\n}\n"}
    i18n, paths = _i18n(tmp_path, files)
    assert i18n and "js/fr.js" in paths


def test_one_file_named_by_a_language_is_no_translation(tmp_path):
    """The same rule needs two languages: a lone js/fr.js (French texts kept apart) translates nothing."""
    files = {"index.html": "<html><body></body></html>\n", "js/fr.js": "var lang = {maPosition: 'Ma position'};\n",
             "js/app.js": "document.title = lang.maPosition;\n"}
    assert _i18n(tmp_path, files) == (False, [])


def test_a_copied_components_catalogue_of_many_languages_is_not_the_apps_i18n(tmp_path):
    """Espace-Numerique-du-Pays-De-Martigues/EPN-Bot: the copied BlocklyDuino's blocklyduino/msg/js/*.js, messages in 50 languages
    ("This file was automatically generated"), beside a page of the project's own with no translation: "i18n: no" is right."""
    files = {"index.html": "<html><body><script src=blocklyduino/msg/js/fr.js></script></body></html>\n",
             "robotBlock.js": "Blockly.Blocks['robot'] = {};\n"}
    for code in ("ar", "de", "en", "en_us", "es", "fr", "it", "nl", "pl", "pt", "ru", "zh-hans", "ja"):
        files[f"blocklyduino/msg/js/{code}.js"] = f"// This file was automatically generated.\ngoog.provide('Blockly.Msg.{code}');\n"
    assert _i18n(tmp_path, files) == (False, [])


def test_a_table_of_messages_named_i18n_json_is_i18n(tmp_path):
    """pnrnm-sig/mviewerstudio: mviewerstudio.i18n.json ({"fr": {…}, "en": {…}}) read by the copied i18n library: "i18n: no"."""
    files = {"index.html": "<html><body><span i18n=\"banner.load\"></span></body></html>\n",
             "mviewerstudio.i18n.json": json.dumps({"fr": {"banner.load": "Charger"}, "en": {"banner.load": "Load"}}),
             "js/mviewerstudio.js": "var _i18n = new I18n();\n_i18n.load('mviewerstudio.i18n.json');\n"}
    i18n, paths = _i18n(tmp_path, files)
    assert i18n and paths == ["mviewerstudio.i18n.json"]


def test_a_copied_widgets_locale_is_not_the_applications_i18n(tmp_path):
    """Metromobilite/MetromobiliteWS: exploit/lib/js/locales/bootstrap-datetimepicker.fr.js, the locale of the copied
    bootstrap-datetimepicker (its CSS copied beside it): "i18n: yes" before, for a service with no translation."""
    banner = "/*!\n * Datetimepicker for Bootstrap 3\n * version : 4.17.37\n * https://github.com/Eonasdan/bootstrap-datetimepicker/\n */\n"
    files = {"package.json": json.dumps({"name": "metromobilite-ws", "dependencies": {"koa": "^1.0.0"}}),
             "server.js": "var koa = require('koa');\nvar app = koa();\napp.listen(3000);\n",
             "exploit/index.html": "<html><head><link rel=stylesheet href=lib/css/bootstrap-datetimepicker.min.css></head><body></body></html>\n",
             "exploit/lib/css/bootstrap-datetimepicker.min.css": banner + ".bootstrap-datetimepicker-widget{list-style:none}\n",
             "exploit/lib/js/bootstrap-datetimepicker.min.js": banner + "!function(e){}(jQuery);\n",
             "exploit/lib/js/locales/bootstrap-datetimepicker.fr.js": "(function($){ $.fn.datetimepicker.dates['fr'] = {days: ['Dimanche']}; }(jQuery));\n"}
    assert _i18n(tmp_path, files) == (False, [])
