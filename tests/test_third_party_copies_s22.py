"""Third-party, demonstration and build files read as the project's own (issue 12, session 22 reader a2, fixer d3).

- A web application carrying a JavaScript framework's release folder whose version ends with a letter (Sencha's Ext JS
  ``js/ext-4.1.1a/``, with its sources, examples and an example's Python 2 script): the folder is the library's copy, so no
  check measures, dates or counts its files as the project's, and the dependency checks name it with its version.
- A GeoServer data directory copied from GeoServer's release (``global.xml``, ``wms.xml``…): the demo pages of its ``www/``
  (one loads Bing and Google maps) and its sample requests are GeoServer's, not the project's use of those vendors; a page
  the project wrote into ``www/`` stays its own.
- A .NET project's ``bin/`` and ``obj/`` beside its ``.csproj``: MSBuild's output (the DLLs of the packages it references) and
  NuGet's restore files (``obj/project.assets.json`` and its "sha512" hashes): build output, neither copied libraries nor
  secrets; a DLL the project keeps in its own ``lib/`` stays a copied library, and a Node tool's ``bin/`` stays its code.
"""

from __future__ import annotations

import base64
import hashlib
import subprocess

from auditor.facts.inventory import build_inventory, libraries
from auditor.snapshot import GitSnapshot
from tests.gitrepo import make_repo
from tests.test_local_authority_verdicts import judge

WHEN = {"date": "2026-03-02T10:00:00Z", "message": "import", "author": ("Jeanne Martin", "jeanne.martin@exemple.fr")}


def _inventory(path):
    commit = subprocess.check_output(["git", "-C", str(path), "rev-parse", "HEAD"]).decode().strip()
    snap = GitSnapshot(str(path / ".git"), commit, max_blob=1 << 20, max_files=5000, deadline=None)
    inv = build_inventory(snap, (path.name,))
    return {i.path: i.category for i in inv.items}, libraries(snap, inv)


# --- 1. a framework's release folder named with a letter after its version -------------------------------------------------

BANNER = ("/*\nExt JS 4.1 - JavaScript Library\nCopyright (c) 2006-2012, Sencha Inc.\n\n"
          "This version of Ext JS is licensed under the terms of the Open Source GPL 3.0 license.\n*/\n")
TANGLED = "".join(f"        if (e.type == 'k{k}') {{ n += {k}; }} else if (e.code > {k}) {{ n -= 1; }}\n" for k in range(40))
WEBAPP = {
    "README.md": "# Hydrants\n\nApplication web de gestion des points d'eau incendie du service départemental.\n",
    "pom.xml": ("<project><artifactId>hydrants</artifactId><packaging>war</packaging><dependencies><dependency>"
                "<groupId>org.springframework</groupId><artifactId>spring-webmvc</artifactId><version>5.3.39</version>"
                "</dependency></dependencies></project>\n"),
    "src/main/java/fr/exemple/hydrants/PointController.java":
        "package fr.exemple.hydrants;\n@Controller\npublic class PointController {\n  @RequestMapping(\"/points\")\n"
        "  public String list() { return \"[]\"; }\n}\n",
    "src/main/webapp/index.html": "<!doctype html><html lang=\"fr\"><body><div id=\"carte\"></div></body></html>\n",
    "src/main/webapp/js/app/hydrants/Carte.js": "// La carte des points d'eau\nExt.define('Hydrants.Carte', {extend: 'Ext.panel.Panel'});\n",
}
LETTERED = "src/main/webapp/js/ext-4.1.1a/"
COPY = {
    "license.txt": "Ext JS 4.1 - JavaScript Library\nCopyright (c) 2006-2012, Sencha Inc.\nOpen Source License: GPL 3.0\n",
    "ext-all-debug.js": BANNER + "var Ext = Ext || {};\nExt.version = '4.1.1';\n",
    "ext-all.js": BANNER + "var Ext=Ext||{};\n",
    "src/core/src/EventManager.js": ("//@define Ext.EventManager\nExt.EventManager = new function() {\n"
                                     "    this.normalize = function(e) {\n        var n = 0;\n" + TANGLED + "        return n;\n    };\n};\n"),
    "src/dom/Element.js": "Ext.define('Ext.dom.Element', {});\n",
    **{f"src/dom/Element.{part}.js": f"Ext.dom.Element.override({{{part}: true}});\n"
       for part in ("alignment", "anim", "dd", "fx", "insertion", "position", "scroll", "style", "traversal")},
    "examples/locale/make_locales.py": "import os\n\nfor name in os.listdir('.'):\n    print \"langue : %s\" % name\n",
    "examples/kitchensink/resources/css/sink.css": ("@import url(https://fonts.googleapis.com/css?family=Lobster);\n"
                                                    "body { font-family: 'Lobster', serif; }\n"),
}


def _webapp(folder: str) -> dict:
    return {**WEBAPP, **{folder + path: text for path, text in COPY.items()}}


def test_a_release_folder_whose_version_ends_with_a_letter_is_the_librarys_copy(tmp_path):
    repo = make_repo(tmp_path / "hydrants", [{"files": _webapp(LETTERED), **WHEN}])
    categories, libs = _inventory(repo)
    assert {p: c for p, c in categories.items() if p.startswith(LETTERED) and c != "vendored"} == {}
    assert categories["src/main/webapp/js/app/hydrants/Carte.js"] == "source"
    ext = [lib for lib in libs if lib["ecosystem"] == "javascript"]
    assert [(lib["name"], lib["version"]) for lib in ext] == [("ext", "4.1.1a")], ext  # one library: no "element" of its own
    assert ext[0]["license"] == "GPL-3.0"


def test_no_check_reads_the_copy_as_the_projects_code(tmp_path):
    report, res = judge(tmp_path, _webapp(LETTERED), ["scaling.end-of-life", "reusability.maintainability"])
    assert "Python 2" not in res["scaling.end-of-life"]["message"]["en"], res["scaling.end-of-life"]["message"]
    paths = [e.get("path") or "" for e in res["reusability.maintainability"].get("evidence", [])]
    assert not any("ext-4.1.1a" in p for p in paths), paths
    assert "Python" not in report["facts"]["inventory"]["languages"]


def test_the_same_copy_under_a_plain_release_number_is_unchanged(tmp_path):
    # (the neighbour the rule already knew: ext-4.1.1/, a version of numbers only)
    repo = make_repo(tmp_path / "hydrants", [{"files": _webapp("src/main/webapp/js/ext-4.1.1/"), **WHEN}])
    categories, libs = _inventory(repo)
    assert all(c == "vendored" for p, c in categories.items() if "/ext-4.1.1/" in p)
    assert ("ext", "4.1.1") in [(lib["name"], lib["version"]) for lib in libs]


def test_a_projects_own_folder_named_with_a_number_stays_its_own(tmp_path):
    files = {**WEBAPP, "src/main/webapp/js/etape-2/Saisie.js": "// Saisie d'un point d'eau\nvar saisie = {};\n",
             "src/main/webapp/js/lot-12b/Export.js": "// Export des points\nvar exporter = {};\n"}
    repo = make_repo(tmp_path / "hydrants", [{"files": files, **WHEN}])
    categories, _ = _inventory(repo)
    assert categories["src/main/webapp/js/etape-2/Saisie.js"] == "source"
    assert categories["src/main/webapp/js/lot-12b/Export.js"] == "source"


# --- 2. GeoServer's demo pages in a data directory -------------------------------------------------------------------------

DATA_DIR = "server/var/geoserver_data/"
DEMO_PAGE = ("<html>\n  <head>\n    <script src='http://dev.virtualearth.net/mapcontrol/mapcontrol.ashx?v=6.2'></script>\n"
             "    <script src='http://maps.google.com/maps?file=api&amp;v=2'></script>\n"
             "    <script src='openlayers/OpenLayers.js'></script>\n  </head>\n  <body><div id='map'></div></body>\n</html>\n")
GEOSERVER = {
    **WEBAPP,
    "src/main/webapp/js/app/hydrants/Fond.js": ("// Le fond de plan\nvar fond = new OpenLayers.Layer.XYZ('OSM', "
                                                 "'https://tile.openstreetmap.org/${z}/${x}/${y}.png');\n"),
    DATA_DIR + "global.xml": "<global>\n  <settings><charset>UTF-8</charset></settings>\n</global>\n",
    DATA_DIR + "wms.xml": "<wms>\n  <enabled>true</enabled>\n</wms>\n",
    DATA_DIR + "logging.xml": "<logging>\n  <level>DEFAULT_LOGGING.properties</level>\n</logging>\n",
    DATA_DIR + "workspaces/hydrants/namespace.xml": "<namespace>\n  <prefix>hydrants</prefix>\n</namespace>\n",
    DATA_DIR + "www/ol-demo.html": DEMO_PAGE,
    DATA_DIR + "www/openlayers/OpenLayers.js": "/* OpenLayers.js -- OpenLayers Map Viewer Library */\nvar OpenLayers = {};\n",
    DATA_DIR + "demo/WMS_getMap.url": "http://localhost:8080/geoserver/wms?request=GetMap&layers=topp:states\n",
}
SERVICES = ["reusability.portability", "scaling.vendor-lock-in", "scaling.hosting", "interoperability.geo"]


def test_geoservers_demo_page_in_a_data_directory_is_no_use_of_bing_or_google(tmp_path):
    _, res = judge(tmp_path, GEOSERVER, SERVICES)
    for check in SERVICES:
        message = res[check]["message"]["en"]
        assert "Bing" not in message and "Google" not in message and "virtualearth" not in message, (check, message)


def test_a_page_the_project_wrote_into_the_data_directorys_www_still_counts(tmp_path):
    files = {**GEOSERVER, DATA_DIR + "www/carte-hydrants.html": DEMO_PAGE.replace("openlayers/OpenLayers.js", "hydrants.js")}
    _, res = judge(tmp_path, files, ["reusability.portability", "scaling.vendor-lock-in"])
    assert "Google Maps" in res["reusability.portability"]["message"]["en"], res["reusability.portability"]["message"]
    assert "Google Maps" in res["scaling.vendor-lock-in"]["message"]["en"], res["scaling.vendor-lock-in"]["message"]


def test_a_www_folder_outside_a_geoserver_data_directory_is_the_projects(tmp_path):
    files = {k.replace(DATA_DIR, "site/"): v for k, v in GEOSERVER.items() if not k.endswith(("global.xml", "wms.xml", "logging.xml"))}
    repo = make_repo(tmp_path / "hydrants", [{"files": files, **WHEN}])
    categories, _ = _inventory(repo)
    assert categories["site/www/ol-demo.html"] != "vendored"


# --- 3. a .NET project's bin/ and obj/ -------------------------------------------------------------------------------------

DLL = b"MZ\x90\x00\x03\x00\x00\x00" + b"\x00" * 300


def _sha512(name: str) -> str:
    return base64.b64encode(hashlib.sha512(name.encode()).digest()).decode()


PACKAGES = ("Microsoft.Extensions.Hosting", "Microsoft.Extensions.Hosting.WindowsServices", "Microsoft.Extensions.Logging",
            "Microsoft.Extensions.Options", "System.Diagnostics.EventLog")
ASSETS = ('{\n  "version": 3,\n  "libraries": {\n'
          + ",\n".join(f'    "{p}/7.0.0": {{\n      "sha512": "{_sha512(p)}",\n      "type": "package",\n      "path": "{p.lower()}/7.0.0"\n    }}'
                       for p in PACKAGES) + "\n  }\n}\n")
SERVICE = {
    "README.md": "# Extinction\n\nService Windows qui éteint le poste quand personne ne s'en sert.\n",
    "Extinction/Extinction.csproj": ('<Project Sdk="Microsoft.NET.Sdk.Worker">\n  <PropertyGroup>\n    <OutputType>Exe</OutputType>\n'
                                     '    <TargetFramework>net6.0</TargetFramework>\n  </PropertyGroup>\n  <ItemGroup>\n'
                                     '    <PackageReference Include="Microsoft.Extensions.Hosting.WindowsServices" Version="7.0.0" />\n'
                                     '  </ItemGroup>\n</Project>\n'),
    "Extinction/Program.cs": "using Extinction;\n\nIHost host = Host.CreateDefaultBuilder(args).UseWindowsService().Build();\nhost.Run();\n",
    "Extinction/Worker.cs": "namespace Extinction;\n\npublic class Worker : BackgroundService\n{\n}\n",
    "Extinction/obj/project.assets.json": ASSETS,
    "Extinction/obj/project.nuget.cache": ('{\n  "version": 2,\n  "dgSpecHash": "' + _sha512("spec") + '",\n  "success": true\n}\n'),
    "Extinction/obj/Extinction.csproj.nuget.dgspec.json": '{\n  "format": 1,\n  "restore": {}\n}\n',
    "Extinction/obj/Debug/net6.0/Extinction.AssemblyInfo.cs": "[assembly: System.Reflection.AssemblyTitle(\"Extinction\")]\n",
    **{f"Extinction/bin/Debug/net6.0/{p}.dll": DLL for p in PACKAGES},
    "Extinction/bin/Debug/net6.0/Extinction.dll": DLL,
    "Extinction/bin/Debug/net6.0/Extinction.exe": DLL,
}


def test_msbuilds_output_and_nugets_restore_files_are_build_output(tmp_path):
    repo = make_repo(tmp_path / "extinction", [{"files": SERVICE, **WHEN}])
    categories, libs = _inventory(repo)
    output = {p: c for p, c in categories.items() if "/bin/" in p or "/obj/" in p}
    assert len(output) == 11 and set(output.values()) == {"build"}, output
    assert libs == []


def test_no_secret_hint_nor_copied_library_in_bin_and_obj(tmp_path):
    _, res = judge(tmp_path, SERVICE, ["reusability.secrets", "reusability.dependencies", "reusability.build-output"])
    secrets = res["reusability.secrets"]
    assert secrets["details"]["weak"] == 0 and not secrets.get("evidence"), secrets["message"]
    assert secrets["status"] == "pass" and secrets["score"] == 10, secrets["message"]
    assert "copied" not in res["reusability.dependencies"]["message"]["en"], res["reusability.dependencies"]["message"]
    assert res["reusability.build-output"]["status"] == "warn"
    assert res["reusability.build-output"]["details"]["files"] == 11, res["reusability.build-output"]["message"]


def test_a_dll_kept_in_the_projects_lib_and_a_node_tools_bin_stay_as_they_were(tmp_path):
    files = {**{k: v for k, v in SERVICE.items() if "/bin/" not in k and "/obj/" not in k},
             "Extinction/lib/Newtonsoft.Json.dll": DLL,
             "outils/package.json": '{"name": "outils", "bin": {"outils": "bin/outils.js"}}\n',
             "outils/bin/outils.js": "#!/usr/bin/env node\nconsole.log('outils');\n"}
    repo = make_repo(tmp_path / "extinction", [{"files": files, **WHEN}])
    categories, libs = _inventory(repo)
    assert categories["Extinction/lib/Newtonsoft.Json.dll"] == "vendored"
    assert categories["outils/bin/outils.js"] == "source"
    assert [lib["name"] for lib in libs] == ["newtonsoft.json"]
