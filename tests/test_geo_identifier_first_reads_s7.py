"""Geographic, identifier, territory, personal-data and contributor verdicts found wrong at the first reads of session 6
(issue 12), each on a git fixture shaped like the real case (Carto-NA's PostGIS models and arcpy scripts, a Decidim instance)."""

from __future__ import annotations

from tests.gitrepo import make_repo
from tests.test_project_kind import run
from tests.test_reusability_fixtures import results

DATE = "2026-03-02T10:00:00Z"

# Carto-NA/covid-19: a region's PostGIS model of the 2020 emergency plan, its identifier columns named numcom and num_finess
# and described by COMMENT ON; a later INSERT adds one EHPAD with its commune's INSEE code, name and postal code.
COVID_SQL = (
    "CREATE TABLE met_plan_urgence.m_hopitaux_mobilises_na_geo (\n"
    "\tid serial NOT NULL,\n\tnum_finess character varying(9),\n\tsite_nom character varying(150),\n"
    "\tadresse character varying(250),\n\tnumcom character varying(5),\n\tnomcom character varying(100),\n"
    "\tcode_postal character varying(5),\n\tgeom geometry(Point,2154)\n);\n\n"
    "COMMENT ON COLUMN met_plan_urgence.m_hopitaux_mobilises_na_geo.num_finess IS 'Numéro FINESS de l''établissement';\n"
    "COMMENT ON COLUMN met_plan_urgence.m_hopitaux_mobilises_na_geo.numcom IS 'Code INSEE du site';\n"
    "COMMENT ON COLUMN met_plan_urgence.m_hopitaux_mobilises_na_geo.nomcom IS 'Nom de la commune';\n\n"
    "-- Ajout du 21/04/2020\n"
    "INSERT INTO met_plan_urgence.m_hopitaux_mobilises_na_geo (\n\tsite_nom, adresse, numcom, nomcom, code_postal, geom\n)\n"
    "SELECT 'EPHAD', \n\t'16 avenue Jean Jaurés', '86078', 'Civray', '86400',\n"
    "\tST_Transform(ST_PointOnSurface(geom),2154)\nFROM z_maj.export_ephad;\n"
)
COVID = {"README.md": "# Plan d'urgence COVID-19\n\nModèle de données PostgreSQL/PostGIS de la couche des lieux mobilisés.\n",
         "sql/plan_urgence_10_structure.sql": COVID_SQL}


def _one(tmp_path, files, check, name="r", sponsor=None):
    repo = make_repo(tmp_path / name, [{"files": files, "date": DATE}])
    return results(run(repo, tmp_path / f"c-{name}", only=[check], sponsor=sponsor))[check]


def test_a_column_documented_as_an_insee_code_is_an_identifier_field(tmp_path):
    """identifiers said n/a "no detectable local-government or company identifier": numcom is described by its COMMENT ON as
    'Code INSEE du site'. Without the comment, nothing names an identifier (n/a stays)."""
    r = _one(tmp_path, COVID, "interoperability.identifiers")
    assert r["status"] != "not_applicable", r["message"]
    assert "insee" in r["details"]["fields"] and r["details"]["hard_coded"] == 1, r["details"]
    bare = {**COVID, "sql/plan_urgence_10_structure.sql": COVID_SQL.replace("'Code INSEE du site'", "'Commune du site'")
            .replace("'86078', 'Civray', '86400'", "'x', 'y', 'z'")}
    assert _one(tmp_path, bare, "interoperability.identifiers", "b")["status"] == "not_applicable"


def test_one_communes_row_inserted_by_a_structure_script_is_a_territory_value(tmp_path):
    """territory-neutral passed "0 in configuration, data…" beside an INSERT of '86078', 'Civray', '86400'; a reference table of
    three communes or more is not one territory's."""
    r = _one(tmp_path, COVID, "reusability.territory-neutral")
    assert r["status"] == "warn", r["message"]
    assert [(e["path"], e["value"]) for e in r["evidence"] if e["kind"] == "finding"] == [("sql/plan_urgence_10_structure.sql", "86078")]
    table = {**COVID, "sql/plan_urgence_10_structure.sql": COVID_SQL.replace(
        "'86078', 'Civray', '86400'", "'86078', 'Civray', '86400'),\n('86194', 'Poitiers', '86000'),\n('33063', 'Bordeaux', '33000'")}
    assert _one(tmp_path, table, "reusability.territory-neutral", "t")["status"] == "pass"


# Carto-NA/tiers_lieux: an arcpy ETL and its data dictionary in Markdown, typed rows naming SIRET/RNA and INSEE codes.
DICTIONARY = ("# Dictionnaire de données\n\n| Champ | Description | Type | Obligatoire |\n|---|---|---|---|\n"
              "| nom | Nom de la structure | varchar(255) | oui |\n"
              "| code_officiel | Numéro de SIRET ou RNA de la structure | varchar(14) |  |\n"
              "| numcom | Code INSEE de la structure | varchar(5) |  |\n"
              "| code_postal | Code postal de la structure | varchar(5) | Issu de la table code postaux - code INSEE |\n")


def test_a_data_dictionarys_typed_rows_name_the_identifier_fields(tmp_path):
    """identifiers n/a although dictionnaire_donnees.md defines code_officiel (SIRET or RNA) and numcom (code INSEE). A README
    sentence mentioning INSEE codes, outside a typed dictionary row, is no field."""
    files = {"README.md": "# Tiers-lieux\n\nScripts de la couche des tiers-lieux.\n", "dictionnaire_donnees.md": DICTIONARY,
             "scripts/01_eco_tiers_lieux.py": "import arcpy\nnomFC = 'eco_tiers_lieux'\n"}
    r = _one(tmp_path, files, "interoperability.identifiers")
    assert r["status"] != "not_applicable" and {"insee", "siret"} <= set(r["details"]["fields"]), r["message"]
    prose = {**files, "dictionnaire_donnees.md": "# Données\n\nLes structures sont repérées par leur numéro de SIRET et leur code INSEE.\n"}
    assert _one(tmp_path, prose, "interoperability.identifiers", "p")["status"] == "not_applicable"


def test_codes_joined_from_ign_admin_express_tables_are_reference_data(tmp_path):
    """identifiers said "reference data/validation: no" though the EPCI codes come from a join on IGN's ADMIN EXPRESS tables
    (ref_adminexpress.r_admexp_epci_fr, referentiel.ign_ade_epci). A join on the project's own table is no reference."""
    sql = ("CREATE TABLE met_geo.m_epci_na_geo (\n\tcode_epci character varying(9),\n\tnom character varying(150),\n"
           "\tgeom geometry(MultiPolygon,2154)\n);\n\nINSERT INTO met_geo.m_epci_na_geo (code_epci, nom, geom)\n"
           "SELECT a.code_epci, a.nom, ST_Multi(ST_Union(b.geom))\n   FROM ref_adminexpress.r_admexp_epci_fr a\n"
           "   INNER JOIN\n\t\treferentiel.ign_ade_commune b ON a.code_epci = b.siren_epci\n  GROUP BY a.code_epci, a.nom;\n")
    files = {"README.md": "# Zonages\n\nModèle PostGIS des zonages.\n", "sql/geo_10_structure.sql": sql}
    r = _one(tmp_path, files, "interoperability.identifiers")
    assert r["details"]["references"] is True and "reference data/validation: yes" in r["message"]["en"], r["message"]
    own = {**files, "sql/geo_10_structure.sql": sql.replace("ref_adminexpress.r_admexp_epci_fr", "met_geo.epci_source")
           .replace("referentiel.ign_ade_commune", "met_geo.communes")}
    assert _one(tmp_path, own, "interoperability.identifiers", "o")["details"]["references"] is False


# antibes-dev/decidim-antibes: the registration form completes addresses through API Adresse, limited to the city's INSEE code.
REGISTRATION_JS = ("const url = new URL('https://api-adresse.data.gouv.fr/search/');\n"
                   "export function search(query) {\n  url.searchParams.set('q', query);\n  url.searchParams.delete(\"citycode\");\n"
                   "  url.searchParams.append(\"citycode\", \"06004\");\n  return fetch(url);\n}\n")


def test_an_insee_code_passed_as_a_query_parameter_is_hard_coded(tmp_path):
    """identifiers passed "hard-coded values: 0" and territory-neutral "no territory-specific value" beside
    searchParams.append("citycode", "06004"), Antibes' INSEE code."""
    files = {"README.md": "# Décidim Antibes\n", "app/packs/src/decidim/user_registration.js": REGISTRATION_JS}
    r = _one(tmp_path, files, "interoperability.identifiers")
    assert r["details"]["hard_coded"] == 1 and "hard-coded values: 1" in r["message"]["en"], r["message"]
    t = _one(tmp_path, files, "reusability.territory-neutral", "t")
    assert t["status"] == "warn" and [e["line"] for e in t["evidence"] if e["kind"] == "finding"] == [5], t["message"]
    neutral = {**files, "app/packs/src/decidim/user_registration.js": REGISTRATION_JS.replace('"06004"', "window.CITY_CODE")}
    assert _one(tmp_path, neutral, "interoperability.identifiers", "n")["details"]["hard_coded"] == 0


# -- who wrote the commits: machine names, git's placeholder and a communauté d'agglomération's own domain -------------------------
def _contributors(tmp_path, authors, name="r", owner=None):
    import subprocess

    commits = [{"files": {"README.md": "# Module\n", f"src/m{i}.php": f"<?php echo {i};\n"}, "date": f"2026-0{1 + i % 8}-1{i % 9}T10:00:00Z",
                "author": a} for i, a in enumerate(authors)]
    repo = make_repo(tmp_path / name, commits)
    if owner:
        subprocess.run(["git", "-C", str(repo), "remote", "add", "origin", f"https://github.com/{owner}/module.git"], check=True)
    r = results(run(repo, tmp_path / f"c-{name}", only=["scaling.contributor-organisations"], sponsor="local-authority"))
    return r["scaling.contributor-organisations"]


def test_git_placeholder_and_internal_machine_names_are_no_organisations_domains(tmp_path):
    """lutece opengov/chatbot: '92% from the domain paris.mdp (unlisted organisation)' for seboo@u06-pr-v1-tom02.ressources.paris.mdp,
    a machine's name on the city's network; drupal-datalocale: '83% from the domain larour-ebiz.(none)', git's address when none
    is set. Neither ends in an Internet top-level domain: no organisation is read from them. A real company's domain still is."""
    r = _contributors(tmp_path, [("seboo", "seboo@u06-pr-v1-tom02.ressources.paris.mdp")] * 4 + [("larour", "larour@larour-ebiz.(none)")] * 2)
    msg = r["message"]["en"]
    assert "paris.mdp" not in msg and "(none)" not in msg and "companies" not in msg, msg
    r = _contributors(tmp_path, [("seboo", "seboo@lutece-conseil.com")] * 4, "c")
    assert "lutece-conseil.com" in r["message"]["en"], r["message"]["en"]


def test_a_rented_servers_host_name_is_no_organisation(tmp_path):
    """cdg46/inforoutes-login-mapping: '100% from the domain ip-5-39-66.eu (unlisted organisation)' for
    root@46-rainloop.ip-5-39-66.eu, git's default user@hostname on a rented server (a reverse-DNS name holding its IP
    address). A machine's name at a host names no organisation; a machine in the organisation's own domain still does."""
    r = _contributors(tmp_path, [("root", "root@46-rainloop.ip-5-39-66.eu")] * 3 + [("deploy", "deploy@vps1234.ovh.net")])
    msg = r["message"]["en"]
    assert "ip-5-39-66" not in msg and "ovh.net" not in msg and "companies" not in msg, msg
    r = _contributors(tmp_path, [("root", "root@sig.agglo-compiegne.fr")] * 3, "own")
    assert "public bodies 100%" in r["message"]["en"], r["message"]["en"]


def test_a_webmail_under_another_domain_is_a_personal_mailbox(tmp_path):
    """Session 8 reads: gmail.fr and openmailbox.org were counted as organisations ("unlisted organisation")."""
    r = _contributors(tmp_path, [("Jo", "jo@gmail.fr")] * 3 + [("Al", "al@openmailbox.org")] * 2, "webmail")
    msg = r["message"]["en"]
    assert "gmail.fr" not in msg and "openmailbox" not in msg and "companies" not in msg, msg


def test_a_communaute_d_agglomerations_domain_is_a_public_bodys(tmp_path):
    """georchestra-doc: viennagglo.fr (ViennAgglo, a communauté d'agglomération) was 'companies or other organisations… none from a
    public body': a first label ending in -agglo is a public body's, under a French top-level domain, whoever owns the forge account."""
    r = _contributors(tmp_path, [("Pierre", "pierre.d@viennagglo.fr")] * 5 + [("Jo", "jo@gmail.com")], owner="sig-tools")
    msg = r["message"]["en"]
    assert "none from a public body" not in msg and "public bodies 83%" in msg, msg


# GIP-RECIA/cas-war-overlay: a CAS overlay's classes live in Apereo's packages (src/main/java/org/apereo/cas/…) and its update
# script downloads the CAS Initializr's starter from getcas.apereo.org.
def test_an_overlays_upstream_packages_do_not_make_the_upstream_domain_the_sponsors(tmp_path):
    """territory-neutral: update.sh's https://getcas.apereo.org/starter.tgz was 'hard-coded address of one of the sponsoring local
    government's servers', apereo.org being read as the sponsor's domain from the overlay's org/apereo/cas packages. A Département's
    own packages (fr/cg44/…) still name its own domain."""
    java = "package org.apereo.cas.web;\n\npublic class CustomLoginController {\n}\n"
    files = {"README.md": "# CAS\n", "src/main/java/org/apereo/cas/web/CustomLoginController.java": java,
             "update.sh": "#!/bin/sh\ncurl -s https://getcas.apereo.org/starter.tgz -d type=cas-overlay | tar -xzvf -\n",
             "src/main/java/org/apereo/cas/Updater.java": 'package org.apereo.cas;\nclass Updater { String u = "https://getcas.apereo.org/starter.tgz"; }\n'}
    r = _one(tmp_path, files, "reusability.territory-neutral", sponsor="local-authority")
    assert r["status"] == "pass", r["evidence"]
    own = {"README.md": "# Plugin\n", "src/main/java/fr/cg44/plugin/Zelli.java": 'package fr.cg44.plugin;\nclass Zelli { String u = "https://zelli.cg44.fr/questions"; }\n'}
    r = _one(tmp_path, own, "reusability.territory-neutral", "o", sponsor="local-authority")
    assert r["status"] == "warn" and "cg44.fr" in str(r["evidence"]), r["evidence"]


# -- data sets published as JSON -------------------------------------------------------------------------------------------------
def test_json_copies_of_open_data_are_data_files(tmp_path):
    """datagora-erasme/itineraire_fraicheur: licensing.data-and-docs said n/a 'Too little data… (1 file)' though its scoring pipeline
    ships arbres.json, bancs.json, fontaines.json… (copies of Lyon's open data) in input_data/: JSON was never data. Manifests,
    lockfiles and translations stay out, however large."""
    big = "[" + ",".join('{"id": %d, "espece": "Platanus x acerifolia", "lat": 45.75, "lon": 4.85}' % i for i in range(2000)) + "]"
    files = {"README.md": "# Sortons au frais\n\nLicence MIT.\n", "LICENSE": "MIT License\n\nCopyright (c) 2023 Erasme\n",
             "backend/app.py": "from flask import Flask\napp = Flask(__name__)\n",
             "backend/score_calculation_it/input_data/arbres/arbres.json": big,
             "backend/score_calculation_it/input_data/bancs/bancs.json": '[{"id": 1}]',
             "backend/score_calculation_it/input_data/parcs/parcs.json": '[{"id": 2}]',
             "backend/score_calculation_it/input_data/bounding_metrop.gpkg": "\x00" * 10,
             "frontend/package.json": '{"name": "front"}', "frontend/package-lock.json": big, "frontend/src/locales/fr.json": big}
    r = _one(tmp_path, files, "licensing.data-and-docs")
    assert r["status"] in ("warn", "fail") and "data" in r["message"]["en"], r["message"]
    assert [(e["path"], e["value"]) for e in r["evidence"] if e["path"] and "input_data" in e["path"]] == [("backend/score_calculation_it/input_data", 4)], r["evidence"]
    code_only = {k: v for k, v in files.items() if "input_data" not in k}
    assert _one(tmp_path, code_only, "licensing.data-and-docs", "c")["status"] == "not_applicable"


# -- geography read where it is written: arcpy, a page's CDN scripts, PROJ's command-line tools ------------------------------------
ARCPY = ("import arcpy\n\nnomFC = 'eco_tiers_lieux'\nspatial_ref = arcpy.SpatialReference(2154)\n"
         "arcpy.CreateFeatureclass_management(gdb, nomFC, 'POINT', spatial_reference=spatial_ref)\n"
         "arcpy.AddField_management (nomFC, \"nom\", \"TEXT\", field_length=255, field_alias=\"Nom\")\n"
         "arcpy.AddField_management (nomFC, \"pers_referente\", \"TEXT\", field_length=255, field_alias=\"Personne référente\")\n"
         "arcpy.AddField_management (nomFC, \"telephone\", \"TEXT\", field_length=17, field_alias=\"Téléphone\")\n"
         "arcpy.AddField_management (nomFC, \"courriel\", \"TEXT\", field_length=255, field_alias=\"Courriel\")\n")
FIELD_MAP = ("import arcpy\nfm = (\n    'facilityid \"FacilityID\" true true false 4 Long 0 10,First,#,arcgis.metier.tps_acces,facilityid,-1,-1;'\n"
             "    'shape_area \"shape_area\" false true true 0 Double 0 0,First,#,arcgis.metier.tps_acces,st_area(shape),-1,-1'\n)\n"
             "arcpy.FeatureClassToFeatureClass_conversion(src, gdb, 'out', field_mapping=fm)\n")


def test_arcpy_spatial_reference_2154_is_the_legal_system_and_a_field_map_is_no_postgis(tmp_path):
    """Carto-NA/tiers_lieux, orga_donnees_infogeo: geo said 'legal reference system: no' though the feature class is built in
    arcpy.SpatialReference(2154) (Lambert-93), and 'open libraries: yes' from st_area(shape) inside an ArcGIS field map (Esri SDE's
    area column, no PostGIS). A Python query string calling ST_Area is PostGIS still."""
    files = {"README.md": "# Tiers-lieux\n", "scripts/01_eco_tiers_lieux.py": ARCPY, "scripts/03_etl.py": FIELD_MAP}
    r = _one(tmp_path, files, "interoperability.geo")
    assert r["details"]["legal_crs"] is True and "legal reference system: yes" in r["message"]["en"], r["message"]
    assert "Open libraries: none" in r["message"]["en"], r["message"]
    assert ("scripts/01_eco_tiers_lieux.py", 4) in [(e.get("path"), e.get("line")) for e in r["evidence"]], r["evidence"]  # where it was read
    sql = {**files, "scripts/04_area.py": "cur.execute(\"SELECT ST_Area(geom) FROM metier.tiers_lieux\")\n"}
    assert "Open libraries: yes" in _one(tmp_path, sql, "interoperability.geo", "s")["message"]["en"]


def test_map_libraries_from_a_cdn_and_proj_tools_are_open_libraries(tmp_path):
    """TIGA_get_data_for_3D_dataviz: 'Open libraries: none' beside index.html loading deck.gl from unpkg; strasbourg/parkings-api:
    'no detectable map or geographic data' though its CoffeeScript reprojects the parkings' Lambert coordinates with PROJ's cs2cs
    (now inconclusive: the command names no format; with GeoJSON written too, it is judged)."""
    page = ("<html><head>\n<script src=\"https://unpkg.com/deck.gl@8.0.0/dist.min.js\"></script>\n"
            "<script src=\"https://d3js.org/d3.v5.min.js\"></script>\n</head><body><div id=\"map\"></div></body></html>\n")
    r = _one(tmp_path, {"README.md": "# Carte 3D\n", "index.html": page, "data/points.geojson": '{"type": "FeatureCollection", "features": []}'},
             "interoperability.geo")
    assert "Open libraries: yes" in r["message"]["en"], r["message"]
    coffee = ("exec = require('child_process').exec\nclass CoordinatesSource\n  lambertToGPS: (item, cb) ->\n"
              "    cmd = \"echo '#{item.x} #{item.y}' | /app/vendor/proj/bin/cs2cs -f '%.6f' +init=epsg:27561 +to +init=epsg:4326\"\n"
              "    exec cmd, (err, coordinates) =>\n      [lng, lat] = coordinates.split(/\\s+/).splice(0,2)\n")
    r = _one(tmp_path, {"README.md": "# Parkings\n", "sources/coordinates.coffee": coffee, "app.coffee": "express = require 'express'\n"},
             "interoperability.geo", "p")
    # a PROJ command alone names no format nor service (those of the feed, at run time): not measured, neither n/a nor a fail
    assert r["status"] == "inconclusive" and "cs2cs" in r["message"]["en"] and r["evidence"][0]["path"] == "sources/coordinates.coffee", r
    files = {"README.md": "# Parkings\n", "sources/coordinates.coffee": coffee, "app.coffee": "express = require 'express'\n",
             "package.json": '{"name": "parkings-api", "dependencies": {"express": "3.x"}}'}
    # nor is the command an address, place or map the public APIs would give (public-building-blocks stays n/a, as before cs2cs counted)
    assert _one(tmp_path, files, "interoperability.public-building-blocks", "b")["status"] == "not_applicable"
    served = {"README.md": "# Parkings\n", "sources/coordinates.coffee": coffee, "app.coffee": "res.json({type: 'FeatureCollection', features: f})\n"}
    r = _one(tmp_path, {**served, "app.coffee": "geojson = require 'geojson'\nres.send GeoJSON.parse(parkings, {Point: ['lat', 'lng']})\n"},
             "interoperability.geo", "q")
    assert r["status"] not in ("inconclusive", "not_applicable") and "Open libraries: yes" in r["message"]["en"], r["message"]


# -- personal data in a GIS script's feature class, a data dictionary and a committed GeoJSON --------------------------------------
def test_fields_an_arcpy_script_adds_and_a_dictionarys_rows_are_read_for_personal_data(tmp_path):
    """Carto-NA/tiers_lieux: personal-data said n/a 'No database schema or model read' though 01_eco_tiers_lieux.py creates the
    feature class with pers_referente, telephone, courriel (AddField_management) and dictionnaire_donnees.md lists ct_nom
    ('Nom du référent'), ct_prenom, ct_courriel. A dictionary of an organisation's contact only (structure's e-mail) is no person's."""
    files = {"README.md": "# Tiers-lieux\n", "scripts/01_eco_tiers_lieux.py": ARCPY}
    r = _one(tmp_path, files, "scaling.personal-data")
    assert r["status"] == "warn" and {"email", "phone"} <= set(r["details"].get("categories") or _cats(r)), r["message"]
    dico = {"README.md": "# Tiers-lieux\n", "dictionnaire_donnees.md": DICTIONARY +
            "| ct_nom | Nom du référent | varchar(150) |  |\n| ct_prenom | Prénom du référent | varchar(100) |  |\n"
            "| ct_courriel | Courriel du référent | varchar(200) |  |\n"}
    r = _one(tmp_path, dico, "scaling.personal-data", "d")
    assert r["status"] == "warn" and "ct_courriel" in str(r["evidence"]), r["message"]
    org = {"README.md": "# Tiers-lieux\n", "dictionnaire_donnees.md": DICTIONARY + "| courriel_structure | Courriel de la structure | varchar(200) |  |\n"}
    assert _one(tmp_path, org, "scaling.personal-data", "o")["status"] == "pass"


def _cats(r) -> set:
    return {f.split("(")[-1].rstrip(")") for e in r["evidence"] for f in (e.get("value") or {}).get("fields", [])}


def test_a_front_ends_own_package_json_declares_the_browser_targets(tmp_path):
    """itineraire_fraicheur: accessibility-and-ecodesign said 'missing: browser targets' though frontend/package.json declares
    browserslist; only the root package.json was read. A vendored copy's package.json declares nothing for the project."""
    front = '{"name": "front", "browserslist": {"production": [">0.2%", "not dead"]}, "dependencies": {"react": "^18.2.0"}}'
    files = {"README.md": "# Sortons au frais\n", "package.json": '{"name": "root", "private": true}',
             "backend/app.py": "from flask import Flask\napp = Flask(__name__)\n", "frontend/package.json": front,
             "frontend/src/App.jsx": "export default function App() { return <main>Carte</main>; }\n",
             "frontend/public/index.html": "<!DOCTYPE html><html lang=\"fr\"><body><div id=\"root\"></div></body></html>\n"}
    r = _one(tmp_path, files, "interoperability.accessibility-and-ecodesign")
    assert "browser targets" not in str(r["message"]["en"]).split("missing")[-1], r["message"]
    assert any(e.get("path") == "frontend/package.json" for e in r["evidence"]), r["evidence"]


def test_kotlin_data_classes_and_a_committed_layers_properties_are_read_for_personal_data(tmp_path):
    """CLOVIS-AI/Formulaide: personal-data passed 'no personal-data field' beside core-users' data class User(val email: Email,
    val name: String); datagora-erasme/pagesVertes: n/a 'No database schema or model read' though static/geojson/data.json
    publishes the actors' names and e-mail addresses. A layer of trees (species, height) holds none."""
    user = ("package fr.formulaide\n\n/**\n * A user of the service.\n */\ndata class User(\n\t/** The email address of this user. */\n"
            "\tval email: Email,\n\t/** The name of this user. */\n\tval name: String,\n\tval active: Boolean,\n)\n")
    r = _one(tmp_path, {"README.md": "# Formulaide\n", "core/core-users/src/commonMain/kotlin/User.kt": user}, "scaling.personal-data")
    assert r["status"] == "warn" and "email" in str(r["evidence"]), r["message"]
    layer = ('{"type": "FeatureCollection", "features": [{"type": "Feature", "geometry": {"type": "Point", "coordinates": [4.84, 45.75]}, '
             '"properties": {"Nom de l\'acteur": "Agnès D., paysage", "Email": "agnes.d@wanadoo.fr", "Adresse": "7 Rue B, 69007 Lyon"}}]}')
    r = _one(tmp_path, {"README.md": "# Pages vertes\n", "main.py": "import flask\n", "static/geojson/data.json": layer}, "scaling.personal-data", "g")
    assert r["status"] == "warn" and "Email" in str(r["evidence"]), r["message"]
    trees = layer.replace('"Nom de l\'acteur": "Agnès D., paysage", "Email": "agnes.d@wanadoo.fr", "Adresse": "7 Rue B, 69007 Lyon"',
                          '"espece": "Platanus", "hauteur": 12')
    # a layer without people's fields is no schema nor model: the check stays not applicable (and data-standards sees no data model)
    assert _one(tmp_path, {"README.md": "# Arbres\n", "static/geojson/data.json": trees}, "scaling.personal-data", "t")["status"] == "not_applicable"


def test_territory_neutral_says_where_values_outside_the_code_were_seen_never_that_docs_hold_none(tmp_path):
    """georchestra-doc: territory-neutral passed '0 in configuration, data, tests or docs' while addons.rst lists the INSEE codes
    38544 (Vienne) and 38487 (Seyssuel): documentation is not searched for INSEE codes, so the count cannot speak for it."""
    files = {"README.md": "# Doc\n", "addons.rst": 'Exemple::\n\n  {"type":"Feature","properties":{"nom":"VIENNE","insee":"38544"}}\n',
             "conf.py": "project = 'geOrchestra'\n"}
    r = _one(tmp_path, files, "reusability.territory-neutral")
    assert r["status"] == "pass" and r["message"]["en"] == "No territory-specific value in the code.", r["message"]
    conf = {**files, "config/app.yml": "map:\n  code_insee: '38544'\n"}
    r = _one(tmp_path, conf, "reusability.territory-neutral", "c")
    assert r["message"]["en"] == "No territory-specific value in the code; outside it, which is fine: 1 in configuration.", r["message"]


def test_a_message_sending_people_to_the_authoritys_site_is_a_territory_value(tmp_path):
    """departement-loire-atlantique/jZelli: territory-neutral passed though the plugin's alert mails (languages/fr.prop) send people
    to https://zelli.loire-atlantique.fr/questions: a second territory must change the message. A link to a national service in the
    same file is not one territory's."""
    prop = ("jcmsplugin.zelli.mail.alert.body: Bonjour,\\n\\\n\tSi tu veux poser une nouvelle question, retourne sur Zelli "
            "(https://zelli.loire-atlantique.fr/questions).\njcmsplugin.zelli.mail.help: Aide : https://www.service-public.fr\n")
    files = {"README.md": "# Zelli\n", "WEB-INF/plugins/ZelliPlugin/properties/languages/fr.prop": prop,
             "WEB-INF/classes/fr/digiwin/module/zelli/Api.java": "package fr.digiwin.module.zelli;\nclass Api {}\n"}
    r = _one(tmp_path, files, "reusability.territory-neutral")
    assert r["status"] == "warn" and [e["path"] for e in r["evidence"] if e["kind"] == "finding"] == [
        "WEB-INF/plugins/ZelliPlugin/properties/languages/fr.prop"], r["evidence"]
    assert r["message"]["en"] == "1 territory-specific value(s) hard-coded in 1 code or message file(s).", r["message"]
    national = {**files, "WEB-INF/plugins/ZelliPlugin/properties/languages/fr.prop": prop.replace("zelli.loire-atlantique.fr", "www.service-public.fr")}
    assert _one(tmp_path, national, "reusability.territory-neutral", "n")["status"] == "pass"


def test_a_gdal_loader_into_postgis_names_no_format_of_its_own(tmp_path):
    """georchestra/vrt-bot: vrt.sh runs ogr2ogr on every .vrt it is given into the PostGIS of its compose file: the formats are the
    data's, at run time. Inconclusive, naming the tools (was fail 3 'GeoJSON no, OGC no' once ogr2ogr counted as a library)."""
    files = {"README.md": "# vrt-bot\n", "vrt.sh": "#!/bin/sh\nfor f in /vrts/*.vrt; do\n  ogr2ogr -f PostgreSQL PG:\"$PG\" \"$f\"\ndone\n",
             "docker-compose.yaml": "services:\n  db:\n    image: postgis/postgis:15-3.4\n  bot:\n    build: .\n"}
    r = _one(tmp_path, files, "interoperability.geo")
    assert r["status"] == "inconclusive" and "ogr2ogr" in r["message"]["en"], r["message"]


def test_npm_engines_name_node_versions_not_target_browsers(tmp_path):
    """s10 reads (a département's React dataviz, a région's AngularJS viewer): accessibility-and-ecodesign listed 'browser
    targets' as present from package.json's "engines": {"node": ">=8"}, the Node version of the build. Only browserslist
    (in package.json or .browserslistrc) declares the browsers a front end targets."""
    files = {"README.md": "# Viewer\n", "package.json": '{"name": "viewer", "engines": {"node": ">=0.10.0"}, "devDependencies": {"gulp": "^3.9.0"}}',
             "src/app.js": "angular.module('viewer', []);\n",
             "index.html": "<!DOCTYPE html><html lang=\"fr\"><body ng-app=\"viewer\"></body></html>\n"}
    r = _one(tmp_path, files, "interoperability.accessibility-and-ecodesign")
    assert "browser targets" in str(r["message"]["en"]).split("missing")[-1], r["message"]
    assert not any(e.get("path") == "package.json" and "browser" in str(e.get("value")) for e in r["evidence"]), r["evidence"]


def test_django_tests_modules_are_tests_and_a_front_ends_feature_slices_are_code(tmp_path):
    """s10 reads: a communauté de communes' Django apps keep their tests in tests_dashboard.py (Django runs test*.py), which
    were read as code (their fixture passwords as secrets, their town names as territory values); a React console's
    src/features/ (Redux feature slices: LoginScreen.tsx, authSlice.ts) was counted as 86 test files (Cucumber's features/)."""
    files = {"README.md": "# Console\n", "package.json": '{"name": "web", "dependencies": {"react": "^18.2.0"}}',
             "src/features/auth/LoginScreen.tsx": "export function LoginScreen() { return <form/>; }\n",
             "src/features/auth/authSlice.ts": "export const authSlice = 1;\n",
             "src/features/auth/authSlice.test.ts": "test('a', () => { expect(1).toBe(1); });\n",
             "dashboard/views.py": "def index(request):\n    return None\n",
             "dashboard/tests_dashboard.py": "from django.test import TestCase\n\n\nclass T(TestCase):\n    def test_a(self):\n        self.assertTrue(True)\n"}
    r = _one(tmp_path, files, "reusability.tests-and-ci")
    tests = {e.get("path") for e in r["evidence"] if e.get("value") == "test"}
    assert tests == {"dashboard/tests_dashboard.py", "src/features/auth/authSlice.test.ts"}, r["evidence"]
    assert "2 test file(s) for 3 source file(s)" in r["message"]["en"], r["message"]
