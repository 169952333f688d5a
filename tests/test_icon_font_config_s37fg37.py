"""An icon-font tool's configuration (issue 12, s37 fg37 = reader rb37, OPEN-ENT-NG/ent-mobile): an Ionic/Cordova app keeps the
Fontello config.json of its icon font (www/css/fontello/config.json: "css_prefix_text", a "glyphs" list of {"uid": 32 hex digits,
"css": "cog-alt", "code", "src"}). interoperability.identifiers warned "Identifier fields: cog" from the glyph "cog-alt" (and
public-building-blocks failed on it), and reusability.secrets warned 136 "Hex High Entropy String" from the glyphs' uids. A glyph set
is no data (its names are no fields) and a uid, a record's unique id, is no credential. Near misses: a cog field in the app's code
stays an identifier; the same hexadecimal value given to a token stays a string to review."""

from __future__ import annotations

import hashlib

from tests.test_reusability_fixtures import check_result

IDS = "interoperability.identifiers"
BB = "interoperability.public-building-blocks"
SEC = "reusability.secrets"


def _uid(i: int) -> str:
    return hashlib.md5(f"glyph-{i}".encode()).hexdigest()


NAMES = ["home", "cog", "cog-alt", "calendar", "mail", "user", "search", "bell"]
GLYPHS = ",\n".join(f'    {{\n      "uid": "{_uid(i)}",\n      "css": "{n}",\n      "code": {59400 + i},\n      "src": "fontawesome"\n    }}'
                    for i, n in enumerate(NAMES))
FONTELLO = ('{\n  "name": "",\n  "css_prefix_text": "icon-",\n  "css_use_suffix": false,\n  "hinting": true,\n  "units_per_em": 1000,\n'
            '  "ascent": 850,\n  "glyphs": [\n' + GLYPHS + "\n  ]\n}\n")

APP = {
    "README.md": "# Appli mobile\n\nApplication mobile Ionic de l'espace numérique de travail.\n",
    "package.json": '{"name": "ent-mobile", "version": "1.0.0", "dependencies": {"ionic": "1.3.4"}}\n',
    "config.xml": '<?xml version="1.0"?>\n<widget id="fr.ent.mobile" version="1.0.0" xmlns="http://www.w3.org/ns/widgets">\n'
                  '  <name>ENT</name>\n</widget>\n',
    "www/index.html": '<!DOCTYPE html>\n<html><head><link href="css/fontello/css/fontello.css" rel="stylesheet"></head>\n'
                      '<body ng-app="ent"><ion-nav-view></ion-nav-view><script src="js/app.js"></script></body></html>\n',
    "www/js/app.js": ("angular.module('ent', ['ionic'])\n.controller('ProfileCtrl', function ($scope, $http) {\n"
                      "  $http.get('/userbook/api/person').then(function (res) {\n    $scope.person = res.data.result[0];\n  });\n});\n"),
    "www/css/fontello/config.json": FONTELLO,
}


def _fields(r: dict) -> list:
    return (r.get("details") or {}).get("fields") or []


def test_the_glyph_names_of_a_fontello_config_are_no_identifier_fields(tmp_path):
    r = check_result(tmp_path, APP, IDS)
    assert "cog" not in _fields(r), r["message"]
    assert r["status"] == "not_applicable", r["message"]
    b = check_result(tmp_path / "b", APP, BB)
    assert b["status"] == "not_applicable", b["message"]


def test_a_cog_field_in_the_apps_code_stays_an_identifier(tmp_path):
    files = dict(APP, **{"www/js/communes.js": "function commune(cog) {\n  return { cog: cog, nom: nomDe(cog) };\n}\nmodule.exports = commune;\n"})
    r = check_result(tmp_path, files, IDS)
    assert "cog" in _fields(r), r["message"]


def test_the_glyph_uids_of_a_fontello_config_are_no_secrets(tmp_path):
    r = check_result(tmp_path, APP, SEC)
    assert r["details"]["weak"] == 0, (r["message"], r["evidence"][:3])


def test_the_same_hex_value_given_to_a_token_stays_to_review(tmp_path):
    files = dict(APP, **{"www/js/settings.json": '{\n  "server": "https://ent.example.org",\n  "token": "' + _uid(99) + '"\n}\n'})
    r = check_result(tmp_path, files, SEC)
    assert r["details"]["weak"] == 1, r["message"]
    assert any(e.get("path") == "www/js/settings.json" for e in r["evidence"]), r["evidence"]
