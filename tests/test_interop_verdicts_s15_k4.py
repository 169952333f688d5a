"""Verdicts the session-15 readers found wrong on local-authority repositories (fixer k4: configuration, secrets, personal
data, interoperability, licences), each on a git fixture shaped like the real case."""

from __future__ import annotations

from tests.test_reusability_fixtures import build, results, run_audit


def audit_checks(tmp_path, files: dict, checks: list[str]) -> dict:
    return results(run_audit(build(tmp_path / "r", files), tmp_path / "c", checks))


POM = ("<project>\n  <modelVersion>4.0.0</modelVersion>\n  <parent>\n    <groupId>nc.ville</groupId>\n    <artifactId>parent-pom</artifactId>\n"
       "    <version>1.0</version>\n  </parent>\n  <groupId>nc.ville</groupId>\n  <artifactId>consult-paie</artifactId>\n"
       "  <version>2.1</version>\n  <packaging>war</packaging>\n  <build>\n"
       "    <finalName>ROOT##${project.artifactId}-${project.version}</finalName>\n  </build>\n</project>\n")
# a JSP web application of a city that keeps every released WAR in its Maven site (Tomcat's name##version naming)
WEBAPP = {
    "README.md": "# consult-paie\n\nConsultation des bulletins de paie par les agents.\n",
    "pom.xml": POM,
    "src/main/java/nc/ville/paie/Bulletin.java": "package nc.ville.paie;\n\n/** Un bulletin. */\npublic class Bulletin {\n}\n",
    "src/main/webapp/WEB-INF/web.xml": "<web-app>\n</web-app>\n",
    "src/main/webapp/Accueil.jsp": "<%@ page language=\"java\" %>\n<html><body>Accueil</body></html>\n",
    "src/site/resources/war/1.0/consult-paie##1.0.war": b"PK\x03\x04\x00\x00binary war 1.0",
    "src/site/resources/war/2.1/ROOT##consult-paie-2.1.war": b"PK\x03\x04\x00\x00binary war 2.1",
    "src/site/resources/war/2.1/ROOT##consult-paie-2.1.war.md5": "0123456789abcdef0123456789abcdef\n",
}


def test_released_web_archives_of_the_projects_own_artifact_are_build_output(tmp_path):
    """DSI-Ville-Noumea/visu-sal, droits-applis (s15 r1): 13 and 14 released WARs under src/site/resources/war/<version>/ read
    'No build output is committed'."""
    built = audit_checks(tmp_path, WEBAPP, ["reusability.build-output"])["reusability.build-output"]
    assert built["status"] == "warn" and built["details"]["files"] == 2, built
    assert "consult-paie##1.0.war" in built["message"]["en"], built["message"]


def test_a_third_party_web_archive_in_a_deployment_kit_is_not_the_projects_build(tmp_path):
    files = {"README.md": "# geoserver-docker\n\nImage de GeoServer pour la collectivité.\n",
             "Dockerfile": "FROM tomcat:9\nCOPY geoserver.war /usr/local/tomcat/webapps/\n", "geoserver.war": b"PK\x03\x04\x00binary"}
    built = audit_checks(tmp_path, files, ["reusability.build-output"])["reusability.build-output"]
    assert built["status"] == "pass", built


# a Maven site documenting the application: exploitation pages in APT, one page of release notes per released WAR, and two
# office documents kept in its resources
MAVEN_SITE = {
    **{k: v for k, v in WEBAPP.items() if not k.endswith((".war", ".md5"))},
    "src/site/site.xml": "<project name=\"consult-paie\">\n  <body>\n    <menu name=\"Exploitation\">\n      <item name=\"Contexte\" href=\"exploitation/context.html\"/>\n"
                         "    </menu>\n  </body>\n</project>\n",
    "src/site/apt/index.apt": " -----\n consult-paie\n -----\n\nConsultation des bulletins de paie\n\n  L'application affiche les bulletins de paie des agents.\n",
    "src/site/apt/exploitation/context.apt": " -----\n Contexte\n -----\n\nContexte de déploiement\n\n  L'application est déployée sur un serveur Tomcat 8.\n",
    "src/site/apt/exploitation/mise_recette.apt": " -----\n Mise en recette\n -----\n\nMise en recette\n\n  Déployer le war sur le serveur de recette.\n",
    **{f"src/site/apt/exploitation/ReleasesNotes/WAR_{v}.apt": f" ----- consult-paie ----- 2017-0{i + 1}-15\n\nModifications du war {v}\n\n"
       f"  * Monter en version le framework\n\n  * Corriger l'affichage du bulletin\n" for i, v in enumerate(("1.0", "2.0", "2.1"))},
    "src/site/resources/docs/Applis_Java.odt": b"PK\x03\x04\x00\x00odt",
    "src/site/resources/docs/Applis_Java.pdf": b"%PDF-1.4\n%\xe2\xe3\n",
}


def test_each_documentation_folder_is_shown_with_its_own_page_count(tmp_path):
    """DSI-Ville-Noumea/visu-sal, droits-applis (s15 r1): documentation.docs showed 'src/site/resources/docs/: doc_files 20' for a
    folder of 2 files; the 20 pages are the whole Maven site's."""
    docs = audit_checks(tmp_path, MAVEN_SITE, ["documentation.docs"])["documentation.docs"]
    folders = {e["path"]: e["value"]["doc_files"] for e in docs["evidence"] if isinstance(e.get("value"), dict) and "doc_files" in e["value"]}
    assert folders.get("src/site/resources/docs/") == 2, docs["evidence"]
    assert folders.get("src/site/", 0) > 2, docs["evidence"]


def test_a_maven_sites_release_notes_folder_is_the_changelog(tmp_path):
    """DSI-Ville-Noumea/visu-sal, droits-applis (s15 r1): src/site/apt/exploitation/ReleasesNotes/WAR_1.0.apt … one page a released
    WAR, read 'missing: … CHANGELOG'."""
    cf = audit_checks(tmp_path, MAVEN_SITE, ["documentation.community-files"])["documentation.community-files"]
    assert "CHANGELOG" not in cf["message"]["en"].split("missing:")[-1], cf["message"]
    assert any("ReleasesNotes/WAR_1.0.apt" in str(e.get("path")) for e in cf["evidence"]), cf["evidence"]


# a QGIS plugin connecting to PostGIS with what its dialog's fields hold, beside a script that hard-codes a server's password
QGIS_PLUGIN = {
    "README.md": "# socle\n\nExtension QGIS qui calcule un socle d'occupation du sol dans PostGIS.\n",
    "metadata.txt": "[general]\nname=Socle\nqgisMinimumVersion=3.0\ndescription=Socle d'occupation du sol\nversion=1.0\nauthor=Agence\n",
    "__init__.py": "def classFactory(iface):\n    from .socle import Socle\n    return Socle(iface)\n",
    "socle.py": "import psycopg2\n\n\nclass Socle:\n    \"\"\"Le calcul.\"\"\"\n\n    def __init__(self, iface):\n        self.iface = iface\n\n"
                "    def start(self):\n        \"\"\"Se connecte avec les paramètres saisis.\"\"\"\n"
                "        self.conn = psycopg2.connect(host=self.host, port=self.port, user=self.username, dbname=self.database, password=self.pwd )\n"
                "        return self.conn.cursor()\n",
}


def test_a_connection_calls_keyword_arguments_naming_variables_are_no_secret(tmp_path):
    """SIRS-CLS/mos-adeupa-ce (s15 r2): 'Password in a connection string' on psycopg2.connect(host=self.host, …, password=self.pwd)."""
    sec = audit_checks(tmp_path, QGIS_PLUGIN, ["reusability.secrets"])["reusability.secrets"]
    assert sec["status"] == "pass", sec


def test_a_libpq_connection_strings_literal_password_is_still_one(tmp_path):
    files = {**QGIS_PLUGIN, "import.py": "import psycopg2\n\nconn = psycopg2.connect(\"host=sig.agence.fr dbname=socle user=postgres password=Socle2018\")\n"}
    sec = audit_checks(tmp_path, files, ["reusability.secrets"])["reusability.secrets"]
    assert sec["status"] == "fail" and "import.py" in str(sec["evidence"]), sec


def _lgpl_header(name: str) -> str:
    return ("/**\n * Copyright (c) 2012 Prestataire\n *\n * This file is part of Socle.\n *\n"
            " * Socle is free software: you can redistribute it and/or modify\n"
            " * it under the terms of the GNU Lesser General Public License version 3 as published by\n * the Free Software Foundation.\n *\n"
            " * Socle is distributed in the hope that it will be useful,\n * but WITHOUT ANY WARRANTY; without even the implied warranty of\n"
            " * MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE. See the\n * GNU General Public License for more details.\n *\n"
            " * You should have received a copy of the GNU Lesser General Public License\n * along with Socle. If not, see <http://www.gnu.org/licenses/>.\n */\n"
            f"package org.socle;\n\n/** {name}. */\npublic class {name} {{\n}}\n")


def test_an_lgpl_headers_warranty_sentence_naming_the_gpl_is_no_second_licence(tmp_path):
    """megalis-bretagne/myec3-socle (s15 r2): licensing.reuse said the headers state '(LGPL-3.0-only AND GPL)' in words; the GPL is
    only named in the LGPL notice's 'See the GNU General Public License for more details'."""
    files = {"README.md": "# Socle\n\nLe socle des services de la plateforme.\n", "COPYING.LESSER": "GNU LESSER GENERAL PUBLIC LICENSE\nVersion 3\n",
             **{f"src/main/java/org/socle/{n}.java": _lgpl_header(n) for n in ("Agent", "Structure", "Synchro")}}
    reuse = audit_checks(tmp_path, files, ["licensing.reuse"])["licensing.reuse"]
    assert "(LGPL-3.0-only)" in reuse["message"]["en"], reuse["message"]["en"]


IMPORT_TEMPLATE = ("Civilité;Prénom;Nom;Fonction;Adresse;CodePostal;Ville;Courriel;Téléphone\n"
                   "M.;Paul;Durand;Maire;1 place de la mairie;00000;Villeneuve;paul.durand@exemple.com;0600000000\n"
                   "M.;Paul;Durand;;;;;paul.durand@exemple2.com;\n"
                   "Mme;Anne;Martin;Adjointe;2 rue haute;00000;Villeneuve;anne.martin@example.org;0600000001\n"
                   "Mme;Anne;Martin;;;;;anne.martin@exemple3.com;\n")
WEB_APP_WITH_TEMPLATE = {
    "README.md": "# Annuaire\n\nGestion des élus et agents des collectivités adhérentes.\n",
    "src/main/webapp/WEB-INF/web.xml": "<web-app>\n</web-app>\n",
    "src/main/java/org/annuaire/Import.java": "package org.annuaire;\n\n/** Importe un fichier d'élus. */\npublic class Import {\n}\n",
}


def test_an_import_templates_made_up_people_are_nobodys_records(tmp_path):
    """megalis-bretagne/myec3-socle (s15 r2): static/download/modele_import.csv, the import template offered for download, whose rows are
    made up (jean.dupond@exemple.com, CP 00000), read '1 committed table(s) list people'."""
    files = {**WEB_APP_WITH_TEMPLATE, "src/main/webapp/static/download/modele_import.csv": IMPORT_TEMPLATE}
    pd = audit_checks(tmp_path, files, ["scaling.personal-data"])["scaling.personal-data"]
    assert "modele_import.csv" not in str(pd), pd


def test_a_table_of_people_with_real_addresses_is_still_one(tmp_path):
    real = IMPORT_TEMPLATE.replace("@exemple.com", "@villeneuve.fr").replace("@exemple2.com", "@villeneuve.fr").replace(
        "@example.org", "@villeneuve.fr").replace("@exemple3.com", "@villeneuve.fr")
    files = {**WEB_APP_WITH_TEMPLATE, "data/elus.csv": real}
    pd = audit_checks(tmp_path, files, ["scaling.personal-data"])["scaling.personal-data"]
    assert "data/elus.csv" in str(pd["evidence"]), pd


def test_a_metadata_editors_json_model_naming_contacts_is_a_record_of_people(tmp_path):
    """cigalsace/mdedit (s15 r2): config/models/*.json, the editor's JSON form of ISO 19139 records, name contacts with their
    addresses ("individualName": "…", "emails": ["…"]); personal-data read 'no personal-data field'."""
    model = ('{\n    "mdFileIdentifier": "FR-200000000-OCS-2012",\n    "mdContacts": [{\n        "individualName": "Marie Lambert",\n'
             '        "organisationName": "Syndicat SIG",\n        "phoneVoices": ["03 00 00 00 00"],\n        "emails": ["marie.lambert@syndicat-sig.fr"],\n'
             '        "role": "pointOfContact"\n    }],\n    "mdStandardName": "ISO 19115/19139"\n}\n')
    files = {"README.md": "# Éditeur de métadonnées\n\nÉditeur de fiches de métadonnées ISO 19139 / INSPIRE.\n",
             "index.html": "<html><body><div ng-app=\"mdedit\"></div><script src=\"js/app.js\"></script></body></html>\n",
             "js/app.js": "angular.module('mdedit', []);\n", "config/models/model-ocs.json": model,
             "config/models/model-empty.json": '{\n    "mdContacts": [{\n        "individualName": "",\n        "emails": [""]\n    }]\n}\n'}
    pd = audit_checks(tmp_path, files, ["scaling.personal-data"])["scaling.personal-data"]
    assert "config/models/model-ocs.json" in str(pd["evidence"]) and "model-empty" not in str(pd["evidence"]), pd


def _map_page(layer: str) -> dict:
    return {"README.md": "# Inventaire\n\nCarte de sélection des parcelles pour l'inventaire du patrimoine.\n",
            "index.html": "<html><head><script src=\"lib/ol.js\"></script></head><body><div id=\"map\"></div><script src=\"js/carte.js\"></script></body></html>\n",
            "js/carte.js": ("var map = new ol.Map({target: 'map'});\n\nfunction fond(matrixset) {\n    return new ol.layer.Tile({\n"
                            "        source: new ol.source.WMTS({\n            url: 'https://tuiles.region-exemple.fr/geoserver/gwc/service/wmts',\n"
                            f"            matrixSet: matrixset,\n{layer}"
                            "        })\n    });\n}\n\nfunction chercher(nom, rappel) {\n    $.ajax({url: 'http://api.geonames.org/searchJSON?', data: {\n"
                            "        q: nom,\n        username: \"georchestra\",\n        country: 'FR'\n    }, success: rappel});\n}\n")}


CREDIT = ("            attributions: [new ol.Attribution({html:\"<a href='http://www.geoportail.fr/' target='_blank'>"
          "<img src='http://api.ign.fr/geoportail/api/js/latest/theme/geoportal/img/logo_gp.gif'></a>\"})],\n")


def test_a_map_layers_credit_to_the_geoportail_is_no_use_of_ign_services(tmp_path):
    """region-bretagne/inventaire (s15 r2): public-building-blocks 'building blocks used: Géoplateforme IGN' from an ol.Attribution showing
    the Géoportail logo (api.ign.fr/geoportail/…/logo_gp.gif) on a layer of the Région's own WMTS."""
    blocks = audit_checks(tmp_path, _map_page(CREDIT), ["interoperability.public-building-blocks"])["interoperability.public-building-blocks"]
    assert "IGN" not in blocks["message"]["en"], blocks["message"]
    assert "geOrchestra" not in blocks["message"]["en"], blocks["message"]  # (GeoNames' user name "georchestra" is no geOrchestra)


def test_an_ign_layer_credited_on_its_own_line_is_still_a_use(tmp_path):
    layer = ("            layer: 'ORTHOIMAGERY.ORTHOPHOTOS', url2: 'https://data.geopf.fr/wmts', "
             "attributions: '<a href=\"https://www.geoportail.gouv.fr/\">IGN-F/Géoportail</a>',\n")
    blocks = audit_checks(tmp_path, _map_page(layer), ["interoperability.public-building-blocks"])["interoperability.public-building-blocks"]
    assert "IGN" in blocks["message"]["en"], blocks["message"]


def test_two_license_tag_lines_in_a_copied_scripts_banner_offer_a_choice(tmp_path):
    """CD93/magazine (s15 r1): jquery.customSelect.js's banner carries '@license …mit-license.html MIT License' and '@license …gpl.html
    GPL2 License' (a dual licence); licensing.dependencies counted it 'incompatible (GPL-2.0)' with an MIT project."""
    script = ("/*\n *\n * jquery.selectbox() - v0.4.2\n * http://exemple.org/lab/selectbox/\n *\n * Copyright 2013 Jeanne Auteur\n"
              " * @license http://www.opensource.org/licenses/mit-license.html MIT License\n"
              " * @license http://www.gnu.org/licenses/gpl.html GPL2 License\n */\n\n! function(a) {\n    'use strict';\n"
              "    a.fn.extend({ selectbox: function(b) { return this; } });\n}(jQuery);\n")
    files = {"README.md": "# Magazine\n\nLe site du magazine du département.\n", "LICENSE": "MIT License\n\nCopyright (c) 2018 Département\n\n"
             "Permission is hereby granted, free of charge, to any person obtaining a copy of this software and associated documentation files "
             "(the \"Software\"), to deal in the Software without restriction, including without limitation the rights to use, copy, modify, "
             "merge, publish, distribute, sublicense, and/or sell copies of the Software, and to permit persons to whom the Software is "
             "furnished to do so, subject to the following conditions:\n\nThe above copyright notice and this permission notice shall be "
             "included in all copies or substantial portions of the Software.\n\nTHE SOFTWARE IS PROVIDED \"AS IS\", WITHOUT WARRANTY OF ANY KIND.\n",
             "index.html": "<html><body><script src=\"js/vendors/jquery.selectbox.js\"></script><script src=\"js/main.js\"></script></body></html>\n",
             "js/main.js": "$('select').selectbox();\n", "js/vendors/jquery.selectbox.js": script}
    dep = audit_checks(tmp_path, files, ["licensing.dependencies"])["licensing.dependencies"]
    assert dep["status"] == "pass" and "incompatible (jquery.selectbox" not in dep["message"]["en"], dep
