"""A file over the comment measure's size bound that opens on another holder's library banner (issue 12, s43 ft43 = reader rb42,
abotzung/fogplugin-postdownloadscript).

A host plugin's js/<plugin>.js is an editor library concatenated with its add-ons (each opening on "<Library>, copyright (c) by
<person> and others / Distributed under an MIT license"), the plugin author's few lines appended at the end: 530 KB, over the
300 KB bound. documentation.code-comments said "Sample too small to judge: … 1 too large", as if the project's own code had been
left out for its size. A file over the bound whose leading comment names a copyright holder that neither the root licence nor the
README names is mostly a copied library: it is named apart (with the library's name) and the project's other files are judged.
Near miss: the same large file whose banner's holder is the one the root licence names (the project's own) stays "too large".
"""

from __future__ import annotations

from tests.test_reusability_fixtures import build, results, run_audit

CID = "documentation.code-comments"

BODY = "".join(f"function helper{i}(a, b) {{\n  var x = a + b * {i};\n  return x - {i};\n}}\n" for i in range(5200))
BUNDLE = ("// Scribe, copyright (c) by Jan Novak and others\n// Distributed under an MIT license: https://scribe.example.org/LICENSE\n\n"
          "(function (global) {\n" + BODY + "})(this);\n"
          "$(function () {\n  // open the editor on the script's text\n  afficher();\n});\n")
PHP = ("<?php\n/**\n * {name}: one page of the plugin.\n *\n * @author Jeanne Durand\n */\nclass {name}\n{{\n"
       "    /**\n     * Shows the page.\n     */\n    public function show()\n    {{\n        return '{name}';\n    }}\n}}\n")
PLUGIN = {"README.md": "# Scripts après copie\n\nUn greffon du serveur, par Jeanne Durand.\n",
          "LICENSE": "Copyright (c) 2024 Jeanne Durand\n\nThis program is free software: you can redistribute it under the GPL v3.\n",
          **{f"class/{n.lower()}.class.php": PHP.format(name=n) for n in ("Script", "ScriptManager", "ScriptTask")}}


def comments(tmp_path, bundle: str) -> dict:
    report = run_audit(build(tmp_path / "r", {**PLUGIN, "js/scripts-apres-copie.js": bundle}), tmp_path / "c", [CID])
    return results(report)[CID]


def test_a_large_file_opening_on_another_holders_banner_is_named_and_the_rest_judged(tmp_path):
    assert len(BUNDLE) > 300_000
    r = comments(tmp_path, BUNDLE)
    assert r["status"] != "inconclusive", r["message"]
    assert "3 file(s) analysed" in r["message"]["en"] and "Scribe in js/scripts-apres-copie.js" in r["message"]["en"], r["message"]
    assert "Scribe dans js/scripts-apres-copie.js" in r["message"]["fr"]
    assert r["details"]["left_out"]["too_large"] == 0
    assert any(e.get("path") == "js/scripts-apres-copie.js" and (e.get("value") or {}).get("library") == "Scribe" for e in r["evidence"])


def test_near_miss_the_projects_own_banner_on_a_large_file_stays_too_large(tmp_path):
    own = BUNDLE.replace("Scribe, copyright (c) by Jan Novak and others", "Scribe, copyright (c) by Jeanne Durand")
    r = comments(tmp_path, own)
    assert r["status"] == "inconclusive" and "1 too large" in r["message"]["en"], r["message"]
