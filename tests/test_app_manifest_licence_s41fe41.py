"""license.declared from an application's JSON manifest at the root (issue 12, s41 fe41 = reader rv41's CEREMA/com.cerema.sapei): an
Omneedia web application describes itself in app.manifest (namespace, title, version, copyright, "license": "BSD", author), as a
package.json would; license.declared was []. Rule now: the root app.manifest read as codemeta.json is, its top-level "license". Near
misses: an XML app.manifest (a Windows application's) and an appcache manifest declare nothing."""

from __future__ import annotations

import json

from tests.test_licensing_checks import run  # noqa: F401 (run: the fixture building a repository and auditing it)

README = "# com.exemple.suivi\n\n## com.exemple.suivi\n\nSuivi des demandes.\n"


def _manifest(**extra) -> str:
    return json.dumps({"namespace": "com.exemple.suivi", "title": "SUIVI", "description": "Suivi d'activité", "platform": "desktop",
                       "version": "1.1.0", "build": 34, "copyright": "Copyright (c) 2015 By Exemple", **extra,
                       "author": {"name": "Jeanne Martin", "mail": "jeanne@exemple.fr"}}, indent=4, ensure_ascii=False)


def test_an_app_manifests_licence_is_declared(run):
    _res, lic = run({"README.md": README, "app.manifest": _manifest(license="Apache-2.0"), "src/app.js": "App.init();\n"})
    assert lic["declared"] == [{"file": "app.manifest", "value": "Apache-2.0", "line": 9}], lic["declared"]
    assert any(s["path"] == "app.manifest" and s["ids"] == ["Apache-2.0"] for s in lic["sources"]), lic["sources"]


def test_near_miss_an_app_manifest_without_licence_declares_nothing(run):
    _res, lic = run({"README.md": README, "app.manifest": _manifest(), "src/app.js": "App.init();\n"})
    assert lic["declared"] == [], lic["declared"]


def test_near_miss_xml_and_appcache_manifests_declare_nothing(run):
    xml = ('<?xml version="1.0" encoding="utf-8"?>\n<assembly manifestVersion="1.0" xmlns="urn:schemas-microsoft-com:asm.v1">\n'
           '  <assemblyIdentity version="1.0.0.0" name="MyApplication.app"/>\n</assembly>\n')
    _res, lic = run({"README.md": README, "app.manifest": xml, "Program.cs": "class Program { static void Main() {} }\n"})
    assert lic["declared"] == [], lic["declared"]
    _res, lic = run({"README.md": README, "app.manifest": "CACHE MANIFEST\n# license: MIT\nindex.html\n", "index.html": "<p>x</p>\n"})
    assert lic["declared"] == [], lic["declared"]
