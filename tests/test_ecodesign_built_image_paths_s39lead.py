"""interoperability.accessibility-and-ecodesign, image formats, when the interface builds image paths from values (issue 12, s39
lead = re-reader va39, a regression of fb39's rule b9e2d75e on jplusplus/idf-pnr and Fulldia/couserans): an AngularJS page loads
its charts as ``ng-src="./images/comparer/graphe_{{theme}}.png"`` and a PHP page its news pictures as
``src="img/<?php echo $actu['img'] ?>"``; the share of WebP/AVIF was measured on the images named literally only (idf-pnr 100 → 49,
couserans 31 → 23), dropping every image loaded by a built name. Rule now: when the interface builds an image path from a value (a
folder or a name around the expression: ``{{ }}``, ``${ }``, ``<?php ?>``, ``<% %>``, concatenation before the extension, a bound
``:src``), the images it names are not all it sends: every image counts, as before fb39. Near miss: a whole value from one variable
(``src="${LOGO_URL}"``, an e-mail template whose constant names its image) keeps the measure on the named images."""

from __future__ import annotations

from tests.test_ecodesign_referenced_images_s39fb39 import FILES, PAGE, PNG, _image_finding, run

BUILT = PAGE.replace("<Image src=\"/image/salle.webp\"", "<img src={`/image/${salle.photo}`}").replace(
    "    </main>", "      <img ng-src=\"images/graphe_{{theme}}.png\" alt=\"\" />\n    </main>")


def test_images_loaded_by_a_built_name_all_count(tmp_path):
    files = {**FILES, "src/app/page.tsx": BUILT, **{f"public/images/graphe_{t}.png": PNG + t.encode() for t in ("air", "eau", "sol")}}
    found = _image_finding(run(tmp_path, files))
    assert found and found[0]["value"]["raster_images"] > 12 and found[0]["value"]["modern_share"] < 0.75, found


def test_near_miss_a_whole_value_from_one_constant_keeps_the_named_images(tmp_path):
    mail = "const LOGO_URL = '/image/logo.webp';\nexport const html = `<img src=\"${LOGO_URL}\" width=\"48\" alt=\"\">`;\n"
    r = run(tmp_path, {**FILES, "src/lib/email.ts": mail})
    assert _image_finding(r) == [], _image_finding(r)


REMOTE_PAGE = ("<!DOCTYPE html>\n<html lang=\"fr\"><head><title>Mairie</title></head><body>\n"
               "<img src=\"https://www.mairie-exemple.fr/wp-content/themes/mairie/images/logo.png\" alt=\"Logo\">\n"
               "<img src=\"https://www.mairie-exemple.fr/wp-content/uploads/2025/05/fete.jpg\" alt=\"La fête\">\n</body></html>\n")


def test_a_site_loading_its_images_from_another_server_is_measured_on_them(tmp_path):
    """(s39 lead = re-reader vc39, rc39's mairie-lepin: no image in the repository, 42 pages loading their logo and pictures from
    the commune's current site, 'image formats (no PNG, JPEG… image in the interface)' credited)"""
    files = {"index.html": REMOTE_PAGE, "README.md": "# Mairie\n\nProposition de refonte du site de la commune.\n"}
    r = run(tmp_path, files)
    found = _image_finding(r)
    assert found and found[0]["value"] == {"modern_share": 0.0, "remote_images": 2}, r["evidence"]
    assert "image formats" in r["message"]["en"].split("missing")[1], r["message"]


def test_near_miss_remote_webp_images_keep_the_formats(tmp_path):
    files = {"index.html": REMOTE_PAGE.replace("logo.png", "logo.webp").replace("fete.jpg", "fete.avif"), "README.md": "# Mairie\n\nRefonte.\n"}
    r = run(tmp_path, files)
    assert _image_finding(r) == [] and "image formats" in r["message"]["en"].split("missing")[0], r["message"]
