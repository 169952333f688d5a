"""licensing.consistent (issue 12, s31 n31 = reader s31 m23o2, PatPercot/Seda-Generator): an ASP.NET project under CeCILL-C
was said to hold files "not under the project's license" (GPL) because of its Scripts/ folder, where NuGet installed jQuery's
IntelliSense companion (jquery-1.10.2.intellisense.js) and Respond, each opening on Microsoft's redistribution terms ("NUGET:
BEGIN LICENSE TEXT … Insofar as a script file is dual licensed under GPL, Microsoft neither took the code under GPL…").

A versioned library file with Visual Studio's IntelliSense suffix (.intellisense.js, -vsdoc.js), and a script opening on NuGet's
licence block or on AspNet.ScriptManager's "//CdnPath=http://ajax.aspnetcdn.com/…" line, are a package's content: vendored, their
notices not the project's. A project's own script stating another licence in its header stays a disagreement."""

from __future__ import annotations

from auditor.facts.inventory import classify
from tests.test_licensing_checks import run, text  # noqa: F401 (the fixture)

NUGET = ("\ufeff/* NUGET: BEGIN LICENSE TEXT\n *\n * Microsoft grants you the right to use these script files for the sole\n"
         " * purpose of either: (i) interacting through your browser with the Microsoft\n * website or online service, subject to the "
         "applicable licensing or use\n * terms; or (ii) using the files as included with a Microsoft product subject\n * to that "
         "product's license terms. Microsoft reserves all other rights to the\n * files not expressly granted by Microsoft, whether by "
         "implication, estoppel\n * or otherwise. Insofar as a script file is dual licensed under GPL,\n * Microsoft neither took the code "
         "under GPL nor distributes it thereunder but\n * under the terms set out in this paragraph. All notices and licenses\n * below "
         "are for informational purposes only.\n *\n * NUGET: END LICENSE TEXT */\n")
CDN = "//CdnPath=http://ajax.aspnetcdn.com/ajax/4.5.1/1/WebForms.js\nfunction WebForm_FindFirstFocusableChild(control) {\n    return null;\n}\n"
GPL_HEADER = ("/*\n * Carte des points d'apport volontaire.\n *\n * This program is free software: you can redistribute it and/or modify\n"
              " * it under the terms of the GNU General Public License as published by\n * the Free Software Foundation, either version 3 "
              "of the License, or\n * (at your option) any later version.\n */\n")


def _files(own_script: str | None = None) -> dict:
    files = {
        "LICENSE": text("CECILL-C", "en"),
        "README.md": "# Générateur\n\nGénère des bordereaux de transfert.\n",
        "WebApp/Default.aspx.cs": "namespace WebApp {\n    public class Default {\n        public void Load() { }\n    }\n}\n",
        "WebApp/Scripts/jquery-1.10.2.intellisense.js": NUGET + "intellisense.annotate(jQuery, {\n  'ajax': function() {}\n});\n",
        "WebApp/Scripts/respond.js": NUGET + "window.matchMedia = window.matchMedia || (function(doc, undefined){\n  return doc;\n}(document));\n",
        "WebApp/Scripts/WebForms/Focus.js": CDN,
    }
    if own_script:
        files["WebApp/Scripts/carte.js"] = own_script
    return files


def test_intellisense_companions_are_the_library():
    assert classify("WebApp/Scripts/jquery-1.10.2.intellisense.js")[0] == "vendored"
    assert classify("Scripts/jquery-1.7.1-vsdoc.js")[0] == "vendored"
    assert classify("Scripts/carte.intellisense.js")[0] == "source"  # (no version: no release's name)


def test_nuget_scripts_state_no_licence_of_the_project(run):  # noqa: F811
    res, lic = run(_files(), only=["licensing.consistent"])
    assert not lic.get("header_disagreements"), lic.get("header_disagreements")
    assert res["licensing.consistent"]["status"] == "pass", res["licensing.consistent"]["message"]  # was warn (GPL)


def test_nuget_scripts_are_vendored(repo, tmp_path):
    from auditor.engine import AuditOptions, audit
    path = repo([{"files": _files(), "date": "2026-01-10T10:00:00Z"}], name="n")
    report = audit(str(path), AuditOptions(cache_dir=tmp_path / "cache", only=["licensing.consistent"]))
    inv = report["facts"]["inventory"]
    assert inv["categories"]["vendored"] == 3, inv["categories"]
    assert inv["categories"]["source"] == 1, inv["categories"]  # (Default.aspx.cs)


def test_own_script_under_another_licence_stays_a_disagreement(run):  # noqa: F811
    res, lic = run(_files(GPL_HEADER + "var carte = {};\n"), only=["licensing.consistent"])
    assert [d["path"] for d in lic.get("header_disagreements") or []] == ["WebApp/Scripts/carte.js"], lic.get("header_disagreements")
    assert res["licensing.consistent"]["status"] == "warn", res["licensing.consistent"]["message"]
