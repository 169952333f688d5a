"""The one project kept in a sub-folder (issue 12, session 27 fixer b27; reader s26 m17-o2: an R package and its Shiny app kept
whole in packagempeb/, the root holding only .gitattributes).

1. When the root holds no code and no README, and its one folder holds the project (its manifest, its code, its README), that
   folder's README is the project's README: documentation.readme finds it (not at the root, said with the folder), readme-sections
   reads its chapters, documentation.language its language.
2. An R package's DESCRIPTION one folder down is install tooling (devtools::install_github("owner/repo/folder")), as at the root.
3. Unchanged: a monorepo of two parts, each with its README, and a folder beside code at the root, have no README; a lone folder
   without a README at its top has none either.
"""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

DESCRIPTION = ("Package: packagempeb\nType: Package\nTitle: Mesure de performance energetique\nVersion: 0.1.0\n"
               "Imports: shiny, dplyr, lubridate, zoo\nLicense: CeCILL\n")
README = ("Package MPEB\n============\n\nThis package computes the energy savings of a building from its meters and the weather. "
          "It was tested for R version 4.0.4.\n\nInstallation\n------------\n\nInstall devtools, then the package from the forge:\n\n"
          "``` r\ndevtools::install_github(\"owner/MetV/packagempeb\")\n```\n\nStarting the UI\n---------------\n\n"
          "Once the package is installed, click on Addins, then MPEB.\n")
PACKAGE = {
    ".gitattributes": "* text=auto\n",
    "packagempeb/DESCRIPTION": DESCRIPTION,
    "packagempeb/NAMESPACE": "export(launch_mpeb)\n",
    "packagempeb/R/launcher.R": "launch_mpeb <- function() {\n  shiny::runApp(system.file(\"shiny\", package = \"packagempeb\"))\n}\n",
    "packagempeb/R/model.R": "modelisation <- function(data) {\n  lm(conso ~ dju, data = data)\n}\n",
    "packagempeb/inst/shiny/app.R": "library(shiny)\nui <- fluidPage(titlePanel(\"MPEB\"))\nserver <- function(input, output) {}\nshinyApp(ui, server)\n",
    "packagempeb/readme.md": README,
}
CHECKS = ["documentation.readme", "documentation.readme-sections", "documentation.language", "reusability.install"]


def test_the_readme_of_the_one_project_folder_is_the_readme(tmp_path):
    report, res = judge(tmp_path, PACKAGE, CHECKS)
    readme = res["documentation.readme"]
    assert "README present" in readme["message"]["en"], readme["message"]  # was "No README at the root"
    assert "packagempeb/" in readme["message"]["en"] and readme["evidence"][0]["path"] == "packagempeb/readme.md"
    # (the advice: a README at the root leading to it, not moving it out of the package)
    assert "git mv" not in str(readme.get("remediation"))
    sections = res["documentation.readme-sections"]
    assert "install" in report["facts"]["readme"]["sections"], sections["message"]  # was "No README: no section at all"
    assert res["documentation.language"]["status"] != "inconclusive", res["documentation.language"]["message"]
    install = res["reusability.install"]
    assert "package" in install["details"]["runtimes"], install["message"]  # was "Install tooling: none"


def test_several_parts_or_code_at_the_root_keep_no_readme(tmp_path):
    # a monorepo: two parts, each with its own README, no README at the root
    parts = {".gitignore": "*.pyc\n", "front/README.md": "# Front\n\nThe map front end.\n", "front/package.json": '{"name": "front"}\n',
             "front/src/index.js": "console.log(1)\n", "back/README.md": "# Back\n\nThe API.\n", "back/app.py": "print(1)\n"}
    _, res = judge(tmp_path, parts, ["documentation.readme"], name="mono")
    assert res["documentation.readme"]["status"] == "fail" and "No README at the root" in res["documentation.readme"]["message"]["en"]
    # a solution file at the root beside its one project folder: the root is the project's, and it has no README
    rooted = {"App.sln": "Microsoft Visual Studio Solution File\n", "App/README.md": "# App\n\nThe statistics tool.\n", "App/Program.cs": "class P {}\n"}
    _, res = judge(tmp_path, rooted, ["documentation.readme"], name="sln")
    assert res["documentation.readme"]["status"] == "fail", res["documentation.readme"]["message"]
    # one folder whose READMEs are only its plugins' (a Cordova app's plugins/x/README.md): none at its top
    app = {".gitignore": "platforms/\n", "Ville/config.xml": "<widget id=\"fr.ville\"></widget>\n", "Ville/www/js/index.js": "var app = {};\n",
           "Ville/plugins/org.apache.cordova.camera/README.md": "# Camera\n\nThe camera plugin.\n"}
    _, res = judge(tmp_path, app, ["documentation.readme"], name="cordova")
    assert res["documentation.readme"]["status"] == "fail", res["documentation.readme"]["message"]


def test_an_r_package_at_the_root_stays_a_package(tmp_path):
    files = {k.removeprefix("packagempeb/"): v for k, v in PACKAGE.items()}
    _, res = judge(tmp_path, files, ["documentation.readme", "reusability.install"], name="root")
    assert "package" in res["reusability.install"]["details"]["runtimes"]
    assert "not at the root" not in res["documentation.readme"]["message"]["en"]
