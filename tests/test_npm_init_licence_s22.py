"""Session 22 (a1, a WordPress plugin skeleton of an agglomération): package.json kept what `npm init` writes — "version":
"1.0.0", "main": "index.js" (no such file), the placeholder test script, "author": "", "license": "ISC" — with only the
description typed in. open-license passed "Open license: ISC": the default was only recognised when the description was
empty too. The rule now: ISC with no author written and any other field still npm init's (empty description, placeholder
test script, "main": "index.js" with no index.js) is no one's choice; a written author, or a manifest whose fields were all
set, keeps its ISC."""

from __future__ import annotations

import json

from tests.test_licensing_checks import run  # noqa: F401 (the fixture)

PLUGIN = {"mon-extension.php": "<?php\n/**\n * Plugin Name: Mon extension\n * Description: Squelette d'extension.\n */\n"
                               "defined('ABSPATH') || exit;\nrequire_once __DIR__ . '/inc/setup.php';\n",
          "inc/setup.php": "<?php\nadd_action('init', function () { load_plugin_textdomain('mon-extension'); });\n",
          "README.txt": "=== Mon extension ===\nSquelette d'extension WordPress pour les sites de la collectivité.\n"}


def _manifest(**fields):
    base = {"name": "mon-extension", "version": "1.0.0", "description": "Squelette d'extension", "main": "index.js",
            "scripts": {"test": "echo \"Error: no test specified\" && exit 1"}, "author": "", "license": "ISC"}
    return json.dumps({**base, **fields}, indent=2) + "\n"


def test_npm_inits_isc_with_only_a_description_typed_is_no_licence(run):  # noqa: F811
    res, lic = run({**PLUGIN, "package.json": _manifest()}, only=["licensing.open-license", "licensing.license-file"])
    assert "ISC" not in (lic.get("ids") or []), lic
    assert res["licensing.open-license"]["status"] == "fail", res["licensing.open-license"]["message"]
    assert "ISC" not in res["licensing.license-file"]["message"]["en"], res["licensing.license-file"]["message"]


def test_a_manifest_set_by_hand_keeps_its_isc(run):  # noqa: F811
    # no author, but real scripts and an entry point that exists: the fields were set, ISC with them
    written = _manifest(main="src/index.js", scripts={"build": "vite build", "test": "vitest run"})
    res, lic = run({**PLUGIN, "package.json": written, "src/index.js": "export default {};\n"}, only=["licensing.open-license"])
    assert res["licensing.open-license"]["status"] == "pass" and "ISC" in res["licensing.open-license"]["message"]["en"], res
    # an author written: they went through the prompts
    res, _ = run({**PLUGIN, "package.json": _manifest(author="Service numérique")}, only=["licensing.open-license"])
    assert res["licensing.open-license"]["status"] == "pass", res["licensing.open-license"]["message"]
    # "main": "index.js" when index.js is there, the rest written
    res, _ = run({**PLUGIN, "package.json": _manifest(scripts={"test": "jest"}), "index.js": "module.exports = {};\n"},
                 only=["licensing.open-license"])
    assert res["licensing.open-license"]["status"] == "pass", res["licensing.open-license"]["message"]
