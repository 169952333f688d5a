"""A licence granted by the project's own headers in a reworded GNU notice (issue 12, s38 ff38 = reader rc38, AXESS-EDUC/eliot-tdbase).

TD Base has no licence file; every file of its own opens on "Lilie is free software. You can redistribute it and/or modify since you
respect the terms of either (at least one of the both license) : - under the terms of the GNU Affero General Public License …
either version 3 … or (at your option) any later version. - the CeCILL-C … You should have received a copy of the GNU General Public
License and the CeCILL-C along with Lilie". The notice's grant, reworded ("modify since you respect the terms of"), was not read as
stating a licence, so licensing.open-license and authorized-fr failed "No license found" and licensing.dependencies said the project
states none. The notice's closing "You should have received a copy of the GNU General Public License" names the texts shipped, no
third licence. A single file's header (a copied class) stays no project licence.
"""

from __future__ import annotations

from auditor.engine import AuditOptions, audit

NOTICE = """/*
* Copyright © EXEMPLE and the Conseil Régional, 2009
* This file is part of Demo.
*
* Demo is free software. You can redistribute it and/or modify since
* you respect the terms of either (at least one of the both license) :
* - under the terms of the GNU Affero General Public License as
* published by the Free Software Foundation, either version 3 of the
* License, or (at your option) any later version.
* - the CeCILL-C as published by CeCILL-C; either version 1 of the
* License, or any later version
*
* Demo is distributed in the hope that it will be useful,
* but WITHOUT ANY WARRANTY; without even the implied warranty of
* MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.  See the
* Licenses for more details.
*
* You should have received a copy of the GNU General Public License
* and the CeCILL-C along with Demo. If not, see :
*  <http://www.gnu.org/licenses/> and
*  <http://www.cecill.info/licences.fr.html>.
*/
"""
APACHE = """/*
 * Licensed to the Apache Software Foundation (ASF) under one or more
 * contributor license agreements.  Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 */
"""
CHECKS = ["licensing.open-license", "licensing.authorized-fr", "licensing.dependencies"]


def results(repo, tmp_path, files):
    report = audit(str(repo([{"files": files}])), AuditOptions(cache_dir=tmp_path / "c", only=CHECKS))
    return report["facts"]["license"], {r["id"]: r for r in report["results"]}


def own_files(notice: str, n: int = 6) -> dict:
    files = {"README.md": "# Demo\n\nBanque d'exercices en ligne.\n",
             "app/build.gradle": "dependencies {\n  implementation 'org.apache.commons:commons-lang3:3.12.0'\n}\n"}
    for i in range(n):
        files[f"app/src/main/groovy/org/demo/Classe{i}.groovy"] = (notice if i == 0 or notice is NOTICE else "") + \
            f"package org.demo\n\nclass Classe{i} {{\n  String nom\n  def valeur() {{ nom?.size() ?: {i} }}\n}}\n"
    return files


def test_a_reworded_dual_notice_in_every_own_header_is_the_projects_licence(repo, tmp_path):
    files = own_files(NOTICE)
    for i in range(2):  # (a copied Apache package's classes: their header speaks for them)
        files[f"app/src/java/org/apache/store/Store{i}.java"] = APACHE + f"package org.apache.store;\n\npublic class Store{i} {{}}\n"
    lic, r = results(repo, tmp_path, files)
    assert set(lic.get("ids") or []) == {"AGPL-3.0-or-later", "CECILL-C"}, lic
    assert r["licensing.open-license"]["status"] != "fail", r["licensing.open-license"]
    assert r["licensing.authorized-fr"]["status"] != "fail", r["licensing.authorized-fr"]
    assert "states no license" not in r["licensing.dependencies"]["message"]["en"], r["licensing.dependencies"]


def test_one_copied_files_notice_is_no_project_licence(repo, tmp_path):
    # (near miss: the notice heads one file of six, the others carry none: that file's licence, not the project's)
    lic, r = results(repo, tmp_path, own_files(NOTICE.replace("Demo is free", "Outil is free"), n=6) | {
        f"app/src/main/groovy/org/demo/Classe{i}.groovy": f"package org.demo\n\nclass Classe{i} {{\n  def v() {{ {i} }}\n}}\n" for i in range(1, 6)})
    assert r["licensing.open-license"]["status"] == "fail", (lic, r["licensing.open-license"])
