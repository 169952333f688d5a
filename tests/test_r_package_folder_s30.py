"""The R package kept whole in the one folder that holds the project (issue 12, session 30, leftover of reader s26 m17-o2 and
v8: an R package whose Shiny interface an RStudio addin opens, kept in packagempeb/ with the root holding only .gitattributes).

At the root the same package is an R package (a library: its DESCRIPTION installs it, remotes::install_github); one folder down
its Shiny app made it a web application, whose install weighs a package manifest 2 of 6 (reusability.install warn 6 "Install
tooling: package"). The DESCRIPTION of the one project folder is now the R package's, as at the root. Unchanged: a Shiny
application in such a folder without a DESCRIPTION stays a web application."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge
from tests.test_project_folder_readme_s27 import PACKAGE

INSTALL = "reusability.install"


def test_the_package_of_the_one_project_folder_is_an_r_package(tmp_path):
    report, res = judge(tmp_path, PACKAGE, [INSTALL])
    assert report["facts"]["project"]["kind"] == "library", report["facts"]["project"]  # was web-application (Shiny application)
    install = res[INSTALL]
    assert install["status"] == "pass" and "packagempeb/DESCRIPTION" in install["message"]["en"], install  # was warn 6


def test_a_shiny_app_in_the_folder_without_a_description_stays_a_web_application(tmp_path):
    app = {k: v for k, v in PACKAGE.items() if not k.endswith(("DESCRIPTION", "NAMESPACE"))}
    report, _ = judge(tmp_path, app, [INSTALL], name="app")
    assert report["facts"]["project"]["kind"] == "web-application", report["facts"]["project"]
