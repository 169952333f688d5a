"""Licence statements written in words, not in tags (issue 12; session 6's first reads): a licence written out in every
source file's header is the project's licence, and REUSE's counts say what REUSE reads without saying false things."""

from __future__ import annotations

from tests.test_licensing_checks import LICENSING, run, text  # noqa: F401 (run: the fixture building a repository and auditing it)


def block(body: str, holder: str = "Copyright (c) 2002-2017, Ville d'Exemple\nAll rights reserved.\n\n") -> str:
    """A Java-style header: the text in a /* … */ comment with a ' * ' gutter."""
    return "/*\n" + "".join(f" * {ln}".rstrip() + "\n" for ln in (holder + body).split("\n")) + " */\n"


def plugin(header: str, n: int = 5, without: int = 1) -> dict:
    """Shaped like a Lutece plugin of the Ville de Paris (lutece-secteur-public/opengov-plugin-transparency): a Maven
    project with no licence file and no licence in pom.xml or the README, the BSD text atop all but one .java file."""
    pkg = "src/java/fr/exemple/plugins/transparence"
    files = {"README.md": "# Registre de transparence\n\nPlugin Lutece : registre public des rendez-vous des élus.\n",
             "pom.xml": "<project><artifactId>plugin-transparence</artifactId><version>1.0.0</version></project>\n"}
    for i in range(n):
        body = f"package fr.exemple.plugins.transparence;\n\npublic class Rendezvous{i} {{\n    int id;\n}}\n"
        files[f"{pkg}/Rendezvous{i}.java"] = (header if i >= without else "/*\n * To change this license header, choose License Headers.\n */\n") + body
    return files


def test_bsd_text_in_every_java_header_is_the_projects_licence(run):
    res, lic = run(plugin(block(text("BSD-3-Clause") + "\n\nLicense 1.0")))
    assert lic["spdx"] == "BSD-3-Clause" and lic["status"] == "declared-only", lic
    headers = next(s for s in lic["sources"] if s["kind"] == "file-headers")
    assert (headers["files"], headers["read"]) == (4, 5) and "Redistribution" in headers["value"]
    r = res["licensing.license-file"]
    assert r["status"] == "warn", r["message"]  # was fail "the code cannot be reused lawfully"
    assert "stated in the headers of 4 of 5 source files" in r["message"]["en"] and "en-tête de 4 des 5" in r["message"]["fr"]
    assert "BSD-3-Clause" in r["remediation"]["en"] and "LICENSE" in r["remediation"]["en"]
    assert res["licensing.open-license"]["status"] == "pass"  # was fail "No license found"
    assert res["licensing.authorized-fr"]["status"] == "pass"  # was fail "No license found"
    c = res["licensing.consistent"]  # was n/a "No license stated"
    assert c["status"] == "pass" and "the headers of 4 source files" in c["message"]["en"]
    reuse = res["licensing.reuse"]["message"]["en"]
    assert "without a machine-readable license tag (SPDX-License-Identifier)" in reuse
    assert "4 of 5 source files read state a license in their header, in words" in reuse and "(BSD-3-Clause)" in reuse
    assert "without license," not in reuse


def test_a_header_in_a_minority_of_files_is_not_the_projects_licence(run):
    res, lic = run(plugin(block(text("BSD-3-Clause")), n=5, without=3))
    assert lic["spdx"] is None and not any(s["kind"] == "file-headers" for s in lic["sources"])
    assert res["licensing.license-file"]["status"] == "fail"
    assert "2 of 5 source files read state a license in their header" in res["licensing.reuse"]["message"]["en"]


def test_an_apache_notice_header_beside_the_licence_file_agrees_and_reuse_says_it(run):
    """Shaped like GIP-RECIA's Spring Boot services (MCE, Collabsoft, menu-cantine-web-service): license-maven-plugin's
    Apache-2.0 notice atop every source file, the Apache text at the root; REUSE reads no SPDX tag in them."""
    notice = ("Licensed under the Apache License, Version 2.0 (the \"License\");\nyou may not use this file except in compliance "
              "with the License.\nYou may obtain a copy of the License at\n\n    http://www.apache.org/licenses/LICENSE-2.0\n\n"
              "Unless required by applicable law or agreed to in writing, software\ndistributed under the License is distributed on "
              "an \"AS IS\" BASIS,\nWITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.\nSee the License for "
              "the specific language governing permissions and\nlimitations under the License.")
    files = {"LICENSE": text("Apache-2.0"), "README.md": "# Mon compte\n\nAPI REST du compte de l'usager.\n"}
    files.update({f"src/main/java/fr/exemple/Service{i}.java": block(notice, holder="Copyright (C) 2023 GIP Exemple\n\n")
                  + f"package fr.exemple;\npublic class Service{i} {{}}\n" for i in range(3)})
    res, lic = run(files)
    assert lic["spdx"] == "Apache-2.0" and not lic["disagreements"]
    assert res["licensing.consistent"]["status"] == "pass" and res["licensing.license-file"]["status"] == "pass"
    r = res["licensing.reuse"]
    assert r["status"] == "fail" and "3 of 3 source files read state a license in their header, in words" in r["message"]["en"]
    assert "(Apache-2.0)" in r["message"]["en"] and "SPDX-License-Identifier: Apache-2.0" in r["remediation"]["en"]
    assert "3 des 3 fichiers source lus" in r["message"]["fr"]


def test_the_gpl_notice_in_line_comments_of_php_files(run):
    """Shaped like a Moodle plugin (GIP-RECIA/moodle_enrol_simplesco): the GNU GPL notice in '//' lines after '<?php'."""
    notice = ("<?php\n// This file is part of an example platform.\n//\n// It is free software: you can redistribute it and/or modify\n"
              "// it under the terms of the GNU General Public License as published by\n// the Free Software Foundation, either version "
              "3 of the License, or\n// (at your option) any later version.\n//\n// It is distributed in the hope that it will be useful,\n"
              "// but WITHOUT ANY WARRANTY; without even the implied warranty of\n// MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.\n\n")
    files = {"README.md": "# Inscription\n\nUn plugin d'inscription.\n", "version.php": notice + "$plugin->version = 2016052300;\n",
             "lib.php": notice + "function enrol_exemple_get_info() { return 1; }\n", "edit.php": notice + "echo 1;\n"}
    res, lic = run(files, only=["licensing.license-file", "licensing.authorized-fr"])
    assert lic["spdx"] == "GPL-3.0-or-later", lic
    assert res["licensing.license-file"]["status"] == "warn" and res["licensing.authorized-fr"]["status"] == "pass"


def test_a_readme_box_saying_this_program_is_under_cecill_v2(run):
    """Shaped like erasme/museotouch-serveur: no licence file, a README written as a comment box whose line says "Ce
    programme est un logiciel libre distribue sous licence CECILL-V2" (version 2: CeCILL 2.0, whose article 12.3 lets it be
    distributed under the listed 2.1), with the address of the CeCILL site after it."""
    readme = ("/*****************************************************************\\\n *  Vitrine, exploration de collections sur table tactile  *\n"
              " *  Copyright (c) 2008-2012                                 *\n *                                                          *\n"
              " *  Ce programme est un logiciel libre distribue sous licence CECILL-V2 : http://www.cecill.info/licences.fr.html *\n"
              " *  Vous pouvez l'utiliser, le distribuer et le modifier selon les termes de cette license. *\n"
              "\\*****************************************************************/\n")
    files = {"README.md": readme, "index.php": "<?php\necho 'vitrine';\n", "api/list.php": "<?php\necho json_encode([]);\n"}
    res, lic = run(files, only=LICENSING[:4])
    assert lic["spdx"] == "CECILL-2.0", lic
    r = res["licensing.license-file"]  # was "No license file at the root: the code cannot be reused lawfully"
    assert r["status"] == "fail" and "only named (CECILL-2.0) in README.md" in r["message"]["en"]
    assert res["licensing.open-license"]["status"] == "pass"  # was "No license found"
    assert res["licensing.authorized-fr"]["status"] == "pass"  # was "No license found"
    assert res["licensing.consistent"]["status"] == "pass"  # was n/a "No license stated"


def test_an_unrecognised_licence_file_over_documentation_is_inconclusive(run):
    """Shaped like vienne-condrieu-agglomeration/georchestra-doc: a Sphinx documentation whose licence.md holds a licence
    for information the tool does not recognise (the Licence Ouverte 1.0, which has no SPDX id)."""
    licence = ("LICENCE OUVERTE\n\n\n\nVous pouvez réutiliser « l'Information » mise à disposition par le « Producteur » aux conditions "
               "de la présente licence, dans le monde entier et sans limite de durée.\n\nSous réserve d'en mentionner la source et la date "
               "de sa dernière mise à jour.\n")
    files = {"licence.md": licence, "conf.py": "project = 'Documentation SIG'\n", "Makefile": "html:\n\tsphinx-build . _build\n",
             "index.rst": "Documentation\n=============\n\n.. toctree::\n\n   intro\n   install\n   addons\n",
             "intro.rst": "Introduction\n============\n\nArchitecture de la solution.\n", "install.rst": "Installation\n============\n\nÉtapes.\n",
             "addons.rst": "Extensions\n==========\n\nLes extensions.\n", "README.md": "# Documentation SIG\n\nLa documentation de notre SIG.\n"}
    res, lic = run(files, only=["licensing.consistent", "licensing.data-and-docs", "licensing.license-file"])
    assert lic["status"] == "unrecognized"
    c = res["licensing.consistent"]  # was n/a "No license stated"
    assert c["status"] == "inconclusive" and "licence.md" in c["message"]["en"] and "not recognised" in c["message"]["en"]
    d = res["licensing.data-and-docs"]  # was fail "No license for the documentation (nor for the code)"
    assert d["status"] == "inconclusive" and "licence.md" in d["message"]["en"], d["message"]


def test_a_module_folder_under_another_gpl_version_than_the_root_is_a_consistency_finding(run):
    """Shaped like e-Collectivites/pleiade-custom-modules: Drupal modules in sub-folders, the GPL-3.0 text at the root and one
    module's own LICENSE.txt the GPL-2.0 text (was pass "A single source states the license (LICENSE)")."""
    files = {"LICENSE": text("GPL-3.0-only"), "README.md": "# Modules\n\nLes modules Drupal de l'intranet.\n",
             "api_annuaire/LICENSE.txt": text("GPL-2.0-only"), "api_annuaire/api_annuaire.info.yml": "name: Annuaire\ntype: module\n",
             "api_annuaire/api_annuaire.module": "<?php\nfunction api_annuaire_help() { return ''; }\n",
             "api_agenda/api_agenda.module": "<?php\nfunction api_agenda_help() { return ''; }\n"}
    res, lic = run(files, only=["licensing.consistent"])
    c = res["licensing.consistent"]
    assert c["status"] == "warn" and "api_annuaire/LICENSE.txt: GPL-2.0-only" in c["message"]["en"], c["message"]
    assert "api_annuaire/LICENSE.txt" in c["message"]["fr"]
    # a documentation folder's own licence is not a contradiction (licensing.data-and-docs judges it)
    files = {k: v for k, v in files.items() if not k.startswith("api_annuaire/LICENSE")}
    res, _ = run({**files, "docs/LICENSE": text("CC-BY-4.0"), "docs/guide.md": "# Guide\n"}, only=["licensing.consistent"])
    assert res["licensing.consistent"]["status"] == "pass", res["licensing.consistent"]["message"]


def test_dependencies_are_not_passed_on_copies_while_the_maven_manifest_is_not_measured(run):
    """Shaped like GIP-RECIA/esup-portlet-sympa: the portlet's own 6 Maven dependencies carry no licence data in pom.xml and
    only a copied jQuery is judged (was pass "3 dependencies judged… not measured: pom.xml")."""
    deps = "".join(f"<dependency><groupId>org.exemple</groupId><artifactId>lib{i}</artifactId><version>1.{i}</version></dependency>"
                   for i in range(6))
    files = {"LICENSE": text("Apache-2.0"), "README.md": "# Portlet\n\nUn portlet de listes de diffusion.\n",
             "pom.xml": f"<project><artifactId>portlet</artifactId><version>1.0</version><dependencies>{deps}</dependencies></project>\n",
             "src/main/java/fr/exemple/Portlet.java": "package fr.exemple;\npublic class Portlet {}\n",
             "src/main/webapp/js/jquery-3.6.0.min.js": "/*! jQuery v3.6.0 | (c) OpenJS Foundation and other contributors | jquery.org/license */\n!function(e){}(window);\n"}
    res, _ = run(files, only=["licensing.dependencies"])
    r = res["licensing.dependencies"]
    assert r["status"] == "inconclusive" and "6 not measured" in r["message"]["en"], r["message"]


def test_one_copied_snippet_with_a_licence_line_does_not_license_a_documentation(run):
    """Shaped like GrandLyonSmartData/rdata_docs_en: a Sphinx documentation whose one PHP file is a copied proxy script
    ("License: LGPL as per …"): that header speaks for that file, not for the repository."""
    files = {"README.md": "rdata\n=====\n\nEnglish version of the data documentation.\n", "conf.py": "project = 'rdata'\n",
             "index.rst": "Data\n====\n\nServices.\n", "services.rst": "Services\n========\n\nWMS.\n",
             "_snippets/proxy.php": "<?php\n/*\nLicense: LGPL as per: http://www.gnu.org/copyleft/lesser.html\n$Id: proxy.php 3650 $\n*/\n"
                                    "$url = $_GET['url'];\n"}
    res, lic = run(files, only=["licensing.license-file", "licensing.reuse"])
    assert lic["spdx"] is None and lic.get("named") is None and lic["headers"]["licences"] == {"LGPL": 1}
    assert res["licensing.license-file"]["status"] == "fail"


def test_print_layout_backgrounds_are_not_documentation(run):
    """Shaped like vienne-condrieu-agglomeration/georchestra-config: a MapFish print folder's page backgrounds
    (background_A4_portrait.pdf, their .odg sources) are what the map is printed on, not documents to license."""
    files = {"README.md": "# Configuration\n\nConfiguration de la plateforme.\n", "mapfishapp/app/js/custom.js": "var a = 1;\n",
             "mapfishapp/WEB-INF/print/config.yaml": "layouts: {}\n", "mapfishapp/WEB-INF/print/README.md": "Print layouts.\n"}
    for size in ("A3", "A4", "Letter"):
        for o in ("landscape", "portrait"):
            files[f"mapfishapp/WEB-INF/print/background_{size}_{o}.pdf"] = b"%PDF-1.4\n%\xe2\xe3\n1 0 obj\n<<>>\nendobj\n"
            files[f"mapfishapp/WEB-INF/print/sources/background_{size}_{o}.odg"] = b"PK\x03\x04odg"
    res, _ = run(files, only=["licensing.data-and-docs"])
    assert res["licensing.data-and-docs"]["status"] == "not_applicable", res["licensing.data-and-docs"]["message"]


def test_a_pom_naming_the_gnu_gpl_with_its_initials_states_version_3(run):
    """Shaped like DSI-Ville-Noumea/sicom-pandoc and accueil-ccas: pom.xml's <license><name> is "GNU General Public License
    (GPL) v3" (was "only named (GPL, version not stated)"); beside the GPL-3.0 text it agrees, Maven asking a full name there."""
    pom = ("<project><artifactId>manuel</artifactId><version>1.0</version><licenses><license>\n"
           "<name>GNU General Public License (GPL) v3</name>\n<url>http://www.gnu.org/copyleft/gpl.html</url>\n</license></licenses></project>\n")
    files = {"README.md": "# Manuel\n\nLe manuel de l'application.\n", "pom.xml": pom, "chapitres/01.md": "# Chapitre 1\n"}
    res, lic = run(files, only=["licensing.license-file"])
    r = res["licensing.license-file"]
    assert r["status"] == "fail" and "only named (GPL-3.0) in pom.xml" in r["message"]["en"], r["message"]
    res, lic = run({**files, "LICENSE.txt": text("GPL-3.0-only")}, only=["licensing.consistent"])
    assert lic["spdx"] == "GPL-3.0-only" and res["licensing.consistent"]["status"] == "pass", res["licensing.consistent"]["message"]


def test_a_copied_platform_folder_under_gpl_2_or_later_agrees_with_a_gpl_3_root(run):
    """Shaped like geobretagne/popp: web/ is a copied Drupal core, its LICENSE.txt the GPL-2.0 text and its COPYRIGHT.txt saying
    "GNU General Public License, version 2 or later", under a root GPL-3.0: usable under the root's licence, no finding."""
    files = {"LICENCE.txt": text("GPL-3.0-only"), "README.md": "# Portail\n\nLe portail de l'observatoire.\n",
             "web/LICENSE.txt": text("GPL-2.0-only"), "web/index.php": "<?php\necho 1;\n",
             "web/COPYRIGHT.txt": "All the code is Copyright 2001 - 2013 by the original authors.\n\nThis program is free software; you can "
                                  "redistribute it and/or modify it under the terms of the GNU General Public License as published by the "
                                  "Free Software Foundation; either version 2 of the License, or (at your option) any later version.\n"}
    res, lic = run(files, only=["licensing.consistent"])
    assert res["licensing.consistent"]["status"] == "pass", (res["licensing.consistent"]["message"], lic["license_files"])


def test_a_license_maven_plugin_header_after_the_package_line_states_the_licence(run):
    """Shaped like DSI-Ville-Noumea/webapps-core-tools and annuaire-saisie: license-maven-plugin's GPL notice placed after the
    ``package`` line of every Java file, no licence file (was license-file fail "No license file at the root", open-license
    fail "No license found", consistent n/a "No license stated")."""
    notice = ("/*-\n * #%L\n * Outils\n * %%\n * Copyright (C) 2018 Mairie d'Exemple\n * %%\n"
              " * This program is free software: you can redistribute it and/or modify\n * it under the terms of the GNU General "
              "Public License as\n * published by the Free Software Foundation, either version 3 of the\n * License, or (at your "
              "option) any later version.\n * \n * This program is distributed in the hope that it will be useful,\n * but WITHOUT "
              "ANY WARRANTY; without even the implied warranty of\n * MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.  See the\n"
              " * GNU General Public License for more details.\n * #L%\n */\n\n")
    files = {"README.md": "# Outils\n\nBibliothèque d'outils.\n", "pom.xml": "<project><artifactId>outils</artifactId></project>\n"}
    # (annuaire-saisie: an empty javadoc, or NetBeans' "To change this license header" stub, before the package line)
    before = ["", "", "/**\n * \n */\n", "/*\n * To change this license header, choose License Headers in Project Properties.\n"
              " * To change this template file, choose Tools | Templates\n * and open the template in the editor.\n */\n"]
    for i in range(4):
        files[f"src/main/java/fr/exemple/outils/Outil{i}.java"] = (f"{before[i]}package fr.exemple.outils;\n\n{notice}\nimport java.util.List;\n\n"
                                                                    f"public class Outil{i} {{\n}}\n")
    res, lic = run(files, only=["licensing.license-file", "licensing.open-license", "licensing.consistent"])
    assert lic["spdx"] == "GPL-3.0-or-later", lic
    assert res["licensing.license-file"]["status"] == "warn", res["licensing.license-file"]["message"]
    assert "stated in the headers of 4 of 4 source files" in res["licensing.license-file"]["message"]["en"]
    assert res["licensing.open-license"]["status"] == "pass" and res["licensing.consistent"]["status"] != "not-applicable"
