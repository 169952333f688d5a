"""First reads of session 6 (issue 12): an OPSN's configuration repository (the Spring Cloud Config files of its
micro-services) and an agence d'urbanisme's analysis scripts (geopandas, Inside Airbnb). What was wrong: a settings
repository called "documentation only", a placeholder address with ?user=USER&password=PASSWORD counted as another
organisation's server, the word "devise" (currency) in a docstring taken for Ruby's Devise sign-in, ``to_crs(2154)`` not
seen as the legal reference system, and data-frame columns named after the INSEE code not seen as identifier fields.
Each on a git fixture shaped like the real case."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

CONFIG_REPO = {
    "README.md": "# Certificate\n\n## Prefecture Trust store\n\nTo send documents to the Prefecture, you need to trust its certificate.\n",
    "application.yml": "application:\n  jwt:\n    secret: secret\n  kub.services:\n    acte: http://acte-service:9008/\n"
                       "spring:\n  mail:\n    host: smtp.example.org\n",
    "acte-service.yml": "application:\n  miat:\n    url: \"https://serveur.miat/?user=USER&password=PASSWORD\"\n"
                        "    rescueUrl: \"https://rescue.serveur.miat/?user=USER&password=PASSWORD\"\n"
                        "  datacore:\n    dcImporterUrl: https://dcimporter.operateur-numerique.fr\n",
    "pes-service.yml": "application:\n  paraph:\n    url: https://parapheur.operateur-numerique.fr/ws\n",
}


def test_a_configuration_repository_holds_settings_and_a_form_to_fill_is_no_server(tmp_path):
    report, res = judge(tmp_path, CONFIG_REPO, ["reusability.configuration", "scaling.hosting"])
    c = res["reusability.configuration"]
    assert c["status"] == "not_applicable" and "documentation" not in c["message"]["en"] and "3 settings file(s)" in c["message"]["en"], c
    hosts = {h["host"] for h in report["facts"]["hosting_dependencies"]["hosts"]}
    assert hosts == {"operateur-numerique.fr"}, hosts  # serveur.miat?user=USER&password=PASSWORD: a form to fill
    # the same server with a real account name is an address the service calls
    named = {**CONFIG_REPO, "acte-service.yml": CONFIG_REPO["acte-service.yml"].replace("user=USER", "user=stela")
             .replace("password=PASSWORD", "password=Kx7q")}
    report, _ = judge(tmp_path, named, ["scaling.hosting"], name="named")
    assert "serveur.miat" in {h["host"] for h in report["facts"]["hosting_dependencies"]["hosts"]}


INDICATORS = (
    "import geopandas as gpd\nimport pandas as pd\n\n\n"
    "def convertir_prix(df, ville):\n"
    "    \"\"\"Lit les annonces d'une ville puis convertit les prix dans la devise EUR en fonction de la ville.\n\n"
    "    taux : dictionnaire associant chaque ville à sa devise.\n    \"\"\"\n    return df\n\n\n"
    "def rattacher(points, communes):\n"
    "    points = points.to_crs(2154)  # RGF_1993\n"
    "    communes = communes.to_crs(2154)\n"
    "    communes = communes[['l_epci', 'c_cainsee', 'lib', 'geometry']].copy()\n"
    "    return gpd.sjoin(points, communes)\n")


def test_analysis_scripts_reprojecting_to_lambert_93_and_joining_on_insee_codes(tmp_path):
    files = {"README.md": "# Indicateurs Airbnb\n\nCe projet calcule des indicateurs sur les annonces Airbnb.\n",
             "listings_indicateurs.py": INDICATORS}
    _, res = judge(tmp_path, files, ["interoperability.geo", "interoperability.auth", "interoperability.identifiers"])
    geo = res["interoperability.geo"]["message"]["en"]
    assert "legal reference system: yes" in geo, geo
    auth = res["interoperability.auth"]
    assert "local accounts" not in auth["message"]["en"] and not any("devise" in str(e.get("value")) for e in auth["evidence"]), auth
    ident = res["interoperability.identifiers"]
    assert "Identifier fields: none" not in ident["message"]["en"] and "cainsee" in ident["message"]["en"], ident["message"]
    # Ruby's Devise is still local sign-in, and a data frame kept in Web Mercator is no legal reference system
    rails = {"README.md": files["README.md"], "app/models/user.rb": "class User < ApplicationRecord\n  devise :database_authenticatable\nend\n",
             "listings_indicateurs.py": INDICATORS.replace("2154", "3857")}
    _, res = judge(tmp_path, rails, ["interoperability.geo", "interoperability.auth"], name="rails")
    assert "legal reference system: no" in res["interoperability.geo"]["message"]["en"]
    assert any("devise" in str(e.get("value")) for e in res["interoperability.auth"]["evidence"]), res["interoperability.auth"]


PREVENTION = {
    "README.md": "# Prevention\n\nApplication web gérant l'activité du service prévention au sein d'un SDIS.\n\n"
                 "## Participation au projet\n\nVoir la [documentation de contribution](https://github.com/sdis/prevention/blob/2.x/.github/CONTRIBUTING.md).\n",
    ".github/CONTRIBUTING.md": "# Contributing\n\nContributions are welcome.\n",
    "composer.json": '{"name": "sdis/prevention", "require": {"php": "^7.0", "zendframework/zendframework1": "^1.12"}}\n',
    "sql/init/prevention.sql": (
        "CREATE TABLE `utilisateurinformations` (\n"
        "  `ID_UTILISATEURINFORMATIONS` bigint(20) unsigned NOT NULL AUTO_INCREMENT,\n"
        "  `NOM_UTILISATEURINFORMATIONS` varchar(50) DEFAULT NULL,\n"
        "  `PRENOM_UTILISATEURINFORMATIONS` varchar(50) DEFAULT NULL,\n"
        "  `MAIL_UTILISATEURINFORMATIONS` varchar(50) DEFAULT NULL,\n"
        "  PRIMARY KEY (`ID_UTILISATEURINFORMATIONS`)\n) ENGINE=InnoDB;\n"),
    "application/controllers/EtablissementController.php":
        "<?php\nclass EtablissementController extends Zend_Controller_Action\n{\n    public function indexAction()\n    {\n"
        "        $this->view->etablissements = array();\n    }\n}\n",
    "application/views/helpers/Carte.php":
        "<?php\nclass View_Helper_Carte extends Zend_View_Helper_Abstract\n{\n    public function carte()\n    {\n"
        "        echo '<script type=\"text/javascript\" src=\"//api.ign.fr/geoportail/api/js/1.3/GeoportalExtended.js\"></script>';\n"
        "    }\n}\n",
    "application/views/scripts/couches-cartographiques/list.phtml":
        "<div id=\"carte\"></div>\n<script>\n    initViewer('carte', key, [{\n                lat: 50.4727273438818,\n"
        "                lon: 2.71490430425517,\n    }], couches);\n</script>\n",
    "public/js/main.js": "function initViewer(divId, ignKey, points, wmsLayers) {\n  for (var i = 0; i < wmsLayers.length; i++) {\n"
                         "    var layer = new OpenLayers.Layer.WMS(wmsLayers[i].NOM_COUCHECARTO, wmsLayers[i].URL_COUCHECARTO, {layers: wmsLayers[i].LAYERS});\n"
                         "    map.addLayer(layer);\n  }\n}\n",
    "application/modules/api/services/Test.php": "<?php\nclass Api_Service_Test\n{\n    public function test()\n    {\n        return 'Api OK';\n    }\n}\n",
}
CHECKS = ["scaling.personal-data", "reusability.territory-neutral", "interoperability.geo", "interoperability.public-building-blocks",
          "documentation.docs", "reusability.tests-and-ci"]


def test_a_zend_application_of_a_fire_service(tmp_path):
    _, res = judge(tmp_path, PREVENTION, CHECKS)
    pd = res["scaling.personal-data"]
    fields = {f for e in pd["evidence"] for f in (e.get("value") or {}).get("fields", [])}
    assert pd["status"] == "warn" and {"NOM_UTILISATEURINFORMATIONS (identity)", "MAIL_UTILISATEURINFORMATIONS (email)"} <= fields, pd
    t = res["reusability.territory-neutral"]  # the map centred on the Pas-de-Calais in a Zend view script, lat and lon on two lines
    assert t["status"] == "warn" and any(e.get("path", "").endswith("list.phtml") and e.get("line") == 4 for e in t["evidence"]), t
    assert "OGC: yes" in res["interoperability.geo"]["message"]["en"], res["interoperability.geo"]["message"]
    b = res["interoperability.public-building-blocks"]
    assert "Géoplateforme IGN" in b["message"]["en"], b["message"]
    d = res["documentation.docs"]
    assert ".github" not in {e.get("path", "").rstrip("/") for e in d["evidence"] if e.get("kind") == "found"}, d["evidence"]
    assert "documentation folder" not in d["message"]["en"].split("missing")[0], d["message"]
    tc = res["reusability.tests-and-ci"]
    assert tc["message"]["en"].startswith("0 test file(s)"), tc["message"]


def test_a_comment_linking_another_service_s_swagger_ui_is_no_generated_specification(tmp_path):
    files = {"README.md": "# Portal\n\nThe portal of the platform.\n",
             "build.gradle.kts": 'plugins {\n    id("org.springframework.boot") version "2.1.0.RELEASE"\n}\n'
                                 'dependencies {\n    implementation("org.springframework.boot:spring-boot-starter-web")\n}\n',
             "src/main/java/org/territoire/portal/CatalogStore.java": (
                 "package org.territoire.portal;\n\n@RestController\npublic class CatalogStore {\n"
                 "    @GetMapping(\"/my/api/catalog\")\n    public List<String> findAllVisible() {\n"
                 "        // NB. see Kernel API /m/search http://kernel.example-preprod.eu/swagger-ui/#!/market-search/get\n"
                 "        return kernel.search();\n    }\n}\n")}
    _, res = judge(tmp_path, files, ["interoperability.api-spec"])
    a = res["interoperability.api-spec"]
    assert "generated by the framework" not in a["message"]["en"], a["message"]
    # springdoc's Swagger UI served by the application itself is the generated specification
    served = {**files, "src/main/java/org/territoire/portal/ApiDocs.java":
              "package org.territoire.portal;\n\nimport org.springdoc.core.GroupedOpenApi;\n\n@Configuration\npublic class ApiDocs {\n"
              "    String ui = \"/swagger-ui/index.html\";\n}\n"}
    _, res = judge(tmp_path, served, ["interoperability.api-spec"], name="served")
    assert "generated by the framework" in res["interoperability.api-spec"]["message"]["en"], res["interoperability.api-spec"]["message"]
