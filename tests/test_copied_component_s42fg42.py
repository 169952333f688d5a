"""A whole third-party program copied into a sub-folder (issue 12, s42 fg42 = reader ra42, Exilz/linea-gap and KeolisAix/MDMKPA).

A bus network's Laravel site copied a rich-text editor whole into public/<editor>/ (its own README.md, CHANGES.md and LICENSE.md
naming the editor, lang/, plugins/, its main file assigning version:"4.4.7"); an operator's intranet copied a database admin tool
whole into its folder (LICENSE "Copyright … The <tool> Project", INSTALL "<tool> Installation Guide", HISTORY "Version 5.1", a
conf/config.inc.php-dist, lang/). Neither was told copied: the copy, holding more code than the project, gave the project its
licence, and its README/INSTALL, settings template, translations and functions counted as the project's. A sub-folder that carries
its own licence file and its own README/INSTALL/CHANGES/HISTORY whose title names a product its licence names too, not the project,
is a copied component whatever its size: vendored, named (with its version) among the copied libraries.

Near misses keep their verdicts: a monorepo's package licensed by the project's own holder, a project's component whose README names
what its licence does not, a repository that is the library itself (the product is the project's name).
"""

from __future__ import annotations

from tests.gitrepo import make_repo
from tests.test_reusability_fixtures import results, run_audit

LICENCE_CHECKS = ["licensing.open-license", "licensing.license-file", "reusability.dependencies", "reusability.install",
                  "reusability.configuration", "reusability.portability", "documentation.docs"]

GPL_NOTICE = ("This program is free software; you can redistribute it and/or modify it under the terms of the GNU General Public "
              "License as published by the Free Software Foundation; either version 2 of the License, or (at your option) any later "
              "version.\n")


def audit(tmp_path, files, checks=LICENCE_CHECKS):
    repo = make_repo(tmp_path / "r", [{"files": files, "date": "2015-05-02T10:00:00Z", "message": "projet tutoré",
                                       "author": ("Jeanne Durand", "jeanne.durand@example.org")}])
    return results(run_audit(repo, tmp_path / "c", checks))


def editor_files(folder: str = "public/quillpad") -> dict:
    """An editor copied whole: its documents and licence name it, its main file gives its version, its code outweighs the site's."""
    body = "".join(f"  function part{n}(a, b) {{ if (a) {{ return b + {n}; }} return a - {n}; }}\n" for n in range(400))
    files = {
        f"{folder}/README.md": "Quillpad 4\n==========\n\nCopyright (c) 2003-2014, Plumes SARL. All rights reserved.\n\n"
                               "## Installation\n\nUnpack the archive into your web site and load quillpad.js in your pages:\n\n"
                               "    <script src=\"quillpad/quillpad.js\"></script>\n",
        f"{folder}/CHANGES.md": "Quillpad 4 Changelog\n====================\n\n## Quillpad 4.4.7\n\n* Fixed the toolbar.\n\n## Quillpad 4.4.6\n",
        f"{folder}/LICENSE.md": "Software License Agreement\n==========================\n\nQuillpad - The text editor for the web\n"
                                "Copyright (c) 2003-2014, Plumes SARL. All rights reserved.\n\n" + GPL_NOTICE,
        f"{folder}/quillpad.js": "/*\nCopyright (c) 2003-2014, Plumes SARL. All rights reserved.\nFor licensing, see LICENSE.md\n*/\n"
                                 "(function(){window.QUILLPAD={version:\"4.4.7\"};\n" + body + "})();\n",
        f"{folder}/config.js": "QUILLPAD.editorConfig = function (config) { config.language = 'fr'; };\n",
    }
    for lang in ("fr", "de", "en", "es", "it"):
        files[f"{folder}/lang/{lang}.js"] = f"QUILLPAD.lang['{lang}'] = {{ bold: 'B', italic: 'I' }};\n"
    return files


SITE = {
    "README.md": "# Réseau de bus\n\nProjet tutoré pour la ville : site des horaires, Laravel.\n",
    "composer.json": '{"name": "laravel/laravel", "license": "MIT", "require": {"laravel/framework": "4.2.*"}}\n',
    "app/controllers/LigneController.php": "<?php\nclass LigneController extends BaseController {\n"
                                           "    public function index() { return View::make('lignes'); }\n}\n",
    "public/js/script.js": "function afficher(ligne) { document.title = ligne; }\n",
}


def test_an_editor_copied_whole_gives_no_licence_docs_nor_translations_to_the_site(tmp_path):
    r = audit(tmp_path, {**SITE, **editor_files()})
    assert r["licensing.open-license"]["status"] == "fail", r["licensing.open-license"]["message"]  # was pass GPL-2.0-or-later
    assert "quillpad" not in r["licensing.license-file"]["message"]["en"].lower()
    dep = r["reusability.dependencies"]
    libs = {e["value"]["library"]: e["value"] for e in dep["evidence"] if isinstance(e.get("value"), dict) and "library" in e["value"]}
    assert libs.get("quillpad", {}).get("version") == "4.4.7", dep["evidence"]
    assert not any("quillpad" in (e.get("path") or "") for e in r["reusability.install"]["evidence"])
    assert not any("quillpad" in (e.get("path") or "") for e in r["documentation.docs"]["evidence"])
    assert "i18n: yes" not in r["reusability.portability"]["message"]["en"]


TOOL = {
    "pgweb/LICENSE": "Copyright (c) 2002, 2003, 2004, 2005 The PgWeb Project\n\n" + GPL_NOTICE,
    "pgweb/INSTALL": "PgWeb Installation Guide\n------------------------\n\n1. Unpack your download\n\n   tar -xvf PgWeb-*.tar\n\n"
                     "2. Configure PgWeb\n\n   edit conf/config.inc.php\n",
    "pgweb/HISTORY": "PgWeb History\n-------------\n\nVersion 5.1\n-----------\n\nReleased: 14th April 2013\n\nVersion 5.0\n-----------\n",
    "pgweb/conf/config.inc.php-dist": "<?php\n\t// Central PgWeb configuration.\n\t$conf['servers'][0]['host'] = '';\n"
                                      "\t$conf['servers'][0]['port'] = 5432;\n",
    "pgweb/index.php": "<?php\n\t/**\n\t * Main access point to the app.\n\t */\n\tinclude_once('./libraries/lib.inc.php');\n",
    "pgweb/libraries/lib.inc.php": "<?php\n" + "".join(f"function helper{n}($a) {{ if ($a) {{ return {n}; }} return 0; }}\n" for n in range(300)),
    "pgweb/lang/french.php": "<?php\n\t$lang['strlogin'] = 'Connexion';\n",
    "pgweb/lang/german.php": "<?php\n\t$lang['strlogin'] = 'Anmelden';\n",
    "vehicules/index.php": "<?php\n$db = pg_connect('host=db.example.org dbname=parc user=app');\n"
                           "$res = pg_query($db, 'SELECT * FROM vehicule');\nwhile ($row = pg_fetch_assoc($res)) { echo $row['immat']; }\n",
    "carte/index.html": "<html><body><div id=\"map\"></div><script src=\"js/carte.js\"></script></body></html>\n",
    "carte/js/carte.js": "function init() { return 1; }\n",
}


def test_an_admin_tool_copied_whole_is_named_and_its_licence_install_and_template_are_not_the_projects(tmp_path):
    r = audit(tmp_path, TOOL)
    assert r["licensing.open-license"]["status"] == "fail", r["licensing.open-license"]["message"]  # was pass GPL-2.0-or-later
    assert "copy it to the root" not in r["licensing.license-file"]["message"]["en"]
    assert not any((e.get("path") or "").startswith("pgweb/") for e in r["reusability.install"]["evidence"])
    assert not any((e.get("path") or "").startswith("pgweb/") for e in r["reusability.configuration"]["evidence"])
    dep = r["reusability.dependencies"]
    libs = {e["value"]["library"]: e["value"] for e in dep["evidence"] if isinstance(e.get("value"), dict) and "library" in e["value"]}
    assert libs.get("pgweb", {}).get("version") == "5.1", dep["evidence"]


def test_near_miss_a_monorepo_package_licensed_by_the_projects_holder_stays_its_own(tmp_path):
    files = {"README.md": "# Outils Agglo\n\nLes outils de l'agglomération.\n",
             "LICENSE": "MIT License\n\nCopyright (c) 2023 Agglo Numerique\n\nPermission is hereby granted, free of charge, to any person\n",
             "tools/app.js": "function main() { return 1; }\n",
             "packages/widgets/README.md": "# Widgets\n\nThe widgets of the agglomeration's tools.\n",
             "packages/widgets/LICENSE": "Widgets\n\nMIT License\n\nCopyright (c) 2023 Agglo Numerique\n\nPermission is hereby granted, free of charge\n",
             "packages/widgets/widgets.js": "export function widget() { return 1; }\n"}
    r = audit(tmp_path, files, ["licensing.open-license", "reusability.dependencies"])
    assert r["licensing.open-license"]["status"] == "pass"
    assert "widgets" not in r["reusability.dependencies"]["message"]["en"]


def test_near_miss_a_component_whose_readme_names_what_its_licence_does_not_keeps_its_licence(tmp_path):
    body = "".join(f"function route{n}($a) {{ if ($a) {{ return {n}; }} return 0; }}\n" for n in range(200))
    files = {"README.md": "# Portail\n\nLe portail de la commune.\n",
             "front/index.html": "<html><body><script src=\"app.js\"></script></body></html>\n",
             "front/app.js": "function go() { return 1; }\n",
             "server/README.md": "# Backend API\n\nInstall the server with composer install.\n",
             "server/LICENSE": "Copyright (c) 2023 Ville de Testville\n\n" + GPL_NOTICE,
             "server/api.php": "<?php\n" + body}
    r = audit(tmp_path, files, ["licensing.open-license", "reusability.dependencies"])
    assert r["licensing.open-license"]["status"] == "pass", r["licensing.open-license"]["message"]  # the component's licence, as before
    assert "backend" not in r["reusability.dependencies"]["message"]["en"].lower()


def test_near_miss_the_repository_that_is_the_library_keeps_its_folders(tmp_path):
    files = {"README.md": "# Quillpad\n\nThe text editor for the web.\n",
             "LICENSE.md": "Quillpad - The text editor for the web\nCopyright (c) 2003-2014, Plumes SARL.\n\n" + GPL_NOTICE,
             "src/core.js": "export function core() { return 1; }\n",
             "dist/README.md": "Quillpad 4 build\n================\n\nThe built editor.\n",
             "dist/LICENSE.md": "Quillpad - The text editor for the web\nCopyright (c) 2003-2014, Plumes SARL.\n\n" + GPL_NOTICE,
             "dist/quillpad.js": "(function(){window.QUILLPAD={version:\"4.4.7\"};})();\n"}
    r = audit(tmp_path, files, ["licensing.open-license", "reusability.dependencies"])
    assert r["licensing.open-license"]["status"] == "pass"
    assert "quillpad" not in r["reusability.dependencies"]["message"]["en"].lower()
