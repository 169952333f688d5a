"""One copied library split into many files, named by its banner (issue 12, s42 fm42 = reader rb42, OPEN-ENT-NG/timeline-generator).

An ENT module copied a timeline widget's distribution into its public folder: its font-theme stylesheets and its main stylesheet open
on "<Widget>JS - ver. 3.1.2 - 2014-11-19 / Copyright (c) 2012-2013 <University> / https://github.com/… / Mozilla Public License",
its locale scripts and its minified build on the same banner with a build's date stamp for a version ("ver. 2014-12-09-18-51-25").
Each stylesheet was counted as a library named after its file (abrilfatface-average, arvo-ptsans, … 19 libraries), and the locale
scripts and the build as the project's own code. A banner "<Name> - ver. <x>" names its library; a script whose banner names the
library and holder a copied file's banner names is that library's part. Near miss: the project's own override of the library, its
banner naming the library under the project's holder, stays its own.
"""

from __future__ import annotations

from tests.gitrepo import make_repo
from tests.test_reusability_fixtures import results, run_audit


def banner(version: str) -> str:
    return (f"/*\n    FriseJS - ver. {version}\n    Copyright (c) 2012-2013 Lakeside University\n"
            "    a project of the Lakeside University Lab\n    https://github.com/lakesidelab/FriseJS\n"
            "    This Source Code Form is subject to the terms of the Mozilla Public License, v. 2.0.\n*/\n")


PUB = "src/main/resources/public"
FILES = {
    "README.md": "# Frise chronologique\n\nModule de l'ENT.\n",
    "LICENSE": "GNU AFFERO GENERAL PUBLIC LICENSE\nVersion 3, 19 November 2007\n\nCopyright (C) Région Exemple\n",
    "src/main/java/fr/ent/frise/FriseController.java": "package fr.ent.frise;\npublic class FriseController {\n  public int view() { return 1; }\n}\n",
    f"{PUB}/ts/app.ts": "export function start(): number { return 1; }\n",
    f"{PUB}/js/frise-embed-override.js": "/*\n  FriseJS - ver. 2020-03-02 overrides\n  Copyright (c) 2020 Région Exemple\n"
                                         "  GNU Affero General Public License\n*/\nfunction surcharger(a) { return a; }\n",
    f"{PUB}/css/frise/frise.css": banner("3.1.2 - 2014-11-19") + "/*!\n\tFRISE CSS\n\tDesigned by a lab\n\tMozilla Public License\n*/\n"
                                  ".vco-frise{display:block}\n",
    f"{PUB}/js/frise-min.js": banner("2014-12-09-18-51-25 - 2014-12-09") + "(function(){var Frise=function(a){this.a=a};window.Frise=Frise;})();\n",
}
for font in ("Arvo-PTSans", "Lora-Istok", "Pacifico-Arimo"):
    FILES[f"{PUB}/css/frise/themes/font/{font}.css"] = banner("3.1.2 - 2014-11-19") + ".vco-frise{font-family:serif}\n"
for lang in ("fr", "de", "pt", "pt-br"):
    FILES[f"{PUB}/js/locale/{lang}.js"] = (banner("2014-12-09-18-51-25 - 2014-12-09")
                                           + f"if(typeof VMM!=\"undefined\"){{VMM.Language={{lang:\"{lang}\",messages:{{loading:\"…\"}}}}}}\n")


def audit(tmp_path, files):
    repo = make_repo(tmp_path / "r", [{"files": files, "date": "2024-03-02T10:00:00Z", "message": "frise",
                                       "author": ("Jeanne Durand", "jeanne.durand@ent.example")}])
    report = run_audit(repo, tmp_path / "c", ["reusability.dependencies"])
    return results(report)["reusability.dependencies"], report["facts"]["inventory"]


def test_a_library_split_in_files_under_one_banner_is_one_copied_library(tmp_path):
    r, inv = audit(tmp_path, FILES)
    libs = {(l["name"], l["version"]) for l in inv["libraries"]}
    assert libs == {("frisejs", "3.1.2")}, libs  # was arvo-ptsans, lora-istok, pacifico-arimo, frise… each a library
    assert inv["categories"]["vendored"] == 9, inv["categories"]  # the locale scripts and the build too


def test_near_miss_the_projects_override_signed_by_its_holder_stays_its_own(tmp_path):
    files = {p: t for p, t in FILES.items() if "/locale/" not in p and not p.endswith("-min.js")}
    r, inv = audit(tmp_path, files)
    assert inv["categories"]["source"] == 3, inv["categories"]  # the controller, app.ts and the override
