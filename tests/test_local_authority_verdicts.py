"""Verdicts read against local-authority repositories the tool had not seen, each fixed at its cause and
shown here on a git fixture shaped like the real case (a geOrchestra extension: Spring MVC back end,
a viewer add-on, a numbered installation guide)."""

from __future__ import annotations

from tests.test_project_kind import run
from tests.test_reusability_fixtures import build, results

POM = ("<project><artifactId>urbanisme</artifactId><dependencies>"
       "<dependency><groupId>org.springframework</groupId><artifactId>spring-webmvc</artifactId><version>5.3.39</version></dependency>"
       "<dependency><groupId>javax.servlet</groupId><artifactId>javax.servlet-api</artifactId><version>4.0.1</version></dependency>"
       "</dependencies></project>\n")
EXTENSION = {
    "README.md": "# Extension urbanisme\n\nCette extension permet de consulter une note de renseignement d'urbanisme.\n\n"
                 "# Documentation\n\nToute la documentation est dans le dossier docs.\n",
    "pom.xml": POM,
    "src/main/java/org/example/urbanisme/QuartierController.java":
        "package org.example.urbanisme;\n@Controller\npublic class QuartierController {\n  @RequestMapping(\"/quartiers\")\n  public String list() { return \"[]\"; }\n}\n",
    "src/main/webapp/WEB-INF/web.xml": "<web-app/>\n",
    "src/addon/urbanisme/js/main.js": "// Panneau de l'extension dans la visionneuse cadastrapp de geOrchestra\nvar panneau = {};\n",
    "src/addon/urbanisme/css/main.css": ".panneau { color: #000; }\n",
    "docs/css/extra.css": ".md-header { color: #000; }\n",
    "docs/guides_techniques/installer/00_presentation.md": "# Présentation\n\n## Architecture produit\n\nL'extension comprend un module serveur et un module client.\n",
    "docs/guides_techniques/installer/03_installation.md": "# Installation\n\nDéployez le war dans Jetty.\n",
}


def test_numbered_install_chapters_and_an_architecture_heading_are_found(tmp_path):
    report = run(build(tmp_path / "r", EXTENSION), tmp_path / "c", only=["documentation.docs", "reusability.install"])
    docs = report["facts"]["docs"]
    assert docs["architecture"] == ["docs/guides_techniques/installer/00_presentation.md"]
    assert "docs/guides_techniques/installer/03_installation.md" in docs["deployment"]
    res = results(report)
    assert not {"architecture", "deployment"} & set(res["documentation.docs"]["details"]["missing"]), res["documentation.docs"]["message"]
    assert res["reusability.install"]["details"]["instructions"] is True


def test_a_spring_mvc_application_is_judged_for_its_api(tmp_path):
    r = results(run(build(tmp_path / "r", EXTENSION), tmp_path / "c", only=["interoperability.api-spec"]))["interoperability.api-spec"]
    assert r["status"] == "warn" and "spring-webmvc" in r["message"]["en"]


def test_a_viewer_add_on_with_its_own_stylesheet_has_an_interface(tmp_path):
    r = results(run(build(tmp_path / "r", EXTENSION), tmp_path / "c",
                    only=["interoperability.accessibility-and-ecodesign"]))["interoperability.accessibility-and-ecodesign"]
    assert r["status"] != "not_applicable", r["message"]
    backend = {k: v for k, v in EXTENSION.items() if not k.startswith("src/addon/")}  # the docs' stylesheet is no interface
    backend.pop("src/main/webapp/WEB-INF/web.xml")
    r = results(run(build(tmp_path / "b", backend), tmp_path / "c2", only=["interoperability.accessibility-and-ecodesign"],
                    sponsor="local-authority"))["interoperability.accessibility-and-ecodesign"]
    assert r["status"] == "not_applicable"


def test_shared_public_gis_commons_are_public_building_blocks(tmp_path):
    files = dict(EXTENSION, **{"src/addon/urbanisme/config.json": '{"wms": "https://geobretagne.fr/geoserver/ows"}\n'})
    r = results(run(build(tmp_path / "r", files), tmp_path / "c", only=["interoperability.public-building-blocks"],
                    sponsor="local-authority"))["interoperability.public-building-blocks"]
    assert set(r["details"]["building_blocks"]) == {"geOrchestra / cadastrapp", "Plateforme régionale de données géographiques"}
    assert r["status"] == "pass"


ADDON_AND_WEBAPP = {  # shaped like Rennes photos_obliques: a viewer add-on and a JAX-RS web application
    "README.md": "Photos obliques\n===============\n\nCet add-on recherche des photos aériennes obliques.\n\n"
                 "## Configuration\nToute la configuration de l'add-on est dans manifest.json (voir le README de l'add-on).\n",
    "addons/photos/README.md": "Photos obliques\n===============\n\n## Configuration des options\n\nLes options sont dans manifest.json.\n\n"
                               "##\u00a0Déploiement de l'addon\n\nCopiez le dossier dans le répertoire des add-ons.\n",
    "addons/photos/manifest.json": '{"default_options": {"servicesUrl": "/photos"}}\n',
    "addons/photos/js/recherche.js": "var proj = new OpenLayers.Projection(\"EPSG:3948\");\nvar couche = new OpenLayers.Layer.Vector(\"emprises\");\n",
    "webapp/pom.xml": "<project><artifactId>photos-webapp</artifactId><dependencies><dependency><groupId>org.apache.cxf</groupId>"
                      "<artifactId>cxf-rt-frontend-jaxrs</artifactId><version>3.1.4</version></dependency></dependencies></project>\n",
    "webapp/src/main/java/org/example/PhotoController.java": "package org.example;\n@Path(\"/photos\")\npublic class PhotoController {}\n",
    "webapp/src/main/webapp/WEB-INF/web.xml": "<web-app/>\n",
}


def test_configuration_documented_in_the_readme_and_a_sub_folder_readme_is_not_a_fail(tmp_path):
    report = run(build(tmp_path / "r", ADDON_AND_WEBAPP), tmp_path / "c", only=["reusability.configuration", "documentation.docs"])
    assert report["facts"]["docs"]["configuration"] == ["addons/photos/README.md"]
    assert report["facts"]["docs"]["deployment"] == ["addons/photos/README.md"]  # a title typed with a no-break space
    r = results(report)["reusability.configuration"]
    assert r["status"] == "pass", r["message"]
    bare = {k: v for k, v in ADDON_AND_WEBAPP.items() if k != "addons/photos/README.md"}
    bare["README.md"] = "Photos obliques\n===============\n\nCet add-on recherche des photos aériennes obliques.\n"
    r = results(run(build(tmp_path / "b", bare), tmp_path / "c2", only=["reusability.configuration"]))["reusability.configuration"]
    assert r["status"] == "fail"


def test_jax_rs_serves_an_api_and_openlayers_2_with_a_conic_crs_is_open_geo(tmp_path):
    res = results(run(build(tmp_path / "r", ADDON_AND_WEBAPP), tmp_path / "c", only=["interoperability.api-spec", "interoperability.geo"]))
    assert res["interoperability.api-spec"]["status"] == "fail" and "cxf" in res["interoperability.api-spec"]["message"]["en"]
    geo = res["interoperability.geo"]
    assert geo["details"]["legal_crs"] is True and "Open libraries: yes" in geo["message"]["en"], geo["message"]
