"""``inventory``: every path of the snapshot classified once, by one set of rules.

What a community file, a lockfile, a manifest, a documentation file, a test, vendored third-party
code, build output or a source file in a given language IS is decided here and nowhere else: other
facts and checks ask this module (:func:`classify`, the ``is_*`` predicates, the tables below) or
the context's :class:`Inventory` (``inventory_of(ctx)``), they keep no table of their own.

Each path gets one *category* (the first that applies, in this order):

``vendored`` third-party code copied in (vendor/, node_modules/, extLibs/, third_party/…,
``*.min.js``/``*.min.css``, a bundled library recognised by its header; in a ``libs/`` folder, a package with its own
licence or manifest, or a file whose content says so; a Python package whose ``__init__.py`` gives a version and an author the
project never names, libs/requests/; the readable twin of a library's ``.min.js``), ``build`` build output
(dist/, build/, target/, .next/…), ``generated`` (source maps, bundles, Django migrations),
``community`` (README, LICENSE/COPYING/LICENCE, CONTRIBUTING — COMMENT_CONTRIBUER too —,
CODE_OF_CONDUCT, SECURITY, CHANGELOG, GOVERNANCE, ROADMAP, AUTHORS…), ``lockfile``, ``manifest``,
``test``, ``documentation`` (docs/, doc/, documentation/, guides and manuals in sub-folders, PDF and
office documents, prose files), ``source`` (a programming, query, notebook or field language:
SQL/PL-pgSQL, R and Shiny apps, Jupyter notebooks, Vue/Svelte components, QGIS projects, SLD/QML
styles…), ``configuration`` (incl. ``.env.example``/``.env.dist``… templates, CI files), ``data``
(CSV, GeoJSON, GeoPackage, shapefiles…), ``asset`` (images, fonts, media) and ``other``.

Paths only, plus a bounded look at the first bytes of a few candidate files (a bundled library's
licence header, a QML file's root element): deterministic (sorted order, fixed bounds).

Longer than 400 lines on purpose: it is the one place where paths are classified; splitting it
would bring back several tables.
"""

from __future__ import annotations

import os
import posixpath
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice

from auditor.facts import fact
from auditor.facts.build_outputs import build_outputs, gradle_dirs_of, gradle_output_folder
from auditor.facts.dist_sources import dist_folder, hand_written_dists, kept_declarations, outside
from auditor.facts.elm_outputs import elm_outputs
from auditor.facts.document_styles import document_stylesheets
from auditor.facts.cleaned_outputs import cleaned_outputs
from auditor.facts.build_archives import run_builds
from auditor.facts.root_copy import copied_files, root_copy
from auditor.facts.cms_copies import copy_of, is_wordpress_config, spip_copies, wordpress_copies
from auditor.facts.jar_builds import copied_builds, is_own_jar, own_jar_names
from auditor.facts.jar_licences import jar_statement
from auditor.facts.own_bundles import bundles_naming_the_project, own_bundles, project_names
from auditor.facts.template_copies import template_files
from auditor.facts.shelf_loads import loaded_folders, shelf_folders
from auditor.facts.ui_templates import BUILD_SCRIPTS, SHELVES, root_template
from auditor.facts.unity import unity_imports
from auditor.facts.copied_headers import copied_by_header
from auditor.facts.foreign_headers import origin_headers
from auditor.facts.foreign_holders import foreign_holder_files, foreign_licence_files
from auditor.facts.revision_stamps import stamped_copies
from auditor.facts.pasted import PASTE_HINT, pasted_libraries
from auditor.facts.test_drivers import test_drivers
from auditor.facts.dotnet_tests import untested_dotnet
from auditor.facts.python_packages import copied_python_packages
from auditor.facts.plugin_builder import plugin_builder_files
from auditor.facts.qt_translations import qt_translation_files
from auditor.facts.copy_loads import copy_loads
from auditor.facts.file_families import family_copies
from auditor.facts.geoserver_data import geoserver_demo_files
from auditor.facts.foreign_packages import foreign_packages
from auditor.facts.generator_sites import generator_folders, hugo_theme_copies, hugo_theme_folders
from auditor.facts.theme_forks import theme_fork_files
from auditor.facts.host_addons import host_addon_copies
from auditor.facts.moodle_plugins import moodle_plugin_copies
from auditor.facts.library_licence_files import from_licence_files
from auditor.facts.framework_markers import framework_folders
from auditor.facts.host_copies import host_copies
from auditor.facts.known_scripts import known_scripts, known_tool_folders, licensed_copies
from auditor.facts.named_copies import named_copies
from auditor.facts.svn_externals import svn_externals
from auditor.facts.slide_decks import deck_framework_copies
from auditor.facts.framework_manuals import framework_manuals
from auditor.facts.plugin_calls import MAX_BYTES as PLUGIN_CALL_BYTES, plugin_call_script
from auditor.facts.php_licensed_folders import licensed_php_folders
from auditor.facts.banner_parts import banner_parts
from auditor.facts.library_headers import authored_library, banner_author, headed_libraries
from auditor.facts.copied_components import copied_components
from auditor.facts.copied_folders import FORGE_DOWNLOAD, FORGE_SUFFIX, RELEASE_VERSION, TOP_LICENCE, copied_folders, cordova_trees, library_shelves
from auditor.facts.cordova_layout import cordova_configs, cordova_root
from auditor.facts.doc_outputs import doc_output_folders, in_doc_output
from auditor.facts.document_marks import MARKDOWN_EXT
from auditor.facts.js_family import JS_EXT
from auditor.facts.vendored import (own_object_version, folder_library, without_charset, NOTES_NAMES, notes_version, BANNER_NAME, KNOWN_PREFIX, LOCALE_BUNDLES, bundle_owner, HEAD_BYTES, JQUERY_EXTENDED, JQUERY_NAMED, JQUERY_PLUGIN_FILE, KNOWN_FILE, KNOWN_NAMES, LANGUAGE_CODES, LEAFLET_EXTENDED, LEAFLET_PLUGIN_FILE, VERSIONED_FILE, leaflet_plugin_module, banner,
                                    copyright_holder, describe, granted_library, licence_holder, minified_shape, names_file, php_library, PHP_DOC_BYTES, self_named_grant, source_licence, squeeze,
                                    stem as library_stem)
from auditor.facts.release_notes import maven_release_notes, wiki_release_notes
from auditor.facts.render_outputs import render_outputs
from auditor.facts.release_pages import changelog_by_reading
from auditor.facts.server_pages import TAG_EXT, is_server_page
from auditor.lazyre import lazy_compile
from auditor.textlines import line_breaks

# -- languages ------------------------------------------------------------------------------------
# extension -> language. Markup and style languages are languages too (the ``languages`` fact counts
# them); :data:`PROGRAMMING` tells which ones are programs.
LANGUAGES = {
    "py": "Python", "pyi": "Python", "pyw": "Python", **dict.fromkeys(sorted(JS_EXT), "JavaScript"),  # (the JavaScript family: js_family)
    "ts": "TypeScript", "tsx": "TypeScript", "mts": "TypeScript", "cts": "TypeScript",
    "vue": "Vue", "svelte": "Svelte", "astro": "Astro", "php": "PHP", "java": "Java", "kt": "Kotlin", "kts": "Kotlin",
    "rb": "Ruby", "erb": "Ruby", "go": "Go", "rs": "Rust", "ex": "Elixir", "exs": "Elixir", "erl": "Erlang", "cs": "C#", "fs": "F#",
    "c": "C", "h": "C", "cc": "C++", "cpp": "C++", "cxx": "C++", "hpp": "C++", "hh": "C++", "scala": "Scala", "swift": "Swift",
    "dart": "Dart", "r": "R", "rmd": "R Markdown", "sql": "SQL", "pgsql": "PL/pgSQL", "plpgsql": "PL/pgSQL", "psql": "PL/pgSQL",
    "sh": "Shell", "bash": "Shell", "zsh": "Shell", "ps1": "PowerShell", "bat": "Batchfile",
    "html": "HTML", "htm": "HTML", "css": "CSS", "scss": "SCSS", "sass": "SCSS", "less": "CSS", "styl": "Stylus", "twig": "Twig",
    "ipynb": "Jupyter Notebook", "lua": "Lua", "pl": "Perl", "pm": "Perl", "groovy": "Groovy", "clj": "Clojure", "cljs": "Clojure",
    "hs": "Haskell", "ml": "OCaml", "elm": "Elm", "jl": "Julia", "m": "Objective-C", "tf": "HCL", "sol": "Solidity", "zig": "Zig",
    "qgs": "QGIS project", "qgz": "QGIS project", "sld": "SLD style", "qml": "QML", "xsl": "XSLT", "xslt": "XSLT",
    "jsp": "JSP", "jspx": "JSP", "jspf": "JSP",  # Java server pages: templates of a Java web application or a JCMS plugin
    "pp": "Puppet",  # a Puppet module's manifests (an OPSN's deployment recipes)
    "vb": "Visual Basic", "vbs": "VBScript",  # a Windows desktop application of the 2000s (CEREMA/DiagFeux), a script
    "coffee": "CoffeeScript", "litcoffee": "CoffeeScript",  # a city's parking API of the 2010s (strasbourg/parkings-api)
    "pde": "Processing", "ino": "Arduino",  # a sketch of an installation and the board it drives (erasme/tamis)
    "vhd": "VHDL", "vhdl": "VHDL", "sv": "SystemVerilog", "svh": "SystemVerilog",  # a circuit's description (an IP core for an FPGA)
    # programs drawn in a tool's editor and saved as its documents: ETL jobs and processing models (see TOOL_LANGUAGES)
    "fmw": "FME workspace", "fmwt": "FME workspace", "ktr": "Pentaho Kettle", "kjb": "Pentaho Kettle", "dtsx": "SSIS package",
    "model3": "QGIS model",
    "vrt": "GDAL virtual dataset",  # a dataset declared for GDAL: its sources, SQL and filters (geo2france/vrt)
}
# Languages of programs drawn in an editor (an ETL job, a processing model) or declared for one tool (a GDAL virtual dataset's
# sources, SQL and filters): code no analyser or test runner here reads, and whose tests, if any, live inside the tool.
# Talend's are named by their place: <job>_<version>.item under process/ (see language()).
# A PLC's program saved by its maker's editor, told by its first bytes (see CROUZET_SOFT_HEAD): no extension names it alone.
TOOL_LANGUAGES = {"Talend job", "FME workspace", "Pentaho Kettle", "SSIS package", "QGIS model", "GDAL virtual dataset", "Crouzet Soft program"}
# A Crouzet Soft project (a Millenium PLC's program drawn in Crouzet's editor: EclairagePublic_v2.1_cs1.14.pcs, a street-lighting
# controller), a binary document opening with "CROUZET_SOFT" in UTF-16: the program the controller runs, whatever its extension
CROUZET_SOFT_HEAD = "CROUZET_SOFT".encode("utf-16-le")
_TALEND_ITEM = lazy_compile(r"(^|/)(process|process_mr|process_storm|joblets|routines)/(.+/)?[^/]+_\d+\.\d+\.item$", re.I)
# Languages that are programs (the code inventory counts them); markup, styles, templates, SQL,
# notebooks and GIS projects/styles are not.
NOT_PROGRAMS = {"HTML", "CSS", "SCSS", "Stylus", "Twig", "JSP", "SQL", "PL/pgSQL", "Jupyter Notebook", "R Markdown",
                "QGIS project", "SLD style", "QGIS style", "QML", "XSLT", "Astro"}
PROGRAMMING = {lang for lang in LANGUAGES.values() if lang not in NOT_PROGRAMS} | {"Shiny app", "Crouzet Soft program"}
PROGRAM_EXT = {ext for ext, lang in LANGUAGES.items() if lang in PROGRAMMING} - {"erb"}  # ERB: Ruby templates
SHINY_NAMES = {"app.r", "ui.r", "server.r", "global.r"}
# PHP under a host's own extensions: a Drupal module's .module/.install/.inc (and a theme's .theme, a profile's .profile, a
# theme engine's .engine, a SimpleTest .test), an older PHP application's .inc includes. PHP only when the text opens with
# "<?php" (a Debian package's foo.install lists files, an icon theme's index.theme is INI, an assembler's .inc is no PHP):
# the inventory looks at their first bytes, and the facts reading their text (code, comments, text scan) ask opens_as_php.
PHP_ALIAS_EXT = {"module", "inc", "install", "theme", "profile", "engine", "test"}
_PHP_OPEN = lazy_compile(r"^\ufeff?\s*<\?php\b")


def opens_as_php(name: str, text: str | None) -> bool:
    """A file under one of :data:`PHP_ALIAS_EXT` whose text opens with ``<?php``."""
    return _ext(name) in PHP_ALIAS_EXT and bool(text) and bool(_PHP_OPEN.match(text[:256]))


def code_ext(entry, inv: "Inventory") -> str:
    """The extension a file's code is read under: ``php`` for PHP under a host's extension (see :data:`PHP_ALIAS_EXT`),
    ``sql`` for a SQL script without a language's extension (see :func:`looks_like_sql`); none for a file under a language's
    extension whose content the inventory found to be no code (a Qt Linguist translation named .ts, see :mod:`.qt_translations`)."""
    if entry.ext in LANGUAGES and inv.category(entry.path) == "other" and inv.language(entry.path) is None:
        return ""
    if entry.ext in PHP_ALIAS_EXT and inv.language(entry.path) == "PHP":
        return "php"
    if not entry.ext and inv.language(entry.path) == "Shell":  # a shell script without an extension (see SHELL_SHEBANG)
        return "sh"
    return "sql" if entry.ext not in LANGUAGES and inv.language(entry.path) == "SQL" else entry.ext


# A SQL script saved without an extension or under one naming no language (a PostGIS model's bdd/script_videoprotection, a
# file named `init`): SQL when its first bytes hold statements of a script at line starts (CREATE TABLE/SCHEMA/VIEW/FUNCTION…,
# DROP, ALTER, COMMENT ON, INSERT INTO, GRANT … ON), ended by semicolons. Only for files no name rule classifies ("other"),
# at most MAX_SQL_PROBES of them in path order, SQL_PROBE_BYTES each; never a script with a shebang (a shell script's heredoc).
SQL_EXT = {"sql", "pgsql", "plpgsql", "psql"}
MAX_SQL_PROBES = 200
SQL_PROBE_BYTES = 16384
_SQL_STATEMENT = lazy_compile(
    r"^[ \t]*(?:create\s+(?:or\s+replace\s+)?(?:(?:global|local)\s+)?(?:temp(?:orary)?\s+|unlogged\s+)?(?:table|schema|view|materialized\s+view"
    r"|function|procedure|sequence|(?:unique\s+)?index|trigger|extension|type|domain)|drop\s+(?:table|schema|view|materialized\s+view|function"
    r"|procedure|sequence|index|trigger|type|domain)|alter\s+(?:table|schema|sequence|view|function)|comment\s+on|insert\s+into"
    r"|grant\s+[\w ,]+\s+on)\b", re.I | re.M)


def sql_candidate(path: str) -> bool:
    """A file no name rule classifies (no extension, or one naming no language, data or configuration): SQL if its text says so."""
    return classify(path)[0] == "other"


_SQL_OPENING = lazy_compile(r"\ufeff?\s*(?:--|/\*|\\\w|(?:begin|set|select|with|update|delete)\b)", re.I)  # (a comment, a psql command)


def looks_like_sql(text: str | None) -> bool:
    """A text opening as SQL (a statement, a SQL comment, a psql command: not prose, not a shebang) with at least three
    statements of a script at line starts and three semicolons in its first :data:`SQL_PROBE_BYTES`."""
    head = (text or "")[:SQL_PROBE_BYTES]
    return bool(_SQL_OPENING.match(head) or _SQL_STATEMENT.match(head.lstrip("\ufeff \t\r\n"))) and head.count(";") >= 3 \
        and len(_SQL_STATEMENT.findall(head)) >= 3

# -- documentation, data, assets, configuration ---------------------------------------------------
PROSE_EXT = set(MARKDOWN_EXT) | {"rst", "adoc", "asciidoc"}  # parsed as documents
DOC_EXT = PROSE_EXT | {"txt", "org", "rdoc"}  # text documentation
DOCUMENT_EXT = {"pdf", "odt", "docx", "doc", "tex", "epub", "odp", "pptx"}  # office documents and PDFs
DOC_DIRS = {"doc", "docs", "documentation", "wiki", "man"}
# folders where an application keeps the files its users upload or it generates for them at run time (a citizen's documents, the
# receipts it writes: backend/uploads/documents/receipt-DEM-2026-000001.pdf, Django's media/, Laravel's storage/): users' files,
# not documentation, whatever the folder below is named (issue 12, s38 fl38 = tanjonaaina559-png/demarche_dembeni)
USER_FILE_DIRS = frozenset({"uploads", "upload", "media", "storage", "user-uploads", "user_uploads", "useruploads", "user-files"})
GUIDE_DIRS = {"guide", "guides", "manual", "manuals", "manuel", "manuels", "tutorial", "tutorials", "tutoriel", "tutoriels"}
DATA_EXT = {"csv", "tsv", "geojson", "topojson", "gpkg", "shp", "shx", "dbf", "prj", "cpg", "kml", "kmz", "gpx", "gml",
            "parquet", "ndjson", "jsonl", "xlsx", "xls", "ods", "sqlite", "sqlite3", "db", "mbtiles", "tif", "tiff",
            "geotiff", "las", "laz", "nc", "dump", "feather", "rds", "rdata",
            "ttl", "rdf", "nt", "n3", "nq", "trig", "jsonld", "owl"}  # RDF serialisations: linked data
RDF_EXT = {"ttl", "rdf", "nt", "n3", "nq", "trig", "jsonld", "owl"}
# an RDF vocabulary a repository publishes: an OWL ontology, a Turtle/RDF file named as the ontology, vocabulary or shapes it defines
# (and a SKOS thesaurus, whatever its serialisation's extension: geobretagne.rdf.xml.skos.xml, urbamet.rdf.skos.xml)
ONTOLOGY = lazy_compile(r"(^|/)([^/]+\.owl|[^/]*(?:onto|ontology|ontologie|vocab|vocabulary|vocabulaire|shapes)[^/]*\.(?:ttl|rdf|n3|jsonld)"
                        r"|[^/]*(?:skos|thesaurus|th[ée]saurus)[^/]*\.(?:ttl|rdf|n3|jsonld|xml))$", re.I)
ASSET_EXT = {"png", "jpg", "jpeg", "gif", "bmp", "webp", "avif", "ico", "svg", "jxl", "woff", "woff2", "ttf", "otf", "eot",
             "mp3", "mp4", "webm", "ogg", "wav", "mov", "avi"}
FONT_EXT = {"woff", "woff2", "ttf", "otf", "eot"}
RASTER_EXT = {"png", "jpg", "jpeg", "gif", "bmp", "tif", "tiff", "webp", "avif", "jxl"}
CONFIG_EXT = {"yml", "yaml", "toml", "ini", "cfg", "conf", "env", "neon", "properties", "prop", "json", "json5", "hcl", "xml",
              "dist", "editorconfig", "plist"}
CONFIG_NAMES = {"dockerfile", "containerfile", "makefile", "justfile", "procfile", "jenkinsfile", "vagrantfile", ".gitignore",
                ".gitattributes", ".dockerignore", ".editorconfig", ".htaccess", ".nvmrc", ".browserslistrc", ".npmrc"}
# Configuration templates: .env.example, .env.dist, .env.sample, .env.template, .env.model, env.default, .environment.template,
# .env.test/.env.ci (throw-away values of tests and CI), app.env.example, example.env, .env_example…
_TEMPLATE_WORDS = r"example|sample|dist|template|tpl|defaults?|exemple|model|modele|modèle|skel|dummy|test|testing|ci"
ENV_TEMPLATE = lazy_compile(rf"(^|/)(\.env|env|\.envrc|\.environment)(?:[.-][\w-]+)?[.-]({_TEMPLATE_WORDS})(\.[a-z]+)?$|(^|/)[^/]*\.env\.({_TEMPLATE_WORDS})$|(^|/)\.env_({_TEMPLATE_WORDS})$"
                          rf"|(^|/)([^/]*[.-])?({_TEMPLATE_WORDS})\.env$"
                          # an env.d/ folder of env files to copy (La Suite's env.d/development/common.dist, env.d/production.dist/common)
                          rf"|(^|/)env\.d/([\w.-]+/)*[\w-][\w.-]*\.({_TEMPLATE_WORDS})$|(^|/)env\.d/[\w-]+\.({_TEMPLATE_WORDS})/[^/]+$"
                          # a folder of env files named as the template to copy (s24 a24, dora-back's envs-example/dev.env and
                          # secrets.env: "Copier le dossier `envs-example` et renommer le `envs`")
                          rf"|(^|/)\.?envs?[._-]({_TEMPLATE_WORDS})/(?:[\w.-]+/)?[\w.-]+$"
                          # a service's /etc/default file, which its init script or unit sources (`. /etc/default/$NAME`, EnvironmentFile=):
                          # shipped flattened (misc/etc_default_<name>), in a tree mirroring the system (rootfs/etc/default/<name>), as
                          # Debian packaging's debian/<name>.default or a <name>.default beside the init files (issue 12, s47 fi47 =
                          # urbanlab/archive_griotte's misc/etc_default_raspeomix, sourced by misc/etc_init.d_raspeomix)
                          r"|(^|/)etc[_.-]default[_.-][\w.-]+$|(^|/)etc/default/[\w.-]+$"
                          r"|(^|/)(?:debian|init|init\.d|etc|systemd|sysvinit|packaging|deploy|deployment|misc|service|services)/[\w-]+\.default$", re.I)

# -- manifests and lockfiles: the one list -------------------------------------------------------
# manifest base name -> ecosystem
MANIFESTS = {
    "package.json": "npm", "requirements.txt": "pip", "pyproject.toml": "python", "setup.py": "pip",
    "setup.cfg": "pip", "Pipfile": "pipenv", "composer.json": "composer", "Gemfile": "bundler",
    "pom.xml": "maven", "build.gradle": "gradle", "build.gradle.kts": "gradle", "go.mod": "go",
    "Cargo.toml": "cargo", "mix.exs": "mix", "environment.yml": "conda", "pubspec.yaml": "dart",
    "DESCRIPTION": "r",  # an R package's or app's DESCRIPTION (Imports/Depends/LinkingTo, Suggests)
    "build.sbt": "sbt",  # a Scala build (sbt): its modules and their versions
    "bower.json": "bower",  # a front end's runtime libraries installed by Bower (an AngularJS viewer's angular, angular-material)
    # an iOS or macOS app's libraries: CocoaPods (pod 'GoogleMaps'), Carthage (github "owner/Repo"), Swift Package Manager
    "Podfile": "cocoapods", "Cartfile": "carthage", "Package.swift": "swiftpm",
    # an Elm application's or package's dependencies: elm-package.json (Elm 0.14 to 0.18, version ranges), elm.json (Elm 0.19: an
    # application pins every direct and indirect package at one version) — guide.elm-lang.org, "elm.json" (read 2026-12-05)
    "elm-package.json": "elm", "elm.json": "elm",
}
REQUIREMENTS = lazy_compile(r"^requirements([-_.][\w.-]*)?\.(txt|in)$", re.I)
# lockfile base name -> (tool, ecosystem family it locks)
LOCKFILES = {
    "package-lock.json": ("npm", "npm"), "npm-shrinkwrap.json": ("npm", "npm"), "yarn.lock": ("yarn", "npm"),
    "pnpm-lock.yaml": ("pnpm", "npm"),
    "shrinkwrap.yaml": ("pnpm", "npm"),  # pnpm's lockfile before pnpm 3 renamed it pnpm-lock.yaml (2017-2019 projects: "shrinkwrapVersion: 3")
    "bun.lockb": ("bun", "npm"), "bun.lock": ("bun", "npm"),
    "poetry.lock": ("poetry", "python"), "Pipfile.lock": ("pipenv", "python"), "uv.lock": ("uv", "python"),
    "pdm.lock": ("pdm", "python"), "requirements.lock": ("pip", "python"), "composer.lock": ("composer", "composer"),
    "Gemfile.lock": ("bundler", "bundler"), "Cargo.lock": ("cargo", "cargo"), "go.sum": ("go", "go"), "mix.lock": ("mix", "mix"),
    "gradle.lockfile": ("gradle", "gradle"), "packages.lock.json": ("nuget", "nuget"), "pubspec.lock": ("dart", "dart"),
    "Podfile.lock": ("cocoapods", "cocoapods"), "Cartfile.resolved": ("carthage", "carthage"), "Package.resolved": ("swiftpm", "swiftpm"),
    "flake.lock": ("nix", "nix"), "renv.lock": ("renv", "r"),
    # (issue 12, s33 p33) Jetify devbox's devbox.lock beside devbox.json, written by `devbox install`: the resolved version and store
    # path of each Nix package of the development environment (jetify.com/docs/devbox, "devbox.lock", read 2026-12-06)
    "devbox.lock": ("devbox", "nix"),
    "Berksfile.lock": ("berkshelf", "chef"),  # a Chef cookbook's resolved cookbooks (berks install), beside its Berksfile (s40 fo40)
    "package-lock.yml": ("dbt", "dbt"),  # dbt's packages (dbt deps, since 1.7), beside packages.yml or dependencies.yml
    ".terraform.lock.hcl": ("terraform", "terraform"),  # Terraform's providers (terraform init), beside the .tf files
    # (issue 12, s22 d1; names as the tools document them, checked 2026-12-04) Deno's deno.lock, written beside deno.json[c] (or a
    # package.json) for its jsr:, npm: and remote imports (docs.deno.com, "Lock dependencies with deno.lock"); the standard Python
    # lockfile of PEP 751, pylock.toml (packaging.python.org, "pylock.toml Specification"); pixi's pixi.lock beside pixi.toml or
    # pyproject.toml, conda and PyPI packages (pixi.prefix.dev, "Lock File")
    "deno.lock": ("deno", "deno"), "pylock.toml": ("pylock", "python"), "pixi.lock": ("pixi", "python"),
    # (issue 12, s25 o4 utilitR) rv, a declarative R package manager following renv: rv.lock, written by `rv sync` beside its
    # rproject.toml, pins every R package ([[packages]] name, version, source) — github.com/A2-ai/rv, docs/config.md ("lockfile_name",
    # default "rv.lock", read 2026-12-05)
    "rv.lock": ("rv", "r"),
    # (issue 12, s29 m29, a Python library's root conda-lock.yml "generated by conda-lock… DO NOT EDIT!") conda-lock's outputs: the unified
    # multi-platform lockfile conda-lock.yml, and the explicit per-platform conda-<platform>.lock of `--kind explicit` — conda.github.io/
    # conda-lock/output, read 2026-12-05; they lock a conda environment (environment.yml, or a pyproject.toml's dependencies)
    "conda-lock.yml": ("conda-lock", "python"),
    **{f"conda-{platform}.lock": ("conda-lock", "python") for platform in ("linux-64", "linux-aarch64", "linux-ppc64le", "osx-64", "osx-arm64", "win-64")},
}
# Go's lockfiles before modules (2018-2019 projects): dep's Gopkg.lock beside Gopkg.toml, Glide's glide.lock beside glide.yaml; R's
# lockfile before renv, packrat/packrat.lock (packrat::snapshot(): "Package:/Version:/Hash:" stanzas, an R Markdown analysis of 2017
# locking 97 CRAN packages). The files fact lists them; their dependencies are not read (no manifests entry), so the dependency checks
# do not cite them as declaring none.
LEGACY_LOCKS = frozenset({"Gopkg.lock", "glide.lock", "packrat.lock"})

# -- dependency update tools: the one rule ---------------------------------------------------------
UPDATE_TOOLS = (
    ("dependabot", lazy_compile(r"^\.github/dependabot\.ya?ml$", re.I)),
    ("renovate", lazy_compile(r"^(\.github/|\.gitlab/)?(renovate\.json5?|\.renovaterc(\.json5?)?|\.renovate\.json5?)$", re.I)),
)
RENOVATE_IN_PACKAGE = lazy_compile(r'"renovate"\s*:\s*\{')
DEPENDABOT_ECOSYSTEM = lazy_compile(r'^[ \t-]*package-ecosystem\s*:\s*["\']?([\w-]+)', re.M)
# Dependabot's ecosystems that update no package manifest of the project: the workflows' actions
ACTIONS_ONLY_ECOSYSTEMS = frozenset({"github-actions"})

# -- community files: the one rule ---------------------------------------------------------------
COMMUNITY_DIRS = ("", "docs", "doc", ".github", ".gitlab")
COMMUNITY = {
    "readme": lazy_compile(r"^(readme|lisezmoi|lisez-moi)(\.[a-z0-9]+)?$", re.I),
    "license": lazy_compile(r"^(licen[cs]es?|copying|unlicen[cs]e|copyright|copyleft)([._-][^/]*)?$", re.I),
    "contributing": lazy_compile(r"^(contributing|contribute|contribuer|contribution|contributions|comment[-_]contribuer|guide[-_]de[-_]contribution)(\.[a-z]+)?$", re.I),
    "code_of_conduct": lazy_compile(r"^(code[-_]of[-_]conduct|code[-_]de[-_]conduite|conduct|charte[-_]de[-_]conduite)(\.[a-z]+)?$", re.I),
    "security": lazy_compile(r"^(security|securite|sécurité|security[-_]policy|politique[-_]de[-_]securite)(\.[a-z]+)?$", re.I),
    "changelog": lazy_compile(r"^(changelog|changes|history|news|releases|release[-_]notes|journal[-_]des[-_]modifications|historique)(\.[a-z]+)?$", re.I),
    "governance": lazy_compile(r"^(governance|gouvernance)(\.[a-z]+)?$", re.I),
    "roadmap": lazy_compile(r"^(roadmap|feuille[-_]de[-_]route)(\.(?:md|markdown|rst|txt|adoc|asciidoc|org))?$", re.I),  # (a text file: a guide's feuille_de_route.html page is the guide's, s35 lead after v19c)
    "authors": lazy_compile(r"^(authors|auteurs|maintainers|mainteneurs|committers|contributors|contributeurs|codeowners|credits)(\.[a-z]+)?$", re.I),
}
DOC_EXT_ORDER = ("md", "markdown", "mdown", "mkd", "mkdn", "mdwn", "mkdown", "rst", "adoc", "asciidoc", "txt", "org", "")

# -- vendored, build output, generated, tests -----------------------------------------------------
# The folders other languages' package managers install the project's dependencies into, as node_modules/ is npm's: committed by
# mistake (a commune's Elm site commits elm-stuff/, 354 files of elm-lang/core's and evancz/elm-html's sources, tests and CI
# configuration: issue 12, s24 o3). Each is listed in the language's template of github/gitignore (Elm.gitignore: elm-stuff;
# Haskell.gitignore: .stack-work, .cabal-sandbox; PureScript.gitignore: .psc-package, .spago; Dart.gitignore: .dart_tool,
# .pub-cache; Python.gitignore: __pypackages__ (PEP 582, pdm), .eggs (setuptools' setup_requires); OCaml.gitignore: _opam (a
# local opam switch), checked 2026-12-05) — the packages the manager fetched, not the project's work.
PACKAGE_CACHE_DIRS = ("elm-stuff", ".stack-work", ".cabal-sandbox", ".psc-package", ".spago", ".dart_tool", ".pub-cache",
                      "__pypackages__", ".eggs", "_opam")
VENDOR_DIRS = {
    "node_modules", "vendor", "vendors", "third_party", "third-party", "thirdparty", "bower_components", "bower",
    "external", "externals", "deps", "_vendor", "site-packages", ".venv", "venv", "env", ".tox",
    "jspm_packages", "Pods", "Carthage", "extlibs", "ext_libs", "ext-libs", "extlib", "3rdparty", "3rd-party", "3rd_party",
    "3rd",  # (a C++ server's 3rd/dev/zlib/, 3rd/dev/freetype/: the libraries it builds against, copied in)
    # yalc's local package store: `yalc add` copies a library's published files into .yalc/<package>/ and points package.json or
    # yalc.lock at them, in place of the registry (wclr/yalc's README) — another project's code (a SemApps middleware's
    # .yalc/@semapps/auth/, its OIDC connector, read as the application's own sign-in: issue 12, s29)
    ".yalc",
    # PHP libraries copied by hand into a folder of their own name (no Composer): PHPMailer beside a city's mail form.
    "phpmailer", "tcpdf", "fpdf", "fpdi", "dompdf", "mpdf", "phpexcel", "phpspreadsheet", "htmlpurifier", "swiftmailer",
    "smarty", "jpgraph", "phpqrcode", "adodb", "adodb5", "geophp", "simplepie", "parsedown", "securimage",
    # (and NuSOAP, the SOAP toolkit copied into a module's own folder, nusoap/lib/nusoap.php: issue 12, s45 fb45)
    "nusoap",
    *PACKAGE_CACHE_DIRS,
}
# A coding assistant's tooling copied into the repository: the folders its vendor documents for the skills, commands, prompts,
# agents, rules and hooks it runs (Claude Code's .claude/ — Anthropic's skills copied in with their own LICENSE.txt, scripts and
# tests —, GitHub spec-kit's .specify/ scripts and templates, Cursor's .cursor/, Windsurf's .windsurf/, Gemini CLI's .gemini/,
# Codex's .codex/; VS Code Copilot's prompt, chat-mode, instruction and agent files under .github/): tooling, like a vendored
# library, never the project's code, tests, dependencies or sign-in (issue 12, s40 fg40: a TypeScript app's .claude/skills/pdf/
# scripts were its only Python and its only test, a spec-kit script's help text its "OAuth2").
ASSISTANT_DIRS = frozenset({".claude", ".specify", ".cursor", ".windsurf", ".gemini", ".codex"})
ASSISTANT_GITHUB_DIRS = frozenset({"prompts", "chatmodes", "instructions", "agents"})


def in_assistant_tooling(path: str) -> bool:
    """Under a coding assistant's folder (:data:`ASSISTANT_DIRS`, at any depth) or Copilot's .github/prompts/-like folders."""
    segs = parts(path)[:-1]
    return any(seg in ASSISTANT_DIRS or (seg == ".github" and segs[i + 1:i + 2] and segs[i + 1] in ASSISTANT_GITHUB_DIRS)
               for i, seg in enumerate(segs))


# Yarn Berry (2+) commits its own release (.yarn/releases/yarn-4.x.cjs, which .yarnrc.yml's yarnPath runs), its plugins
# (.yarn/plugins/@yarnpkg/plugin-*.cjs) and the editor SDKs `yarn dlx @yarnpkg/sdks` writes (.yarn/sdks/): the tool's copy, like
# Maven's wrapper, never the project's code nor a file left unmeasured (issue 12, s42 fk42: a 3 MB yarn-4.16.0.cjs kept two checks
# inconclusive). Its patches (.yarn/patches/) are the project's own.
_YARN_TOOL_DIRS = frozenset({"releases", "plugins", "sdks"})
# Folders of generated files (code metrics leave them out).
GENERATED_DIRS = {"dist", "build", "out", "target", "coverage", ".next", ".nuxt", "staticfiles", "__pycache__", ".cache", "htmlcov",
                  ".svelte-kit", ".output", ".parcel-cache", ".sass-cache",  # (Ruby Sass's compiled cache, .sass-cache/<hash>/main.scssc)
                  ".nyc_output",  # (nyc's raw coverage data of a test run: auditor.facts.coverage_outputs for the files anywhere)
                  # (vite-plugin-pwa's service worker written at each `vite` dev start when devOptions.enabled: dev-dist/sw.js,
                  # registerSW.js, workbox-<hash>.js, Google's Workbox runtime; issue 12, s46 fg46)
                  "dev-dist"}
# Copies an editor keeps of the files it has open (a notebook's last autosave, RStudio's session): not the project's
# work, nor build output.
EDITOR_STATE_DIRS = {".ipynb_checkpoints", ".Rproj.user", ".vs"}  # (.vs/: Visual Studio's per-user cache, slnx.sqlite, .suo)
# Build output: anything under these folders; under build/ and out/ (which also hold build scripts
# and Docker contexts), only files a build writes.
BUILD_DIRS = GENERATED_DIRS - {"build", "out"}
BUILD_EXT = {"js", "mjs", "cjs", "css", "map", "html", "class", "jar", "war", "o", "so", "dll", "exe", "pyc", "whl", "egg", "a", "dylib"}
# Java archives committed beside the sources are libraries copied in (WEB-INF/lib/, lib/); a build tool's wrapper is tooling.
JAR_EXT = {"jar", "aar"}
# Python's built distributions committed outside build folders (a QGIS plugin's libs/openpyxl-3.0.7-py2.py3-none-any.whl put on
# sys.path at start-up): a library copied in, its name and version in the file name (PEP 427's wheel, setuptools' egg)
WHEEL_EXT = {"whl", "egg"}
_WHEEL_NAME = lazy_compile(r"^(?P<name>[A-Za-z0-9](?:[\w.]*[A-Za-z0-9])?)-(?P<version>\d[\w.+!]*)(?:-[\w.+]+)*\.(?:whl|egg)$")
_BUILD_WRAPPER = lazy_compile(r"^(gradle|maven)-wrapper\.jar$")
# Programs and native libraries committed outside build folders are someone else's binaries copied in (a QGIS plugin's
# include/python/pg_dump.exe, libpq.dll, libssl-1_1-x64.dll): their name and version from the file name.
NATIVE_EXT = {"dll", "so", "dylib", "exe"}
SOURCE_LIBRARY_EXT = {"php": "php", "py": "python"}  # sources of a library copied as a release folder, by ecosystem
_PHP_COPIES = {"phpmailer", "tcpdf", "fpdf", "fpdi", "dompdf", "mpdf", "phpexcel", "phpspreadsheet", "htmlpurifier", "swiftmailer", "smarty",
               "jpgraph", "phpqrcode", "adodb", "adodb5", "geophp", "simplepie", "parsedown", "securimage", "nusoap"}  # (VENDOR_DIRS' PHP libraries)
# (and a PHP 4 class's property, NuSOAP's `var $version = '0.7.3';`)
_PHP_VERSION = lazy_compile(r"""(?:\$Version\s*=|var\s+\$version\s*=|const\s+VERSION\s*=|define\(\s*['"]\w*VERSION['"]\s*,)\s*['"]v?(\d+(?:\.\d+){1,3})['"]""")
_NATIVE_NAME = lazy_compile(r"^(?P<name>[A-Za-z][A-Za-z+_]*?(?:[-_][A-Za-z+]+)*?)(?:[-_.]?v?(?P<version>\d+(?:[._]\d+)*))?"
                            r"(?:[-_](?:x64|x86|win32|win64|amd64|i686))?(?:[-_](?:setup|installer|install))?\.(?:dll|so|dylib|exe)$", re.I)
# (an installer is named after what it installs: boost_1_39_setup.exe is Boost 1.39's)
# A folder named for a platform or a build, not for a library (gd's Windows build in gdwin32/ is gd's; bin/ names nothing)
_PLATFORM_SUFFIX = lazy_compile(r"[-_.]?(?:win32|win64|windows|win|x64|x86|amd64|i686|dll|bin|build|release|debug)$", re.I)
_GENERIC_NATIVE_DIRS = {"bin", "lib", "libs", "dll", "dlls", "win", "win32", "win64", "windows", "x64", "x86", "amd64", "release", "debug",
                        "src", "build", "dist", "tools", "include", "linux", "mac", "macos", "osx"}
# (a Maven snapshot deployed to a repository: artifact-1.0.0.BUILD-20120116.135839-1.jar is version 1.0.0.BUILD-SNAPSHOT's first build)
# (the version's letters read a character at a time, "[.-]?[A-Za-z](?:[A-Za-z\d]|[.-][A-Za-z])*", the same names as
# "(?:[.-]?[A-Za-z]+\d*)*", which cut a run of letters every way: 2^n tries on lib-1.0finalreleasecandidate (1).jar; s47 fb47)
_JAR_NAME = lazy_compile(r"^(?P<name>[A-Za-z][\w.+-]*?)(?:[-_]v?(?P<version>\d+(?:\.\d+)*(?:[.-]?[A-Za-z](?:[A-Za-z\d]|[.-][A-Za-z])*)?(?:-\d{8}\.\d{6}-\d{1,5})?))?\.(?:jar|aar)$")
_SNAPSHOT_BUILD = lazy_compile(r"-\d{8}\.\d{6}-\d{1,5}$")
CI_DIRS = {"ci", ".ci", ".github", ".gitlab", ".circleci"}  # (top-level folders of continuous integration: its scripts, test clients)
TEST_DIRS = {"test", "tests", "__tests__", "spec", "specs", "testing", "e2e", "cypress", "fixtures", "__mocks__", "testdata", "test-data",
             "tests_unitaires", "tests-unitaires", "tests unitaires"}  # (French: "tests unitaires", unit tests)
# A folder named for unit tests in French, written as an abbreviation in capitals (a PowerShell API's API/TU/PowerShell/*.ps1, "TU" =
# tests unitaires): only so written, a lower-case "tu" names other things.
TEST_DIR_ABBREVIATIONS = {"TU"}
SPEC_DIRS = {"spec", "specs"}  # (RSpec's and Jasmine's tests; an API's specs/ also keeps its OpenAPI documents: see test_by_spec_folder)
# A features/ folder holds tests in Cucumber's, behave's and Behat's layout only: its .feature files, and beside them the step
# definitions and set-up (features/step_definitions/, features/steps/, features/support/, features/bootstrap/, features/environment.py).
# Elsewhere it is the application's own (a front end's features/adresses/Map.js, one map widget a feature: issue 12, s22 d1).
FEATURE_TEST_DIRS = {"step_definitions", "steps", "support", "bootstrap", "context", "contexts"}  # (Behat 3: features/Context/*Context.php)
# Load and performance tests (Locust, Gatling, JMeter scenarios) and the files they upload (load-testing/data/word.docx): fixtures,
# never documents (is_load_test). Their scripts stay measured as the project's code (licence headers, comments).
LOAD_TEST_DIRS = {"load-testing", "load-tests", "load-test", "loadtest", "loadtests", "loadtesting", "load_testing", "load_tests",
                  "perf-tests", "performance-tests", "performance-testing", "stress-tests", "locust", "gatling", "jmeter"}
FOLDER_KEEPERS = {".gitkeep", ".keep", ".gitignore", ".empty", ".placeholder"}  # files that only keep a folder in git
UI_PART_DIRS = {"components", "component", "views", "app-views", "pages", "widgets", "screens"}
FEATURE_SLICE_PARENTS = {"src", "app", "client"}  # a front end's src/features/: its feature slices (React/Redux), no Cucumber features
# Gradle's test source sets beside src/main (Android's instrumented src/androidTest/, src/testDebug/, src/integrationTest/,
# src/sharedTest/): their code runs only in tests. Only directly under src/, where Gradle looks for source sets.
GRADLE_TEST_SOURCE_SETS = {"androidtest", "androidtestdebug", "androidtestrelease", "testdebug", "testrelease", "sharedtest",
                           "integrationtest", "functionaltest", "testfixtures"}
_MINIFIED = lazy_compile(r"(\.min\.(js|css)|[.-]bundle\.js|\.map|-min\.js)$", re.I)
# A Rails engine's migration copied into the application by `rails <engine>:install:migrations` (ActiveRecord::Migration.copy names it
# <version>_<name>.<engine scope>.rb and opens it with "# This migration comes from <engine> (originally <version>)"): the engine's
# code, generated by the framework's install, as a Django app's migrations are (620 Decidim migrations in a Decidim application's
# db/migrate/, issue 12, s35 q35); the application's own migrations have no scope. (The tables they create stay the application's:
# the text scan still reads them.)
_ENGINE_MIGRATION = lazy_compile(r"(?:^|/)db/migrate/\d{8,14}_\w+\.\w+\.rb$")
_TEST_FILE = lazy_compile(r"(^test_.*\.py$|^tests_.*\.py$|^tests?\.py$|_test\.py$|_tests\.py$|\.(test|spec)\.[cm]?[jt]sx?$|\wTest\.php$|Tests?\.java$|\wTests?\.(swift|kt)$|\wTests?\.(cs|fs|vb)$|_spec\.rb$|_test\.go$|_test\.exs?$|^test[-_.].*\.[rR]$"
                          r"|^tests?\.sh$|^test[-_][\w.-]*\.sh$|[-_]tests?\.sh$|\.bats$"  # (a shell project's test.sh, run by `make test`)
                          r"|\.[Tt]ests\.ps1$"  # (PowerShell's Pester tests: Get-Thing.Tests.ps1)
                          # (a circuit's testbench, the simulation driving it with test vectors: ecc_tb.vhd, its ecc_tb_pkg.vhd, tb_fifo.sv)
                          r"|_tb(?:_[\w-]*)?\.(?:vhdl?|sv)$|^tb_[\w-]*\.(?:vhdl?|sv)$|[Tt]estbench[\w-]*\.(?:vhdl?|sv)$"
                          # (a C or C++ test program, "test" a word of its name: test_driver.c, an IP core's ecc-test-linux.c, unit_tests.cpp;
                          # not contest.c; not a header, which declares and tests nothing; s35 b35)
                          r"|(?:^|[-_])[Tt]ests?(?:[-_][\w-]*)?\.(?:c|cc|cpp|cxx)$)")
# A script loading the data tests run against, named so in French word order ("données de tests": a database's dev/data_tests.sh runs
# psql on data_tests_01.sql): no test of its own (issue 12, s22 d1)
_TEST_DATA_SCRIPT = lazy_compile(r"(?:^|[-_])(?:data|donn[ée]es|jeux?[-_]de)[-_]tests?\.(?:sh|bash)$", re.I)
# A bundled copy of a library: a licence/version banner in its first bytes ("/*! jQuery v3.7.1 |",
# "Leaflet 1.9.4, a JS library", "@license … v2.3"), for JavaScript/CSS files outside source folders.
_LIB_BANNER = lazy_compile(r"^\s*(/\*!|//!|/\*\*?[\s*]*@(license|preserve)\b)", re.I)
# A webpack/browserify bundle (built elsewhere, copied in), recognised by its runtime's first lines.
_BUNDLE_HEAD = lazy_compile(r"^[^\S\n]*/\*{6}/(?=[ \t]|$)|webpackBootstrap|^[^\S\n]*\(function\s*\(modules\)|^[^\S\n]*\(function\(\)\{function r\(e,n,t\)", re.M)


def bundle_head(name: str, head: str) -> bool:
    """A bundler's runtime opens the script (webpack's ``/******/`` lines, its bootstrap, browserify's prelude). A stylesheet
    carries none: a ``/******/`` line there is a rule separating its sections (issue 12, s45 fe45), not webpack's."""
    return not name.lower().endswith((".css", ".scss", ".less")) and bool(_BUNDLE_HEAD.search(head))


# Closure Compiler's output, opening on its runtime's polyfills (var $jscomp=$jscomp||{};): a compiler wrote it, from sources kept
# elsewhere (a site builder's theme scripts, Mobirise's assets/theme/js/script.js), never a person
_CLOSURE_HEAD = lazy_compile(r"^[^\S\n]*var[ \t]+\$jscomp[ \t]*=[ \t]*\$jscomp[ \t]*\|\|", re.M)
# (or in brackets after the name: "//Mask JavaScript API (v0.3) - <author>" atop a town's js/masks.js; the name is group 2)
_LIB_VERSION = lazy_compile(r"^\s*(/\*\*?|//)[\s*]*([\w.@/ -]{2,60})\(?\bv?\d+\.\d+(\.\d+)?\b", re.I)  # ("/*\n * jQuery FlexSlider v2.7.2")
_HOST_PLUGIN = lazy_compile(r"^\s*(?:/\*[*!]?|//!?)(?:[^\S\n]*[=~#-]{4,}[^\S\n]*\n)?[\s*]*([A-Za-z][\w.]*)[^\S\n]+\((?:plugin|extension|add-?on)\):"
                            r"[^\S\n]+([\w.-]+\.(?:js|css))[^\S\n]+v?\d+\.\d+\.\d+", re.I)  # "Bootstrap (plugin): validator.js v0.9.0"
squeeze_name = lambda name: re.sub(r"[^a-z0-9]", "", re.sub(r"(\.min)?\.(js|css)$", "", name, flags=re.I).lower())  # noqa: E731 (validator.js: validator)
_JQUERY_PLUGIN = lazy_compile(r"^[\s/*!]*jQuery[ .][A-Z]\w*", re.I)  # a banner opening on a jQuery plugin's name: someone's plugin copied in
_JQUERY_USE = lazy_compile(r"\$\.fn\.|\bjQuery\.fn\.|\(\s*jQuery\s*\)|\$\.extend\s*\(")  # (a plugin's code: it extends jQuery)
_LIB_WORDS = lazy_compile(r"\(c\)|©|copyright|licen[cs]e|\bMIT\b|\bBSD\b|apache|https?://", re.I)
_LIB_DIRS = {"lib", "libs", "js", "static", "assets", "public", "www", "web", "plugins", "resources", "css", "scripts",
             "fanstatic", "webassets",  # (CKAN extensions' static resource folders)
             "librairie", "librairies"}  # (French: src/librairie/OL/ol.js)
# A folder named like a copied release of a library: name, separator, version, maybe "-dist". The version may be written with
# underscores, three or four numbers or two after a "v" (openoffice_generation_v0_2/), as a library's download archive names it (a PHP app's plugins/tcpdf_6_0_062/, TCPDF's own zip); not a date (scripts/import_2021_03_02/)
VERSIONED_DIR = lazy_compile(r"^(?P<name>[a-z][\w.]*?(?:-[a-z][\w.]*?)*)[-_](?:" + RELEASE_VERSION + r"|v\d+(?:_\d+){1,3}|(?!(?:19|20)\d\d_)\d+(?:_\d+){2,3})(?:[-_.](?:dist|min|custom|build|release))?$", re.I)
RELEASE_PARENTS = _LIB_DIRS | {"utils", "util", "plugins", "vendor", "libraries", "library", "components", "modules"}
LIB_PARENTS = {"lib", "libraries", "library", "librairie", "librairies", "bibliotheques"}  # (French: src/librairie/OL/ol.js)
JS_LIB_PARENTS = {"lib", "libs", "js", "javascript", "javascripts", "static", "assets", "public", "resources", "vendor", "plugins", "web", "www"}
LIBRARY_DIR_NAMES = set(KNOWN_NAMES) | {"proj4js", "firebug", "extjs", "openlayers2", "openlayers3", "geoext2", "mapfish", "heron"}
MAX_HEADER_PROBES = 400
HEADER_BYTES = 1024
MAX_LIBRARIES = 300  # vendored JS/CSS files read to describe them (name, version, licence), in path order
PER_LIBRARY_READ = 20  # files of one copied folder read until one gives its version
_RSCONNECT = lazy_compile(r'"appmode"\s*:|"platform"\s*:\s*"\d+\.\d+[^"]*",\s*"metadata"')
_QGIS_QML = lazy_compile(r"<!DOCTYPE\s+qgis|<qgis[\s>]", re.I)


# Ecosystems of manifests (:func:`manifest_ecosystem`) whose dependency lists neither Dependabot nor Renovate updates: R (DESCRIPTION,
# renv.lock: no R ecosystem in Dependabot's package-ecosystem list, no CRAN manager in Renovate's supported managers, a new-manager
# request open since 2025, renovatebot/renovate#35497), QGIS profiles, JCMS plugins' dependencies.list, Drupal .info files, a Debian
# package's control file, a Kivy app's buildozer.spec, Carthage's Cartfile (CocoaPods' Podfile: Renovate reads it), a PowerShell
# module's .psd1. reusability.dependencies asks no update tool of them, maintenance.dependency-updates is not applicable to them.
# (and a Puppet module's metadata.json: Renovate's puppet manager reads the Puppetfile only, Dependabot no Puppet file —
# docs.renovatebot.com/modules/manager/puppet, read 2026-12-05)
# (and an openFrameworks project's addons.make: neither tool has an openFrameworks manager)
# (and a dbt project's packages.yml: Renovate has no dbt manager — a request open since 2026, renovatebot/renovate discussion #42529 —,
# Dependabot none either; issue 12, s38 fj38)
# (and a Grails 1–2 build's grails-app/conf/BuildConfig.groovy: Dependabot's and Renovate's Gradle managers read *.gradle files only)
NO_UPDATE_BOT = frozenset({"r", "qgis", "jcms", "drupal", "debian", "buildozer", "carthage", "powershell", "openwebui", "puppet",
                           "openframeworks", "dbt", "grails"})


def update_tools(snap, limit: int = 1_000_000) -> list[dict]:
    """Dependency update tools configured: ``[{"tool": "dependabot" | "renovate", "path"}]`` (a
    Renovate section in the root package.json counts)."""
    tools = [{"tool": tool, "path": path} for path in sorted(snap.files) for tool, rx in UPDATE_TOOLS if rx.match(path)]
    # (a dependabot.yml's package ecosystems: one listing only github-actions updates the workflows' actions, no manifest of the
    # project's — issue 12, s39 fl39 = govpf/pwshare, go.mod beside a github-actions-only dependabot.yml)
    for t in tools:
        if t["tool"] == "dependabot":
            text = snap.read_text(t["path"], limit=limit) or ""
            t["ecosystems"] = sorted({e.lower() for e in DEPENDABOT_ECOSYSTEM.findall(text)})
            if misdirected := dependabot_misdirected(text, snap.files):
                t["misdirected"] = misdirected
    if "package.json" in snap.files and not any(t["tool"] == "renovate" for t in tools):
        if RENOVATE_IN_PACKAGE.search(snap.read_text("package.json", limit=limit) or ""):
            tools.append({"tool": "renovate", "path": "package.json"})
    return tools


# The manifests Dependabot looks for in an update's directory, by package ecosystem (docs.github.com, "Dependabot options reference",
# package-ecosystem): an ecosystem not listed here is never judged
DEPENDABOT_MANIFESTS = {
    "bundler": lazy_compile(r"^(?:Gemfile|gems\.rb|[\w.-]+\.gemspec)$"), "npm": lazy_compile(r"^package\.json$"),
    "pip": lazy_compile(r"^(?:requirements[\w.-]*\.(?:txt|in)|setup\.py|setup\.cfg|pyproject\.toml|Pipfile)$"),
    "uv": lazy_compile(r"^(?:pyproject\.toml|uv\.lock)$"), "composer": lazy_compile(r"^composer\.json$"), "maven": lazy_compile(r"^pom\.xml$"),
    "gradle": lazy_compile(r"^(?:build|settings)\.gradle(?:\.kts)?$|^libs\.versions\.toml$"), "cargo": lazy_compile(r"^Cargo\.toml$"),
    "gomod": lazy_compile(r"^go\.mod$"), "mix": lazy_compile(r"^mix\.exs$"), "pub": lazy_compile(r"^pubspec\.yaml$"),
    "nuget": lazy_compile(r"^(?:[\w.-]+\.(?:csproj|vbproj|fsproj|sln)|packages\.config|Directory\.Packages\.props|global\.json)$", re.I),
    "docker": lazy_compile(r"^(?:Dockerfile|Containerfile)(?:[.-][\w.-]*)?$|\.dockerfile$", re.I),
    "terraform": lazy_compile(r"\.tf$"), "elm": lazy_compile(r"^elm\.json$"), "swift": lazy_compile(r"^Package\.swift$"),
}
_DEPENDABOT_UPDATE = lazy_compile(r"^([ \t]*)-[ \t]*(?=\S)", re.M)
_DEPENDABOT_DIRECTORY = lazy_compile(r"""^[ \t-]*directory[ \t]*:[ \t]*["']?([^"'#\n]*?)["']?[ \t]*(?:#.*)?$""", re.M)


def dependabot_misdirected(text: str, files) -> list[dict]:
    """The updates of a dependabot.yml whose ``directory`` holds no manifest of their package ecosystem (bundler at "/" where the only
    Gemfile is docs/Gemfile: Dependabot can never propose anything there; issue 12, s45 fe45), each with the folders that do hold one
    (at most three). Read as text, one list item per update; an ecosystem not in :data:`DEPENDABOT_MANIFESTS`, a glob directory
    (``directories``, ``*``) or an item without a directory is not judged."""
    starts = [m.start() for m in _DEPENDABOT_UPDATE.finditer(text)] + [len(text)]
    out = []
    for a, b in zip(starts, starts[1:]):
        item = text[a:b]
        eco = DEPENDABOT_ECOSYSTEM.search(item)
        where = _DEPENDABOT_DIRECTORY.search(item)
        rx = DEPENDABOT_MANIFESTS.get(eco.group(1).lower()) if eco else None
        if not (rx and where) or "*" in where.group(1):
            continue
        folder = where.group(1).strip().strip("/")
        here = [p for p in files if p.rpartition("/")[0] == folder and rx.search(p.rpartition("/")[2])]
        if here:
            continue
        elsewhere = sorted({p.rpartition("/")[0] or "/" for p in files if rx.search(p.rpartition("/")[2]) and not is_vendored(p)},
                           key=lambda d: (d.count("/"), d))[:3]
        out.append({"ecosystem": eco.group(1).lower(), "directory": "/" + folder, "manifests_in": elsewhere})
    return out[:5]


def parts(path: str) -> list[str]:
    return path.split("/")


def _ext(name: str) -> str:
    low = name.lower()
    return low.rsplit(".", 1)[-1] if "." in low[1:] else ""


def is_env_template(path: str) -> bool:
    """A committed configuration template (documents the settings; its values are placeholders)."""
    return bool(ENV_TEMPLATE.search(path))


_CONFIG_TEMPLATE = lazy_compile(r"(^|/)(config|settings|parameters|param|params|parametres|local_settings|app|application|configuration)[\w.-]*[._-]"
                              r"(example|sample|dist|template|tpl|exemple)(\.\w+)?$"
                              # a settings file of defaults to copy and adapt (0-ini/conf_default.ini, prodmanager-conf-default.ini)
                              r"|(^|/)[\w.-]*?(?<![a-z])(conf|config|settings)[._-]default\.(ini|ya?ml|json|toml|conf|cfg|properties)$"
                              # the same named the other way round (config/default_config.toml copied to config.toml, a dotenv
                              # config/default_config loaded before the deployment's own)
                              r"|(^|/)default[._-](?:conf|config|configuration|settings|parameters)(?:\.(?:ini|ya?ml|json|toml|conf|cfg|properties|env))?$"
                              # Drupal's settings template, sites/default/default.settings.php, copied to settings.php by its installer (s44 fh44)
                              r"|(^|/)default\.settings\.php$"
                              # a settings script shipped with fake values to replace (php/properties_fake.php: $DBNAME = "DBName")
                              r"|(^|/)[\w-]*?(?:conf|config|settings|properties|parameters|params)[._-](?:fake|factice)\.(?:php|py|js|ini|ya?ml|json|toml|conf|cfg|properties)$"
                              # a settings script of any prefix shipped to copy (sViewer's etc/customConfig.DIST.js, copied to customConfig.js), not
                              # a build tool's (webpack.config.dist.js, tsconfig.dist.json)
                              r"|(^|/)(?!(?:ts|js)config|webpack|rollup|vite|babel|jest|karma|eslint|prettier|postcss|tailwind|stylelint|gulp|grunt)"
                              r"[\w-]*?(?:config|settings)[\w.-]*?[._-](example|sample|dist|template|tpl|exemple)\.(js|mjs|php|py|rb|json|ya?ml)$"
                              # any sample in a configuration folder (config/options.rb.sample, copied to options.rb)
                              r"|(^|/)(conf|config|configuration|settings)/[\w.-]+[._-](example|sample|dist|template|tpl|exemple)(\.\w+)?$"
                              # or named only so, one environment's file among its siblings (a MEAN.js app's config/env/example.js, "to be
                              # renamed to development.js or production.js" beside default.js)
                              r"|(^|/)(conf|config|configuration|settings)/(?:[\w-]+/)?(example|sample|exemple)\.(js|mjs|cjs|ts|json|ya?ml|php|py|rb|ini|conf|properties|toml)$"
                              # a job's context in a configuration folder, every deployment adapting it (a Talend job's configuration/context.properties)
                              r"|(^|/)(conf|config|configuration|settings)/[\w.-]*context[\w.-]*\.properties$"
                              # a model to follow named first (model.app.config.json, the README saying "fill app.config.json following it"), the
                              # template word as a prefix as it is as a suffix: example-config.yml, sample.settings.toml, a Streamlit app's
                              # .streamlit/modele-secrets.toml copied to secrets.toml (s41 fj41)
                              r"|(^|/)(?:model|modele|template|example|exemple|sample|tpl)[._-][\w-]*?[._-]?"
                              r"(?:config|conf|settings|parameters|secrets?|credentials)\.(json|ya?ml|ini|toml|conf|cfg|properties|js|php)$"
                              # or a settings file in a folder of settings shipped to be copied (config.example/ copied to config/, the README
                              # saying "copy config.example to config and set…": its cas.properties, application.yml, services/*.json; s48 fd48)
                              r"|(^|/)(?:conf|config|configuration|settings|etc)[._-](?:example|sample|dist|template|tpl|exemple)/(?:[\w.-]+/)*"
                              r"[\w-][\w.-]*\.(?:properties|ya?ml|json|ini|conf|cfg|toml|xml|env|php|py|js)$"
                              # a settings file of any name with a template suffix (karuta.properties.example, build.properties.sample,
                              # hibernate.cfg.xml.example, cron/config.ini.tmpl), not a test, lint or build tool's own (phpunit.xml.dist,
                              # phpspec.yml.dist: the spec runner's suites, phpbench.json.dist, box.json.dist: the PHAR builder's)
                              r"|(^|/)(?!(phpunit|phpspec|phpcs|phpstan|phpmd|phpcpd|phpbench|phpdoc|phan|psalm|behat|infection|grumphp|codeception|"
                              r"kahlan|atoum|paratest|pest|deptrac|captainhook|phpinsights|phpmetrics|churn|box|rector|ecs)\b)[\w-][\w.-]*"
                              r"\.(properties|prop|ini|conf|cfg|ya?ml|toml|xml|json|neon|xcconfig)[._-](example|sample|dist|template|tmpl|tpl|exemple)$", re.I)


# A template engine's page among the views (a CodeIgniter/Smarty application's app/Views/templates/app_js.tpl, one of 267 .tpl
# pages): ".tpl" is the engine's extension there, not a "copy me" suffix — unless the name says settings (templates/config.tpl).
_VIEW_TEMPLATE = lazy_compile(r"(^|/)(views?|templates?|layouts?|partials?)/(?:[\w.-]+/)*(?![\w.-]*(?:conf|settings|env|param))[\w.-]+\.tpl$", re.I)


# A PHPTemplate theme template (Drupal's, <hook>.tpl.php) rendering a settings form or page: its name goes on after the settings word
# (page_title-admin-settings-form.tpl.php, "Template file for the admin settings form"), the thing it renders; a settings file
# shipped as a template is named by the settings word alone (config.tpl.php, settings.inc.tpl.php) — issue 12, s44 fh44
_THEME_TEMPLATE = lazy_compile(r"(^|/)(?![\w.]*?(?:config|conf|settings|parameters|configuration)(?:\.(?:inc|local|default))?\.tpl\.php$)"
                               r"[\w.-]*?(?:config|conf|settings|parameters|configuration)[\w.]*-[\w.-]+\.tpl\.php$", re.I)


@lru_cache(maxsize=1 << 17)  # a pure function of the path, asked by several facts for each of up to 20,000 files
def is_config_template(path: str) -> bool:
    """A settings file shipped to be copied (.env.example, settings.ini.sample, config.py.example): the
    configuration every deployment starts from, so what it names is what the service uses. (A documentation page about one,
    docs/doc_tech/config_tpl.rst, is documentation.)"""
    if path.rsplit(".", 1)[-1].lower() in PROSE_EXT or path.endswith(".org"):
        return False
    if _WEB_SERVER_SITE.search(path) or _VIEW_TEMPLATE.search(path) or _THEME_TEMPLATE.search(path):
        return False
    return is_env_template(path) or (bool(_CONFIG_TEMPLATE.search(path)) and not _code_module(path)) or _filled_template(path)


# A settings file the build or the installer fills in, autoconf's way (suricata.yaml.in made suricata.yaml by ./configure, app.conf.in,
# .env.in): the template of the settings every deployment gets. Not a manifest's or a lockfile's (Cargo.toml.in, requirements.in:
# pip-compile's input, environment.yml.in), a Compose file's, a build or test tool's own settings (tox.ini.in, mkdocs.yml.in), nor one
# in a hidden tool folder (.cargo/config.toml.in: Cargo's build settings).
_IN_TEMPLATE = lazy_compile(r"(^|/)(?:[\w-][\w.-]*\.(?:ya?ml|conf|cfg|ini|toml|properties|env)|\.env)\.in$", re.I)
_TOOL_SETTINGS = frozenset({"tox.ini", "pytest.ini", "mypy.ini", "setup.cfg", "mkdocs.yml", "mkdocs.yaml", "zensical.toml", "netlify.toml", "codecov.yml",
                            "rust-toolchain.toml", "rustfmt.toml", "clippy.toml", "cbindgen.toml", "deny.toml", "pyproject.toml"})
_COMPOSE_NAME = lazy_compile(r"^(?:docker-)?compose\b", re.I)


def _filled_template(path: str) -> bool:
    if not _IN_TEMPLATE.search(path):
        return False
    segs = path.split("/")
    stem = segs[-1][:-3]
    return not any(s.startswith(".") for s in segs[:-1]) and stem.lower() not in _TOOL_SETTINGS and not is_manifest(stem) \
        and stem not in LOCKFILES and not _COMPOSE_NAME.match(stem)


# A program's own module whose name only says what it handles (a Rust GUI's src/views/config_clipboard_template.rs, the view
# editing the clipboard's text template; a Django app's elec/api/application_template.py, the view serving a spreadsheet model):
# a compiled language's or a view's source is built, never copied to configure a deployment, and "app"/"application" before a
# template word in a script's name names the program's subject, not its settings.
_BUILT_SOURCE_EXT = frozenset({"rs", "go", "java", "kt", "kts", "scala", "swift", "c", "cc", "cpp", "cxx", "h", "hpp", "cs", "dart",
                               "vue", "svelte", "jsx", "tsx", "elm", "hs", "ml", "fs", "m", "mm"})
_SCRIPT_EXT = frozenset({"py", "rb", "php", "js", "mjs", "cjs", "ts", "ex", "exs", "pl", "lua"})
_SUBJECT_TEMPLATE = lazy_compile(r"^(app|application)[._-](example|sample|dist|template|tpl|exemple)$", re.I)


def _code_module(path: str) -> bool:
    """The file is a source module named after its subject (see above), not a settings file to copy."""
    name = path.rsplit("/", 1)[-1]
    stem, _, ext = name.rpartition(".")
    ext = ext.lower()
    return bool(stem) and (ext in _BUILT_SOURCE_EXT or (ext in _SCRIPT_EXT and bool(_SUBJECT_TEMPLATE.match(stem))))


# A web server's own site file (.docker/nginx/default.conf, nginx/conf.d/default.conf: "server { listen 80; … }"), the name
# nginx and Apache give the default site: the container's configuration, used as it is, not a settings file to copy
_WEB_SERVER_SITE = lazy_compile(r"(^|/)(nginx|apache2?|httpd|caddy|conf\.d|sites-available|sites-enabled)/([\w.-]+/)*default\.conf$", re.I)


_COMPONENT_VERSION = re.compile(r"^(v?\d+\.\d+\.\d+([.-][\w.-]+)?|master|main)$")


_ENV_CONFIG_PARENTS = {"config", "conf", "configuration", "settings"}
# A folder named like a virtualenv (env/, venv/, .venv/) is one only where a virtualenv's files are: pyvenv.cfg at its top, or its
# bin/, Scripts/, lib/python3.x/site-packages/, include/, share/ (conda's conda-meta/ too). Elsewhere in it (env/.env.example,
# env/production/values.yaml, a README) the files are the project's: a deployment's settings folder named env/.
_VENV_DIRS = {"env", "venv", ".venv"}
_VENV_LAYOUT = {"bin", "Scripts", "lib", "Lib", "lib64", "include", "Include", "share", "conda-meta"}
_VENV_TOP_FILES = {"pyvenv.cfg", "python.exe", "pythonw.exe"}


def _virtualenv_file(p: list[str], i: int) -> bool:
    """``p[i]`` is env/, venv/ or .venv/: the file ``p`` sits where a virtualenv keeps its own."""
    rest = p[i + 1:]
    # (and etc/jupyter/, where the Jupyter extensions pip installs — pydeck, plotly, ipywidgets — write their configuration into the
    # environment's prefix: venv/etc/jupyter/nbconfig/notebook.d/pydeck.json, s35 t35)
    return (len(rest) >= 2 and rest[0] in _VENV_LAYOUT) or (len(rest) == 1 and rest[0] in _VENV_TOP_FILES) \
        or (len(rest) >= 3 and rest[0] == "etc" and rest[1] == "jupyter")


@lru_cache(maxsize=1 << 17)  # a pure function of the path, asked by several facts for each of up to 20,000 files
def is_vendored(path: str) -> bool:
    """Under a third-party folder (node_modules/, vendor/…), or under a folder named like a library's
    release ("tarteaucitron.js-1.9.5", "leaflet-1.9.4", "jquery-ui-1.12.1") inside a web or library folder."""
    segs = parts(path)[:-1]
    # (an env/ inside a configuration folder holds one settings file per environment, a MEAN.js app's config/env/production.js: no virtualenv;
    # an env/, venv/ or .venv/ anywhere is one only at a virtualenv's layout, _virtualenv_file: env/.env.example beside
    # env/.env.preprod is the project's)
    if any((seg.lower() in VENDOR_DIRS or seg in VENDOR_DIRS) and not (seg == "env" and i and segs[i - 1].lower() in _ENV_CONFIG_PARENTS)
           and (seg.lower() not in _VENV_DIRS or _virtualenv_file(parts(path), i))
           for i, seg in enumerate(segs)):
        return True
    if in_assistant_tooling(path):
        return True
    if segs[-2:] in ([".mvn", "wrapper"], ["gradle", "wrapper"]) and not _BUILD_WRAPPER.match(parts(path)[-1].lower()):
        return True  # the build tool's wrapper code (MavenWrapperDownloader.java), copied in; its jar is tooling (classify)
    if any(seg == ".yarn" and segs[i + 1:i + 2] and segs[i + 1] in _YARN_TOOL_DIRS for i, seg in enumerate(segs)):
        return True  # Yarn Berry's own release, plugins and editor SDKs, committed for .yarnrc.yml's yarnPath: the package manager's code
    if (segs[-1:], parts(path)[-1]) in ((["renv"], "activate.R"), (["packrat"], "init.R")):
        return True  # R's package manager's bootstrap, written by renv::init() or packrat::init() (its RENV_PATHS_* read from the environment)
    for i, seg in enumerate(segs):
        m = VERSIONED_DIR.match(seg)
        if m and (m.group("name").lower().removesuffix(".js") in KNOWN_NAMES or {s.lower() for s in segs[:i]} & RELEASE_PARENTS):
            return True
        # (or, wherever it is, a release archive unpacked into a folder of its own name: vue/phpword/jpgraph-4.1.1/jpgraph-4.1.1/)
        if m and i + 1 < len(segs) and segs[i + 1] == seg:
            return True
        # a library's repository downloaded from its forge into a web or library folder (static/leaflet-easyPrint-gh-pages/,
        # js/leaflet/plugins/Leaflet.draw-master/): its README, manifest, tests and demo pages are the library's
        if FORGE_DOWNLOAD.match(seg) and {s.lower() for s in segs[:i]} & RELEASE_PARENTS:
            return True
        # a package installed by component(1) (client/components/trevorgerhardt/names/0.0.2/, …/conveyal/transitive.js/master/)
        if i >= 3 and segs[i - 3].lower() == "components" and _COMPONENT_VERSION.match(seg):
            return True
        # a library copied into a folder of its own name in a lib/ folder (lib/geoext/, lib/proj4js/, lib/OpenLayers/)
        if i and segs[i - 1].lower() in LIB_PARENTS and seg.lower().removesuffix(".js") in LIBRARY_DIR_NAMES:
            return True
        # a JavaScript library's whole project copied under the static folders (resources/javascript/pdf.js/ with its build/,
        # web/ and locale/): a folder named "<name>.js" there is that library's
        if i and seg.lower().endswith(".js") and len(seg) > 3 and {s.lower() for s in segs[:i]} & JS_LIB_PARENTS:
            return True
    return False


def in_app_bundle(path: str) -> bool:
    """Inside a built macOS application (augmentedBench.app/Contents/MacOS/…, …/Contents/Java/sketch.jar, a bundled JRE's
    Welcome.html): an Xcode or Processing export committed, every file of it written by the build."""
    p = parts(path)[:-1]
    return any(seg.endswith(".app") and len(seg) > 4 and p[i + 1] == "Contents" for i, seg in enumerate(p[:-1]))


_SHADOW_BUILD_DIR = lazy_compile(r"^(?:build-.+|Desktop_Qt_\w+)-(?:Debug|Release|Profile|MinSizeRel|RelWithDebInfo)$", re.I)
_QMAKE_FILES = frozenset({".qmake.stash", "Makefile.Debug", "Makefile.Release", "moc_predefs.h"})
_MOC_FILE = lazy_compile(r"^moc_\w+\.cpp$")
_WORKBOX_CHUNK = lazy_compile(r"^workbox-[0-9a-f]{8}\.js(?:\.map)?$")


def is_build_output(path: str) -> bool:
    """Written by a build, not by people (dist/, target/, .next/, __pycache__/…; in build/ and out/,
    compiled or bundled files only; *.pyc anywhere)."""
    p = parts(path)
    ext = _ext(p[-1])
    if p[-1] in (".gitkeep", ".keep", ".gitignore"):  # committed so that the empty output folder exists (dist/.gitkeep): written by people
        return False
    if ext in ("pyc", "class", "jasper", "doctree", "tsbuildinfo") or p[-1] == "environment.pickle" or any(seg in BUILD_DIRS for seg in p[:-1]):
        return True  # (Sphinx writes doctrees/*.doctree and environment.pickle; javac .class files and JasperReports .jasper ones, compiled
        #  from a .jrxml: wherever they are committed, with or without their source; tsc -b or --incremental writes
        #  tsconfig.tsbuildinfo, tsconfig.app.tsbuildinfo…: the compiler's state, never edited by people (issue 12, s46 fe46))
    # a Visual Studio ClickOnce publication (publier/Application Files/<App>_1_0_0_1/<App>.exe.deploy, its .application and
    # .manifest): every file there is written by "Publish", each program renamed *.deploy (a WinForms tool's installer committed, s31)
    if ext == "deploy" or "Application Files" in p[:-1]:
        return True
    # a shadow build folder (Qt Creator's build-<project>-<kit>-Debug/, Desktop_Qt_6_5_0_MinGW_64_bit-Release/, CMake's
    # build-<name>-RelWithDebInfo/): everything there is qmake's, uic's, moc's or the compiler's; and qmake's own files wherever
    # an in-source build left them (.qmake.stash, Makefile.Debug/.Release, moc_*.cpp) (issue 12, s38 fg38: a Qt remote's
    # build-telecommande_qt-Desktop_Qt_5_13_2_MSVC2015_64bit-Debug/ committed, "Generated by qmake")
    if any(_SHADOW_BUILD_DIR.match(seg) for seg in p[:-1]) or p[-1] in _QMAKE_FILES or _MOC_FILE.match(p[-1]):
        return True
    # Workbox's runtime chunk, named by its content hash (workbox-86c9b217.js and its map), which workbox-build, vite-plugin-pwa
    # and next-pwa write beside the service worker they generate (public/workbox-4754cb34.js): the tool's, wherever committed
    if _WORKBOX_CHUNK.match(p[-1]):
        return True
    return ext in BUILD_EXT and any(seg in ("build", "out") for seg in p[:-1])


def is_lockfile(path: str) -> bool:
    return parts(path)[-1] in LOCKFILES


def is_manifest(path: str) -> bool:
    name = parts(path)[-1]
    return name in MANIFESTS or bool(REQUIREMENTS.match(name))


# The marker an API client generator leaves in the folder it writes (openapi-generator's .openapi-generator/FILES and VERSION, Swagger
# Codegen's .swagger-codegen/VERSION): what it wrote there, its package.json (peerDependencies "@angular/core": "^19.0.0"), pom.xml or
# setup.py included, is the generator's boilerplate for a client the project imports as source, not the project's own manifest
_CLIENT_GENERATOR_MARKS = ("/.openapi-generator/FILES", "/.openapi-generator/VERSION", "/.swagger-codegen/VERSION")


def generated_client_dirs(paths) -> tuple[str, ...]:
    """The sub-folders ("apps/clients/budget/") an API client generator wrote, by the marker it leaves there; not the root (a
    repository that is one generated client declares its own runtime)."""
    return tuple(sorted({p[: len(p) - len(mark) + 1] for p in paths for mark in _CLIENT_GENERATOR_MARKS if p.endswith(mark)}))


def manifest_ecosystem(path: str) -> str | None:
    from auditor.facts.gradle_manifest import is_grails_build_config
    from auditor.facts.sbt_manifest import is_sbt_meta_build

    name = parts(path)[-1]  # (and the sbt build's plugins, project/plugins.sbt)
    from auditor.facts.nuget_manifest import is_nuget_manifest

    return MANIFESTS.get(name) or ("pip" if REQUIREMENTS.match(name) else None) or ("sbt" if is_sbt_meta_build(path) else None) \
        or ("nuget" if is_nuget_manifest(name) else None) \
        or ("grails" if is_grails_build_config(path) else None)  # (a .NET project file, a packages.config; a Grails 1–2 build's BuildConfig.groovy)


# A folder named as a generator's output (generated/, __generated__/, Firebase Data Connect's dataconnect-generated/, <tool>_generated/):
# what the generator wrote there, an SDK's code and its README alike, is not the project's (issue 12, s35 n35 =
# laatirisedki93/pointage-app-firebase-source: the SDK's English README made the documentation "English, French")
_GENERATOR_DIR = lazy_compile(r"^(?:__generated__|generated|[\w.]+[-_]generated)$", re.I)


def generator_output(path: str) -> bool:
    """Under a folder named as a generator's output (see above)."""
    return any(_GENERATOR_DIR.match(seg) for seg in parts(path)[:-1])


_MINIFIED_NAME = lazy_compile(r"(\.min\.(js|css)|-min\.js)$", re.I)


def minified_name(path: str) -> bool:
    """A minified script's or stylesheet's name (``x.min.js``, ``x.min.css``, ``x-min.js``): the project's build or a library's
    copy, as the inventory's category says."""
    return bool(_MINIFIED_NAME.search(parts(path)[-1]))


@lru_cache(maxsize=1 << 17)  # a pure function of the path, asked by several facts for each of up to 20,000 files
def is_generated(path: str) -> bool:
    """Not written by people: minified or bundled files, source maps, lockfiles, Django migrations,
    build output, an editor's saved state (Jupyter's checkpoints, RStudio's project state)."""
    p = parts(path)
    if _MINIFIED.search(p[-1]) or p[-1] in LOCKFILES or _WORKBOX_CHUNK.match(p[-1]):
        return True
    if "migrations" in p[:-1] and p[-1].endswith(".py"):
        return True
    # a qgis2web export (qgis2web_2025_10_15-15_09_47/): the exporter writes its js/ (Leaflet plugins, qgis2web_expressions.js) and css/
    if any(seg.lower().startswith("qgis2web_") and p[i + 1:i + 2] in (["js"], ["css"], ["webfonts"]) for i, seg in enumerate(p[:-2])):
        return True
    if framework_runtime_cache(p):
        return True
    return any((seg in GENERATED_DIRS and not _people_in_build(p, i)) or seg in EDITOR_STATE_DIRS for i, seg in enumerate(p[:-1])) \
        or generator_output(path)


# Laravel's run-time caches, written by the framework as it serves pages: storage/framework/views/<sha1>.php (the compiled Blade
# templates, PHP of the framework's making), cache/, sessions/, testing/, and bootstrap/cache/*.php (the cached config, routes,
# services, packages). Committed, they are generated files, not the project's code (issue 12, s45 fb45: a Laravel site's 42
# storage/framework files measured as its own PHP). The .gitignore and .gitkeep keeping the folders are people's.
_LARAVEL_CACHE_DIRS = frozenset({"views", "cache", "sessions", "testing"})


def framework_runtime_cache(p: list[str]) -> bool:
    """``p`` (a path's parts) is under Laravel's storage/framework/{views,cache,sessions,testing}/ or is bootstrap/cache/*.php."""
    if p[-1].lower() in FOLDER_KEEPERS or p[-1] == ".gitignore":
        return False
    for i in range(len(p) - 2):
        if p[i] == "storage" and p[i + 1] == "framework" and p[i + 2] in _LARAVEL_CACHE_DIRS and len(p) > i + 3:
            return True
    return len(p) >= 3 and p[-3] == "bootstrap" and p[-2] == "cache" and p[-1].endswith(".php")


# A container recipe (Dockerfile, Containerfile, *.dockerfile, a compose file): no build writes one into its output.
# A container image's recipe at any path (Dockerfile, Dockerfile.prod, Dockerfile-dev, dockerfile_api, web.dockerfile): the one
# pattern the files, install and hosting facts read; not a program or a page named after the format (an editor's Dockerfile
# highlighting or snippets, snippets/dockerfile.js in Ace; a generator's dockerfile.py): code, no recipe
DOCKERFILE = lazy_compile(r"(^|/)(Dockerfile|Containerfile)(?!\.(?:js|mjs|cjs|ts|jsx|tsx|py|rb|php|java|go|rs|cs|json|html?|css|md|rst)$)"
                          r"([.-][^/]*|_[A-Za-z0-9-]+)?$|(^|/)[^/]+\.dockerfile$", re.I)
_CONTAINER_RECIPE = lazy_compile(r"^((Dockerfile|Containerfile)([.-].*|_[A-Za-z0-9-]+)?|.+\.dockerfile|(docker-)?compose([.-].*)?\.ya?ml(\.(dist|example|sample|template|tpl))?)$", re.I)
_CONTAINER_DIRS = {"docker", ".docker", "container", "containers", "podman"}


def _people_in_build(p: list[str], i: int) -> bool:
    """``p[i]`` is a build/ or out/ folder that people write in (these names also hold build scripts and Docker contexts):
    a container recipe in it (docker/build/Dockerfile.app), or anything in a build/ of a docker/ folder (the image's
    context: its entrypoint, its php.ini). dist/, target/ and the other output folders stay output wholly."""
    return p[i] in ("build", "out") and (bool(_CONTAINER_RECIPE.match(p[-1])) or (i > 0 and p[i - 1].lower() in _CONTAINER_DIRS))


@lru_cache(maxsize=1 << 17)  # a pure function of the path, asked by several facts for each of up to 20,000 files
def is_test(path: str) -> bool:
    p = parts(path)
    if _TEST_FILE.search(p[-1]) and not _TEST_DATA_SCRIPT.search(p[-1]):
        return True
    if p[-1].lower() in FOLDER_KEEPERS:  # dbt/tests/.gitkeep keeps an empty folder: no test
        return False
    # a user interface's part named "test" (src/app/components/test/test.component.js: a view of the app) holds no test, and
    # a front end's src/features/ holds its feature slices (React/Redux: features/auth/LoginScreen.tsx), not Cucumber's features
    if p[-1].endswith(".feature"):
        return True
    if any(seg.lower() in GRADLE_TEST_SOURCE_SETS and i and p[i - 1] == "src" for i, seg in enumerate(p[:-1])):
        return True
    # Maven's and Gradle's main source set (src/main/java/…) holds the program, whatever its packages are named: a sync tool's
    # src/main/java/…/job/test/DbTestJob.java is a job checking the database connection, run by the tool's CLI, not a test
    if _in_jvm_main(p):
        return False
    return bool(_test_folders(p))


JVM_SOURCE_LANGS = {"java", "kotlin", "scala", "groovy"}


def _in_jvm_main(p: list[str]) -> bool:
    """Under a src/main/<java|kotlin|scala|groovy>/ folder of path parts ``p`` (Maven's and Gradle's main source set)."""
    return any(seg == "main" and i and p[i - 1] == "src" and i + 2 < len(p) and p[i + 1] in JVM_SOURCE_LANGS
               for i, seg in enumerate(p[:-1]))


def _test_folders(p: list[str]) -> list[str]:
    """The folders (lower case) that make a file of path parts ``p`` a test by where it is."""
    out = [seg.lower() for i, seg in enumerate(p[:-1])
           if (seg.lower() in TEST_DIRS and not (seg.lower() == "test" and i and p[i - 1].lower() in UI_PART_DIRS)) or seg in TEST_DIR_ABBREVIATIONS]
    # (Cucumber's layout: features/step_definitions/steps.js, features/support/env.rb, behave's features/environment.py)
    out += ["features" for i, seg in enumerate(p[:-1]) if seg.lower() == "features" and not (i and p[i - 1].lower() in FEATURE_SLICE_PARENTS)
            and ((i + 1 < len(p) - 1 and p[i + 1].lower() in FEATURE_TEST_DIRS) or (i == len(p) - 2 and (p[-1] == "environment.py" or p[-1].endswith("Context.php"))))]
    return out


def test_by_spec_folder(path: str) -> bool:
    """A test only because a folder of it is named spec/ or specs/ (not by its name, nor another test folder): an API's
    api/specs/api-v3.yaml may be its OpenAPI document, which its content tells (facts.files reads it)."""
    p = parts(path)
    if not is_test(path) or _TEST_FILE.search(p[-1]) or p[-1].endswith(".feature") \
            or any(seg.lower() in GRADLE_TEST_SOURCE_SETS and i and p[i - 1] == "src" for i, seg in enumerate(p[:-1])):
        return False
    return set(_test_folders(p)) <= SPEC_DIRS


def is_load_test(path: str) -> bool:
    """In a load or performance test's folder (load-testing/, perf-tests/, locust/, jmeter/…)."""
    return any(seg.lower() in LOAD_TEST_DIRS for seg in parts(path)[:-1])


_NUMBERED = lazy_compile(r"^\d{1,3}[-_. ]+(?=[a-z])")
# a documentation folder's name with a suffix telling its state or its role (issue 12, s41 fs41 = departement-maine-et-loire/chartum:
# Extension Builder's Documentation.tmpl/, its screenshots no images of the interface; docs.old, doc-src): still that folder
_SUFFIXED_DOC = lazy_compile(r"(?<=^doc)s?(?:[._-](?:tmpl|tpl|template|old|orig|bak|src|source|sources))$|(?<=^documentation)[._-](?:tmpl|tpl|template|old|orig|bak|src|source|sources)$")


def folder_word(segment: str) -> str:
    """A folder's name without the number that orders it (``0_documentation`` -> ``documentation``), lower case."""
    return _NUMBERED.sub("", segment.lower())


@lru_cache(maxsize=1 << 17)  # a pure function of the path, asked by several facts for each of up to 20,000 files
def is_doc(path: str) -> bool:
    """In a documentation folder (docs/, doc/, documentation/, wiki/, man/ at any depth, numbered or not: 0_documentation/)."""
    return bool(_doc_folders(parts(path)) & DOC_DIRS) and not in_user_files(path)


# A folder named like documentation that is the name of a code unit holds that unit's code, not documents: a plugin or module
# named so (a CMS's wiki plugin keeps its Java, templates and scripts under .../plugins/wiki/, webapp/js/plugins/wiki/), or a
# package of a JVM source tree (src/java/fr/paris/lutece/plugins/wiki/, src/main/java/org/x/doc/).
_UNIT_PARENTS = {"plugins", "plugin", "modules", "module"}
_JVM_ROOTS = {"java", "kotlin", "scala", "groovy"}


def _doc_folders(p: tuple | list) -> set[str]:
    """The folder words of a path's folders, less those that name a code unit (see above)."""
    out, in_jvm = set(), False
    for i, seg in enumerate(p[:-1]):
        low = seg.lower()
        if i and low in _JVM_ROOTS and p[i - 1].lower() in ("src", "main", "test"):
            in_jvm = True
            continue
        if in_jvm or (i and p[i - 1].lower() in _UNIT_PARENTS):
            continue
        out.add(folder_word(seg))
        out.add(_SUFFIXED_DOC.sub("", folder_word(seg)))  # (Documentation.tmpl, docs.old, doc-src: that documentation folder still)
    return out


def is_source_candidate(path: str) -> bool:
    """Project code worth measuring: not vendored, generated, test or docs."""
    return not (is_vendored(path) or is_generated(path) or is_test(path) or is_doc(path))


def community_kind(name: str) -> str | None:
    """Which community file a base name is (``readme``, ``license``, ``contributing``…), or None."""
    if name.endswith(".license"):  # a REUSE companion file
        return None
    for kind, rx in COMMUNITY.items():
        if rx.match(name):
            return kind
    return None


def best_path(entries: list, dirs: tuple[str, ...] = COMMUNITY_DIRS) -> str | None:
    """The preferred one of several candidate community files: root first, then docs/, doc/,
    .github/, .gitlab/, then by documentation format (Markdown first), then by path."""
    def key(e) -> tuple:
        d = e.dir.lower()
        depth = dirs.index(d) if d in dirs else len(dirs)
        ext = e.ext if "." in e.name else ""
        return (depth, DOC_EXT_ORDER.index(ext) if ext in DOC_EXT_ORDER else len(DOC_EXT_ORDER), e.path)
    entries = [e for e in entries if e.kind in ("file", "executable", "symlink")]
    return min(entries, key=key).path if entries else None


# a security.txt (RFC 9116, https://www.rfc-editor.org/rfc/rfc9116) served from the site's /.well-known/ folder, kept in the
# folder the site publishes (public/.well-known/security.txt): the service's security contact and disclosure policy
_SECURITY_TXT = lazy_compile(r"^(?:[^/]+/){0,3}\.well-known/security\.txt$", re.I)


def security_txt(entries: list) -> str | None:
    """The shallowest committed ``.well-known/security.txt`` (at most three folders down), outside vendored or test code."""
    found = sorted((e.path for e in entries if _SECURITY_TXT.match(e.path) and (e.size > 0 or e.missing) and not is_vendored(e.path) and not is_test(e.path)),
                   key=lambda p: (p.count("/"), p))
    return found[0] if found else None


def component_dirs(entries: list) -> set[str]:
    """A monorepo's components: folders at most two levels deep that hold a manifest of their own, never vendored or built code."""
    return {e.dir for e in entries if e.name in MANIFESTS and e.dir and e.dir.count("/") <= 1 and not is_vendored(e.path)
            and not is_build_output(e.path)}  # (dist/aos-master/: a library copied into dist/, no component)


_RELEASE_NOTES_DIR = lazy_compile(r"^(releases|releases?[-_]?notes|notes[-_]de[-_]versions?)$", re.I)
# (a page may name what was released before its version: a Maven site's exploitation/ReleasesNotes/WAR_2.02.apt)
# (or a series' page: a Docusaurus site's releases/1.x.x.mdx, the notes of every 1.* version)
_VERSION_PAGE = lazy_compile(r"^(?:[a-z]{1,20}[-_])?v?(\d+(\.(?:\d+|x))+|\d{4}-\d{2}(-\d{2})?)([-_.][\w.-]*)?\.(mdx?|rst|txt|adoc|apt)$", re.I)


# the changelog page of a documentation site kept in the repository: <docs|website|site|documentation>/[src/]pages/changelog.md[x], an
# MkDocs/Sphinx site's page of release notes (docs/source/releases.rst; issue 12, s20). (A page named versions.md may list the supported
# versions instead: release_pages.changelog_by_reading reads it, documentation/docs/versions.md "# Notes de version"; issue 12, s22 d1)
_SITE_CHANGELOG = lazy_compile(r"^(?:docs?|website|site|documentation)/(?:(?:src/)?pages/|docs?/|source/|content/)?"
                               r"(?:changelog|changes|release[-_]?notes|releases|historique(?:[-_]des[-_]versions)?|notes[-_]de[-_]versions?|"
                               r"nouveaut[ée]s|what[-_]?s[-_]new)\.(?:mdx?|rst|adoc)$", re.I)


# <name>_changelog.txt, changelog-<part>.md (not a changelog's template, sample or configuration)
_NAMED_CHANGELOG = lazy_compile(r"^(?!.*(?:template|example|sample|config|guide|exemple|modele|modèle))(?:[\w.-]+[-_]changelog|changelog[-_][\w.-]+)\.(?:md|txt|rst)$", re.I)


def component_community_file(entries: list, kind: str, snap=None) -> str | None:
    """A monorepo's community file kept by its components when the root has none (qualicharge's
    src/api/CHANGELOG.md beside src/api/pyproject.toml): the file of that kind in a folder at most two levels
    deep that holds a manifest of its own, never in vendored code; the shallowest, then by path. For a changelog, then release
    notes kept under another name or in another place (see below); given the snapshot, those only their text tells
    (:func:`auditor.facts.release_pages.changelog_by_reading`: versions.md, docs/release.adoc, a QGIS plugin's metadata.txt)."""
    rx, manifest_dirs = COMMUNITY[kind], component_dirs(entries)
    manifest_dirs |= {e.dir for e in entries if e.name == "Chart.yaml" and e.dir and e.dir.count("/") <= 1}  # (a Helm chart's mviewer/CHANGELOG.md)
    # (in the component's folder, or in its documentation or forge folder: aclia_data/docs/CONTRIBUTING.md beside aclia_data/requirements.txt)
    found = [e for e in entries if (e.dir in manifest_dirs or e.dir.rpartition("/")[0] in manifest_dirs and e.dir.rpartition("/")[2].lower() in COMMUNITY_DIRS)
             and rx.match(e.name) and e.kind in ("file", "executable")
             and not (kind == "changelog" and e.ext.lower() in ("html", "htm"))]  # (packages/prototype/news.html: a mock-up's news page)
    if not found and kind == "changelog":  # a changelog folder of pages (docs/changelog/product.md, changelog/2024.md), or a folder
        # of release notes, one page a version or a date (docs/releases/1.12.md, release-notes/v2.0.rst); a releases/ folder's other
        # pages (how to publish one: releases/README.md, releases/process.md) are no notes
        # (in a Maven site's pages, at any depth: src/site/apt/exploitation/ReleasesNotes/WAR_1.0.apt, one page a released WAR)
        # (or in a documentation folder at any depth: a Docusaurus site's docs/docs/introduction/releases/1.x.x.mdx; issue 12, s22 d1)
        found = [e for e in entries if (e.dir.count("/") <= 1 or e.path.startswith("src/site/") or is_doc(e.path))
                 and e.name.lower().endswith((".md", ".mdx", ".rst", ".txt", ".adoc", ".apt")) and e.kind == "file"
                 and not is_vendored(e.path) and (e.dir.lower().rsplit("/", 1)[-1] in ("changelog", "changelogs")
                                                  or (_RELEASE_NOTES_DIR.match(e.dir.rsplit("/", 1)[-1]) and _VERSION_PAGE.match(e.name)))]
    if not found and kind == "changelog":  # a Maven project's: src/changes/changes.xml, its site's releases page or release notes folder
        found = [e for e in entries if e.kind == "file" and maven_release_notes(e.path) and not is_vendored(e.path)]
    if not found and kind == "changelog":  # a page of the project's docs site (Docusaurus, Gatsby, Next: docs/src/pages/changelog.mdx)
        found = [e for e in entries if e.kind == "file" and _SITE_CHANGELOG.match(e.path)]
    if not found and kind == "changelog":  # an R package's pkgdown site: its news page (docs/news/index.html beside the docs/pkgdown.yml
        # pkgdown writes), the package's NEWS.md rendered ("Changelog • mapMCDA"), as its CONDUCT.html is the code of conduct
        sites = {e.dir for e in entries if e.name == "pkgdown.yml" and not is_vendored(e.path)}
        found = [e for e in entries if e.kind == "file" and e.path.endswith("news/index.html") and e.dir.rpartition("/")[0] in sites
                 and e.dir.rpartition("/")[2] == "news"]
    if not found and kind == "changelog":  # a changelog named for the project or one of its parts (Docs/FloodML_changelog.txt), at the root,
        # one folder down or in the documentation: the project calls it so, as it would a CHANGELOG.md (never a template of one)
        found = [e for e in entries if e.kind == "file" and e.size and _NAMED_CHANGELOG.match(e.name) and (e.dir.count("/") < 1 or is_doc(e.path))
                 and not is_vendored(e.path)]
    if not found and kind == "changelog":  # a project wiki's release notes page kept in the repository (wiki/ReleaseNotes.wiki)
        found = [e for e in entries if e.kind == "file" and wiki_release_notes(e.path)]
    if not found and kind == "changelog" and snap is not None:
        return changelog_by_reading(snap, [e for e in entries if not is_vendored(e.path)])
    return min(found, key=lambda e: (e.path.count("/"), e.path)).path if found else None


def language(path: str) -> str | None:
    """The language of a file by its name (Shiny apps: app.R/ui.R/server.R)."""
    name = parts(path)[-1]
    if name.lower() in SHINY_NAMES and name.lower().endswith(".r"):
        return "Shiny app"
    if _TALEND_ITEM.search(path):  # a Talend Studio project's job, joblet or routine (process/Rappels_RDV_PMI_0.1.item)
        return "Talend job"
    if _ext(name) in TAG_EXT and is_server_page(path):  # a JSP tag file under WEB-INF/tags/ (a .tag elsewhere may be a Riot.js component)
        return "JSP"
    return LANGUAGES.get(_ext(name))


def in_user_files(path: str) -> bool:
    """Below a folder of users' uploaded or run-time generated files (:data:`USER_FILE_DIRS`) not itself in a documentation folder
    (docs/media/ holds a guide's pictures)."""
    p = parts(path)
    for i, seg in enumerate(p[:-1]):
        if seg.lower() in USER_FILE_DIRS:
            return not (_doc_folders([*p[:i], "x"]) & (DOC_DIRS | GUIDE_DIRS))
    return False


def is_doc_file(path: str) -> bool:
    """A documentation file: prose or office document in a docs folder or a guide folder, a PDF
    or office document anywhere, prose under a hidden folder's docs (``.github/docs/…``); never users' files (:func:`in_user_files`)."""
    p = parts(path)
    ext = _ext(p[-1])
    dirs = _doc_folders(p)
    if in_user_files(path):
        return False
    if ext in DOCUMENT_EXT:  # but a document template the application fills (resources/template/operation/template_fiche_suivi.odt),
        # or a page background a map print lays its map on (a MapFish print folder's background_A4_portrait.pdf and its .odg source)
        return bool(dirs & (DOC_DIRS | GUIDE_DIRS)) or not ({seg.lower() for seg in p[:-1]} & {"template", "templates", "print"}
                                                            or p[-1].lower().startswith(("template_", "template-", "background_", "background-")))
    return (ext in DOC_EXT or ext in ("html", "htm")) and bool(dirs & (DOC_DIRS | GUIDE_DIRS))


@lru_cache(maxsize=1 << 17)  # a pure function of the path, asked by several facts for each of up to 20,000 files
def classify(path: str, kind: str = "file") -> tuple[str, str | None]:
    """``(category, language)`` of one path, from its name alone (see the module's docstring)."""
    p = parts(path)
    name = p[-1]
    low = name.lower()
    ext = _ext(name)
    lang = language(path)
    if kind == "submodule":
        return "vendored", None
    if in_app_bundle(path):  # (the JRE, frameworks and jars inside a built application are that build's, not copied sources)
        return "build", lang
    if is_vendored(path) or re.search(r"\.min\.(js|css)$", low) or (VERSIONED_FILE.match(name) and not is_test(path)):
        return "vendored", lang
    if is_build_output(path) or low.endswith("-jar-with-dependencies.jar"):  # (maven-assembly's fat jar of the project itself)
        return "build", lang
    if (ext in JAR_EXT and not _BUILD_WRAPPER.match(low)) or ext in NATIVE_EXT or ext in WHEEL_EXT:  # a Java library (WEB-INF/lib/gson-2.8.1.jar), a binary
        return "vendored", None
    if _MINIFIED.search(name) or ("migrations" in p[:-1] and ext == "py") or generator_output(path) or _ENGINE_MIGRATION.search(path) \
            or framework_runtime_cache(p):  # (Laravel's compiled views and caches: s45 fb45)
        return "generated", lang
    if len(p) == 1 or p[-2].lower() in COMMUNITY_DIRS[1:]:
        if community_kind(name):
            return "community", None
    if name in LOCKFILES:
        return "lockfile", None
    if is_manifest(path):
        return "manifest", None
    if is_test(path):
        return "test", lang
    if is_doc(path) or is_doc_file(path):
        return "documentation", lang if ext not in DOC_EXT else None
    if lang:
        return "source", lang
    if ENV_TEMPLATE.search(path) or low in CONFIG_NAMES or ext in CONFIG_EXT or low.startswith((".env", "dockerfile")):
        return "configuration", None
    if ext in DATA_EXT:
        return "data", None
    if ext in ASSET_EXT:
        return "asset", None
    if ext in DOC_EXT:
        return "documentation", None
    return "other", None


CATEGORIES = ("source", "test", "documentation", "community", "configuration", "manifest", "lockfile", "data", "asset",
              "vendored", "generated", "build", "other")


@dataclass(frozen=True)
class Item:
    path: str
    category: str
    language: str | None


class Inventory:
    """Every file of one snapshot with its category and language (sorted by path)."""

    def __init__(self, items: Iterable[Item], packages: dict[str, dict] | None = None, copied_roots: list[str] | None = None,
                 host_copy: dict | None = None) -> None:
        self.items = sorted(items, key=lambda i: i.path)
        # the project copied at the root when the repository is a customised copy of it (root_copy): its name, version, licence,
        # the authority's own folders and the copy's files made vendored ("paths")
        self.host_copy = host_copy
        self.by_path = {i.path: i for i in self.items}
        self.packages = packages or {}  # copied packages already described (a WordPress, its plugins): prefix -> name, version
        self.copied_roots = copied_roots or []  # folders holding a library's repository or release copied whole (copied_folders)
        self.template_paths: set[str] = set()  # a site template's own script and stylesheet (template_copies): copies, no library
        self.twin_paths: frozenset[str] = frozenset()  # second copies of a copied file, byte for byte (copied_twins): no other library
        self.generator_copies: frozenset[str] = frozenset()  # copied files inside a site generator's output folder: the build's, no library
        self.render_paths: frozenset[str] = frozenset()  # what a notebook renderer wrote (render_outputs): its pages repeat the documents
        self.site_paths: frozenset[str] = frozenset()  # a web app a bundler built into a folder with its page (built_sites): no documentation
        self.cms_paths: frozenset[str] = frozenset()  # a Drupal site's copies of Drupal's core and drupal.org's modules (_drupal_copies)
        self.ui_template: dict | None = None  # a UI template copied at the root, an application built inside it (ui_templates)
        self.template_shelf: dict[str, bool] = {}  # a copied UI template's shelf folders -> whether the project's own files load it (shelf_loads)
        self.template_own: dict = {}  # the copied UI template as one library: name, version, licence, its own files off its shelf
        self.manual_folders: frozenset[str] = frozenset()  # a framework's built manual shipped beside its core (framework_manuals)
        self.cordova_trees: tuple[str, ...] = ()  # a Cordova application's platforms/ and plugins/ (cordova_trees): Cordova's, not copied by hand

    def category(self, path: str) -> str | None:
        item = self.by_path.get(path)
        return item.category if item else None

    def copied_minified(self, path: str) -> bool:
        """A minified script or stylesheet (``x.min.js``) the inventory calls copied that is a library's copy, not the project's
        own build: neither minified from the project's readable file beside it (carte.js -> carte.min.js) nor named after the
        project's parts (app.min.js, main.min.css)."""
        if self.category(path) != "vendored" or not minified_name(path) or _PROJECT_BUNDLE.match(parts(path)[-1]):
            return False
        readable = re.sub(r"[.-]min\.(js|css)$", r".\1", path)
        return not (readable != path and self.category(readable) == "source")

    def paths(self, *categories: str) -> list[str]:
        wanted = set(categories)
        return [i.path for i in self.items if i.category in wanted]

    def language(self, path: str) -> str | None:
        item = self.by_path.get(path)
        return item.language if item else None

    def community(self, kind: str) -> list[str]:
        return [i.path for i in self.items if i.category == "community" and community_kind(parts(i.path)[-1]) == kind]


def in_copied_package_dist(path: str) -> bool:
    """In the dist/ or build/ folder of a package copied into lib/ or vendor/ (lib/cesium-navigation/dist/standalone/x.js):
    the distribution that package ships, not the project's build, when its first bytes say whose it is."""
    segs = [seg.lower() for seg in parts(path)[:-1]]
    return any(seg in LIB_PARENTS | THIRD_PARTY_DIRS and segs[i + 1] not in GENERATED_DIRS and any(d in ("dist", "build") for d in segs[i + 2:])
               for i, seg in enumerate(segs[:-1]))


def _readme_title(snap) -> str:
    """The root README's first heading, letters and digits only, lower case ("mycustomviewglpiplugin"): the project's own name."""
    readme = next((e for e in sorted(snap.files.values(), key=lambda e: e.path) if "/" not in e.path and e.name.lower().startswith("readme")), None)
    text = (snap.read_head(readme.path, 8192) or "") if readme else ""
    m = re.search(r"^[^\S\n]*#+\s*(.+)$|^(.+)\n[=-]{3,}\s*$", text, re.M)
    return re.sub(r"[^a-z0-9]", "", (m.group(1) or m.group(2) or "").lower()) if m else ""


def _page_script(path: str, pages: set[str]) -> bool:
    """A script named after one of the project's pages (``pages``: their paths without extension, lower case), beside it or in a
    folder of scripts below the page's folder (demonstrateurs/js/prix_eau_wms.js for demonstrateurs/prix_eau_wms.htm)."""
    segs = path.lower().rsplit(".", 1)[0].split("/")
    return "/".join(segs) in pages or (len(segs) >= 2 and segs[-2] in ("js", "script", "scripts") and "/".join(segs[:-2] + segs[-1:]) in pages)


def _library_copy(e, head: str, in_lib_dir: bool, own: str = "", wrapper: str = "") -> bool:
    """A JavaScript/CSS file is a copied library: a licence/version banner or a bundler's runtime in a library
    folder, minified content there, or a well-known library's file name whose first bytes name that library (``wrapper``: the
    file's first 2 KB, where a UMD wrapper follows a long licence notice)."""
    if in_lib_dir:
        head = without_charset(head)  # (a stylesheet's @charset line above its banner: animate.css's "/*! animate.css … Version - 4.1.0")
        versioned = _LIB_VERSION.search(head)
        # (a banner opening on the project's own name, its README's title, and a version: "//Atelier (v4.0) - DSI de la Ville" is the
        # project's script, not a library's)
        titled_own = bool(versioned and own and len(titled := re.sub(r"[^a-z0-9]", "", versioned.group(2).lower())) >= 3 and titled in own)
        if _LIB_BANNER.search(head) or (versioned and not titled_own and _LIB_WORDS.search(head)) or bundle_head(e.name, head):
            return True
        # (or its leading comment names, with a licence, the library the folder is named after: "yt-player. MIT License. Feross
        # Aboukhadijeh" atop a site builder's assets/ytplayer/index.js; the project's own folder, its README's title, excepted)
        if (named_lib := folder_library(e.path, banner(head))) and squeeze_name(named_lib) not in own:
            return True
        # (or its first lines give a version to an object named after the file: d3.js's `var d3 = {version: "3.5.16"}`)
        stem = re.sub(r"(\.min)?\.js$", "", e.name, flags=re.I)
        if len(stem) >= 2 and re.fullmatch(r"[A-Za-z_$][\w$]*", stem) and re.search(
                rf"\b(?:var|let|const)\s+{re.escape(stem)}\s*=\s*\{{\s*version\s*:\s*['\"]v?\d+\.\d+", head[:300]):
            return True
        if e.size > 10_000 and not line_breaks(head.rstrip("\r\n")):  # one long line: minified (CR alone ends a line too)
            return True
        if minified_shape(head) and (JQUERY_EXTENDED.search(head) or _UMD_HEAD.search(head)):
            return True  # a smaller minified file that extends jQuery or wraps itself for any loader: a library's build, not the project's
        if _MANGLED_UMD.match(head):
            return True  # a minifier's UMD build laid out again on many lines (easyPrint.js: "! function(t, e) { … define.amd …")
    known = KNOWN_FILE.match(e.name)
    top = banner(head)
    # a part of a well-known library in a folder of that library's name, its banner opening on the library's name with a version and
    # a licence or copyright (assets/bootstrap/js/affix.js: "Bootstrap: affix.js v3.0.0 … Copyright 2012 Twitter … Licensed under the
    # Apache License", below a ruler the banner rules above miss): the library's sources copied in, not the project's
    named = BANNER_NAME.match(top)
    if named and named.group(1).lower().removesuffix(".js") in KNOWN_NAMES and _LIB_WORDS.search(top) \
            and named.group(1).lower().removesuffix(".js") in {seg.lower().removesuffix(".js") for seg in parts(e.path)[:-1]} \
            and re.sub(r"[^a-z0-9]", "", named.group(1).lower()) not in own:
        return True
    # a plugin of a well-known library naming itself after it, with its own release and a licence, in any folder ("Bootstrap (plugin):
    # validator.js v0.9.0 … The MIT License" atop a form's js/validator.js): the published plugin copied in, not the project's
    plug = _HOST_PLUGIN.match(top)
    if plug and plug.group(1).lower() in KNOWN_NAMES and squeeze_name(plug.group(2)) == squeeze_name(e.name) and _LIB_WORDS.search(top) \
            and squeeze_name(plug.group(2)) not in own:
        return True
    if _JQUERY_PLUGIN.match(top) and re.search(r"\(c\)|©|copyright", top, re.I) and re.sub(r"[^a-z0-9]", "", e.name.rsplit(".", 1)[0].lower()) not in own:
        return True  # "jQuery.ScrollTo / Copyright (c) 2007-2009 Ariel Flesler", "jQuery Scroll to Top Control script- (c) Dynamic Drive"
    if JQUERY_PLUGIN_FILE.match(e.name) and _JQUERY_USE.search(head[:4096]):
        return True  # a published jQuery plugin copied without its banner, in any folder (js/jquery.maskedinput.js: $.fn.mask)
    if JQUERY_NAMED.match(e.name) and minified_shape(head) and JQUERY_EXTENDED.search(head):
        return True  # a jQuery plugin minified under its plain name, no banner (js/jquery.quicksearch.js: one line, t.fn.quicksearch=…)
    if known:  # its leading comment names the library with a licence, a copyright or a version ("jQuery UI - v1.12.1" for jquery-ui.js)
        squeeze = lambda t: re.sub(r"[\s._-]+", "", t.lower())  # noqa: E731
        lib = known.group("name").split(".")[0].split("-")[0]
        # or, with no banner, its UMD wrapper exports that name ("global.moment = factory()" atop moment-with-locales.js, or Rollup's
        # "factory(global.echarts = {})" atop echarts.js, whose banner is the ASF's licence notice only)
        umd = re.search(rf"\b(?:global|root|window|self)\.{re.escape(lib)}\s*=\s*(?:factory\b|\{{\s*\}})", wrapper or head, re.I) \
            or _esbuild_global(lib).search(head[:1024])  # (or esbuild's build under that global name: var pmtiles = (() => { var __defProp…)
        # or, with no banner at all, it defines at its top level the library's global under the library's own capitalised name, a
        # coined name carrying a digit (var Canvas2Image = function () {…} in webapp/js/canvas2image.js): the published script; a
        # word such as list or driver may name a project's own module
        defined = _TOP_GLOBAL.search(head[:4096]) if re.search(r"\d", known.group("name")) else None
        if defined and squeeze(next(g for g in defined.groups() if g)) == squeeze(known.group("name")):
            return True
        # or, with no banner, its first lines define the library's global object under the library's name with a release or a date
        # stamp as its version (var tarteaucitron = {"version": 20230203, … in js/tarteaucitron.js): the published script
        if own_object_version(lib, wrapper or head):
            return True
        return bool(umd) or squeeze(known.group("name").split(".")[0]) in squeeze(top) and bool(_LIB_WORDS.search(top) or re.search(r"\d+\.\d+", top))
    # a well-known library's file under its name with a tail of its own (mootools12b.js, mootools-doc.js: a beta build, the documented
    # build): its leading comment opens on the library's name with a copyright or licence ("MooTools, My Object Oriented Javascript
    # Tools. Copyright (c) 2006-2007 …, MIT Style License."), or its first lines define the library's global object with a version
    # (var MooTools = {'version': '1.2dev'}); a plugin's name (jquery.carte.js) is not such a tail
    prefixed = KNOWN_PREFIX.match(e.name)
    if prefixed:
        lib = prefixed.group("name")
        first = re.search(r"[A-Za-z][\w.-]*", top) if top else None
        letters = lambda t: re.sub(r"[^a-z0-9]", "", t.lower()).removesuffix("js")  # noqa: E731 (squeeze is a local name here)
        if first and letters(first.group(0)) == letters(lib) and _LIB_WORDS.search(top) and letters(e.name.rsplit(".", 1)[0]) not in own:
            return True
        if re.search(rf"^[^\S\n]*(?:var|let|const)[^\S\n]+{re.escape(lib)}[^\S\n]*=[^\S\n]*\{{[^\S\n]*\n?[^\S\n]*['\"]?version['\"]?[^\S\n]*:[^\S\n]*['\"]v?\d+\.\d",
                     head[:4096], re.I | re.M):
            return True
    # its leading comment names the project's repository after the file, with a licence ("GitHub : github.com/VincentGarreau/
    # particles.js … MIT license" atop particles.js): a copy of that project; the repository may spell the file's dots with hyphens
    # ("// jquery.multi-select.js // by mySociety // https://github.com/mysociety/jquery-multi-select" atop a PHP app's copy)
    stem = re.sub(r"(\.min)?\.(js|css)$", "", e.name, flags=re.I)
    if re.sub(r"[^a-z0-9]", "", stem.lower()) in own:  # the project's own file, named after it (mycustomview.js of "MyCustomView GLPI plugin")
        return False
    return home_repository(e.name, top) and bool(_LIB_WORDS.search(top))


_SELF_EXPORT = lazy_compile(r"\b(?:window|global|root|self)\.([A-Za-z_$][\w$]{2,40})[ \t]*=(?!=)")


def _self_exported(name: str, data: bytes, own: str) -> bool:
    """Minified code (its first 4 KB) wrapped for any loader (typeof exports, define.amd) that sets a global named after the file
    (window.SmoothScroll = … in smooth-scroll.js), not the project's own name; read in its first 16 KB and its last 4 KB."""
    stem = re.sub(r"[^a-z0-9]", "", re.sub(r"(?:[.-]min)?\.js$", "", name, flags=re.I).lower())
    if len(stem) < 4 or stem in own or not minified_shape(data[:4096].decode("utf-8", "replace")):
        return False
    text = data[:HEAD_BYTES].decode("utf-8", "replace") + "\n" + (data[-4096:].decode("utf-8", "replace") if len(data) > HEAD_BYTES else "")
    return bool(_UMD_HEAD.search(text)) and any(re.sub(r"[^a-z0-9]", "", m.group(1).lower()) == stem
                                                for m in islice(_SELF_EXPORT.finditer(text), 50))


_PLUGIN_DEFINED = lazy_compile(r"[\w$]\.fn(?:\.[\w$]+|\[[\w$'\"]+\])[ \t]*=(?!=)")
# the wrapper's call closing the file with jQuery as its argument ("}(window.jQuery||window.Zepto);", "})(jQuery);")
_JQUERY_CALLED = lazy_compile(r"[})]\s*\(\s*(?:window\.)?jQuery\b[^()]{0,40}\)\s*\)?\s*;?\s*(?://[^\n]*)?\s*$")


def _minified_plugin(name: str, data: bytes, own: str) -> bool:
    """Minified code (its first 4 KB) defining a jQuery plugin (``x.fn.name =`` or ``x.fn[name] =``) in a wrapper the file's end calls
    with jQuery: a published plugin's build, whatever its name (iCheck's js/icheck.js), not the project's own name. A readable script
    defining a plugin stays the project's (a person wrote it)."""
    stem = re.sub(r"[^a-z0-9]", "", re.sub(r"(?:[.-]min)?\.js$", "", name, flags=re.I).lower())
    if stem in own or not minified_shape(data[:4096].decode("utf-8", "replace")):
        return False
    text = data[:HEAD_BYTES].decode("utf-8", "replace")
    return bool(_PLUGIN_DEFINED.search(text)) and bool(_JQUERY_CALLED.search(data[-512:].decode("utf-8", "replace")))


def home_repository(name: str, top: str) -> bool:
    """A leading comment (``top``) names a repository on GitHub or GitLab after the file (``name``), its dots or hyphens spelt
    either way (jquery.multi-select.js and github.com/mysociety/jquery-multi-select): the project the file was copied from."""
    stem = re.sub(r"(\.min)?\.(js|css)$", "", name, flags=re.I)
    spelt = "[._-]".join(re.escape(w) for w in re.split(r"[._-]", stem))
    return len(stem) >= 3 and bool(re.search(rf"(github|gitlab)\.com/[\w.-]+/{spelt}(\.js)?\b", top, re.I))


def _esbuild_global(lib: str):
    """esbuild's build of a library for the browser's global scope (``--format=iife --global-name=pmtiles``): the file opens by
    assigning the library's name an arrow function whose first lines are esbuild's runtime helpers (``var __defProp = Object.…``)."""
    return re.compile(rf"\A(?:\s*[\"']use strict[\"'];)?\s*var[ \t]+{re.escape(lib)}[ \t]*=[ \t]*\(\(\)[ \t]*=>[ \t]*\{{\s*var[ \t]+__\w+[ \t]*=[ \t]*Object\.", re.I)


# a global defined at a script's top level under a capitalised name (var Canvas2Image = …, function FileSaver(…), window.Foo = …)
_TOP_GLOBAL = lazy_compile(r"^(?:var|let|const)[ \t]+([A-Z][\w$]*)[ \t]*=|^function[ \t]+([A-Z][\w$]*)[ \t]*\(|^window\.([A-Z][\w$]*)[ \t]*=", re.M)
_RELEASE_VERSION = lazy_compile(r"\bversion\b\s*[-:=]?\s*v?\d+\.\d+|\bv\d+\.\d+", re.I)
_RELEASE_LICENCE = lazy_compile(r"licen[cs]e|\bMIT\b|\bGPL|\bBSD\b|apache", re.I)
_COPYRIGHT_HOLDER = lazy_compile(r"(?:\(c\)|©|copyright|copyleft)(?:\s*(?:\(c\)|©))?\s*(?:\d{4}(?:\s*[-–,]\s*\d{4})*)?[\s,]*(?:by\s+)?([^\n*]{3,60})", re.I)
# what a published library's banner says of itself besides its name: what it is, or where its home page is
_LIBRARY_SELF = lazy_compile(r"\b(?:framework|library|librairie|plugin|polyfill|toolkit)\b|https?://", re.I)


def _self_named_release(e, head: str, own: str, unversioned: bool = False) -> str | None:
    """The copyright holder (squeezed) when a script's or stylesheet's leading comment opens on the file's own name and gives a
    version, a copyright and a licence ("vkBeautify - javascript plugin … Version - 0.99.00.beta … Copyright (c) 2012 Vadim
    Kiryukhin … MIT license" atop js/vkbeautify.js): a one-file library released by someone. None otherwise, and for a file
    named after the project (its README's title). ``unversioned``: a banner giving no version is enough when it says what the
    file is or where it lives ("JXON framework - Copyleft 2011 by Mozilla Developer Network … https://developer.mozilla.org/… GNU
    Public License, version 3 or later" atop js/src/jxon.js) — the caller then asks that neither the root licence nor the README
    name the holder."""
    top = banner(head)
    first = re.search(r"[A-Za-z][\w.-]*", top) if top else None
    stem = squeeze(re.sub(r"(\.min)?\.(js|css)$", "", e.name, flags=re.I))
    if not first or len(stem) < 4 or squeeze(first.group(0)).removesuffix("js") != stem.removesuffix("js") or stem in own:
        return None
    holder = _COPYRIGHT_HOLDER.search(top)
    if not (holder and _RELEASE_LICENCE.search(top) and (_RELEASE_VERSION.search(top) or (unversioned and _LIBRARY_SELF.search(top)))):
        return None
    name = squeeze(holder.group(1))
    return name if len(name) >= 3 else None


def _root_texts(snap) -> str:
    """The root README's and licence file's first 8 KB each, as written (their web addresses are the project's)."""
    root = sorted((e for e in snap.files.values() if "/" not in e.path and (e.name.lower().startswith("readme") or community_kind(e.name) == "license")),
                  key=lambda e: e.path)[:4]
    return "\n".join(snap.read_head(e.path, 8192) or "" for e in root)


def _root_licence_text(snap) -> str:
    """The root licence file's first 8 KB, as written ("" without one)."""
    lic = next((e for e in sorted(snap.files.values(), key=lambda e: e.path) if "/" not in e.path and community_kind(e.name) == "license"), None)
    return (snap.read_head(lic.path, 8192) or "") if lic else ""


def _readme_text(snap) -> str:
    """The root README's first 8 KB, squeezed: a holder it names is the project's (its authors, its sponsor)."""
    readme = next((e for e in sorted(snap.files.values(), key=lambda e: e.path) if "/" not in e.path and e.name.lower().startswith("readme")), None)
    return squeeze(snap.read_head(readme.path, 8192) or "") if readme else ""


def _own_holders(snap) -> str:
    """The root licence file's first bytes, squeezed: a holder named there is the project itself."""
    lic = next((e for e in sorted(snap.files.values(), key=lambda e: e.path) if "/" not in e.path and community_kind(e.name) == "license"), None)
    return squeeze(snap.read_head(lic.path, 8192) or "") if lic else ""


_HTML_PAGE = lazy_compile(r"<!doctype\s+html\b|<html[\s>]", re.I)


def _probe(snap, entries: list) -> dict[str, str]:
    """Category/language corrections from the first bytes of a few files (bounded, sorted)."""
    out: dict[str, str] = {}
    probes = []
    own = _readme_title(snap)
    holders: list[str] = []  # the root licence's text, read once (root_holders) when a file's banner names a holder
    readme: list[str] = []  # the root README's text, squeezed, read once (readme_words)
    plain = []  # other scripts, probed last (within the same bound) for a jQuery plugin's banner
    signers: set[tuple[str, tuple[str, str]]] = set()  # (folder, (author, site)) of the libraries their author's banner signs
    signed_files: list[tuple[str, tuple[str, str]]] = []  # the other scripts signed by an author with a site

    def root_holders() -> str:
        if not holders:
            holders.append(_own_holders(snap))
        return holders[0]

    def readme_words() -> str:
        if not readme:
            readme.append(_readme_text(snap))
        return readme[0]

    licence: list[str] = []  # the root licence's first 8 KB as written, read once (root_licence)

    def root_licence() -> str:
        if not licence:
            licence.append(_root_licence_text(snap))
        return licence[0]
    for e in entries:
        ext = e.ext
        dirs = {seg.lower() for seg in parts(e.path)[:-1]}
        if ext in ("js", "css") and (dirs & _LIB_DIRS or KNOWN_FILE.match(e.name)) and not is_test(e.path):
            probes.append(e)
        elif ext == "qml" or e.name == "manifest.json":
            probes.append(e)
        elif ext == "js" and not is_test(e.path) and not is_vendored(e.path):
            plain.append(e)
    pages = {e.path.rsplit(".", 1)[0].lower() for e in snap.files.values() if e.ext in ("html", "htm") and not is_vendored(e.path)}
    for e in (probes + plain)[:MAX_HEADER_PROBES]:
        data = snap.read_bytes(e.path, limit=snap.max_blob)
        lib_dir = bool({seg.lower() for seg in parts(e.path)[:-1]} & {"lib", "libs"})
        if not data and e.size > snap.max_blob and KNOWN_FILE.match(e.name):
            # a well-known library's build too big to read, in a lib/ folder (lib/ol-debug.js, 2.7 MB) or beside an add-on's own
            # scripts (addons/statchart/echarts.js, 1 MB): no one writes a megabyte under a library's name
            out[e.path] = "vendored"
        if not data:
            continue
        head = data[:HEADER_BYTES].decode("utf-8", "replace")
        if e.ext == "js" and _HTML_PAGE.match(head.lstrip()):
            out[e.path] = "vendored"  # a web page saved under a script's name (a forge's page of a library's file, downloaded for
            continue  # the raw file): a copy, broken, of someone else's file; its analytics tags and hosts are the forge's page's
        if e.ext == "js" and data_literal(e.size, head, data):
            out[e.path] = "data"  # one data literal (static/js/BV.js: var BVdata = {"type":"FeatureCollection", …} on one line): no library
            continue
        if lib_dir and e.ext == "js" and _UMD_HEAD.search(head) and (dep := _UMD_DEPENDENCY.search(head)) \
                and (dep.group(1) or dep.group(2)).lower() in KNOWN_NAMES:
            out[e.path] = "vendored"  # a plugin of a library, wrapped for any loader (define(["openlayers"], factory)), in lib/
            continue
        if e.ext in ("js", "css") and _NUGET_CONTENT.match(head):
            out[e.path] = "vendored"  # a NuGet package's script, installed with Microsoft's licence block or CDN line on top (Scripts/respond.js)
            continue
        if e.name == "manifest.json":
            if _RSCONNECT.search(head):
                out[e.path] = "lockfile"  # R packages and versions written by rsconnect::writeManifest
        elif e.ext == "qml":
            if _QGIS_QML.search(head):
                out[e.path] = "qgis-style"
        elif e.ext == "js" and _page_script(e.path, pages) and not _LIB_WORDS.search(banner(head)):
            continue  # the script of one of the project's pages, its version in a banner with no licence nor copyright (js/prix_eau_wms.js
            # of prix_eau_wms.htm: "*** prix_eau.js v1.0.0 *** Fonctions js utilisées par prix_eau.htm"): the project's own
        elif e.ext == "js" and plugin_call_script(data[:PLUGIN_CALL_BYTES].decode("utf-8", "replace"), e.size):
            continue  # a short script defining nothing, calling a plugin whose release and site its first lines name (js/weather.js:
            # "// v3.1.0 // http://simpleweatherjs.com" over $.simpleWeather({…})): the project's use of a plugin loaded elsewhere
        elif _library_copy(e, head, bool({seg.lower() for seg in parts(e.path)[:-1]} & _LIB_DIRS), own,
                           data[:2 * HEADER_BYTES].decode("utf-8", "replace")):
            out[e.path] = "vendored"
        elif e.ext == "js" and _self_exported(e.name, data, own):
            out[e.path] = "vendored"  # minified, wrapped for any loader, giving the page a global named after the file, no banner (a site
            # builder's assets/smoothscroll/smooth-scroll.js ending "…define.amd?define(…):…module.exports=y:window.SmoothScroll=y})()")
        elif e.ext == "js" and _minified_plugin(e.name, data, own):
            out[e.path] = "vendored"  # a jQuery plugin's minified build, no banner, under a name of its own (js/icheck.js: one line,
            # "!function(e){… e.fn[d]=function(…){…} …}(window.jQuery||window.Zepto);")
        elif e.ext == "js" and _CLOSURE_HEAD.search(head):
            out[e.path] = "generated"  # compiled by Closure Compiler, no library's banner above: the compiler's output
        elif e.ext == "js" and LEAFLET_PLUGIN_FILE.match(e.name) and LEAFLET_EXTENDED.search(data[:HEAD_BYTES].decode("utf-8", "replace")):
            out[e.path] = "vendored"  # a published Leaflet plugin under its own file name, extending Leaflet (Control.FullScreen.js, no banner)
        elif e.ext == "js" and leaflet_plugin_module(e.name, data.decode("utf-8", "replace"), own):
            out[e.path] = "vendored"  # a Leaflet plugin's module, given Leaflet and hooking into it, making no map (leaflet_export.js),
            # or naming its home repository after the file (L.Mask.js: "credits: https://github.com/turban/Leaflet.Mask")
        elif in_copied_package_dist(e.path) and _LIB_WORDS.search(banner(head)):
            out[e.path] = "vendored"  # its leading comment names a licence, a copyright or the library's home
        elif (holder := _self_named_release(e, head, own)) and holder not in root_holders():
            out[e.path] = "vendored"  # a one-file library's banner: its name, version, copyright and licence (vkbeautify.js in js/)
        elif (holder := _self_named_release(e, head, own, unversioned=True)) and holder not in root_holders() and holder not in readme_words() \
                and not (own and (own in holder or holder in own)):
            out[e.path] = "vendored"  # the same without a version, by a holder the project never names (MDN's jxon.js in js/src/)
        elif e.ext == "js" and (holder := self_named_grant(e.name, data[:4 * HEADER_BYTES].decode("utf-8", "replace"))) \
                and holder not in root_holders() and holder not in readme_words() and not (own and (own in holder or holder in own)):
            # a one-file library whose leading comments grant its licence and name the file on the copyright line ("Typed.js |
            # Copyright (c) 2014 Matt Boldt", MIT) under a holder neither the root licence nor the README names
            out[e.path] = "vendored"
        elif e.ext == "js" and (signed := authored_library(e.name, data[:2 * HEADER_BYTES].decode("utf-8", "replace"))) \
                and signed[0] not in root_holders() and signed[0] not in readme_words() and not (own and (own in signed[0] or signed[0] in own)):
            # a one-file library's banner signed by its author and site, naming the file and its licence ("Color picker / Author: Stefan
            # Petre www.eyecon.ro / Dual licensed under the MIT and GPL licenses"), by someone the project never names: copied in
            out[e.path] = "vendored"
            signers.add((e.path.rpartition("/")[0], signed))
        elif parts(e.path)[-2:-1] and parts(e.path)[-2].lower() in ("lib", "libs") and (holder := licence_holder(data[:4 * HEADER_BYTES].decode("utf-8", "replace"))):
            # a lib/ file whose leading comment writes out a permissive grant under a holder the root licence does not name
            # (zip.js's inflate.js in an add-on's lib/: "Copyright (c) 2013 Gildas Lormeau … Redistribution and use…")
            if holder not in root_holders() and holder not in own and not (own and own in holder):
                out[e.path] = "vendored"
        elif (e.ext in ("js", "css") and {seg.lower() for seg in parts(e.path)[:-1]} & _LIB_DIRS
              and (subject := granted_library(banner(data[:4 * HEADER_BYTES].decode("utf-8", "replace"))))
              and _foreign_subject(squeeze(subject), copyright_holder(data[:4 * HEADER_BYTES].decode("utf-8", "replace")), own,
                                   root_holders, readme_words)):
            # a script or stylesheet whose leading comment grants a licence to a library it names ("Copyright (c) 2005, 2006 Thomas
            # Fuchs … script.aculo.us is freely distributable under the terms of an MIT-style license" atop js/effects.js), neither the
            # project (its README's title, a name its README or licence gives) nor held by the project's holder: that library's file
            out[e.path] = "vendored"
        elif (e.ext in ("js", "css") and {seg.lower() for seg in parts(e.path)[:-1]} & _SCRIPT_STYLE_DIRS
              and (holder := licence_holder(data[:4 * HEADER_BYTES].decode("utf-8", "replace")))
              and foreign_grant(banner(data[:4 * HEADER_BYTES].decode("utf-8", "replace")), root_licence())
              and holder not in root_holders() and holder not in own and not (own and own in holder)):
            # a js/ or css/ file whose leading comment grants a licence other than the project's, under a holder the project's
            # licence does not name (selectize's standalone build in js/selectize.js, opening on its sifter.js part: "Copyright (c)
            # 2013 Brian Reavis … Licensed under the Apache License", in a GPL-3.0 project): a library copied in
            out[e.path] = "vendored"
        if e.ext == "js" and e.path not in out and (who := banner_author(data[:2 * HEADER_BYTES].decode("utf-8", "replace"))):
            signed_files.append((e.path, who))
    # (and the scripts of its folder signed by the same author and site, licence or not: that distribution's parts, utils.js beside
    # colorpicker.js)
    out.update({p: "vendored" for p, who in signed_files if (p.rpartition("/")[0], who) in signers})
    return out



def _foreign_subject(subject: str, holder: str | None, own: str, root_holders, readme_words) -> bool:
    """The library a licence sentence names (``subject``, squeezed) is someone else's: not the project's title (``own``), not a name
    the root licence or the README gives (``root_holders``, ``readme_words``: their squeezed texts, read on demand), and the file's
    copyright holder, if any, not the project's either."""
    if own and (subject in own or own in subject):
        return False
    if subject in root_holders() or subject in readme_words():
        return False
    return not holder or (holder not in root_holders() and not (own and (own in holder or holder in own)))

# the folders of a site's scripts and stylesheets (js/, css/, static/…), where a file granted under another licence by someone else
# is a library copied in
_SCRIPT_STYLE_DIRS = frozenset({"js", "javascript", "javascripts", "scripts", "script", "css", "styles", "style", "stylesheets", "static",
                                "assets", "public", "www", "web", "plugins"})
# a permissive licence a leading comment grants, and the words its full text holds (so a root licence of that family is known)
_GRANT_FAMILIES = (("apache", lazy_compile(r"Licensed under the Apache License", re.I), lazy_compile(r"Apache License", re.I)),
                   ("mit", lazy_compile(r"Permission is hereby granted,? free of charge", re.I),
                    lazy_compile(r"Permission is hereby granted,? free of charge", re.I)),
                   ("bsd", lazy_compile(r"Redistribution and use in source and binary forms", re.I),
                    lazy_compile(r"Redistribution and use in source and binary forms", re.I)))


def foreign_grant(top: str, root: str) -> bool:
    """A leading comment (``top``) grants a permissive licence (Apache, MIT, BSD) that the project's root licence text (``root``,
    its first 8 KB) is not: the file is under another licence than the project's. False without a root licence (nothing to compare
    with)."""
    if not root.strip():
        return False
    granted = [family for family, grant, _ in _GRANT_FAMILIES if grant.search(top)]
    return bool(granted) and not any(text.search(root) for family, _, text in _GRANT_FAMILIES if family in granted)


_QGIS2WEB_MARKS = {"qgis2web_expressions.js", "qgis2web.js"}  # the exporter's own scripts, in every export it writes


# what NuGet writes atop the scripts of the packages it installs into an ASP.NET project's Scripts/ folder: Microsoft's
# redistribution terms between "NUGET: BEGIN/END LICENSE TEXT" (jQuery, Bootstrap, Respond, Modernizr), or the CDN copy's address
# (AspNet.ScriptManager's WebForms/MSAjax scripts, "//CdnPath=http://ajax.aspnetcdn.com/ajax/4.5.1/1/WebForms.js"): a package's
# content, never the project's writing
_NUGET_CONTENT = lazy_compile(r"\A\ufeff?\s*(?:/\*+\s*NUGET:\s*BEGIN\s+LICENSE\s+TEXT\b|//\s*CdnPath\s*=\s*https?://ajax\.(?:aspnetcdn|microsoft)\.com/)", re.I)
_UMD_HEAD = lazy_compile(r"\btypeof\s+exports\b|\bdefine\.amd\b")  # a UMD bundle's wrapper (a library built for any loader)
# a UMD wrapper whose parameters a minifier renamed, opening the file (!function(t,e){"object"==typeof exports…define.amd…}), however
# it was laid out since: a library's build, never a person's writing (a hand-written wrapper names its parameters: root, factory)
_MANGLED_UMD = lazy_compile(r"\A\s*(?:/\*[^*]{0,400}\*/\s*)?[!(]\s*function\s*\(\s*[a-z]\s*,\s*[a-z]\s*\)\s*\{[^{}]{0,200}?\btypeof\s+exports\b[^{}]{0,200}?\bdefine\.amd\b")
# the library a UMD wrapper loads: define(["openlayers"], factory), require("leaflet"), define(['jquery'], …)
_UMD_DEPENDENCY = lazy_compile(r"""\bdefine\(\s*\[\s*['"]([\w.-]+)['"]|\brequire\(\s*['"]([\w.-]+)['"]\s*\)""")


def _qgis2web_exports(snap, entries: list, items: list[Item], fixes: dict[str, str]) -> dict[str, str]:
    """A qgis2web export in a folder of any name (carte/ with its js/qgis2web_expressions.js, or resources/qgis2web.js for an
    OpenLayers export): the exporter wrote its scripts and styles (js/, css/, resources/, layers/layers.js, styles/), not people;
    the layers it writes (a Leaflet export's data/*.js, an OpenLayers export's layers/<layer>.js: GeoJSON in a variable) are
    data; a library it copies as a UMD bundle (resources/olms.js, ol-mapbox-style) is a copy (first bytes of at most
    :data:`MAX_HEADER_PROBES` scripts read, in path order)."""
    roots = {e.path.rsplit("/", 2)[0] if e.path.count("/") >= 2 else "" for e in entries
             if e.name in _QGIS2WEB_MARKS and parts(e.path)[-2:-1] in (["js"], ["resources"])}
    if not roots:
        return {}
    out: dict[str, str] = {}
    probes = 0
    for i in items:
        if i.category != "source" or fixes.get(i.path) is not None or _ext(i.path) not in ("js", "css"):
            continue
        # the deepest export holding the file (a second export kept in qgis2web_2021_05_21-15_58_42_956969/ beside the root's one
        # is that folder's, not the root's: the root "" holds every path)
        root = next((r for r in sorted(roots, key=len, reverse=True) if i.path.startswith(f"{r}/" if r else "")), None)
        if root is None:
            continue
        rel = parts(i.path[len(root) + 1 if root else 0:])
        if len(rel) == 2 and (rel[0] == "data" or (rel[0] == "layers" and rel[1] != "layers.js")) and _ext(i.path) == "js":
            out[i.path] = "data"
        elif rel[0] in ("js", "css", "resources", "layers", "styles", "webfonts"):
            out[i.path] = "generated"
            if _ext(i.path) == "js" and rel[0] in ("js", "resources") and i.path.rsplit("/", 1)[-1] not in _QGIS2WEB_MARKS and probes < MAX_HEADER_PROBES:
                probes += 1
                if _UMD_HEAD.search((snap.read_bytes(i.path, limit=snap.max_blob) or b"")[:HEADER_BYTES].decode("utf-8", "replace")):
                    out[i.path] = "vendored"
            # (or a library's own banner, its version and licence — tail.datetime's "@version 0.4.14 … @license X11 / MIT" atop
            # tailDT.css —, or a minified build on one long line, OSMBuildings-OL3.js: copied in, not written by qgis2web)
            if out[i.path] == "generated" and rel[0] in ("js", "css", "resources") and i.path.rsplit("/", 1)[-1] not in _QGIS2WEB_MARKS \
                    and probes < MAX_HEADER_PROBES:
                probes += 1
                data = snap.read_bytes(i.path, limit=snap.max_blob) or b""
                head = banner(data[:HEADER_BYTES * 2].decode("utf-8", "replace"))
                if (head and _LIB_WORDS.search(head) and re.search(r"@version[ \t]+v?\d+\.\d+", head)) \
                        or (len(data) > 10_000 and minified_shape(data[:4096].decode("utf-8", "replace"))):
                    out[i.path] = "vendored"
    return out


_DATA_DIRS = {"data", "datas", "donnees", "données", "geojson", "json"}
MAX_DATA_PROBES = 200
_JSON_LITERAL = lazy_compile(r"\A\ufeff?\s*(?:(?:var|let|const)\s+[\w$]+\s*=\s*)?[\[{]\s*[\"\[{]")
_CODE_WORDS = lazy_compile(r"\bfunction\b|=>|\bclass\s+\w|\brequire\(|\bimport\s")
_GEOJSON_HEAD = lazy_compile(r'"type"\s*:\s*"(?:FeatureCollection|Feature|Topology|GeometryCollection)"')
DATA_LITERAL_BYTES = 10_000


def data_literal(size: int, head: str, data: bytes) -> bool:
    """A script that is one data literal and no code, wherever it sits: a JSON object or array, bare or assigned to a variable,
    that is GeoJSON or TopoJSON by its first bytes or weighs :data:`DATA_LITERAL_BYTES` or more (a river syndicate's map page
    loads its watersheds as static/js/BV.js, ``var BVdata = {"type":"FeatureCollection", …}`` on one 18 KB line, which looked
    minified: a data set, not a copied library). A settings object of a few lines stays the project's code."""
    if not _JSON_LITERAL.match(head) or not (size >= DATA_LITERAL_BYTES or _GEOJSON_HEAD.search(head)):
        return False
    return not _CODE_WORDS.search(data.decode("utf-8", "replace"))


def _data_scripts(snap, items: list[Item], fixes: dict[str, str]) -> dict[str, str]:
    """Scripts of a data folder (demos/…/data/amiens.js) that hold a JSON document, bare or assigned to a variable (GeoJSON a map
    page loads), and no code: data, not the project's code. At most :data:`MAX_DATA_PROBES` files read, in path order."""
    out: dict[str, str] = {}
    probes = [i.path for i in items if i.category == "source" and fixes.get(i.path) is None and _ext(i.path) == "js"
              and len(parts(i.path)) >= 2 and parts(i.path)[-2].lower() in _DATA_DIRS][:MAX_DATA_PROBES]
    for path in probes:
        text = snap.read_text(path, limit=snap.max_blob) or ""
        if _JSON_LITERAL.match(text) and not _CODE_WORDS.search(text):
            out[path] = "data"
    return out


def _loaded_by_copies(snap, items: list[Item], fixes: dict[str, str]) -> dict[str, str]:
    """A script of a lib/ folder that a library copied beside it loads by its name (z-worker.js beside zip.js, which names it among
    its worker scripts: ``inflater: ['z-worker.js', 'inflate.js']``) is part of that copy, though it carries no banner. Bounded: at most
    :data:`MAX_HEADER_PROBES` copies read, in path order."""
    vendored = {i.path for i in items if i.category == "vendored"} | {p for p, v in fixes.items() if v == "vendored"}
    own: dict[str, list[str]] = {}
    for i in items:
        if i.category == "source" and i.path not in vendored and _ext(i.path) in ("js", "mjs") and fixes.get(i.path) is None:
            own.setdefault(i.path.rpartition("/")[0], []).append(i.path)
    copies: dict[str, list[str]] = {}
    for path in sorted(vendored):
        folder = path.rpartition("/")[0]
        # (in a lib/ folder only: a site's js/ holds its own minified build, which names its scripts, beside them)
        if folder in own and _ext(path) in ("js", "mjs") and parts(folder)[-1].lower() in _TWIN_DIRS:
            copies.setdefault(folder, []).append(path)
    out: dict[str, str] = {}
    reads = 0
    for folder in sorted(copies):
        for copy in copies[folder]:
            if reads >= MAX_HEADER_PROBES:
                return out
            reads += 1
            text = snap.read_text(copy, limit=snap.max_blob) or ""
            out.update({p: "vendored" for p in own[folder] if p not in out and names_file(text, parts(p)[-1])})
    return out


GRAMMAR_EXT = {"pegjs", "peggy", "jison", "ne", "g4", "ohm"}  # parser generators' grammars (PEG.js, Peggy, Jison, nearley, ANTLR, Ohm)
_HASHED_NAME = lazy_compile(r"[.-][0-9a-f]{8,}\.(chunk\.)?(js|css)$", re.I)
_GENERATED_HEAD = lazy_compile(r"sourceMappingURL=|@generated\b|auto-?generated|generated by|do not edit|webpackBootstrap|^[^\S\n]*\(self\.webpackChunk", re.I | re.M)
_OUTPUT_MARKS = {"asset-manifest.json", "manifest.json", "stats.json"}


def _output_folder(folder: str) -> str:
    segs = parts(folder)
    for i, seg in enumerate(segs):
        if seg in ("build", "out"):
            return "/".join(segs[: i + 1])
    return folder


def _hand_written_in_build(snap, entries: list, items: list[Item]) -> set[str]:
    """Text files under a ``build/`` or ``out/`` folder that people wrote (build scripts a config imports,
    ``build/determineHost.js``) rather than a build wrote: the folder holds no trace of a bundler (source
    maps, hashed or minified names, an asset manifest) and the files' first bytes none either."""
    by_folder: dict[str, list[str]] = {}
    for item in items:
        if item.category != "build":
            continue
        p = parts(item.path)
        if _ext(p[-1]) not in ("js", "mjs", "cjs", "css", "html") or any(seg in BUILD_DIRS for seg in p[:-1]) or in_app_bundle(item.path):
            continue
        by_folder.setdefault(_output_folder("/".join(p[:-1])), []).append(item.path)
    if not by_folder:
        return set()
    marked = set()
    for e in entries:
        name = e.name
        if _ext(name) == "map" or name in _OUTPUT_MARKS or _HASHED_NAME.search(name) or _MINIFIED.search(name):
            for folder in by_folder:
                if e.path.startswith(folder + "/"):
                    marked.add(folder)
    hand: set[str] = set()
    probes = 0
    for folder in sorted(by_folder):
        if folder in marked:
            continue
        paths = by_folder[folder]
        heads = []
        for path in paths[:20]:  # bounded: the first files in path order decide for the folder
            probes += 1
            data = snap.read_bytes(path, limit=snap.max_blob) or b""
            heads.append(data[:HEADER_BYTES].decode("utf-8", "replace"))
        if probes > MAX_HEADER_PROBES:
            break
        if any(_GENERATED_HEAD.search(h) or _BUNDLE_HEAD.search(h) or (len(h) >= HEADER_BYTES and not line_breaks(h.rstrip("\r\n"))) for h in heads):
            continue
        hand.update(paths)
    return hand


# A target/ folder is a build's output (Maven, sbt, Cargo, Leiningen) only with a build's trace: a build file beside it, or compiled
# artefacts and the folders a build writes inside it. Otherwise it is a folder the project named so (a JCMS plugin's jsp/target/).
_TARGET_BUILD_FILES = {"pom.xml", "build.sbt", "Cargo.toml", "project.clj", "build.gradle", "build.gradle.kts", "build.xml"}
_TARGET_TRACES = {"classes", "test-classes", "generated-sources", "generated-test-sources", "maven-status", "maven-archiver", "surefire-reports",
                  "debug", "release", "scala-2.12", "scala-2.13", "streams", "incremental", "antrun"}
_COMPILED_EXT = {"class", "jar", "war", "ear", "rlib", "rmeta", "o", "d", "so", "tasty"}


def _target_folder(path: str) -> str | None:
    segs = parts(path)[:-1]
    if any(seg in BUILD_DIRS - {"target"} for seg in segs) or "target" not in segs:
        return None
    return "/".join(segs[: segs.index("target") + 1])


def _hand_written_targets(entries: list, items: list[Item]) -> set[str]:
    """Files under a ``target/`` folder that no build wrote: neither a build file beside the folder nor a compiled artefact or a
    build's folder inside it."""
    folders: dict[str, list[str]] = {}
    for item in items:
        folder = _target_folder(item.path) if item.category == "build" else None
        if folder:
            folders.setdefault(folder, []).append(item.path)
    if not folders:
        return set()
    traced = set()
    for e in entries:
        for folder in folders:
            parent = folder.rsplit("/", 1)[0] if "/" in folder else ""
            if e.dir == parent and e.name in _TARGET_BUILD_FILES:
                traced.add(folder)
            elif e.path.startswith(folder + "/") and (_ext(e.name) in _COMPILED_EXT or set(parts(e.path[len(folder) + 1:])[:-1]) & _TARGET_TRACES):
                traced.add(folder)
    return {p for folder, paths in folders.items() if folder not in traced for p in paths}


def _sphinx_output(entries: list, items: list[Item]) -> list[Item]:
    """A folder holding Sphinx's ``.buildinfo`` is a built documentation site (html/, _build/html/): build output."""
    folders = sorted({e.dir + "/" for e in entries if e.name in (".buildinfo", ".buildinfo.bak") and e.dir})
    if not folders:
        return items
    return [Item(i.path, "build", i.language) if i.category != "build" and any(i.path.startswith(f) for f in folders) else i for i in items]


def _doc_output(entries: list, items: list[Item]) -> list[Item]:
    """A documentation generator's output committed (Javadoc's doc/, YARD's doc/, Doxygen's html/…: see
    :mod:`auditor.facts.doc_outputs`): generated, not the project's pages or code."""
    folders = doc_output_folders(e.path for e in entries)
    if not folders:
        return items
    return [Item(i.path, "generated", i.language) if i.category not in ("vendored", "build", "generated", "community", "manifest")
            and in_doc_output(i.path, folders) else i for i in items]


MIN_NUMBERED_RECORDS = 3
_RECORD_NAME = lazy_compile(r"^\d+\.\w+$")


def _numbered_records(items: list[Item]) -> list[Item]:
    """Office documents or PDFs named by a bare number, at least :data:`MIN_NUMBERED_RECORDS` in one folder outside the documentation
    and guide folders, that folder holding no other document: records the application wrote and named by their id (a school-canteen
    billing's pdfs/25883.pdf, the invoice it mails to a family, issue 12, s35 d35), not documentation of the project: generated."""
    folders: dict[str, list[Item]] = {}
    for i in items:
        if i.category == "documentation" and _ext(i.path) in DOCUMENT_EXT:
            folders.setdefault(i.path.rpartition("/")[0], []).append(i)
    records = {i.path for folder, docs in folders.items() if len(docs) >= MIN_NUMBERED_RECORDS
               and not (_doc_folders(parts(docs[0].path)) & (DOC_DIRS | GUIDE_DIRS))
               and all(_RECORD_NAME.match(parts(i.path)[-1]) for i in docs) for i in docs}
    return [Item(i.path, "generated", i.language) if i.path in records else i for i in items] if records else items


def _sphinx_conf(entries: list, items: list[Item]) -> list[Item]:
    """A Sphinx site's conf.py beside its index page, wherever the site is (the root of a repository of guides): the
    documentation generator's settings, documentation like docs/conf.py, not the project's code."""
    sites = {e.dir for e in entries if e.name in ("index.rst", "contents.rst", "index.md")}
    return [Item(i.path, "documentation", i.language) if parts(i.path)[-1] == "conf.py" and i.category == "source"
            and (i.path.rpartition("/")[0] in sites) else i for i in items]


# Java/Kotlin/Scala package roots of well-known third-party libraries: their sources copied beside the project's own
# namespace (org/osgeo/proj4j next to fr/cg44/…) are vendored code.
THIRD_PARTY_NAMESPACES = {"org/osgeo", "org/apache", "org/locationtech", "com/google", "org/json", "com/fasterxml", "org/springframework",
                          "javax", "jakarta", "org/slf4j", "org/hibernate", "org/eclipse", "net/sf", "org/geotools", "com/vividsolutions",
                          "org/jsoup", "org/codehaus", "org/joda", "com/sun", "org/w3c", "org/xml", "org/mozilla", "org/bouncycastle",
                          "com/itextpdf", "com/lowagie", "org/jfree", "org/quartz", "org/yaml", "com/jcraft", "org/dom4j", "org/jdom"}
_JVM_NAMESPACE = lazy_compile(r"(?:^|/)(?:java|kotlin|scala|classes|src)/((?:org|com|net|fr|eu|io|javax|jakarta)(?:/[a-z0-9_]+)?)/")


def _namespace(path: str) -> str | None:
    m = _JVM_NAMESPACE.search(path)
    if not m:
        return None
    ns = m.group(1)
    return ns if ns.split("/")[0] not in ("javax", "jakarta") else ns.split("/")[0]


def _third_party_namespaces(items: list) -> list:
    """JVM sources under a third-party library's package root, in a repository that has a namespace of its own: vendored."""
    spaces = {i.path: _namespace(i.path) for i in items if i.category == "source" and _ext(i.path) in ("java", "kt", "scala")}
    own = {ns for ns in spaces.values() if ns and ns not in THIRD_PARTY_NAMESPACES}
    if not own:
        return items
    return [Item(i.path, "vendored", i.language) if spaces.get(i.path) in THIRD_PARTY_NAMESPACES else i for i in items]


# (library.properties: a Processing library's, processing/libs/oscP5/ with its src/, examples/ and reference/)
_PACKAGE_MARKS = lazy_compile(r"^(licen[cs]e|copying|package\.json|bower\.json|\.bower\.json|composer\.json|setup\.py|pyproject\.toml|library\.properties)(\.\w+)?$", re.I)


_SERVED_DIRS = {"public", "static", "assets", "web", "www", "htdocs", "resources"}


def _copied_packages(entries: list, items: list[Item]) -> list[Item]:
    """A folder under ``libs/`` (or a served folder's ``lib/``) that carries a package's own licence or manifest at its top
    (libs/leaflet-draw/LICENSE, Resources/public/lib/datetimepicker/package.json) is a copied
    package: all its files are vendored. The project's own scripts in libs/ (no such mark) stay its source."""
    packages = set()
    for e in entries:
        segs = parts(e.path)
        for i, seg in enumerate(segs[:-2]):
            # libs/, or a lib/ folder among the files a site serves (Resources/public/lib/datetimepicker/ with its package.json)
            served_lib = seg.lower() in LIB_PARENTS and bool({x.lower() for x in segs[:i]} & _SERVED_DIRS)
            if (seg.lower() == "libs" or (served_lib and len(segs) == i + 3)) and _PACKAGE_MARKS.match(segs[-1]):
                packages.add("/".join(segs[: i + 2]) + "/")
    if not packages:
        return items
    return [Item(i.path, "vendored", i.language) if i.category != "vendored" and any(i.path.startswith(p) for p in packages) else i
            for i in items]


# a library's release named with its version glued to its name (FPDF 1.7's fpdf17/, phpmailer5/)
_GLUED_RELEASE = lazy_compile(r"^(?P<name>[A-Za-z][A-Za-z_-]*?)[-_]?v?\d{1,3}$")


def _glued_releases(items: list[Item]) -> list[Item]:
    """A folder on a library shelf (plugins/, lib/, vendor/…) named after the file at its top with a version glued to the name, and
    carrying a licence of its own there (a PHP app's plugins/fpdf17/ holding fpdf.php and license.txt, its doc/ and tutorial/): that
    library's release copied whole, all its files vendored."""
    tops: dict[str, set] = {}
    for i in items:
        segs = parts(i.path)
        if len(segs) >= 3 and segs[-3].lower() in RELEASE_PARENTS:
            tops.setdefault("/".join(segs[:-1]), set()).add(segs[-1])
    roots = tuple(f + "/" for f, names in tops.items() if (m := _GLUED_RELEASE.match(f.rsplit("/", 1)[-1]))
                  and any(TOP_LICENCE.match(n) for n in names) and any(n.rsplit(".", 1)[0].lower() == m.group("name").lower() for n in names))
    if not roots:
        return items
    return [Item(i.path, "vendored", i.language) if i.category != "vendored" and i.path.startswith(roots) else i for i in items]


def _library_plugins(seg: str) -> bool:
    """A shelf of a known library's plugins (public/leaflet-plugins/, js/jquery_plugins/): each folder in it is a plugin copied
    with its licence, not the project's code (a WordPress plugin's public/leaflet-plugins/leaflet-control-osm-geocoder/)."""
    low = seg.lower()
    for tail in ("-plugins", "_plugins", ".plugins"):
        if low.endswith(tail):
            return low[: -len(tail)] in LIBRARY_DIR_NAMES
    return False


def _whole_packages(items: list[Item]) -> list[Item]:
    """A library copied whole into a library folder (lib/Fuse-master/, lib/leaflet/plugins/Leaflet.markercluster/): a folder under
    lib/, libs/, vendor/… that carries a package's own manifest or licence at its top and holds a file already told to be a copied
    library's (by its name or first bytes). Its manifest, tests, CI file and dist/ are that library's, not the project's: the
    whole folder is vendored (the outermost such folder)."""
    holding = {"/".join(parts(i.path)[:k]) + "/" for i in items if i.category == "vendored" for k in range(1, len(parts(i.path)))}
    marks: dict[str, set] = {}
    for i in items:
        segs = parts(i.path)
        if len(segs) >= 3 and _PACKAGE_MARKS.match(segs[-1]) and any(seg.lower() in _LIB_CONTAINERS or _library_plugins(seg) for seg in segs[:-2]):
            kind = "licence" if re.match(r"^(licen[cs]e|copying)", segs[-1], re.I) else "js" if re.match(r"^\.?(package|bower)\.json$", segs[-1], re.I) else "other"
            marks.setdefault("/".join(segs[:-1]) + "/", set()).add(kind)
    # a copied file inside, or both a licence and a JavaScript package's manifest of its own (lib/plugin/Leaflet.snogylop/: LICENSE,
    # package.json, src/; a Python or PHP package of the project's own under lib/ keeps its setup.py or composer.json and its licence)
    roots = {folder for folder, kinds in marks.items() if folder in holding or {"licence", "js"} <= kinds}
    if not roots:
        return items
    outer = sorted(r for r in roots if not any(o != r and r.startswith(o) for o in roots))
    return [Item(i.path, "vendored", i.language) if i.category != "vendored" and any(i.path.startswith(r) for r in outer) else i for i in items]


_PROJECT_FILE_EXT = {"sln", "vbproj", "csproj", "fsproj", "vcxproj", "vcproj"}  # Visual Studio solutions and projects


def _own_programs(items: list[Item]) -> list[Item]:
    """A program or library named like a Visual Studio solution or project of the repository (DiagFeux.exe beside
    DiagFeux.sln and DiagFeux.vbproj), or like a PyInstaller spec at its root (release_v1.1.0/Horodatage.exe beside Horodatage.spec,
    its EXE(name='Horodatage'); issue 12, s44 fk44 = NumeriqueMediapass/Horodatage) is that project compiled or frozen and committed:
    build output, not someone else's binary (nor a library named after its release folder)."""
    stems = {parts(i.path)[-1].rsplit(".", 1)[0].lower() for i in items if _ext(i.path) in _PROJECT_FILE_EXT
             or ("/" not in i.path and _ext(i.path) == "spec")}
    if not stems:
        return items
    return [Item(i.path, "build", i.language) if i.category == "vendored" and _ext(i.path) in NATIVE_EXT
            and parts(i.path)[-1].rsplit(".", 1)[0].lower() in stems else i for i in items]


MAX_POMS = 20
_POM_PARENT = lazy_compile(r"<parent>(?:(?!<parent>).)*?</parent>|<dependencies>(?:(?!<dependencies>).)*?</dependencies>|"
                           r"<dependencyManagement>(?:(?!<dependencyManagement>).)*?</dependencyManagement>|<build>(?:(?!<build>).)*?</build>|<!--(?:(?!<!--).)*?-->", re.S)
_POM_ARTIFACT = lazy_compile(r"<artifactId>\s*([\w.-]{3,80})\s*</artifactId>")


def _own_jars(snap, items: list[Item], names: tuple[str, ...] = ()) -> list[Item]:
    """A Java archive named after one of the project's own Maven artifacts (pont-astre-400##2.0.jar, ROOT##pont-astre-400-2.4.jar
    beside a pom.xml whose artifactId is pont-astre-400: the releases a project offers on its Maven site) is that project built
    and committed: build output, not a copied library. At most :data:`MAX_POMS` pom.xml read, in path order. Without a pom.xml,
    a jar named after the project itself (its repository, or the repository's name without "-executables", "-dist"…: the builds
    of a program's distribution repository, :mod:`auditor.facts.jar_builds`) is its build too."""
    jars = [i for i in items if i.category == "vendored" and _ext(i.path) in JAR_EXT]
    if not jars:
        return items
    by_name = own_jar_names(project_names(snap, _readme_title(snap), tuple(names)))
    named_own = {i.path for i in jars if (m := _JAR_NAME.match(parts(i.path)[-1])) and is_own_jar(m.group("name"), by_name)}
    if named_own:
        items = [Item(i.path, "build", i.language) if i.path in named_own else i for i in items]
        jars = [i for i in jars if i.path not in named_own]
    own = set()
    for i in [i for i in items if parts(i.path)[-1] == "pom.xml" and i.category in ("manifest", "build")][:MAX_POMS]:
        m = _POM_ARTIFACT.search(_POM_PARENT.sub("", snap.read_text(i.path, limit=512 * 1024) or ""))
        if m:
            own.add(m.group(1).lower())
    if not own:
        return items
    rx = re.compile(r"(?:^|#)(?:" + "|".join(re.escape(a) for a in sorted(own)) + r")(?:[-_#.]|$)")
    named = {i.path for i in jars if rx.search(parts(i.path)[-1].rsplit(".", 1)[0].lower())}
    return [Item(i.path, "build", i.language) if i.path in named else i for i in items]


def _own_wheels(snap, items: list[Item], names: tuple[str, ...]) -> list[Item]:
    """A Python wheel or egg named after the project itself (its repository's name, its README's title: ``mypkg-1.2-py3-none-any.whl``
    committed beside mypkg's sources) is that project built and committed: build output, not a copied library."""
    wheels = [i for i in items if i.category == "vendored" and _ext(i.path) in WHEEL_EXT]
    if not wheels:
        return items
    own = project_names(snap, _readme_title(snap), tuple(names))
    named = {i.path for i in wheels if (m := _WHEEL_NAME.match(parts(i.path)[-1])) and re.sub(r"[^a-z0-9]", "", m.group("name").lower()) in own}
    return [Item(i.path, "build", i.language) if i.path in named else i for i in items] if named else items


# What builds a project: a bundler's or compiler's configuration, a task runner's file (beside the manifests)
_BUILD_SETUP = lazy_compile(r"^(?:(?:webpack|vite|rollup|esbuild|parcel|snowpack|gulpfile|gruntfile|tsconfig|angular|next\.config|nuxt\.config|"
                            r"svelte\.config|astro\.config|babel\.config|\.babelrc)\b[\w.-]*|makefile)$", re.I)


# a build or test tool's settings written as a script (webpack.config.js, prod-webpack.config.js, tests.webpack.js, karma.conf.single-run.js,
# vite.config.ts, proxyConfig.js, setupProxy.js, gulpfile.js) or a root config.js the build reads: by the file's name
BUILD_TOOL_SCRIPT = lazy_compile(r"^(?:[\w-]+[.-])?(?:webpack|rollup|vite|esbuild|babel|jest|vitest|karma|eslint|prettier|postcss|tailwind|stylelint|"
                                 r"commitlint|gulpfile|gruntfile|cypress|playwright|proxy-?config|setupproxy)\b[\w.-]*\.[cm]?[jt]s$|"
                                 r"\.conf(?:ig)?(?:\.[\w-]+)*\.[cm]?[jt]s$|^config\.[cm]?[jt]s$", re.I)


def _unbuilt_dist(entries: list, items: list[Item]) -> list[Item]:
    """The root dist/ of a project that builds nothing (no manifest nor build configuration outside it): what people put there,
    the libraries a static dashboard loads (dist/bootstrap/, dist/aos-master/) copied whole, and the project's own files beside
    them (dist/global.css), not a build's output."""
    if not any(i.category == "build" and i.path.startswith("dist/") for i in items) or any(
            not e.path.startswith("dist/") and (is_manifest(e.path) or _BUILD_SETUP.match(e.name) or _ext(e.name) in _PROJECT_FILE_EXT) for e in entries):
        return items
    if not any(e.path.count("/") == 2 and _PACKAGE_MARKS.match(parts(e.path)[-1]) for e in entries if e.path.startswith("dist/")):
        return items  # no library copied there (dist/aos-master/LICENSE, dist/PapaParse-5.0.2/package.json): a build's output after all
    return [i if i.category != "build" or not i.path.startswith("dist/") else Item(i.path, "vendored", i.language) if i.path.count("/") > 1
            else Item(i.path, "source" if i.language else "other", i.language) for i in items]


_TWIN_DIRS = {"lib", "libs", "plugin", "plugins", "vendor", "vendors"}


# A library's translation file named after it with a language code (bootstrap-datepicker.fr.js, bootstrap-datepicker.pt-BR.min.js, .rs-latin.js,
# select2_locale_fr.js): the library's, as its script is
_LOCALE_OF = lazy_compile(r"^(?P<base>[\w.-]+?)(?:[._-]|_locale_)(?P<locale>[a-z]{2,3}(?:[-_][A-Za-z]{2,5})?)(?:[.-]min)?\.js$")


_ANY_LOCALE = lazy_compile(r"^(?P<base>[\w.-]+?)[._-][a-z]{2,3}(?:[-_][A-Za-z]{2,5})?(?:[.-]min)?\.js$")


def locale_base(name: str) -> str | None:
    """The library a translation file is named after (``bootstrap-datepicker.fr.min.js`` -> ``bootstrap-datepicker``), or None."""
    m = _LOCALE_OF.match(name)
    return library_stem(m.group("base") + ".js") if m and m.group("locale").split("-")[0].split("_")[0].lower() in LANGUAGE_CODES else None


def _copied_locales(items: list[Item], fixes: dict[str, str]) -> dict[str, str]:
    """Translation files of a library copied into the repository (a file named after a vendored script with a language code)."""
    vendored = {library_stem(parts(i.path)[-1]) for i in items if i.category == "vendored" and _ext(i.path) == "js"}
    vendored |= {library_stem(parts(p)[-1]) for p, v in fixes.items() if v == "vendored" and _ext(p) == "js"}
    out = {i.path: "vendored" for i in items if i.category == "source" and i.path not in fixes and _ext(i.path) == "js"
           and (base := locale_base(parts(i.path)[-1])) and base in vendored}
    out.update(_locale_sets(items, fixes, out))
    return out


_GENERIC_TOKENS = {"jquery", "js", "min", "custom", "plugin", "lib"}
# a library's translations joined in one file named after it (jquery-ui-i18n.js, jquery.ui.datepicker-i18n.min.js)
_JOINED_LOCALES = lazy_compile(r"^(?P<base>[\w.-]+?)[.-](?:i18n|locales?|langs?|lang-all|all-locales|translations?)(?:[.-]min)?\.js$", re.I)


def _tokens(stem: str) -> set[str]:
    return {t for t in re.split(r"[._-]", stem.lower()) if t and not t.isdigit() and t not in _GENERIC_TOKENS}


def _locale_sets(items: list[Item], fixes: dict[str, str], done: dict[str, str]) -> dict[str, str]:
    """Translation files of a copied library named after one of its parts, not after the file copied (jQuery UI 1.8's
    i18n/ui.datepicker-fr.js, 1.9's jquery.ui.datepicker-fr.js, 1.11's i18n/datepicker-fr.js beside js/jquery-ui-1.8.18.custom.min.js),
    and that library's translations joined in one file (i18n/jquery-ui-i18n.js): a set of at least three translations of one base
    in one folder whose name shares a word with a library copied in that folder, its parent or the parent's parent (jquery, js,
    min… are no such word), or a datepicker's beside a copied jQuery UI. A project's own translations (lang/messages-fr.js) share
    no word with a copy."""
    copied: dict[str, set[str]] = {}  # folder -> words of the JS libraries copied there
    for i in items:
        if _ext(i.path) == "js" and (i.category == "vendored" or fixes.get(i.path) == "vendored" or i.path in done):
            copied.setdefault(i.path.rpartition("/")[0], set()).update(_tokens(library_stem(parts(i.path)[-1])))
    if not copied:
        return {}
    jquery_ui = any({"ui"} <= words or "jqueryui" in words for words in copied.values())
    sets: dict[tuple[str, str], list[str]] = {}
    for i in items:
        if i.category == "source" and i.path not in fixes and i.path not in done and _ext(i.path) == "js":
            m = _ANY_LOCALE.match(parts(i.path)[-1])
            if m and (base := locale_base(parts(i.path)[-1]) or m.group("base").lower()):
                sets.setdefault((i.path.rpartition("/")[0], base), []).append(i.path)
    out: dict[str, str] = {}
    for (folder, base), paths in sorted(sets.items()):
        if len(paths) < 3:
            continue
        near = set()
        up = folder
        for _ in range(3):
            near |= copied.get(up, set())
            if not up:
                break
            up = up.rpartition("/")[0]
        if _tokens(base) & near or (base.endswith("datepicker") and jquery_ui):
            out.update({p: "vendored" for p in paths})
            for i in items:  # (and the file joining them, beside them)
                j = _JOINED_LOCALES.match(parts(i.path)[-1])
                if j and i.path.rpartition("/")[0] == folder and i.category == "source" and _tokens(j.group("base")) & (near | _tokens(base)):
                    out[i.path] = "vendored"
    return out


def _minified_twins(snap, items: list[Item], fixes: dict[str, str]) -> dict[str, str]:
    """The readable copy of a library beside its minified twin (Chart.roundedBarCharts.js next to Chart.roundedBarCharts.min.js):
    vendored when the pair names a known library's plugin (jquery.x, Chart.x, leaflet.x), sits in a library folder, or the readable
    file's first bytes carry a library banner. A project's own build (app.js beside app.min.js) stays its source."""
    vendored = {i.path for i in items if i.category == "vendored"} | {p for p, v in fixes.items() if v == "vendored"}
    out: dict[str, str] = {}
    probes = 0
    for i in items:
        if i.category != "source" or i.path in vendored or _ext(i.path) not in ("js", "css"):
            continue
        stem, ext = i.path.rsplit(".", 1)
        twin = next((t for t in (f"{stem}.min.{ext}", f"{stem}-min.{ext}") if t in vendored), None)
        name = parts(i.path)[-1]
        if twin is None or _PROJECT_BUNDLE.match(parts(twin)[-1]):
            continue
        prefix = re.split(r"[.-]", name, maxsplit=1)[0].lower()
        if prefix in KNOWN_NAMES or {s.lower() for s in parts(i.path)[:-1]} & _TWIN_DIRS:
            out[i.path] = "vendored"
        elif probes < MAX_HEADER_PROBES:
            probes += 1
            data = snap.read_bytes(i.path, limit=snap.max_blob)
            # a readable build too large to be read at all (over the snapshot's cap: p5.js's 2.6 MB beside p5.min.js) is judged by
            # its minified twin's banner ("/*! p5.js v0.6.0 … */"): the same library's two builds, neither written by the project
            # (a readable file is judged by its own first bytes, as before)
            if data is None and (entry := snap.files.get(i.path)) is not None and entry.size > snap.max_blob:
                probes += 1
                data = snap.read_bytes(twin, limit=snap.max_blob)
            head = (data or b"")[:HEADER_BYTES].decode("utf-8", "replace")
            if _LIB_BANNER.search(head) or (_LIB_VERSION.search(head) and _LIB_WORDS.search(head)):
                out[i.path] = "vendored"
    return out


MAX_DRUPAL_INFOS = 1000
_DRUPAL_THEME = lazy_compile(rb"^\s*(engine\s*=|base theme\s*=|type:\s*theme\b|base theme:)", re.M)
_DRUPAL_ROOT_SCRIPTS = ("index.php", "update.php", "cron.php", "install.php", "xmlrpc.php", "authorize.php")
_DRUPAL_CORE_DIRS = ("includes/", "misc/", "modules/", "scripts/", "themes/", "profiles/minimal/", "profiles/standard/", "profiles/testing/")


# drupal.org's packaging lines, in any case: Drupal 7+ writes "Information added by Drupal.org packaging script", Drupal 5 and 6
# "Information added by drupal.org packaging script" (a Drupal 6 site's 100 contributed modules had been measured as its own code,
# issue 12, s44 fh44 = DuaelFr/finistere)
_DRUPAL_PACKAGED = lazy_compile(rb"Information added by drupal\.org packaging script", re.I)
# the community documents Drupal 6 and 7 ship at their root, beside the core a site commits there: Drupal's release history (its
# first line "Drupal 6.28, 2013-01-16") and the list of Drupal core's maintainers (drupal.org accounts and addresses)
_DRUPAL_CORE_DOCUMENTS = {"CHANGELOG.txt": lazy_compile(r"\A\s*(?:Pressflow|Drupal)\s+\d+\.\d+"),
                          "MAINTAINERS.txt": lazy_compile(r"Drupal core|@drupal\.org\b|drupal\.org/u(?:ser)?/\w", re.I)}


def _drupal_core_documents(snap, root: str, paths: set[str]) -> dict[str, str]:
    """The release history and maintainers list Drupal's core ships at its root (CHANGELOG.txt, MAINTAINERS.txt), beside that core:
    Drupal's documents, not the site's community files, when their text is Drupal's (a site's own CHANGELOG.txt stays its own)."""
    out = {}
    for name, rx in _DRUPAL_CORE_DOCUMENTS.items():
        if root + name in paths and rx.search(snap.read_head(root + name, 8192) or ""):
            out[root + name] = "vendored"
    return out


# a contributed module the site patched itself: kept in a folder named so (sites/all/modules/contrib_hacked/recaptcha/, patched/), or
# holding the site's note of its changes at its root (README_HACKED.txt, drush make's PATCHES.txt); the site's code again
_DRUPAL_PATCHED_DIR = lazy_compile(r"(?:^|[_.-])(?:hacked|patched)(?:[_.-]|$)", re.I)
_DRUPAL_PATCHED_NOTE = lazy_compile(r"^(?:readme[_.-]?hacked|hacked|patches|patched)(?:\.(?:txt|md))?$", re.I)


def _drupal_patched(folder: str, notes: set[str]) -> bool:
    """Whether a drupal.org module's folder is one the site patched: a folder above it named hacked / patched (contrib_hacked/), or a
    README_HACKED / PATCHES note at the root of the module or of the module holding it (issue 12, s44 fp44 = DuaelFr/finistere: its modified reCAPTCHA module). (The
    module's own name is not read: drupal.org's "Hacked!" module, hacked/, is no patched copy.)"""
    segs = folder.strip("/").split("/")
    return any("/".join(segs[:k]) + "/" in notes for k in range(1, len(segs) + 1)) or any(_DRUPAL_PATCHED_DIR.search(seg) for seg in segs[:-1])


def _drupal_copies(snap, items: list[Item]) -> dict[str, str]:
    """A Drupal site's copies of Drupal itself and of drupal.org's modules and themes: the core a Drupal 7 site commits at its root
    (includes/bootstrap.inc beside modules/system/system.module: includes/, misc/, modules/, scripts/, themes/, the core profiles),
    a Drupal 8+ core/ folder, and every module folder whose .info / .info.yml carries the drupal.org packaging script's lines
    ("Information added by Drupal.org packaging script", "drupal.org" in Drupal 5 and 6), and the release history and maintainers
    list core ships at its root. Third-party code, not the site's own. A drupal.org theme stays the
    site's: sites edit its templates in place (POPP's bootstrap theme carries its Matomo tag). At most :data:`MAX_DRUPAL_INFOS`
    .info files read, in path order."""
    paths = {i.path for i in items}
    folders: set[str] = set()
    out = {}
    for i in items:
        if i.path.endswith("includes/bootstrap.inc") and i.path[: -len("includes/bootstrap.inc")] + "modules/system/system.module" in paths:
            folders |= {i.path[: -len("includes/bootstrap.inc")] + d for d in _DRUPAL_CORE_DIRS}
            out.update(_drupal_core_documents(snap, i.path[: -len("includes/bootstrap.inc")], paths))
            # (and the scripts core serves from the site's root, each reading includes/bootstrap.inc: index.php, update.php,
            # cron.php, install.php, xmlrpc.php, authorize.php — Drupal's, not the site's code; issue 12, s45 fb45 = a Drupal 6 site)
            root = i.path[: -len("includes/bootstrap.inc")]
            out.update({root + n: "vendored" for n in _DRUPAL_ROOT_SCRIPTS if root + n in paths})
        elif i.path.endswith("core/lib/Drupal.php"):
            folders.add(i.path[: -len("lib/Drupal.php")])
    infos = [p for p in sorted(paths) if p.endswith((".info", ".info.yml")) and snap.files[p].kind in ("file", "executable")]
    modules = {p.rsplit("/", 1)[0] + "/" for p in infos if "/" in p}  # (a note counts in a module's folder only, never a whole docroot's)
    notes = {p.rsplit("/", 1)[0] + "/" for p in paths if "/" in p and _DRUPAL_PATCHED_NOTE.match(p.rsplit("/", 1)[1])} & modules
    for p in infos[:MAX_DRUPAL_INFOS]:
        text = snap.read_bytes(p, limit=64 * 1024) or b""
        if _DRUPAL_PACKAGED.search(text) and not _DRUPAL_THEME.search(text) and "/themes/" not in "/" + p \
                and not _drupal_patched(p.rsplit("/", 1)[0] + "/" if "/" in p else "", notes):
            folders.add(p.rsplit("/", 1)[0] + "/" if "/" in p else "")
    folders.discard("")  # (a module at the repository's root is the repository itself)
    if not folders:
        return out
    for i in items:
        segs = i.path.split("/")
        if i.category != "vendored" and any("/".join(segs[:k]) + "/" in folders for k in range(1, len(segs))):
            out[i.path] = "vendored"
    return out


# Well-known Arduino libraries (lower case), whose .h/.cpp files are copied beside a sketch (OneWire.h and OneWire.cpp next to the
# .ino that includes them) when the IDE's library manager is not used: the library's code, not the sketch's
ARDUINO_LIBRARIES = frozenset("""onewire dallastemperature dht dht_u pubsubclient liquidcrystal_i2c adafruit_sensor adafruit_bme280
adafruit_bmp280 adafruit_bme680 adafruit_neopixel adafruit_gfx adafruit_ssd1306 tinygps tinygpsplus tinygps++ rtclib arduinojson
wifimanager ntpclient irremote hx711 mfrc522 rf24 lmic bounce2 keypad timelib sdfat u8g2lib u8glib fastled accelstepper
espasyncwebserver asynctcp bh1750 max6675 ds3231 sparkfun_bme280 lowpower""".split())


def arduino_copies(items: list[Item]) -> dict[str, str]:
    """The files of a well-known Arduino library copied beside a sketch (a repository holding an .ino): third-party code."""
    if not any(_ext(i.path) == "ino" for i in items):
        return {}
    return {i.path: "vendored" for i in items if i.category == "source" and _ext(i.path) in ("h", "hpp", "c", "cpp")
            and parts(i.path)[-1].rsplit(".", 1)[0].lower() in ARDUINO_LIBRARIES}


def framework_copies(snap, items: list[Item]) -> dict[str, dict]:
    """``{folder: {"name", "version", "license"}}`` of a PHP framework's own folder committed with the application (CodeIgniter's
    system/, renamed CI_system/ or not; Kohana's, Zend Framework 1's, Symfony's, Laravel's, CakePHP's, Yii's): third-party code, told
    by its marker file and version line wherever it sits (framework_markers). A framework a package manager installed (vendor/…) is
    the manifest's dependency, already set aside: only CodeIgniter's system/ is described there too, as before."""
    paths = [i.path for i in items if i.category != "vendored" or ("/" + i.path).endswith(_CODEIGNITER_SYSTEM)]
    return framework_folders(lambda path, limit: snap.read_text(path, limit=limit), paths)


_CODEIGNITER_SYSTEM = ("/system/core/CodeIgniter.php", "/system/CodeIgniter.php", "/system/Common.php")


def _built_from_sources(items: list[Item], fixes: dict[str, str]) -> dict[str, str]:
    """A minified file built from the project's own source in the sibling src/ folder (a Moodle plugin's amd/build/x.min.js
    from amd/src/x.js, dist/app.min.js from src/app.js): generated by the project's build, not a copied library."""
    own = {i.path for i in items if i.category == "source" and fixes.get(i.path) != "vendored"}
    out: dict[str, str] = {}
    for i in items:
        segs = parts(i.path)
        m = re.match(r"^(.+)[.-]min\.(js|css)$", segs[-1])
        if i.category != "vendored" or not m or len(segs) < 2 or KNOWN_FILE.match(segs[-1]) or VERSIONED_FILE.match(segs[-1]):
            continue
        source = "/".join(segs[:-2] + ["src", f"{m.group(1)}.{m.group(2)}"])
        if source in own:
            out[i.path] = "generated"
    return out


MIN_TWIN_BYTES = 100  # (below, identical files say nothing: an empty __init__.py, a one-line index.js re-exporting src/)


def copied_twins(snap, items: list[Item], written: tuple[str, ...] = ()) -> set[str]:
    """The project's code files identical, blob for blob, to a file already called vendored (a plugin's webroot/js/lang_ja.js, the
    very file of the calendar library copied under its Vendor/ with its licence): a second copy of someone else's code, not the
    project's. Files under :data:`MIN_TWIN_BYTES` are left as they are. Only in git snapshots (a folder's files carry no blob id).
    Vendored files under ``written`` (a Cordova application's platforms/, where ``cordova prepare`` copies the application's own
    www/) are copies of the project's code, not its originals: they make no twin."""
    copied = {snap.files[i.path].oid for i in items if i.category == "vendored" and snap.files[i.path].oid
              and snap.files[i.path].size >= MIN_TWIN_BYTES and not (written and i.path.startswith(written))}
    return {i.path for i in items if copied and i.category in ("source", "test") and snap.files[i.path].oid in copied
            and snap.files[i.path].size >= MIN_TWIN_BYTES}


def build_inventory(snap, names: tuple[str, ...] = (), owner: str | None = None) -> Inventory:
    from auditor.facts.testdirs import declared_test_dirs, in_declared_test_dir

    entries = sorted((e for e in snap.files.values() if e.kind in ("file", "executable", "symlink", "submodule")),
                     key=lambda e: e.path)
    items = []
    candidates = []
    for e in entries:
        category, lang = classify(e.path, e.kind)
        items.append(Item(e.path, category, lang))
        if (category == "source" and e.kind in ("file", "executable") and e.ext in ("js", "css", "qml")) or \
                (e.name == "manifest.json" and e.kind == "file" and category in ("configuration", "data", "other")) or \
                (category == "build" and e.kind == "file" and e.ext in ("js", "css") and in_copied_package_dist(e.path)):
            candidates.append(e)
    test_dirs = declared_test_dirs(snap)
    if test_dirs[0] or test_dirs[1]:  # folders the test runners' configurations name (teste/, testu/…)
        items = [Item(i.path, "test", i.language) if i.category in ("source", "data", "configuration", "other")
                 and in_declared_test_dir(i.path, test_dirs) else i for i in items]
    hand = _hand_written_in_build(snap, entries, items) | _hand_written_targets(entries, items)
    items = _numbered_records(_doc_output(entries, _sphinx_conf(entries, _sphinx_output(entries, items))))
    if hand:
        items = [Item(i.path, "source" if i.language else "other", i.language) if i.path in hand else i for i in items]
    items = _third_party_namespaces(items)
    items = _copied_packages(entries, items)
    # a Python package copied beside the project's code (libs/requests/ whose __init__.py gives its title, version and author)
    python_copies, python_shelves = copied_python_packages(snap, items, (_readme_title(snap), *names))
    if python_copies:  # (and the empty libs/__init__.py that only makes the copy importable, from libs import requests)
        items = [Item(i.path, "vendored", i.language) if i.category not in ("vendored", "build")
                 and (copy_of(i.path, python_copies) or i.path in python_shelves) else i for i in items]
    by_header = copied_by_header(snap, items, _readme_title(snap))  # content/Twig/ whose files say "This file is part of Twig"
    if by_header:
        items = [Item(i.path, "vendored", i.language) if i.path in by_header and i.category != "vendored" else i for i in items]
    # a folder exported from another repository (its files' CVS/Subversion stamps: phpMyAdmin's libraries under lib/calendrier/), and
    # files whose comments give another project's site and a licence (R&OS's PDF classes in lib/pdf/), folders licensed by a holder
    # the project's own files are not signed by (AFNetworking/ in an iOS app whose files say "Copyright (c) 2015 serli")
    root_texts = _root_texts(snap)
    # (and a file alone under another holder and another licence than the project's, which signs its own files otherwise: Mortar's
    # Imap class in a GPL-3.0 application's classes/ folder)
    foreign_code = stamped_copies(snap, items) | origin_headers(snap, items, root_texts) | foreign_holder_files(snap, items, root_texts) \
        | foreign_licence_files(snap, items, root_texts, _root_licence_text(snap))
    if foreign_code:
        items = [Item(i.path, "vendored", i.language) if i.path in foreign_code and i.category != "vendored" else i for i in items]
    items = _own_jars(snap, _own_programs(items), names)
    items = _own_wheels(snap, items, names)
    items = _unbuilt_dist(entries, items)
    items = _php_aliases(snap, items)
    items = _sql_scripts(snap, items)
    drivers = test_drivers(snap, items)  # (a course project's ScenarioDonnee.java, "Test all the classes", run by its main())
    if drivers:
        items = [Item(i.path, "test", i.language) if i.path in drivers else i for i in items]
    # (and a .NET class named like a test in a project that is no test project, no test attribute in it: MailEngineTest.cs of a mail
    # library, a sender of the program — s43 fj43)
    named = untested_dotnet(snap, items, lambda path: bool(_test_folders(parts(path))))
    if named:
        items = [Item(i.path, "source", i.language) if i.path in named else i for i in items]
    fixes = _probe(snap, candidates)
    fixes.update(_minified_twins(snap, items, fixes))
    fixes.update(_built_from_sources(items, fixes))
    drupal = _drupal_copies(snap, items)
    fixes.update(drupal)
    fixes.update(arduino_copies(items))
    deck, deck_packages = deck_framework_copies(snap, items, names)  # a slide deck's copied reveal.js: its plugins (and their servers), themes
    fixes.update(deck)
    frameworks = framework_copies(snap, items)
    # (and the framework's manual its distribution ships built beside its core, CodeIgniter's user_guide/: the framework's copy too)
    manuals = framework_manuals(lambda path, limit: (snap.read_bytes(path, limit=snap.max_blob) or b"")[:limit].decode("utf-8", "replace"), [i.path for i in items], frameworks)
    frameworks.update(manuals)
    fixes.update({i.path: "vendored" for i in items if frameworks and i.category != "vendored" and copy_of(i.path, frameworks)})
    fixes.update(_loaded_by_copies(snap, items, fixes))
    fixes.update(_copied_locales(items, fixes))
    fixes.update(_qgis2web_exports(snap, entries, items, fixes))
    fixes.update(_data_scripts(snap, items, fixes))  # a data folder's GeoJSON saved as .js (demos/x/data/amiens.js)
    # QGIS Plugin Builder's template in the plugins it made (plugin_upload.py, the test harness, the translation scripts)
    fixes.update({p: "generated" for p in plugin_builder_files(snap, [i.path for i in items]) if p not in fixes})
    # Qt Linguist's translation sources named .ts (i18n/theme_manager_fr.ts, XML with a <TS> root): translations, not TypeScript
    fixes.update({p: "other" for p in qt_translation_files(snap, [i.path for i in items],
                                                                [i.path for i in items if i.language == "TypeScript" and i.category == "source"], LANGUAGE_CODES)
                  if p not in fixes})
    # a parser written by a generator from the grammar beside it (grammar.pegjs -> grammar.js): generated, not written
    grammars = {e.path.rsplit(".", 1)[0] for e in entries if e.ext in GRAMMAR_EXT}
    fixes.update({e.path: "generated" for e in entries if grammars and e.ext in ("js", "mjs", "cjs", "ts")
                  and e.path.rsplit(".", 1)[0] in grammars and e.path not in fixes})
    if fixes:
        items = [Item(i.path, "vendored", i.language) if fixes.get(i.path) == "vendored"
                 else Item(i.path, "generated", i.language) if fixes.get(i.path) == "generated"
                 else Item(i.path, "lockfile", None) if fixes.get(i.path) == "lockfile"
                 else Item(i.path, "data", None) if fixes.get(i.path) == "data"
                 else Item(i.path, "other", None) if fixes.get(i.path) == "other"
                 else Item(i.path, i.category, "QGIS style") if fixes.get(i.path) == "qgis-style" else i for i in items]
    items = _glued_releases(_whole_packages(items))
    # (a PHP library copied into lib/<name>/ with another holder's licence at its top, which the project's code requires: vendored)
    if licensed := tuple(f + "/" for f in licensed_php_folders(snap, items, _own_holders(snap))):
        items = [Item(i.path, "vendored", i.language) if i.category != "vendored" and i.path.startswith(licensed) else i for i in items]
    # a Cordova application's platforms/ (written) and plugins/ (fetched) by its command line, beside its config.xml
    cordova_folders, cordova = cordova_trees(items, [cordova_root(c) for c in cordova_configs(snap)])
    if cordova:
        items = [Item(i.path, "vendored", i.language) if i.path in cordova else i for i in items]
    copies = copied_folders(items, _readme_title(snap), JS_LIB_PARENTS | RELEASE_PARENTS | LIB_PARENTS)  # a library's repository copied whole
    if copies:
        items = [Item(i.path, "vendored", i.language) if i.category != "vendored" and any(i.path.startswith(c) for c in copies) else i
                 for i in items]
    shelved = library_shelves(items)  # web/js/lib/<control>/ beside copied libraries, without a licence or banner of its own
    if shelved:
        items = [Item(i.path, "vendored", i.language) if i.path in shelved else i for i in items]
    family, family_packages = family_copies(items, _readme_title(snap))  # a distribution named by its files (codebase/<lib>.js, ext/<lib>_x.js…)
    if family:
        items = [Item(i.path, "vendored", i.language) if i.path in family else i for i in items]
    loaded = copy_loads(snap, items)  # a copied widgets distribution's libs/ it loads by path ("libs/ods-map/ods-map.js")
    template = template_files(snap, items)  # a site template's main.js and theme.css, loaded by its credited demo pages
    loaded |= template
    if loaded:
        items = [Item(i.path, "vendored", i.language) if i.path in loaded else i for i in items]
    # another project's package at a folder's top: a manifest naming a forge owner the project never names, with its licence (a copied
    # monorepo, mcp-server/), or a lib/ folder's README installing the package its title names (lib/leaflet.map.sync/)
    foreign = foreign_packages(snap, items, _readme_title(snap), tuple(names), tuple(sorted({d["name"] for d in frameworks.values()})))
    foreign |= known_scripts(snap, items)  # and a well-known script copied without a banner (wait-for-it.sh, versioneer.py)
    tool_files, tool_packages = known_tool_folders(snap, items)  # and a server stack's own scripts folder (WampServer's scripts/)
    foreign |= tool_files
    foreign |= licensed_copies(items)  # and a library its own licence file names (lib/fpdf.php beside lib/LICENSE-FPDF.txt)
    foreign |= svn_externals(snap, [i.path for i in items])  # and the folders a Subversion externals list brings in (php/EXTERNALS.txt: PEAR, FPDF)
    foreign |= geoserver_demo_files([i.path for i in items])  # and GeoServer's demo pages and requests in a data directory (www/ol-demo.html)
    foreign |= hugo_theme_copies(snap, items)  # and a Hugo site's theme copied into themes/<name>/ with its own licence (themes/dot/LICENSE)
    # and a Jekyll theme's repository copied into the site's folder: its gemspec, licence, scripts and community files (docs/LICENSE)
    foreign |= theme_fork_files(snap, items, project_names(snap, _readme_title(snap), tuple(names)))
    addons, addon_packages = host_addon_copies(snap, items)  # and a host's add-on whose guide declares it at the host's path (mviewer's demo/addons)
    foreign |= addons
    moodle, moodle_packages = moodle_plugin_copies(snap, [i.path for i in items], root_texts)  # and another author's Moodle plugin
    foreign |= moodle  # (moodle/plugins/mod_hvp/: one library, described once)
    # and the scripts and stylesheets whose banner names the library and holder a copied file's banner names (TimelineJS's locale
    # scripts, "TimelineJS - ver. 2014-12-09…", beside its stylesheets' "TimelineJS - ver. 2.35.1")
    copied_now = {i.path for i in items if i.category == "vendored"} | foreign
    foreign |= banner_parts(snap, [Item(i.path, "vendored", i.language) if i.path in copied_now else i for i in items],
                            _own_holders(snap), _readme_title(snap))
    # and a one-file library told by its header: its name, its author with a site, its licence or version (jquery.prettyPhoto.js,
    # .sorttable.js, blueimp's UploadHandler.php), by an author the project never names
    foreign |= headed_libraries(snap, items, squeeze(root_texts), project_names(snap, _readme_title(snap), tuple(names)))
    if foreign:
        items = [Item(i.path, "vendored", i.language) if i.path in foreign else i for i in items]
    # a UI template copied at the root with the application built inside it (AdminLTE's manifests, Gruntfile.js, build/ and dist/)
    ui_template = root_template(snap, items, list(names), owner)
    if ui_template:
        items = [Item(i.path, "vendored", i.language) if i.path in set(ui_template["files"]) else i for i in items]
    # (another program copied whole into a sub-folder, its licence and documents naming it, public/ckeditor/, phppgadmin/: once
    # the other rules have told their copies, a UI template's shelf among them)
    components = copied_components(snap, items, project_names(snap, _readme_title(snap), tuple(names)), owner)
    if components:
        items = [Item(i.path, "vendored", i.language) if i.category != "vendored" and copy_of(i.path, components) else i for i in items]
    named_packages = named_copies(snap, items, _readme_title(snap), tuple(names))  # a library's repository its manifest and banners name (admin/query/)
    if named_packages:
        items = [Item(i.path, "vendored", i.language) if copy_of(i.path, named_packages) else i for i in items]
    wordpress = wordpress_copies(snap, [i.path for i in items])  # a WordPress and its wordpress.org plugins committed whole
    wordpress.update(spip_copies(snap, [i.path for i in items]))  # and the SPIP plugins a site's plugin manager copied in
    unity_packages, unity_plugins = unity_imports([i.path for i in items])  # packages imported into a Unity project's Assets/
    wordpress.update(unity_packages)
    if wordpress or unity_plugins:
        items = [Item(i.path, "configuration", None) if is_wordpress_config(i.path, wordpress)
                 else Item(i.path, "vendored", i.language) if i.path in unity_plugins or copy_of(i.path, wordpress) else i for i in items]
    # the project's own bundles named after it (a Nextcloud app's js/<app>.js, a library's root <name>.js concatenating src/): its build
    own_names = project_names(snap, _readme_title(snap), tuple(names))
    bundles = own_bundles(snap, items, own_names, KNOWN_FILE)
    if bundles:
        items = [Item(i.path, "build", i.language) if i.path in bundles else i for i in items]
    # (and a bundle of its own code naming the project, its source not committed: an ENT module's public/js/behaviours.js registering
    # the module's name and its controllers' rights; generated, no library copied in: issue 12, s47 fh47 = OPEN-ENT-NG/collaborative-wall)
    if named := bundles_naming_the_project(snap, items, own_names, KNOWN_FILE):
        items = [Item(i.path, "generated", i.language) if i.path in named else i for i in items]
    by_people = tuple(d + "/" for d in hand_written_dists([i.path for i in items if i.category == "build"]))  # (dist/pom.xml, dist/*.sh)
    kept = set(kept_declarations(snap, [i.path for i in items if i.category == "build"]))  # (npm/react/dist/index.d.ts beside an ignored bundle)
    if kept:
        items = [Item(i.path, *classify(outside(i.path, dist_folder(i.path)), snap.files[i.path].kind)) if i.path in kept else i for i in items]
    if by_people:
        items = [Item(i.path, *classify(outside(i.path, next(d for d in by_people if i.path.startswith(d))[:-1]), snap.files[i.path].kind))
                 if i.category == "build" and i.path.startswith(by_people) else i for i in items]
    built = build_outputs(snap, entries, items, LIB_PARENTS | THIRD_PARTY_DIRS | {"libs"}, KNOWN_NAMES)  # last: a declared output folder's files are the build's, whatever else they look like
    built.update(cleaned_outputs(snap, items))  # (a folder a package.json script deletes then builds into, a CRA asset manifest's files)
    built.update(copied_builds(snap, entries))  # (a jar a committed script copies from target/: the project's build, jar_builds)
    built.update(run_builds(snap, entries))  # (a jar a committed script runs, beside the build record of its git revision: the project's)
    # (what Quarto or R Markdown rendered from the project's documents: a notebook's page, its <doc>_files/ with the libraries
    # the page loads, a site's output folder; the community files it may copy stay the project's)
    # (but a README.html pandoc wrote from the README.md beside it is that README's rendering, no community file of its own)
    rendered = {p for p, how in render_outputs(snap, entries).items() if how == "rendering" or classify(p)[0] not in ("community", "lockfile")}
    built.update({p: "build" for p in rendered})
    built.update(elm_outputs(snap, [i for i in items if not is_vendored(i.path)]))  # (an Elm site's js/<page>.js compiled from its src/<Page>.elm)
    if built:
        items = [Item(i.path, "build", i.language) if i.path in built else i for i in items]
    # a repository that is another project copied at its root with a plugin of the authority's: the copy's code is vendored
    host = root_copy(snap, items, list(names), owner) if names and not ui_template else None  # (a UI template: its own files told apart)
    if host:
        hosted = copied_files(items, host)
        items = [Item(i.path, "vendored", i.language) if i.path in hosted else i for i in items]
        host = {**host, "paths": sorted(hosted)}
    # (a host application's modules copied into the tree, app/utils/command.py's `from geonature.utils.env import …` beside
    # app/utils/env.py, and the host's modules they import from beside them that the project never imports: host_copies)
    hosted_copies = host_copies(snap, [i.path for i in items if i.category == "source" and i.language == "Python"])
    if hosted_copies:
        items = [Item(i.path, "vendored", i.language) if i.path in hosted_copies else i for i in items]
    twins = copied_twins(snap, items, tuple(t for t in cordova_folders if t.endswith("platforms/")))  # (a copied library's file
    # served again from the app's webroot, byte for byte)
    if twins:
        items = [Item(i.path, "vendored", i.language) if i.path in twins else i for i in items]
    # a stylesheet a document build gives to pandoc (-c etc/epub.css, `stylesheet:` in its metadata): the documents' asset, no code
    styles = document_stylesheets(snap)
    if styles:
        items = [Item(i.path, "asset", None) if i.path in styles and i.category == "source" else i for i in items]
    inv = Inventory(items, {**components, **python_copies, **frameworks, **wordpress, **family_packages, **deck_packages, **named_packages, **addon_packages, **moodle_packages, **tool_packages}, copies, host)
    inv.template_paths = {p for p in template if inv.category(p) == "vendored"}
    inv.ui_template = {k: v for k, v in ui_template.items() if k not in ("files", "folders")} | {"files": len(ui_template["files"])} if ui_template else None
    if ui_template:  # (its shelf's folders the project's own pages load are libraries it uses; the others the template's: shelf_loads)
        shelf = shelf_folders(ui_template["files"], [i.path for i in items], SHELVES)
        used = loaded_folders(snap, [i.path for i in items if i.category == "source"], shelf)
        inv.template_shelf = {f: f in used for f in shelf}
        inv.template_own = template_library(snap, ui_template, shelf)
    inv.render_paths = frozenset(rendered)
    inv.manual_folders = frozenset(manuals)  # (a framework's manual, described with it: no folder of its core)
    inv.twin_paths = frozenset(twins)
    # (a library file inside a site generator's output folder is the build's copy: of the project's own copy, listed where the
    # sources keep it — Hugo's static/ copied to public/ —, or of the theme's assets — Material for MkDocs' lunr/ and hashed
    # search worker in site/assets/, the theme package's, no library the project copied; issue 12, s45 ff45)
    outputs = tuple(generator_folders(snap, items))
    inv.generator_copies = frozenset(p for p in inv.paths("vendored") if p.startswith(outputs)) if outputs else frozenset()
    inv.cordova_trees = cordova_folders
    inv.site_paths = frozenset(p for p, v in built.items() if v == "site" and inv.category(p) == "build")
    inv.cms_paths = frozenset(drupal)
    return inv


MAX_PHP_ALIAS_PROBES = 2000


def _php_aliases(snap, items: list[Item]) -> list[Item]:
    """PHP files under a host's extensions (:data:`PHP_ALIAS_EXT`), told by their first bytes: at most
    :data:`MAX_PHP_ALIAS_PROBES` files read, the project's own first, then third-party copies (vendored, or Drupal's core and
    drupal.org's modules, :func:`_drupal_copies`), each in path order. (A Drupal 6 site's 2,000 .module/.inc files of core and of its
    100 contributed modules, read first in path order, used the whole budget: its own modules' .module files were left unread, no PHP,
    and the text scan missed their drupal_json() answers; issue 12, s44 fp44 = DuaelFr/finistere.)"""
    candidates = [i for i in items if i.language is None and _ext(i.path) in PHP_ALIAS_EXT and snap.files[i.path].kind in ("file", "executable")]
    copies = _drupal_copies(snap, items) if len(candidates) > MAX_PHP_ALIAS_PROBES else {}
    probes = [i.path for i in sorted(candidates, key=lambda i: (i.category == "vendored" or i.path in copies, i.path))][:MAX_PHP_ALIAS_PROBES]
    php = {path for path in probes if opens_as_php(path, (snap.read_bytes(path, limit=snap.max_blob) or b"")[:256].decode("utf-8", "replace"))}
    if not php:
        return items
    # (a Drupal SimpleTest file, ckan.test, is a test wherever it sits)
    return [Item(i.path, ("test" if _ext(i.path) == "test" else "source") if i.category in ("other", "configuration") else i.category, "PHP")
            if i.path in php else i for i in items]


_LINK = lazy_compile(r"\]\(<?([^)\s#?<>]+)>?\)")


def linked_sql(inv: "Inventory", path: str, text: str):
    """The first Markdown link of a document (at ``path``) to a script the inventory reads as SQL though its name has no ``.sql``
    (``[Création de la structure](bdd/script_x)``): the document points to what to run. At most 50 links looked at."""
    folder = path.rsplit("/", 1)[0] + "/" if "/" in path else ""
    for m in list(_LINK.finditer(text))[:50]:
        if m.group(1).startswith(("http:", "https:", "/", "mailto:")):
            continue
        if inv.language(posixpath.normpath(folder + m.group(1))) == "SQL":
            return m
    return None


# A shell script saved without an extension (a container's docker-entrypoint.d/00-populate, an installer's bin/setup), told by its
# shebang: source in Shell, measured and counted as the project's code
SHELL_SHEBANG = lazy_compile(r"\A#![ \t]*/(?:usr/)?(?:local/)?bin/(?:env[ \t]+)?(?:ba|da|z|k)?sh\b")
# (not a build tool's wrapper, Gradle's gradlew and Maven's mvnw, written by the tool; nor a git hook of the contributors' tooling)
_TOOL_SCRIPT = lazy_compile(r"(^|/)(gradlew|mvnw)$|(^|/)(\.husky|\.githooks|\.git-hooks|git-hooks|githooks)/")


def _sql_scripts(snap, items: list[Item]) -> list[Item]:
    """SQL scripts without a language's extension, told by their first bytes (see :func:`looks_like_sql`): source in SQL; shell
    scripts without an extension, told by their shebang; and a Crouzet Soft program (see :data:`CROUZET_SOFT_HEAD`) (same bound,
    in path order)."""
    probes = [i.path for i in items if i.category == "other" and i.language is None and sql_candidate(i.path)
              and snap.files[i.path].kind in ("file", "executable")][:MAX_SQL_PROBES]
    raw = {path: (snap.read_bytes(path, limit=snap.max_blob) or b"")[:SQL_PROBE_BYTES] for path in probes}
    heads = {path: raw[path].decode("utf-8", "replace") for path in probes}
    sql = {path for path in probes if looks_like_sql(heads[path])}
    shell = {path for path in probes if "." not in path.rsplit("/", 1)[-1][1:] and not _TOOL_SCRIPT.search(path) and SHELL_SHEBANG.match(heads[path])}
    plc = {path for path in probes if CROUZET_SOFT_HEAD in raw[path][:32]}  # (after a marker byte: ff 43 00 52 00 …)
    lang = {**{p: "Crouzet Soft program" for p in plc}, **{p: "Shell" for p in shell}, **{p: "SQL" for p in sql}}
    return [Item(i.path, "source", lang[i.path]) if i.path in lang else i for i in items] if lang else items


def _target_names(target) -> tuple[str, ...]:
    return tuple(n for n in (getattr(target, "name", None), os.path.basename((getattr(target, "path", None) or "").rstrip("/"))) if n)


def own_names(snap, target) -> set[str]:
    """The project's names, squeezed (own_bundles.project_names): its repository's, its README title's, its package.json's."""
    return project_names(snap, _readme_title(snap), _target_names(target))


def inventory_of(ctx) -> Inventory:
    """The context's inventory, built once per audit (the ``inventory`` fact's full form)."""
    inv = getattr(ctx, "_inventory", None)
    if inv is None:
        target = getattr(ctx, "target", None)
        names = _target_names(target)
        inv = build_inventory(ctx.snapshot, names, getattr(target, "owner", None))
        ctx._inventory = inv
    return inv


@fact("copied_paths", version=60, public=False)  # stored with the commit: a warm audit builds no inventory for it
def copied_paths(ctx) -> list[str]:
    """Every path the inventory calls vendored (third-party copies, by folder, name or banner), sorted: what a listing check
    (locale files, fonts) must not take for the project's own files (Select2's i18n/af.js is Select2's locale, not the app's)."""
    return inventory_of(ctx).paths("vendored")


@fact("site_paths", version=1, public=False)
def site_paths(ctx) -> list[str]:
    """The files a build wrote into a folder people read as documentation, sorted: a web app a bundler built into docs/, the
    compiled stylesheet and the copies a package.json script writes into docs/ (cleaned_outputs.filled_folders): no documents."""
    return sorted(inventory_of(ctx).site_paths)


@fact("data_paths", version=3, public=False)
def data_paths(ctx) -> list[str]:
    """Every script the inventory calls data by what it holds though its extension says code (GeoJSON written into a script: a
    qgis2web export's layers/<layer>.js, ``var json_ZONAGE_1 = {"type": "FeatureCollection", …}``; a data folder's amiens.js),
    sorted: data sets a check counting data files by extension would not see (licensing.data-and-docs).
    And a dbt project's seeds, the CSV files of its seed folders (seeds/ when its dbt_project.yml names none) that `dbt seed` loads:
    the code lists and references the project ships, whatever the folder's name (issue 12, s38 fj38 = France-Data-Reseau/fdr-appuiscommuns,
    23 seeds, 9 of them a standard's code lists, were "no data set to publish")."""
    from auditor.facts.testdirs import dbt_seeds
    inv = inventory_of(ctx)
    seeds = dbt_seeds(ctx.snapshot, lambda p: inv.category(p) == "vendored")
    return sorted({p for p in inv.paths("data") if _ext(p) in ("js", "mjs", "cjs")} | {p for p in seeds if inv.category(p) == "data"})


@fact("record_documents", version=1, public=False)
def record_documents(ctx) -> list[str]:
    """The documents the inventory calls records the application wrote (see :func:`_numbered_records`: a billing's pdfs/25883.pdf
    invoices), sorted: no documentation for a check counting documents by extension (licensing.data-and-docs)."""
    return sorted(p for p in inventory_of(ctx).paths("generated") if _ext(p) in DOCUMENT_EXT)


@fact("map_exports", version=2, public=False)
def map_exports(ctx) -> dict:
    """A web map written by an exporter from a desktop GIS project (qgis2web: its resources/qgis2web.js or
    js/qgis2web_expressions.js): ``{"tool": "qgis2web" | None, "roots": [folders], "paths": [what it wrote, scripts and layers]}``.
    The view it opens (extent, centre, zoom) and the layers are that map's content, exported from QGIS, not settings written by hand."""
    roots = sorted({e.path.rsplit("/", 2)[0] if e.path.count("/") >= 2 else "" for e in ctx.snapshot.files.values()
                    if e.name in _QGIS2WEB_MARKS and parts(e.path)[-2:-1] in (["js"], ["resources"])})
    if not roots:
        return {"tool": None, "roots": [], "paths": []}
    under = tuple(f"{r}/" if r else "" for r in roots)
    inv = inventory_of(ctx)
    return {"tool": "qgis2web", "roots": roots,
            "paths": sorted(p for p in inv.paths("generated", "data") if p.startswith(under))}


MAX_EXAMPLES = 10


_INSTALLED_DIRS = {"node_modules", "site-packages", ".venv", "venv", "env", ".tox", "jspm_packages", *PACKAGE_CACHE_DIRS}  # package managers' installs


# Folders that only ever hold other people's code (a folder named lib/ or libs/ may hold the project's own scripts).
THIRD_PARTY_DIRS = {"vendor", "vendors", "third_party", "third-party", "thirdparty", "bower_components", "bower", "extlibs", "ext_libs",
                    "ext-libs", "extlib", "3rdparty", "3rd-party", "3rd_party", "3rd", "external", "externals", "_vendor"}


# A project's own minified output is named after the project's parts, not after a library (main.min.css, app.min.js).
_PROJECT_BUNDLE = lazy_compile(r"^(main|app|application|index|style|styles|site|theme|custom|common|global|scripts?|bundle|vendor|vendors)"
                             r"([.-][\w]+)?[.-]min\.(js|css)$", re.I)


def _third_party_evidence(path: str, head: str, lib: dict) -> bool:
    """Something says this file is someone else's library: its name (a known library, a version), its banner (a version, a
    licence), minified or bundled content, or a folder that only holds third-party code."""
    name = parts(path)[-1]
    if KNOWN_FILE.match(name) or VERSIONED_FILE.match(name):
        return True
    if (LEAFLET_PLUGIN_FILE.match(name) and LEAFLET_EXTENDED.search(head)) or _MANGLED_UMD.match(head) or leaflet_plugin_module(name, head):
        return True  # a published Leaflet plugin under its name (Control.FullScreen.js), a minifier's UMD build laid out again
    if re.search(r"[.-]min\.(js|css)$", name, re.I) and not _PROJECT_BUNDLE.match(name):
        return True
    if _published_umd(name, head[:4096]):
        return True  # a module built for any loader, loading a published package's modules or exporting its own name (ol-layerswitcher.js)
    if _PROJECT_BUNDLE.match(name) and not _package_folder(path) and not ({seg.lower() for seg in parts(path)[:-1]} & THIRD_PARTY_DIRS):
        return False  # the project's own bundle (build/bundle.min.css) carries the banners of the libraries it packs: no copy of one
    if lib["version"] or lib["license"] or home_repository(name, banner(head)):
        return True  # (or its banner names its home repository after it: "// jquery.multi-select.js // https://github.com/…/jquery-multi-select")
    own_name = _PROJECT_BUNDLE.match(name)  # main.min.css: minified, but the project's own build
    if not own_name and (bundle_head(name, head[:HEADER_BYTES]) or not line_breaks(head[:HEADER_BYTES].rstrip("\r\n")) or minified_shape(head[:4096])):
        return True
    return bool({seg.lower() for seg in parts(path)[:-1]} & THIRD_PARTY_DIRS) or in_copied_package_dist(path)


def _published_umd(name: str, head: str) -> bool:
    """A UMD wrapper (typeof exports and define.amd) whose loaders import a published package's modules (require("ol/Map.js"),
    define(['ol/control/Control', …]) atop olms.js and ol-layerswitcher.js) or which exports a global named as its file
    (global.LayerSwitcher = factory(…) in ol-layerswitcher.js): a library's distributed build, not a script of the project's."""
    if not (re.search(r"\btypeof\s+exports\b", head) and re.search(r"\bdefine\.amd\b", head)):
        return False
    if re.search(r"""\brequire\(\s*['"](?:@[\w.-]+/)?[A-Za-z][\w.-]*/[\w./-]+['"]\s*\)|\bdefine\(\s*\[[^\]]{0,200}?['"](?:@[\w.-]+/)?[A-Za-z][\w.-]*/[\w./-]+['"]""", head):
        return True
    stem = re.sub(r"[^a-z0-9]", "", name.rsplit(".", 1)[0].lower().removesuffix(".min"))
    return any(len(g) >= 4 and g.lower() in stem for g in re.findall(r"\b(?:global|root|window|self|[a-z])\.([A-Za-z_$][\w$]*)\s*=\s*(?:factory|[a-z])\s*\(", head))


_LIB_CONTAINERS = THIRD_PARTY_DIRS | {"lib", "libs", "dist", "librairie", "librairies", "libraries", "library"}  # (public/dist/bootstrap/: a library copied into a distribution folder; Drupal's sites/all/libraries/OpenLayers/)
# Folders named after a kind of file, not a library (lib/js/head.min.js, exploit/lib/css/bootstrap-datetimepicker.css)
# (and Rails' asset shelf, vendor/assets/javascripts/backbone-1.0.0.js, vendor/assets/stylesheets/: "assets" names no library, each
# file or folder below it is one)
_ASSET_DIRS = {"js", "css", "scripts", "script", "styles", "style", "stylesheets", "javascript", "javascripts", "fonts", "font", "img",
               "images", "min", "less", "scss", "sass", "assets", "asset"}


# folders named for a library's parts, not for a library (UIkit 2's lib/addons/, a framework's components/ or plugins/)
_PART_FOLDERS = {"addons", "addon", "components", "component", "plugins", "plugin", "extensions", "extension", "modules", "widgets", "extras",
                 "contrib", "core", "parts"}


# folders that sort a shelf of libraries, not a library (3rd/dev/bzip2/, vendor/common/leaflet/)
_SHELF_PARTS = {"dev", "devel", "development", "prod", "production", "runtime", "common", "shared", "misc", "others"}


def _package_folder(path: str, own_releases: frozenset[str] = frozenset()) -> str | None:
    """The folder a copied library lives in: the folder under lib/, libs/, vendor/… (lib/bootstrap-datepicker-1.10.0/), or
    a folder named like a release (dsfr-v1.14.3/); None for a file copied on its own (lib/lodash.js). ``own_releases``: the
    folders named like a release that hold the project's own code (the application's versioned folder, mdConverter_0.11/ with
    its controllers): the library is a folder inside them (…/libraries/PHPExcel_1.8.0/), never named after them."""
    segs = parts(path)
    for i, seg in enumerate(segs[:-1]):
        if VERSIONED_DIR.match(seg) and "/".join(segs[: i + 1]) not in own_releases:
            return "/".join(segs[: i + 1])
    for i, seg in enumerate(segs[:-2]):
        # (lib/externals/ext/: the library is ext; a known library's plugin shelf, public/leaflet-plugins/, holds one plugin per folder)
        if (seg.lower() in _LIB_CONTAINERS or _library_plugins(seg)) and segs[i + 1].lower() not in _LIB_CONTAINERS:
            while i + 2 < len(segs) - 1 and segs[i + 1].lower() in _ASSET_DIRS | _SHELF_PARTS:
                i += 1  # lib/js/leaflet/leaflet.js: the library is leaflet; 3rd/dev/bzip2/…: bzip2
            if segs[i + 1].lower() in _ASSET_DIRS | _SHELF_PARTS or not re.search(r"[A-Za-z]", segs[i + 1]):
                # lib/js/head.min.js: a file copied on its own, named by its file; a folder named by a number (a CMS export's page
                # id, sites/lib/7036960317112323/…) names no library: its files are named by their banners
                return None
            if i + 3 < len(segs) and re.match(r"^v?\d+(\.\d+)+$", segs[i + 2]):  # lib/bootstrap/5.3.3/…: one copy per version
                return "/".join(segs[: i + 3])
            return "/".join(segs[: i + 2])
    return None


def release_native(package: str | None) -> dict | None:
    """The release a native file belongs to when it lies in a folder named like one (javafx-sdk-17.0.2/bin/glass.dll, its 41
    api-ms-win-*.dll beside: the JavaFX SDK 17.0.2, one copy), ``{"name", "version", "license"}``; None otherwise."""
    folder = parts(package)[-1] if package else ""
    m = VERSIONED_DIR.match(folder)
    version = re.search(r"\d+(?:[._]\d+)+", folder[len(m.group("name")):]) if m else None
    return {"name": m.group("name").lower(), "version": version.group(0).replace("_", "."), "license": None} if m and version else None


def _release_modules(snap, jars: list[tuple[str, str | None]]) -> dict[str, dict]:
    """The release each of ``jars`` (path, its package folder) belongs to: a module of a release folder, named with the release's
    first word (javafx-sdk-17.0.2/lib/javafx.base.jar, javafx-swt.jar: the JavaFX SDK 17.0.2), and a copy of such a module elsewhere,
    same file name and same content (lib/javafx.base.jar, its blob equal to the SDK's), are that one release; a jar of another name
    dropped into the release folder (javafx-sdk-17.0.2/lib/ikonli-core-12.3.1.jar) stays its own library."""
    modules: dict[tuple[str, str], dict] = {}
    found: dict[str, dict] = {}
    def content(path: str) -> str:
        entry = snap.files.get(path)
        return (entry.oid or f"size:{entry.size}") if entry is not None else ""
    for path, package in jars:
        rel = release_native(package)
        first = re.split(r"[-_.]", rel["name"])[0] if rel else ""
        name = parts(path)[-1].lower()
        if rel and len(first) >= 3 and re.split(r"[-_.]", name)[0] == first:
            found[path] = rel
            if content(path):
                modules.setdefault((name, content(path)), rel)
    for path, package in jars:
        if path not in found and (rel := modules.get((parts(path)[-1].lower(), content(path)))):
            found[path] = rel
    return found


# the Windows C/C++ runtime a program ships beside itself (the Universal CRT's api-ms-win-*.dll forwarders and ucrtbase.dll, the
# Visual C++ redistributable's msvcp140.dll, vcruntime140_1.dll, concrt140.dll…): one redistributable, however many files
_VC_RUNTIME = lazy_compile(r"^(?:api-ms-win-[\w-]+|ucrtbase|ucrtbased|msvc[pr]1\d\d(?:_\w+)?|vcruntime1\d\d(?:_\w+)?|concrt1\d\d|vccorlib1\d\d"
                           r"|vcomp1\d\d)\.dll$", re.I)


def native_library(path: str) -> dict:
    """``{"name", "version", "license"}`` of a program or native library copied in, from its file name alone (libiconv-2.dll,
    boost_1_39_setup.exe: boost 1.39); a name the pattern cannot split (gd2copypal.exe) is the file's stem. The Windows C/C++
    runtime's files are one library, the Visual C++ redistributable."""
    name = parts(path)[-1]
    if _VC_RUNTIME.match(name):
        return {"name": "microsoft-visual-c++-runtime", "version": None, "license": None}
    m = _NATIVE_NAME.match(name)
    version = m.group("version").replace("_", ".") if m and m.group("version") else None
    return {"name": (m.group("name") if m else name.rsplit(".", 1)[0]).lower(), "version": version, "license": None}


def native_folders(paths: list[str]) -> dict[str, dict]:
    """``{folder: library}`` for the folders of copied binaries that hold exactly one native library (.dll, .so, .dylib): the
    programs beside it belong to it. The library is named after its folder when the folder, without a platform's or a build's
    suffix, ends its name (bgd.dll in gdwin32/: gd), else after its file."""
    found: dict[str, dict[tuple, dict]] = {}
    for p in paths:
        if _ext(p) != "exe":
            lib = native_library(p)
            found.setdefault(p.rpartition("/")[0], {})[(lib["name"], lib["version"] or "")] = lib
    out = {}
    for folder, libs in found.items():
        if len(libs) != 1:
            continue
        lib = next(iter(libs.values()))
        short = _PLATFORM_SUFFIX.sub("", parts(folder)[-1]).lower() if folder else ""
        if len(short) >= 2 and short not in _GENERIC_NATIVE_DIRS and lib["name"].removeprefix("lib").endswith(short):
            lib = {**lib, "name": short}
        out[folder] = lib
    return out


MAX_FOLDER_LICENCES = 20
FOLDER_LICENCE_BYTES = 64 * 1024


def folder_licences(snap, paths: list[str], folders: list[str]) -> dict[str, str]:
    """``{folder: SPDX expression}`` for the copied folders holding at their top one licence text (LICENSE, license.txt, COPYING…):
    the choice its notice offers between the licences it gives (CKEditor's "any of the following licenses at your choice" over the
    GPL, LGPL and MPL texts: one OR expression, ``choices.offered_choice``), else the one licence the licence index recognises in it;
    several licences without a choice (the bundled parts' texts) give none. At most :data:`MAX_FOLDER_LICENCES` texts read, in path
    order."""
    from auditor.licenses.choices import offered_choice
    from auditor.licenses.matcher import get_index

    wanted = set(folders)
    texts: dict[str, list[str]] = {}
    for p in paths:
        folder, _, name = p.rpartition("/")
        if folder in wanted and TOP_LICENCE.match(name):
            texts.setdefault(folder, []).append(p)
    out: dict[str, str] = {}
    reads = 0
    for folder in sorted(texts):
        if len(texts[folder]) != 1 or reads >= MAX_FOLDER_LICENCES:
            continue
        reads += 1
        # (the first FOLDER_LICENCE_BYTES of a longer file state the choice above its texts — CKEditor's three are 68 KB —; one licence
        # is read from a whole text only, the end of a longer one may add a bundled part's)
        whole = snap.read_text(texts[folder][0], limit=FOLDER_LICENCE_BYTES)
        text = whole if whole is not None else (snap.read_head(texts[folder][0], FOLDER_LICENCE_BYTES) or "")
        found = get_index().match(text)
        ids = set(found.ids)
        choice = offered_choice(text, found.matches, cut=whole is None)
        if choice:
            out[folder] = choice
        elif len(ids) == 1 and whole is not None:
            out[folder] = ids.pop()
    return out


# the manifests a package manager reads or writes at an installed package's top (npm's and bower's, .bower.json being the copy bower
# writes on install; Composer's), in the order read
_FOLDER_MANIFESTS = ("package.json", "bower.json", ".bower.json", "composer.json")


def _manifest_licence(value) -> str | None:
    """The licence a package manifest's ``license`` (or old npm ``licenses``) field declares: a string, ``{"type": …}``, or a list
    of those (joined with OR, as npm reads them); None when it declares nothing usable."""
    if isinstance(value, dict):
        value = value.get("type")
    if isinstance(value, list):
        names = [n for n in (_manifest_licence(v) for v in value[:5]) if n]
        return " OR ".join(names) if names else None
    return value.strip()[:100] if isinstance(value, str) and value.strip() else None


def folder_manifest_licences(snap, folders: list[str]) -> dict[str, str]:
    """``{folder: licence as declared}`` for the copied folders whose own package manifest at their top (package.json, bower.json…)
    states a licence (Ace's ace-builds/package.json, "license": "BSD", installed by bower into a committed lib/): the library's
    declaration, as a dependency's manifest is read. At most :data:`MAX_FOLDER_LICENCES` manifests read, in path order."""
    from auditor import safejson

    out: dict[str, str] = {}
    reads = 0
    for folder in sorted(folders):
        for name in _FOLDER_MANIFESTS:
            path = f"{folder}/{name}"
            if path not in snap.files:
                continue
            if reads >= MAX_FOLDER_LICENCES:
                return out
            reads += 1
            try:
                data = safejson.loads(snap.read_text(path, limit=FOLDER_LICENCE_BYTES) or "")
            except ValueError:
                continue
            found = (_manifest_licence(data.get("license")) or _manifest_licence(data.get("licenses"))) if isinstance(data, dict) else None
            if found and found.upper() not in ("UNLICENSED", "UNKNOWN", "NONE", "NOASSERTION") and not found.upper().startswith("SEE LICEN"):
                out[folder] = found
                break
    return out


MAX_PASTE_READS = 400  # project files read for pasted libraries, in path order
_PASTE_EXT = {"js", "mjs", "ts", "php", "css"}


def pasted_in(snap, inv: Inventory) -> list[tuple[str, dict]]:
    """(file, library) of each library pasted between two banners into the project's own source files (see pasted.py): at most
    :data:`MAX_PASTE_READS` files read, in path order."""
    out = []
    for path in [p for p in inv.paths("source") if _ext(p) in _PASTE_EXT][:MAX_PASTE_READS]:
        text = snap.read_text(path, limit=snap.max_blob) or ""
        if PASTE_HINT.search(text):
            out.extend((path, lib) for lib in pasted_libraries(text))
    return out


# a library's build for one JavaScript framework, named after it (Chosen's chosen.jquery.js for jQuery, chosen.proto.js for Prototype)
_FRAMEWORK_BUILD = re.compile(r"^(?P<base>.+?)[.-](?P<fw>jquery|jq|proto|prototype|mootools|zepto|dojo|yui|vanilla)$", re.I)


def framework_builds(paths: list[str]) -> dict[tuple[str, str], str]:
    """``{(folder, stem): library}`` for the builds of one library for two frameworks or more copied side by side in one folder
    (chosen/chosen.jquery.js and chosen/chosen.proto.js, their .min.js too): one library, named without the framework (issue 12,
    s41 fm41 = renowong/faaa-multifac); a build alone keeps its name."""
    seen: dict[tuple[str, str], set] = {}
    stems: dict[tuple[str, str], str] = {}
    for p in paths:
        if _ext(p) not in ("js", "mjs") or not (m := _FRAMEWORK_BUILD.match(stem := library_stem(parts(p)[-1]))):
            continue
        folder = p.rpartition("/")[0]
        seen.setdefault((folder, m.group("base").lower()), set()).add(m.group("fw").lower())
        stems[(folder, stem)] = m.group("base").lower()
    return {k: base for k, base in stems.items() if len(seen[(k[0], base)]) >= 2}


def libraries(snap, inv: Inventory) -> list[dict]:
    """The JavaScript/CSS libraries copied into the repository, with the name, version and licence their file
    name and banner give (None when not said): ``[{"name", "version", "license", "files", "paths"}]``.
    At most :data:`MAX_LIBRARIES` vendored JS/CSS files read, those of the project's own folders first, then those inside a copy of a
    CMS's core or of its modules (``inv.cms_paths``: a Drupal 6 site's core and 100 drupal.org modules, read first in path order, spent
    the budget, and its own sites/all/libraries/tcpdf, its theme's jquery.tools were never read; issue 12, s44 fp44), each in path order (the other files of a copied folder already
    described are counted without reading them); installs of package managers and
    documentation sites' assets left out."""
    groups: dict[tuple, dict] = {}  # by copied folder, or by name and version for files copied on their own
    hosted = set(inv.host_copy["paths"]) if inv.host_copy else set()
    if hosted:  # the project copied at the root (mviewer holding the authority's add-on): one library, as its manifest describes it
        host = inv.host_copy
        groups[("", "host")] = {"name": host["name"], "version": host["version"], "license": host["license"], "files": len(hosted),
                                "paths": sorted(hosted)[:5], "ecosystem": "javascript" if host["path"] != "composer.json" else "php"}
    own = set(inv.template_own.get("paths") or ())
    own |= {p for p in inv.paths("vendored") if p.startswith(tuple(inv.template_own.get("folders") or ()))}  # (its dist/css/skins/)
    if own:  # a UI template copied at the root (AdminLTE): one library, as its manifests describe it; its own files no other library
        groups[("", "ui-template")] = {**{k: inv.template_own[k] for k in ("name", "version", "license")}, "files": len(own),
                                       "paths": sorted(own)[:5], "ecosystem": "javascript"}
    # (a Cordova application's platforms/ and plugins/ are what its command line installs from config.xml, as npm does node_modules/)
    copies = [p for p in inv.paths("vendored") if p not in hosted and p not in own and p not in inv.template_paths and p not in inv.twin_paths
              and p not in inv.generator_copies
              and not p.startswith(inv.cordova_trees)
              and _ext(p) in ("js", "mjs", "css", *JAR_EXT, *NATIVE_EXT, *SOURCE_LIBRARY_EXT, *WHEEL_EXT)
              and not (set(parts(p)[:-1]) & _INSTALLED_DIRS)
              and not is_doc(p)  # a documentation site's assets (SchemaSpy's bower/) are not the project's dependencies
              and not ("/" not in p and p.lower() in BUILD_SCRIPTS)  # nor a copied template's build script (AdminLTE's Gruntfile.js)
              and not (is_test(p) or any(_TEST_SEG.search(seg) for seg in parts(p)[:-1]))  # nor a test's fixtures
              and inv.template_shelf.get("/".join(parts(p)[:2]), True)]  # nor a copied UI template's shelf folder nothing of the project loads
    # (Drupal's modules/simpletest/files/css_test_files/comment_hacks.css.optimized.css)
    vendored = set(copies)
    copied_stems = {library_stem(parts(p)[-1]) for p in copies}  # (a translation file joins a library copied beside it, by name)
    builds = framework_builds(copies)  # (chosen.jquery.js and chosen.proto.js side by side: Chosen's two builds, one library)
    # translation files of one library side by side (i18n/jquery.ui.datepicker-af.min.js, …-ar-DZ.min.js…: 60 languages): one library
    locale_sets: dict[tuple[str, str], int] = {}
    for p in copies:
        if base := locale_base(parts(p)[-1]):
            locale_sets[(p.rpartition("/")[0], base)] = locale_sets.get((p.rpartition("/")[0], base), 0) + 1

    def translation_of(path: str) -> str | None:
        """The library a translation file belongs to: by its language code, or by a code outside ISO 639-1 among a set of
        translations of that library in its folder (jquery.ui.datepicker-tj.min.js beside 60 of them)."""
        name = parts(path)[-1]
        if base := locale_base(name):
            return base
        m = _ANY_LOCALE.match(name)
        loose = library_stem(m.group("base") + ".js") if m else None
        return loose if loose and locale_sets.get((path.rpartition("/")[0], loose), 0) >= 2 else None
    for path in inv.paths("vendored"):  # a WordPress and its plugins, described once from their own files: counted, not read
        prefix = copy_of(path, inv.packages)
        if prefix:
            desc = inv.packages[prefix]
            group = groups.setdefault((desc["name"], desc["version"] or ""), {**desc, "files": 0, "paths": [], "ecosystem": desc.get("ecosystem", "php")})
            group["files"] += 1
            if len(group["paths"]) < 5:
                group["paths"].append(path)
    copies = [p for p in copies if not copy_of(p, inv.packages)]

    # folders named like a release that hold the project's own code (the application's mdConverter_0.11/): no library's folder
    own_releases = frozenset("/".join(parts(i.path)[: k + 1]) for i in inv.items if i.category == "source"
                             for k, seg in enumerate(parts(i.path)[:-1]) if VERSIONED_DIR.match(seg))

    def package_of(path: str) -> str | None:  # (js/plugins/highcharts/, static/leaflet-easyPrint-gh-pages/: one library each)
        inner = _package_folder(path, own_releases) or next((r.rstrip("/") for r in inv.copied_roots if path.startswith(r)), None)
        if (shelved := "/".join(parts(path)[:2])) in inv.template_shelf and not (inner or "").startswith(shelved + "/"):
            return shelved  # (a template's shelf folder the project loads, plugins/sweetalert2/: one library, whatever its files but
        return inner  # a release copied inside it, plugins/fastclick/jquery-validation-1.15.0/)

    def shelf_main(package: str, path: str) -> tuple:
        """In a template's shelf folder, its main file first (plugins/datatables/: media/js/jquery.dataTables.min.js, its name ending
        on the folder's, before the examples' assets): the one that states the version."""
        folder = squeeze_name(re.sub(r"[-_.]v?\d+(\.\d+)*$", "", FORGE_SUFFIX.sub("", parts(package)[-1])))
        inside = {seg.lower() for seg in parts(path)[2:-1]}
        return (bool(inside & (_EXAMPLE_SEGS | {"test", "tests", "extensions", "plugins", "external", "i18n", "lang", "locale"})),
                not squeeze_name(library_stem(parts(path)[-1])).endswith(folder or "\0"))

    def main_first(path: str) -> tuple:
        """A copied folder's files together, the file named after the folder first (lib/Cesium/…/Cesium.js states the version, so
        does flot/jquery.flot.js), the files of its examples/, demo/, docs/ or tests/ last: another library's there (timezoneJS's
        date.js "VERSION = '1.0.0'", Apache-2.0, in flot/examples/) is no version or licence of the folder's (s41 fl41 = SMMAR11/styx)."""
        package = package_of(path) or ""
        if package in inv.template_shelf:
            return (package, *shelf_main(package, path), path)
        if not package:
            return ("", True, True, path)
        stem, folder = library_stem(parts(path)[-1]), re.sub(r"[-_.]v?\d+(\.\d+)*$", "", FORGE_SUFFIX.sub("", parts(package)[-1])).lower()
        aside = bool({seg.lower() for seg in parts(path)[len(parts(package)):-1]} & (_EXAMPLE_SEGS | {"test", "tests", "spec"}))
        return (package, aside, not (stem == parts(package)[-1].lower() or stem == folder or stem.endswith(("." + folder, "-" + folder))), path)
    native_libraries = native_folders([p for p in copies if _ext(p) in NATIVE_EXT])
    licensed_php: list[dict] = []  # (licensed_php_folders, computed once when a PHP file of an unversioned library folder is met)
    read = 0
    framework_in: dict[str, bool] = {}  # copied folder -> it holds a file of its own name (lib/jquery/…/jquery.min.js)
    shelves: dict[str, bool] = {}  # copied folder -> a shelf of plugins of the library it is named after, none of that library's files

    def plugin_shelf(package: str) -> bool:
        """A folder named after a known library that holds none of its files but several others, one of them at least named as
        its plugin (vendors/leaflet/ with leaflet-search.min.js, leaflet.rrose-src.js, Leaflet-WFST.src.js and Control.Opacity.js,
        Leaflet itself loaded from a CDN): a shelf of that library's plugins, no copy of it; a plugin's banner version is its own."""
        if package in inv.template_shelf:
            return False  # (a template's shelf folder the project loads: one library)
        if package not in shelves:
            short = parts(package)[-1].lower()
            stems = {library_stem(parts(p)[-1]) for p in vendored if p.startswith(package + "/")}
            # (the library's own file under a variant name: d3.v5.min.js in lib/d3/, Chart.bundle.min.js in lib/chartjs/)
            framework = any(st == short or squeeze(short).startswith(squeeze(st)) or re.match(rf"{re.escape(short)}[.-]?v?\d", st) for st in stems)
            plugins = [st for st in stems if re.match(rf"{re.escape(short)}[.-][a-z]", st) and not re.match(rf"{re.escape(short)}[.-]v\d", st)]
            shelves[package] = short in LIBRARY_DIR_NAMES and not framework and len(stems) >= 2 and bool(plugins)
        return shelves[package]
    release_jars = _release_modules(snap, [(p, package_of(p)) for p in copies if _ext(p) in JAR_EXT])
    for path in sorted(copies, key=lambda p: (p in inv.cms_paths, *main_first(p))):
        package = package_of(path)
        group = groups.get((package, "")) if package else None
        # (a folder copied whole is read on, up to 20 files, until one names its licence: its first file may carry no banner)
        # (a release folder of PHP or Python sources is read on, up to 5 files, until one's leading comment names its licence)
        source_unlicensed = bool(group) and group.get("ecosystem") in SOURCE_LIBRARY_EXT.values() and not group["license"] and group["files"] < 5
        if group and not source_unlicensed and ((group["version"] and (group["license"] or f"{package}/" not in inv.copied_roots))
                                                or group["files"] >= PER_LIBRARY_READ):
            # one more file of a copied folder already described: counted, not read
            group["files"] += 1
            if len(group["paths"]) < 5:
                group["paths"].append(path)
            continue
        if read >= MAX_LIBRARIES:
            continue  # the bound is on files read: Cesium's 1,900 files leave room for the jQuery copied beside it
        read += 1
        if _ext(path) in SOURCE_LIBRARY_EXT:  # PHP or Python sources of a copied release folder (lib/apache-log4php-2.3.0/)
            segs = parts(package or "")
            named = next((k for k, seg in enumerate(parts(path)[:-1]) if seg.lower() in _PHP_COPIES), None) if _ext(path) == "php" else None
            if package and named is None and not VERSIONED_DIR.match(segs[-1]):
                if not licensed_php:  # (a PHP library copied into lib/<name>/ with its own licence, required by the project's code)
                    licensed_php.append(licensed_php_folders(snap, inv.items, _own_holders(snap)))
                if (desc := licensed_php[0].get(package)) and _ext(path) == "php":
                    group = groups.setdefault((package, ""), {**desc, "files": 0, "paths": [], "ecosystem": "php"})
                    group["license"] = group["license"] or source_licence(snap.read_head(path, HEAD_BYTES) or "")
                    group["files"] += 1
                    if len(group["paths"]) < 5:
                        group["paths"].append(path)
                    continue
            if (not package or not VERSIONED_DIR.match(segs[-1])) and named is None:
                # a file on its own: the library its doc block names (Simple HTML DOM's "Website: …sourceforge.net/projects/
                # simplehtmldom/ … @subpackage simple_html_dom" in classes/html_dom.class.php), joining that library's other files
                # (PHPMailer's three classes beside its locale/phpmailer/ translations); nothing to give it otherwise
                lone = php_library(snap.read_head(path, PHP_DOC_BYTES) or "") if _ext(path) == "php" else None
                if lone:
                    group = next((g for g in groups.values() if g["name"] == lone["name"] and g.get("ecosystem") == "php"), None) \
                        or groups.setdefault((lone["name"], lone["version"] or ""), {**lone, "files": 0, "paths": [], "ecosystem": "php"})
                    group["version"] = group["version"] or lone["version"]
                    group["license"] = group["license"] or lone["license"]
                    group["files"] += 1
                    if len(group["paths"]) < 5:
                        group["paths"].append(path)
                continue
            if named is not None and not (package and VERSIONED_DIR.match(segs[-1])):
                # a PHP library copied by hand into a folder of its own name (application/interface/mail/phpmailer/, application/fpdf/):
                # that library, its version from its code ($Version = "1.72", define('FPDF_VERSION','1.53'))
                package = "/".join(parts(path)[: named + 1])
                m = None
                group = groups.setdefault((package, ""), {"name": parts(path)[named].lower(), "version": None, "license": None, "files": 0,
                                                          "paths": [], "ecosystem": "php"})
                if not group["version"] and (v := _PHP_VERSION.search((snap.read_bytes(path, limit=HEAD_BYTES * 16) or b"").decode("utf-8", "replace"))):
                    group["version"] = v.group(1)
            else:
                m = re.search(r"[-_]v?(\d+(?:\.\d+){1,3})", segs[-1])
            name = segs[-1][: m.start()].lower() if m else segs[-1].lower()
            group = groups.setdefault((package, ""), {"name": name, "version": m.group(1) if m else None, "license": None, "files": 0,
                                                      "paths": [], "ecosystem": SOURCE_LIBRARY_EXT[_ext(path)]})
            if not group["license"]:  # the licence its files' doc comment names ("@license …lgpl-2.1.txt LGPL" atop PHPExcel.php)
                group["license"] = source_licence(snap.read_head(path, HEAD_BYTES) or "")
            group["files"] += 1
            if len(group["paths"]) < 5:
                group["paths"].append(path)
            continue
        if _ext(path) in NATIVE_EXT:  # a program or native library: its name and version from the file name (never read)
            # (the programs beside the one native library of their folder are that library's tools, built with it: gd's Windows
            # build, gdwin32/ with bgd.dll and its 20 test programs gdtest.exe, webpng.exe…, is one copy of gd)
            lib = release_native(package) or native_libraries.get(path.rpartition("/")[0]) or native_library(path)
            group = groups.setdefault((lib["name"], lib["version"] or ""), {**lib, "files": 0, "paths": [], "ecosystem": "native"})
            group["files"] += 1
            if len(group["paths"]) < 5:
                group["paths"].append(path)
            continue
        if _ext(path) in WHEEL_EXT:  # a Python wheel or egg: its name and version from the file name (never opened)
            m = _WHEEL_NAME.match(parts(path)[-1])
            lib = {"name": (m.group("name") if m else parts(path)[-1].rsplit(".", 1)[0]).lower().replace("_", "-"),
                   "version": m.group("version") if m else None, "license": None}
            group = groups.setdefault((lib["name"], lib["version"] or ""), {**lib, "files": 0, "paths": [], "ecosystem": "python",
                                                                          "archive": True})
            group["files"] += 1
            if len(group["paths"]) < 5:
                group["paths"].append(path)
            continue
        if _ext(path) in JAR_EXT:  # a Java archive: its name and version from the file name, its licence from its metadata (jar_licences)
            m = _JAR_NAME.match(parts(path)[-1])
            version = _SNAPSHOT_BUILD.sub("-SNAPSHOT", m.group("version")) if m and m.group("version") else None
            lib = release_jars.get(path) or {"name": (m.group("name") if m else parts(path)[-1]).lower(), "version": version, "license": None}
            if not lib["license"]:  # (or, by its manifest's Bundle-License, the address of a licence page this audit cannot read)
                stated, address = jar_statement(snap.read_bytes(path, limit=snap.max_blob) or b"")
                lib = {**lib, "license": stated, **({"license_url": address} if address and not stated else {})}
                if (e := snap.files.get(path)) is not None and e.size > snap.max_blob:
                    lib["license_unread"] = True  # (an archive over the snapshot's read limit: its metadata not read, no "not stated")
            group = groups.setdefault((lib["name"], lib["version"] or ""), {**lib, "files": 0, "paths": [], "ecosystem": "java"})
            group["license"] = group["license"] or lib["license"]
            if lib.get("license_url") and not group["license"]:
                group["license_url"] = lib["license_url"]
            if lib.get("license_unread") and not group["license"]:
                group["license_unread"] = True
            group["files"] += 1
            if len(group["paths"]) < 5:
                group["paths"].append(path)
            continue
        readable = re.sub(r"[.-]min\.(js|css)$", r".\1", path)
        if readable != path and inv.category(readable) == "source":
            continue  # minified from the project's own readable file beside it (carte.js -> carte.min.js): its build, no library
        data = snap.read_bytes(path, limit=snap.max_blob) or b""
        head = data[:16 * 1024].decode("utf-8", "replace")
        def as_translation(p: str, lib: dict) -> dict:
            if (base := locale_base(parts(p)[-1])) and base in copied_stems and not lib["version"] \
                    and (lib["name"] == library_stem(parts(p)[-1]) or squeeze(lib["name"]) == squeeze(base)):  # (a banner naming another library, its own)
                return {**lib, "name": base}  # a library's translation (bootstrap-datepicker.fr.min.js): counted with bootstrap-datepicker
            if (base := translation_of(p)) and locale_sets.get((p.rpartition("/")[0], base), 0) >= 2 and lib["name"] == library_stem(parts(p)[-1]):
                return {**lib, "name": base}  # one of a set of translations named by their language: counted once, as their library
            return lib
        lib = as_translation(path, describe(path, head))
        if lib["name"] in LOCALE_BUNDLES and not lib["version"]:  # a library's bundle of translations (locale-all.js): that library's
            folder = path.rpartition("/")[0]
            owner = bundle_owner(head, [s for s in (library_stem(parts(p)[-1]) for p in vendored if p != path and p.rpartition("/")[0] == folder)
                                        if s not in LOCALE_BUNDLES])
            lib = {**lib, "name": owner} if owner else lib
        base = translation_of(path)
        stem, dot, ext = path.rpartition(".")
        twin = next((t for t in (f"{stem}.min.{ext}", f"{stem}-min.{ext}") if t in vendored), None) if dot else None
        if twin:  # the readable copy beside its minified twin: one library, described as the twin is (a translation's twin too:
            # locales/bootstrap-datepicker.fr.js beside bootstrap-datepicker.fr.min.js is bootstrap-datepicker's, not "bootstrap-datepicker.fr")
            read_lib = lib
            lib = as_translation(twin, describe(twin, (snap.read_bytes(twin, limit=snap.max_blob) or b"")[:16 * 1024].decode("utf-8", "replace")))
            # (the minifier strips the banner the readable copy keeps: "Dual licensed under the MIT… Version: 1.3.3" atop
            # jquery.slimscroll.js, none atop its .min.js; what the twin does not say, the readable file does)
            lib = {**lib, "version": lib["version"] or read_lib["version"], "license": lib["license"] or read_lib["license"]}
        elif not (base and base in copied_stems) and not _third_party_evidence(path, head, lib) and f"{package}/" not in inv.copied_roots:
            continue  # a project's own scripts in a folder named libs/ are no library copy
        own = library_stem(parts(path)[-1])
        short = parts(package)[-1].lower() if package else ""
        extends = bool(package) and own.startswith((short + ".", short + "-"))
        if extends and package not in framework_in:
            framework_in[package] = any(p.startswith(package + "/") and library_stem(parts(p)[-1]) == short for p in vendored)
        shelf = bool(package) and plugin_shelf(package)
        if extends and lib["version"] and (framework_in[package] or shelf):
            # a plugin copied beside its framework (lib/jquery/jquery.scrolly.min.js, "jquery.scrolly v1.0.0-dev", beside jquery/3.4.1/jquery.min.js):
            # its own library; with no framework's file there, the folder is the library's, named by its files (vendor/maplibre/: maplibre-gl.js and .css)
            package = None
        if package and parts(package)[-1].lower() in _PART_FOLDERS and lib["version"] and lib["name"] != library_stem(parts(path)[-1]):
            package = None  # a folder of a library's parts (lib/addons/ of UIkit, "UIkit 2.8.0" atop each): that library's, by its banner
        if package:  # one library per copied folder (bootstrap-datepicker-1.10.0/ and its 70 locale files, lib/bootstrap/5.3.3/)
            last = parts(package)
            if re.match(r"^v?\d+(\.\d+)+$", last[-1]):
                folder = {"name": last[-2].lower(), "version": last[-1].lstrip("vV")}
            else:
                folder = describe(FORGE_SUFFIX.sub("", last[-1]) + ".js", "")  # (Leaflet.draw-master/: leaflet.draw)
                # the first version in the folder's name (dsfr-v1.14.3), with its pre-release or patch letter (ext-4.1.1a)
                m = re.search(r"[-_@]v?(\d+(?:\.\d+){1,3}(?:(?:a|b|c|rc|alpha|beta|pre|dev|ga|final|p)\d*(?![A-Za-z0-9]))?)", last[-1])
                folder["version"] = m.group(1) if m else folder["version"]
            lib = {"name": own if extends and not framework_in[package] else folder["name"], "version": folder["version"] or lib["version"],
                   "license": lib["license"]}
            if shelf:  # (the plugins left in the shelf, without a version of their own: the shelf's, named so, versioned by its name only)
                lib = {"name": f"{folder['name']}-plugins", "version": folder["version"], "license": lib["license"]}
        if not package and not lib["version"] and len(parts(path)) >= 2 and _BARE_VERSION.match(parts(path)[-2]):
            lib = {**lib, "version": parts(path)[-2].lstrip("vV")}  # (its folder names its release: assets/js/2.4.0/mapbox-gl.js)
        # (a jQuery plugin's script and its stylesheet are one library: jquery.easy-autocomplete.min.js and easy-autocomplete.min.css)
        if not package and (base := builds.get((path.rpartition("/")[0], library_stem(parts(path)[-1])))) and lib["name"] == library_stem(parts(path)[-1]):
            lib = {**lib, "name": base}
        key = (package or re.sub(r"^jquery[.-](?=.)", "", lib["name"]), "" if package else (lib["version"] or ""))
        group = groups.setdefault(key, {**lib, "files": 0, "paths": [], "ecosystem": "javascript"})
        group["files"] += 1
        stated = bool(group["paths"]) and not group["license"] and bool(lib["license"])
        group["license"] = group["license"] or lib["license"]
        group["version"] = group["version"] or lib["version"]
        if stated:  # (the file that states the folder's licence is the one shown, not a stylesheet met before it with no banner)
            group["paths"] = [path, *group["paths"]][:5]
        elif len(group["paths"]) < 5:
            group["paths"].append(path)
    # a library pasted between two banners into one of the project's own files ("Debut Insertion by Luc de calendar.js" … "Fin
    # Insertion…"): a copy too, named by its file, with the version and licence its own banner gives (at most MAX_PASTE_READS files)
    for path, lib in pasted_in(snap, inv):  # (the lines of its first block: where it stands in the project's file)
        group = groups.setdefault((lib["name"], lib["version"] or ""), {"name": lib["name"], "version": lib["version"], "license": lib["license"],
                                                                      "files": 0, "paths": [], "ecosystem": "php" if _ext(path) == "php" else "javascript",
                                                                      "line": lib["line"], "end": lib["end"]})
        group["files"] += 1
        group["license"] = group["license"] or lib["license"]
        if len(group["paths"]) < 5:
            group["paths"].append(path)
    folder_parts(groups)  # (a library's parts in its folder, its examples' assets: no libraries of their own)
    # a library's stylesheet without a version beside its versioned script (bootstrap-datetimepicker.css and …-4.17.37.min.js): one;
    # so are a PHP library's translations in a folder of its name beside its classes copied on their own, which give the version
    # (locale/phpmailer/ and classes/phpmailer.class.php's "Version 5.2.7")
    for key, group in sorted(groups.items(), key=lambda kv: (kv[1]["name"], kv[1]["paths"][0])):
        twins = [g for g in groups.values() if g["name"] == group["name"] and g["version"] and g is not group
                 and (group.get("ecosystem") == "javascript" or g.get("ecosystem") == "php")]
        if not group["version"] and group.get("ecosystem") in ("javascript", "php") and len(twins) == 1:
            _fold(group, twins[0])
            del groups[key]
    # a library copied as a folder with its licence's text at the folder's top and no banner naming it (tiny_mce/license.txt, the
    # LGPL 2.1): that text's licence (at most MAX_FOLDER_LICENCES texts read)
    # (so is a library on a shelf counted by its name, its files in the folder named after it: plugins/ckeditor/ of a template's plugins/)
    homes = {key[0]: key for key, group in groups.items() if "/" in key[0] and not key[1] and not group["license"]}
    for key, group in groups.items():
        if "/" not in key[0] and not group["license"] and (home := named_home(group)) and home not in homes:
            homes[home] = key
    unlicensed = sorted(homes)
    for folder, spdx in folder_licences(snap, [i.path for i in inv.items], unlicensed).items():
        groups[homes[folder]]["license"] = spdx
    # else the licence the folder's own package manifest declares (a library a package manager installed into a committed folder:
    # ace-builds/package.json "BSD" beside a LICENSE text naming its holder in the disclaimer, which the licence index does not match)
    unlicensed = [f for f in unlicensed if not groups[homes[f]]["license"]]
    for folder, declared in folder_manifest_licences(snap, unlicensed).items():
        groups[homes[folder]]["license"] = declared
    # one library under its name and its "js" name, same version (angular.js read as "angular", angular-animate.min.js's banner
    # "AngularJS v1.4.7" as "angularjs"): one library, under the shorter name
    for key, group in sorted(groups.items(), key=lambda kv: (kv[1]["name"], kv[1]["paths"][0])):
        short = re.sub(r"[.-]?js$", "", group["name"])
        twin = next((g for g in groups.values() if g is not group and g["name"] == short and g["version"] == group["version"]
                     and g.get("ecosystem") == group.get("ecosystem") == "javascript"), None) if short != group["name"] and group["version"] else None
        if twin:
            _fold(group, twin)
            del groups[key]
    # one library under two spellings of its name, same version (owl.theme.default.min.css's banner "Owl Carousel v2.3.4" read as
    # "owl-carousel", owl.carousel.min.js as "owl.carousel": issue 12, s47 lead = louisprvst/SauvetageDunkerquois): one library, under
    # the name sorted first; its names differ only by their separators (-, ., _)
    for key, group in sorted(groups.items(), key=lambda kv: (kv[1]["name"], kv[1]["paths"][0]), reverse=True):
        spelled = re.sub(r"[-._]", "", group["name"])
        twin = next((g for g in sorted(groups.values(), key=lambda g: (g["name"], g["paths"][0])) if g is not group and g["name"] != group["name"]
                     and re.sub(r"[-._]", "", g["name"]) == spelled and g["version"] == group["version"]
                     and g.get("ecosystem") == group.get("ecosystem") == "javascript"), None) if group["version"] and "/" not in key[0] else None
        if twin and twin["name"] < group["name"]:
            _fold(group, twin)
            del groups[key]
    # a library's theme or part named after it, same version (selectize.bootstrap3.css, "selectize.bootstrap3.css (v0.11.2) - Bootstrap 3
    # Theme", beside selectize.css v0.11.2): that library's, not one more
    for key, group in sorted(groups.items(), key=lambda kv: (kv[1]["name"], kv[1]["paths"][0])):
        owner = next((g for g in groups.values() if g is not group and group["name"].startswith((g["name"] + ".", g["name"] + "-"))
                      and g["version"] and g["version"] == group["version"] and g.get("ecosystem") == group.get("ecosystem") == "javascript"
                      and not group["name"].removeprefix(g["name"])[1:].replace(".", "").isdigit()), None)
        if owner and "/" not in key[0]:
            _fold(group, owner)
            del groups[key]
    # a library still without a version whose folder keeps a note recording it (js/readme.md's "## PMTILES / version 3.0.7"): that
    # version (one note read per folder, at most MAX_NOTE_FOLDERS folders, in path order)
    notes: dict[str, str] = {}
    for group in sorted(groups.values(), key=lambda g: g["paths"][0]):
        folder = group["paths"][0].rpartition("/")[0]
        if group["version"] or group.get("ecosystem") != "javascript" or (folder not in notes and len(notes) >= MAX_NOTE_FOLDERS):
            continue
        if folder not in notes:
            note = _folder_note(snap, folder)
            notes[folder] = (snap.read_head(note, 64 * 1024) or "") if note else ""
        group["version"] = notes_version(notes[folder], group["name"]) if notes[folder] else None
    out = sorted(groups.values(), key=lambda g: (g["name"], g["version"] or "", g["paths"][0]))
    from_licence_files(snap, out)  # (a bundle's companion .LICENSE.txt, the licence file of the library's own folder)
    return out


def _fold(group: dict, into: dict) -> None:
    """One copied library's group counted into another's, the same library: its files, its first paths, its licence if the other has none."""
    into["files"] += group["files"]
    into["paths"] = (into["paths"] + group["paths"])[:5]
    into["license"] = into["license"] or group["license"]


MAX_NOTE_FOLDERS = 20


def _folder_note(snap, folder: str) -> str | None:
    """A note of the folder (readme.md, README, versions.md…), by its name, case aside."""
    for name in NOTES_NAMES:
        for cand in (name, name.upper(), name.capitalize(), name.rsplit(".", 1)[0].upper() + ("." + name.rsplit(".", 1)[1] if "." in name else "")):
            path = f"{folder}/{cand}" if folder else cand
            if path in snap.files:
                return path
    return None


def named_home(group: dict) -> str | None:
    """The folder named after a library that holds every file listed of it (plugins/ckeditor/ for ckeditor.js and lang/fr.js), else None."""
    name = squeeze_name(group["name"])
    homes = set()
    for p in group["paths"]:
        segs = parts(p)[:-1]
        at = max((i for i, seg in enumerate(segs) if squeeze_name(seg) == name), default=None)
        if at is None or len(name) < 3:
            return None
        homes.add("/".join(segs[:at + 1]))
    return homes.pop() if len(homes) == 1 else None


_EXAMPLE_SEGS = {"examples", "example", "demo", "demos", "samples", "sample", "docs", "doc"}


def folder_parts(groups: dict) -> None:
    """A file inside the folder of a library copied whole, its folder named after it (plugins/ckeditor/ with ckeditor.js,
    plugins/PHPMailer/ with class.phpmailer.php, plugins/bootstrap-slider/ with bootstrap-slider.js), is that library's part, not a
    library named after the file: its language files (lang/fr-ca.js), its plugins' dialogs (plugins/wsc/dialogs/wsc_ie.js), its
    adapters (adapters/jquery.js), its theme (slider.css), and the assets of its examples (examples/styles/shCore*.css, even a versioned
    XRegExp.js there). Merged into that library in place; a plugin named after it (leaflet.polylinedecorator in js/leaflet/) or a
    versioned one outside examples stays its own. The
    assets of the examples of a library on a shelf (plugins/datatables/examples/resources/syntax/shCore.js) are no library in use: left out."""
    anchors: dict[str, dict] = {}
    for group in groups.values():
        for p in group["paths"]:
            folder = p.rpartition("/")[0]
            if folder and squeeze_name(parts(folder)[-1]) == squeeze_name(group["name"]) and len(squeeze_name(group["name"])) >= 3:
                anchors.setdefault(folder, group)
    for key, group in sorted(groups.items(), key=lambda kv: (kv[1]["name"], kv[1]["paths"][0])):
        if group.get("ecosystem") != "javascript" or any(g is group for g in anchors.values()):
            continue
        homes = []
        for p in group["paths"]:
            folder = max((f for f in anchors if p.startswith(f + "/") and anchors[f] is not group), key=len, default=None)
            inside = parts(p)[len(parts(folder)):-1] if folder else []
            plugin = folder and group["name"].lower().startswith((anchors[folder]["name"].lower() + ".", anchors[folder]["name"].lower() + "-"))
            if folder and not plugin and (not group["version"] or _EXAMPLE_SEGS & {seg.lower() for seg in inside}):
                homes.append(folder)
            elif _EXAMPLE_SEGS & {seg.lower() for seg in parts(p)[2:-1]}:
                homes.append("")  # (the examples' assets of a library on a shelf, plugins/datatables/examples/…/shCore.css: no library in use)
            else:
                homes.append(None)
        if not homes or None in homes or len(set(h for h in homes if h)) > 1:
            continue
        owner = next((anchors[h] for h in homes if h), None)
        if owner is not None:
            owner["files"] += group["files"]
            owner["paths"] = (owner["paths"] + group["paths"])[:5]
        del groups[key]


_BARE_VERSION = lazy_compile(r"^v?\d+(?:\.\d+){1,3}$")  # a folder named by a release alone (2.4.0, v1.9)
_TEST_SEG = lazy_compile(r"(^|[_.-])(tests?|simpletest|fixtures?|spec)([_.-]|$)", re.I)  # a folder of tests: css_test_files, simpletest


@fact("inventory", version=215)
def inventory(ctx) -> dict:
    """Counts by category and by language (project source only), with a few examples per category, and the
    libraries copied into the repository (name, version, licence)."""
    inv = inventory_of(ctx)
    categories: dict[str, int] = {c: 0 for c in CATEGORIES}
    examples: dict[str, list[str]] = {c: [] for c in CATEGORIES}
    langs: dict[str, int] = {}
    for i in inv.items:
        categories[i.category] += 1
        if len(examples[i.category]) < MAX_EXAMPLES:
            examples[i.category].append(i.path)
        if i.category == "source" and i.language:
            langs[i.language] = langs.get(i.language, 0) + 1
    return {
        "files": len(inv.items),
        "categories": categories,
        "languages": dict(sorted(langs.items(), key=lambda kv: (-kv[1], kv[0]))),
        "examples": {c: v for c, v in examples.items() if v},
        "libraries": libraries(ctx.snapshot, inv),
        "installed": installed_folders(inv),
        "sites": site_folders(inv),  # (a web app a bundler built with its page into docs/: the build's, no documentation)
        "build_folders": build_folders_of(inv),
        # the project the repository is a customised copy of (root_copy), the authority's own folders, the copy's files made vendored
        "copy_of": {k: v for k, v in inv.host_copy.items() if k != "paths"} | {"files": len(inv.host_copy["paths"])} if inv.host_copy else None,
        # a UI template copied at the root with the application built inside it (ui_templates): its name, manifest and files made vendored
        "ui_template": inv.ui_template,
        # the themes a Hugo site copied into themes/<name>/ with their own licence (vendored: their exampleSite/ pages are no site pages)
        "copied_themes": hugo_theme_folders(ctx.snapshot, inv.items),
    }


MAX_BUILD_FOLDERS = 50


def template_library(snap, ui_template: dict, shelf: list[str]) -> dict:
    """The copied UI template as one library: its name, the version and licence its root manifests state (package.json's "version":
    "2.3.0", bower.json's "license": "MIT"), and its own files off its shelf (its dist/, build/, files named after it)."""
    from auditor import safejson

    version = licence = None
    for path in sorted(f for f in ui_template["files"] if "/" not in f and f in ("bower.json", "package.json", "composer.json")):
        try:
            doc = safejson.loads(snap.read_text(path, limit=FOLDER_LICENCE_BYTES) or "")
        except ValueError:
            continue
        if isinstance(doc, dict):
            version = version or (doc["version"].strip().lstrip("vV")[:40] if isinstance(doc.get("version"), str) and doc["version"].strip() else None)
            licence = licence or _manifest_licence(doc.get("license")) or _manifest_licence(doc.get("licenses"))
    tops = tuple(f + "/" for f in shelf)
    paths = [f for f in ui_template["files"] if not f.startswith(tops) and not (f.count("/") >= 2 and f.split("/", 1)[0].lower() in SHELVES)]
    return {"name": ui_template["name"], "version": version, "license": licence, "paths": sorted(paths), "folders": ui_template.get("folders") or []}


def build_folders_of(inv: Inventory) -> dict[str, int]:
    """The build folders holding the build output files (the outermost dist/, target/, build/… of each, Gradle's build and cache
    folders), with how many such files each holds, in path order, at most :data:`MAX_BUILD_FOLDERS`: every one of them, not only
    those of the first examples (an Android project's SictomAppli/app/build/ and SictomInterfaces/app/build/ beside three more)."""
    gradle = gradle_dirs_of(i.path for i in inv.items)
    out: dict[str, int] = {}
    for i in inv.items:
        if i.category != "build":
            continue
        segs = i.path.split("/")
        k = next((k for k, seg in enumerate(segs[:-1]) if seg in GENERATED_DIRS), None)
        found = [f for f in (gradle_output_folder(segs, gradle), "/".join(segs[: k + 1]) if k is not None else None) if f]
        folder = min(found, key=lambda f: f.count("/")) if found else None
        if folder is not None and (folder in out or len(out) < MAX_BUILD_FOLDERS):
            out[folder] = out.get(folder, 0) + 1
    return dict(sorted(out.items()))


def site_folders(inv: Inventory) -> list[str]:
    """The folders of the built sites (``docs/``, sorted, the outermost): where an ``index.html`` of ``inv.site_paths`` is."""
    pages = sorted(p for p in inv.site_paths if p.endswith("/index.html"))
    return [p[: -len("index.html")] for p in pages if not any(p != q and p.startswith(q[: -len("index.html")]) for q in pages)]


def installed_folder(path: str) -> str | None:
    """The package manager's install folder ``path`` sits in (the outermost: ``venv``, ``web/node_modules``), or None.
    (a virtualenv's folder, env/ too, where a virtualenv's files are: not a settings folder named env/ or venv/)"""
    p = parts(path)
    segs = p[:-1]
    at = next((k for k, seg in enumerate(segs) if seg in _INSTALLED_DIRS - _VENV_DIRS or (seg in _VENV_DIRS and _virtualenv_file(p, k))), None)
    return "/".join(segs[: at + 1]) if at is not None else None


def composer_vendor_dirs(paths) -> list[str]:
    """Composer's install folders: a folder named vendor/ holding composer/installed.json, which `composer install` writes there
    beside autoload.php (a Laravel app's committed room_project/vendor/, 5,106 files; issue 12, s44 fm44 = AdrienLeveque/Room_Project).
    A vendor/ of copied libraries without Composer's record is no install. The outermost ones, at most 20, in path order."""
    found = sorted(p[: -len("/composer/installed.json")] for p in paths if p.endswith("/composer/installed.json")
                   and p[: -len("/composer/installed.json")].rsplit("/", 1)[-1] == "vendor")
    return [d for d in found if not any(d.startswith(o + "/") for o in found)][:20]


def installed_folders(inv: Inventory) -> dict[str, int]:
    """The package managers' install folders committed (the outermost node_modules of each place: what npm install writes) and
    how many files each holds, the largest first (at most 20)."""
    out: dict[str, int] = {}
    composer = composer_vendor_dirs(i.path for i in inv.items)
    for i in inv.items:
        folder = installed_folder(i.path) or next((d for d in composer if i.path.startswith(d + "/")), None)
        if folder is not None:
            out[folder] = out.get(folder, 0) + 1
    return dict(sorted(out.items(), key=lambda kv: (-kv[1], kv[0]))[:20])
