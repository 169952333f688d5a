"""Kinds of project and copied or built files read wrongly on session 13's reads (issue 12): Node scripts a package.json runs
as commands read as a library from the package's name; a committed macOS application's bundled pages deciding the kind; a
release archive unpacked twice into an application's folder measured as the project's code. Each on a git fixture shaped
like the real case."""

from __future__ import annotations

import json

from tests.test_kind_first_reads import kind_and_results


def _kind(tmp_path, files):
    project, results = kind_and_results(tmp_path, files, ["interoperability.auth"])
    return project["kind"], project["kind_decided"], results["interoperability.auth"]


def _package(**fields) -> str:
    return json.dumps({"name": "payslip-splitter", "version": "0.3.0", "license": "CECILL-C"} | fields, indent=2) + "\n"


# a command-line program splitting a payroll PDF: its package.json only runs its scripts (no main, no bin), each script
# reads its options with commander and starts with a node shebang
SPLITTER = {
    "README.md": "# payslip-splitter\n\nCe logiciel en ligne de commande découpe un fichier PDF de payes en bulletins.\n",
    "package.json": _package(scripts={"cut": "node ./src/cut.js", "dump": "node ./src/dump.js", "test": "jest", "lint": "eslint ."},
                             dependencies={"commander": "^9.0.0", "pdf-lib": "^1.17.1"}, devDependencies={"jest": "^27.5.1"}),
    "src/cut.js": "#!/usr/bin/env node\n\"use strict\";\nconst { Command } = require(\"commander\");\nconst split = require(\"./lib/split\");\n"
                  "const program = new Command();\nprogram.option(\"-i, --input <file>\");\nprogram.parse(process.argv);\nsplit(program.opts().input);\n",
    "src/dump.js": "#!/usr/bin/env node\n\"use strict\";\nconst { Command } = require(\"commander\");\nconst program = new Command();\n"
                   "program.option(\"-i, --input <file>\");\nprogram.parse(process.argv);\n",
    "src/lib/split.js": "\"use strict\";\n/** Split the file. */\nmodule.exports = function split(file) {\n  return file;\n};\n",
}

# a TypeScript script converting files, run by `npm start <in> <out>`: package.json's main is the script itself
CONVERTER = {
    "README.md": "# converter\n\nCe script convertit les fichiers d'un dossier.\n\n    npm start \"dossier\" \"sortie\"\n",
    "package.json": _package(main="src/index.ts", scripts={"start": "ts-node src/index.ts", "lint": "eslint ./src"},
                             dependencies={"jszip": "^3.10.1", "ts-node": "^10.9.1", "typescript": "^5.0.4"}),
    "tsconfig.json": "{\"compilerOptions\": {\"strict\": true}}\n",
    "src/index.ts": "import path from \"path\";\n\n/** Convert every file. */\n(async function main(): Promise<void> {\n"
                    "  const input = path.normalize(process.argv[2]);\n  const output = path.normalize(process.argv[3]);\n"
                    "  console.log(input, output);\n})();\n",
}


def test_node_scripts_a_package_runs_as_commands_are_a_command_line_tool(tmp_path):
    kind, decided, auth = _kind(tmp_path, SPLITTER)
    assert (kind, decided) == ("cli-tool", True)
    assert "bibliothèque" not in auth["message"]["fr"]


def test_a_typescript_script_run_by_npm_start_with_its_arguments_is_a_command_line_tool(tmp_path):
    kind, decided, _ = _kind(tmp_path, CONVERTER)
    assert (kind, decided) == ("cli-tool", True)


def test_a_package_exporting_its_code_stays_a_library(tmp_path):
    """The same package whose main entry is a module others import (the scripts are its demo): a library."""
    files = {**SPLITTER, "package.json": _package(main="src/lib/split.js", scripts={"cut": "node ./src/cut.js"},
                                                  dependencies={"commander": "^9.0.0"})}
    assert _kind(tmp_path, files)[:2] == ("library", True)


def test_a_build_script_reading_its_arguments_makes_no_command(tmp_path):
    files = {**{k: v for k, v in SPLITTER.items() if k not in ("src/cut.js", "src/dump.js")},
             "package.json": _package(scripts={"build": "node ./scripts/build.js"}, dependencies={"pdf-lib": "^1.17.1"}),
             "scripts/build.js": "const out = process.argv[2];\nconsole.log(out);\n"}
    assert _kind(tmp_path, files)[:2] == ("library", True)


# an installation's sketches (Processing .pde, an openFrameworks C++ tool) with the macOS applications exported from them
# committed: a bundled JRE's welcome page and a framework's headers are inside the .app bundles
INSTALLATION = {
    "README.md": "# Banc augmenté\n\nInstallation interactive : croquis Processing et outil de suivi des mains.\n",
    "bench/bench.pde": "void setup() {\n  size(800, 600);\n}\n\nvoid draw() {\n  background(0);\n}\n",
    "tracker/src/ofApp.cpp": "#include \"ofApp.h\"\n\n// Set up the camera.\nvoid ofApp::setup() {\n}\n",
    "bench/bin/bench.app/Contents/Info.plist": "<?xml version=\"1.0\"?>\n<plist version=\"1.0\"><dict><key>CFBundleName</key>"
                                               "<string>bench</string></dict></plist>\n",
    "bench/bin/bench.app/Contents/Java/bench.jar": "PK\x03\x04 not really a jar\n",
    "bench/bin/bench.app/Contents/PlugIns/jdk.jdk/Contents/Home/jre/Welcome.html":
        "<html><head><title>Welcome to the Java Runtime</title></head><body><h1>Welcome</h1><p>Java runtime.</p></body></html>\n",
    "area.app/Contents/Frameworks/GLUT.framework/Headers/glut.h": "/* GLUT */\nextern void glutInit(int *argc, char **argv);\n",
    "area.app/Contents/MacOS/area": "binary\n",
}


def test_a_committed_macos_application_is_build_output_and_decides_no_kind(tmp_path):
    project, results = kind_and_results(tmp_path, INSTALLATION, ["reusability.build-output"])
    assert project["kind"] != "static-site"
    assert not any(".app/" in e["path"] for e in project["kind_evidence"])
    built = results["reusability.build-output"]
    assert built["status"] == "warn"
    assert "bench.app/Contents" in built["message"]["en"] or "area.app/Contents" in built["message"]["en"]


def _branchy(name: str, n: int) -> str:
    body = "".join(f"    if ($a == {i}) {{ $r = {i}; }}\n" for i in range(n))
    return f"<?php\n/** {name}. */\nfunction {name}($a) {{\n    $r = 0;\n{body}    return $r;\n}}\n"


# a PHP inspection application writing its reports with a charting library unpacked from its release archive into the
# reports' folder (vue/reports/chartlib-4.1.1/chartlib-4.1.1/ with its VERSION and src/)
CHARTS = {
    "README.md": "# Inspections\n\nOutil de suivi des inspections.\n",
    "index.php": "<?php\nsession_start();\n$page = $_GET['page'] ?? 'accueil';\ninclude 'vue/' . $page . '.php';\n",
    "vue/accueil.php": "<?php\n/** Home. */\nfunction accueil() {\n    return $_SESSION['user'] ?? null;\n}\n",
    "vue/reports/v_report.php": "<?php\n/** The report. */\nfunction report($x) {\n    return $_POST['id'] ?? $x;\n}\n",
    "vue/reports/chartlib-4.1.1/chartlib-4.1.1/VERSION": "Version: v4.1.1\n",
    "vue/reports/chartlib-4.1.1/chartlib-4.1.1/src/chart_pie.php": _branchy("pie3d", 30),
    "vue/reports/chartlib-4.1.1/chartlib-4.1.1/src/chart_bar.php": _branchy("bars", 25),
}


def test_a_release_archive_unpacked_twice_is_a_copy_not_the_projects_code(tmp_path):
    _, results = kind_and_results(tmp_path, CHARTS, ["reusability.maintainability"])
    found = results["reusability.maintainability"]
    assert not any("chartlib" in (e.get("path") or "") for e in found["evidence"]), found["evidence"]
    assert "chartlib" not in found["message"]["en"]


# a park's technical documentation published with Docusaurus: its package declares @docusaurus/core beside react and react-dom
DOCS_SITE = {
    "README.md": "# Website\n\nThis website is built using Docusaurus 2.\n",
    "package.json": _package(name="documentation", scripts={"start": "docusaurus start", "build": "docusaurus build"},
                             dependencies={"@docusaurus/core": "^2.0.0", "@docusaurus/preset-classic": "^2.0.0", "react": "^16.14.0",
                                           "react-dom": "^16.14.0"}),
    "docusaurus.config.js": "module.exports = {\n  title: 'Documentation du parc',\n  url: 'https://example.github.io',\n  baseUrl: '/documentation/',\n};\n",
    "sidebars.js": "module.exports = {\n  someSidebar: {\n    Serveur: ['serveurApercu'],\n  },\n};\n",
    "docs/serveurApercu.md": "---\nid: serveurApercu\ntitle: Aperçu du serveur\n---\n\nLe serveur héberge GeoNature.\n",
    "src/components/Feature.jsx": "import React from 'react';\n\nexport default function Feature({title}) {\n  return <h3>{title}</h3>;\n}\n",
    "src/components/Hero.jsx": "import React from 'react';\n\nexport default function Hero() {\n  return <header>Documentation</header>;\n}\n",
    "src/pages/index.js": "import React from 'react';\nimport Hero from '../components/Hero';\n\nexport default function Home() {\n  return <Hero />;\n}\n",
}


def test_a_docusaurus_site_is_a_static_site_whatever_react_it_declares(tmp_path):
    kind, decided, _ = _kind(tmp_path, DOCS_SITE)
    assert (kind, decided) == ("static-site", True)


def test_react_pages_without_a_site_generator_stay_a_web_application(tmp_path):
    files = {k: v for k, v in DOCS_SITE.items() if k != "docusaurus.config.js"}
    files["package.json"] = _package(name="front", scripts={"start": "react-scripts start"}, dependencies={"react": "^16.14.0", "react-dom": "^16.14.0"})
    assert _kind(tmp_path, files)[:2] == ("web-application", True)


# a drawing component for others' maps, published on npm: React among its dependencies, its entry built into dist/ by a webpack
# configuration that bundles it as a UMD library, a demonstration page in docs/
SNAP_COMPONENT = {
    "Readme.md": "# snap mode\n\n    npm i snap-mode\n\n    import {SnapMode} from 'snap-mode'\n",
    "package.json": _package(name="snap-mode", main="dist/snap-mode.js", module="src/index.js",
                             scripts={"build": "webpack", "start": "webpack serve"},
                             dependencies={"react": "^17.0.1", "react-dom": "^17.0.1", "@turf/turf": "^5.1.6"},
                             peerDependencies={"@mapbox/mapbox-gl-draw": "^1.2.0"}, devDependencies={"webpack": "^5.4.0"}),
    "webpack.config.js": "module.exports = {\n  entry: './src/index.js',\n  output: {\n    filename: 'snap-mode.js',\n"
                         "    library: 'snapMode',\n    libraryTarget: 'umd',\n  },\n};\n",
    "src/index.js": "import SnapMode from './snapMode';\nimport SnapButton from './SnapButton';\n\nexport { SnapMode, SnapButton };\n",
    "src/snapMode.js": "/** Snap the drawn point to the nearest feature. */\nexport default function SnapMode(map) {\n  return map;\n}\n",
    "src/SnapButton.js": "import React from 'react';\n\n/** The button. */\nexport default function SnapButton() {\n  return React.createElement('button');\n}\n",
    "docs/index.html": "<!DOCTYPE html>\n<html><head><title>Demo</title></head><body><div id=\"map\"></div>"
                       "<script src=\"../dist/snap-mode.js\"></script></body></html>\n",
}


def test_a_component_bundled_as_a_library_is_a_library_whatever_react_it_lists(tmp_path):
    kind, decided, _ = _kind(tmp_path, SNAP_COMPONENT)
    assert (kind, decided) == ("library", True)


def test_an_application_bundled_by_webpack_stays_a_web_application(tmp_path):
    config = "module.exports = {\n  entry: './src/index.js',\n  output: {\n    filename: 'bundle.js',\n  },\n};\n"
    files = {**SNAP_COMPONENT, "webpack.config.js": config}
    assert _kind(tmp_path, files)[:2] == ("web-application", True)


UNITY_CSPROJ = ("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<Project ToolsVersion=\"4.0\" xmlns=\"http://schemas.microsoft.com/developer/msbuild/2003\">\n"
                "  <PropertyGroup>\n    <OutputType>Library</OutputType>\n    <AssemblyName>Assembly-CSharp</AssemblyName>\n  </PropertyGroup>\n"
                "  <ItemGroup>\n    <Reference Include=\"UnityEngine\">\n      <HintPath>C:/Program Files/Unity/Editor/Data/Managed/UnityEngine.dll</HintPath>\n"
                "    </Reference>\n  </ItemGroup>\n  <ItemGroup>\n    <Compile Include=\"Assets\\Scripts\\Hotspot.cs\" />\n  </ItemGroup>\n</Project>\n")

# a virtual visit made with Unity, published as a WebGL page: the editor's generated projects say "OutputType Library"
VISIT = {
    "README.md": "# Visite virtuelle\n\nVisite d'un logement adapté, en WebGL.\n",
    "visit/Assets/Scripts/Hotspot.cs": "using UnityEngine;\n\n/// <summary>A hotspot.</summary>\npublic class Hotspot : MonoBehaviour {\n"
                                       "    void Start() {\n    }\n}\n",
    "visit/ProjectSettings/ProjectVersion.txt": "m_EditorVersion: 2017.4.1f1\n",
    "visit/Assembly-CSharp.csproj": UNITY_CSPROJ,
    "visit/Assembly-CSharp-Editor.csproj": UNITY_CSPROJ.replace("Assembly-CSharp<", "Assembly-CSharp-Editor<"),
    "index.html": "<!DOCTYPE html>\n<html lang=\"fr\"><head><title>Visite</title></head><body><div id=\"unityContainer\"></div></body></html>\n",
}


def test_the_projects_unity_writes_make_no_class_library(tmp_path):
    kind, _, _ = _kind(tmp_path, VISIT)
    assert kind != "library"


def _paquet(prefix: str) -> str:
    return (f"<paquet prefix=\"{prefix}\" categorie=\"communication\" version=\"1.0.1\" etat=\"stable\" compatibilite=\"[4.0.0;4.4.*]\">\n"
            f"  <nom>{prefix}</nom>\n  <auteur>Someone</auteur>\n  <licence>GNU/GPL</licence>\n</paquet>\n")


# a SPIP site's container build: the image downloads SPIP and copies the plugins/ folder (the site's own plugin and others
# installed by SPIP's plugin manager) into it
SPIP_SITE = {
    "Dockerfile": "FROM php:8.3-apache-bookworm\nENV SPIP_VERSION 4.4\nENV SPIP_PACKAGE 4.4.3\n"
                  "RUN curl -o spip.zip https://files.spip.net/spip/archives/spip-v${SPIP_PACKAGE}.zip\nCOPY plugins/ /var/www/html/plugins/\n",
    "docker-compose.yaml": "services:\n  app:\n    build: .\n  db:\n    image: mariadb:10\n",
    "plugins/site/paquet.xml": _paquet("site"),
    "plugins/site/site_fonctions.php": "<?php\n/** The site's filters. */\nfunction filtre_site($t) {\n    return $t;\n}\n",
    "plugins/forms/paquet.xml": _paquet("forms"),
    "plugins/forms/action/store.php": "<?php\n/** Store a form. */\nfunction action_store() {\n    return _request('id') ?? $_POST['id'];\n}\n",
    "plugins/forms/inc/forms.php": "<?php\n/** Forms. */\nfunction forms_list() {\n    return $_GET['f'] ?? [];\n}\n",
    "plugins/mail/paquet.xml": _paquet("mail"),
    "plugins/mail/inc/mail.php": "<?php\n/** Send. */\nfunction mail_send($to) {\n    return $to;\n}\n",
}


def test_a_spip_site_whose_image_installs_spip_with_its_plugins_is_a_web_application(tmp_path):
    kind, decided, _ = _kind(tmp_path, SPIP_SITE)
    assert (kind, decided) == ("web-application", True)


def test_spip_plugins_without_an_image_installing_spip_stay_plugins(tmp_path):
    files = {k: v for k, v in SPIP_SITE.items() if k not in ("Dockerfile", "docker-compose.yaml")}
    assert _kind(tmp_path, files)[:2] == ("library", True)


# a TypeScript interface library compiled by tsc into one file (tsconfig "outFile": "ui.js", with its map and declarations)
# and demonstration samples each compiled beside their main.ts: all committed
TS_LIBRARY = {
    "README.md": "# ui\n\nInterface toolkit.\n",
    "ui/tsconfig.json": "{\n  \"compilerOptions\": {\n    \"sourceMap\": true,\n    \"declaration\": true,\n    \"outFile\": \"ui.js\"\n  },\n"
                        "  \"files\": [\"core/object.ts\"]\n}\n",
    "ui/core/object.ts": "namespace Ui {\n  export class Obj {\n    name: string;\n  }\n}\n",
    "ui/ui.js": "var Ui;\n(function (Ui) {\n    class Obj {\n    }\n    Ui.Obj = Obj;\n})(Ui || (Ui = {}));\n//# sourceMappingURL=ui.js.map\n",
    "ui/ui.js.map": "{\"version\":3,\"file\":\"ui.js\",\"sources\":[\"core/object.ts\"],\"mappings\":\"AAAA\"}\n",
    "ui/ui.d.ts": "declare namespace Ui {\n    class Obj {\n        name: string;\n    }\n}\n",
    "samples/graph/main.ts": "/// <reference path=\"../../ui/ui.d.ts\" />\nclass App {\n  start(): void {\n  }\n}\n",
    "samples/graph/main.js": "/** The application. */\nclass App {\n    start() {\n    }\n}\n",
    "samples/graph/main.js.map": "{\"version\":3,\"file\":\"main.js\",\"sources\":[\"main.ts\"],\"mappings\":\"AAAA\"}\n",
}


def test_what_tsc_writes_beside_its_sources_is_build_output(tmp_path):
    _, results = kind_and_results(tmp_path, TS_LIBRARY, ["reusability.build-output"])
    built = results["reusability.build-output"]
    assert built["status"] == "warn"
    paths = {e.get("path") for e in built["evidence"]}
    assert {"ui/ui.js", "ui/ui.js.map", "ui/ui.d.ts", "samples/graph/main.js", "samples/graph/main.js.map"} <= paths, built


_LONG_HEADER = "/**\n * The $1 Unistroke Recognizer (JavaScript version)\n *\n" + "".join(f" *\tAuthor {i}, Ph.D.\n *\tSome University\n *\tSome City, ST 00000\n *\n" for i in range(12)) + \
    " * This software is distributed under the \"New BSD License\" agreement:\n *\n * Copyright (C) 2007-2012, Jacob Someone, Andrew Other and Yang Third.\n" \
    " * All rights reserved.\n *\n * Redistribution and use in source and binary forms, with or without\n * modification, are permitted.\n**/\n"

# an installation's page with libraries copied into public/lib/: d3 v3 (no banner, its version on its own object) and a
# recognizer whose licence comes after a long list of authors
INSTALLATION_PAGE = {
    "README.md": "# Installation\n\nCapteurs et visualisation.\n",
    "public/index.html": "<!DOCTYPE html>\n<html lang=\"fr\"><head><title>Vue</title><script src=\"lib/d3.js\"></script>"
                         "<script src=\"lib/dollar.js\"></script><script src=\"app.js\"></script></head><body></body></html>\n",
    "public/app.js": "/** Draw the sensors. */\nfunction draw(data) {\n  return d3.select('body').data(data);\n}\n",
    "public/lib/d3.js": "!function() {\n  var d3 = {\n    version: \"3.5.16\"\n  };\n  var d3_arraySlice = [].slice;\n"
                        + "".join(f"  d3.f{i} = function(x) {{\n    return x + {i};\n  }};\n" for i in range(40)) + "}();\n",
    "public/lib/dollar.js": _LONG_HEADER + "".join(f"function Point{i}(x, y) {{\n  this.X = x;\n  this.Y = y;\n}}\n" for i in range(20)),
}


def test_libraries_copied_into_lib_without_a_banner_at_their_head_are_copies(tmp_path):
    _, results = kind_and_results(tmp_path, INSTALLATION_PAGE, ["documentation.code-comments"])
    found = results["documentation.code-comments"]
    assert not any("public/lib/" in (e.get("path") or "") for e in found["evidence"]), found
    assert "public/lib" not in found["message"]["en"]


def test_a_committed_macos_applications_pages_and_fonts_are_no_interface(tmp_path):
    files = {**INSTALLATION, "bench/bin/bench.app/Contents/Java/data/OCRAStd.otf": "OTTO font\n",
             "bench/bin/bench.app/Contents/PlugIns/jdk.jdk/Contents/Home/jre/lib/fonts/LucidaSansRegular.ttf": "font\n"}
    _, results = kind_and_results(tmp_path, files, ["interoperability.accessibility-and-ecodesign"])
    assert results["interoperability.accessibility-and-ecodesign"]["status"] == "not_applicable"
