"""interoperability.accessibility-and-ecodesign (issue 12, s37 fm37 = re-reader vc37, Romain64290/zero_dechet): the application built
inside a copied admin template added its own logo to the template's dist/img/ (logo_zero.jpg, logo_zero.png) and its pages load it
(admin/index.php: <img src="../dist/img/logo_zero.jpg">); with the template's dist/ set aside whole, the check said "image formats
(no PNG, JPEG… image in the interface)". An image set aside with a copy that the project's own pages name by its path is shown by
its interface; the template's images no page of the project names stay the template's. Minimal fixtures written for the test (the
made-up template DashLite)."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge
from tests.test_ui_template_copy_s37fc37 import REPO

CHECK = "interoperability.accessibility-and-ecodesign"
IMAGES = {"dist/img/avatar.png": "\x89PNG fake avatar\n", "dist/img/photo1.jpg": "\xff\xd8 fake photo\n",
          "dist/img/logo_ville.jpg": "\xff\xd8 fake logo\n"}
PAGE = ("<?php\nsession_start();\nrequire '../../include/connexion.inc.php';\n?>\n<html><body><header>"
        "<img src=\"../../dist/img/logo_ville.jpg\" alt=\"Ville\"></header><h1>Demandes</h1></body></html>\n")


def test_the_images_the_projects_pages_load_from_the_templates_folder_are_the_interfaces(tmp_path):
    report, res = judge(tmp_path, {**REPO, **IMAGES, "modules/admin/accueil.php": PAGE}, [CHECK])
    r = res[CHECK]
    assert r["details"]["raster_images"] == 1, r["details"]
    assert r["details"]["criteria"]["image_formats"] is False, r["details"]
    assert "no PNG" not in r["message"]["en"], r["message"]


def test_the_templates_images_no_page_loads_stay_the_templates(tmp_path):
    # near miss: the same images, no page of the project naming them
    report, res = judge(tmp_path, {**REPO, **IMAGES, "modules/admin/accueil.php": PAGE.replace("logo_ville.jpg", "logo_absent.jpg")}, [CHECK])
    assert res[CHECK]["details"]["raster_images"] == 0, res[CHECK]["details"]
