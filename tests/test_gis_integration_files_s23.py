"""Verdicts found wrong on GIS and data-integration repositories of a métropole and a regional platform (session 23, reader m3:
a repository of geOrchestra add-ons each in its folder, a repository of FME workspaces). Each on a git fixture shaped like the
real case, with the neighbouring right case beside it."""

from __future__ import annotations

from tests.gitrepo import make_repo
from tests.test_project_kind import run
from tests.test_reusability_fixtures import results

CHECKS = ["reusability.configuration", "reusability.dependencies", "interoperability.accessibility-and-ecodesign"]


def audit(tmp_path, files, only=None, name="r"):
    repo = make_repo(tmp_path / name, [{"files": files, "date": "2025-03-02T10:00:00Z"}])
    report = run(repo, tmp_path / (name + "-c"), only=only, sponsor="local-authority")
    return report["facts"]["project"], results(report)


ADDON_MAIN = """Ext.namespace("GEOR.Addons");

GEOR.Addons.Fader = Ext.extend(GEOR.Addons.Base, {
    init: function (record) {
        this.layers = this.options.layers;
        this.slider = new GeoExt.LayerOpacitySlider({width: 200});
    }
});
"""

ADDONS = {
    "README.md": "Add-ons\n=======\n\nAdd-ons for our viewer.\n",
    "fader/manifest.json": '{\n  "js": ["js/Fader.js", "js/main.js"],\n  "css": ["css/fader.css"],\n  "default_options": {},\n'
                           '  "i18n": {"en": {}, "fr": {}}\n}\n',
    "fader/js/Fader.js": "GEOR.Addons.FaderWidget = function (map) {\n    this.map = map;\n};\n",
    "fader/js/main.js": ADDON_MAIN,
    "fader/css/fader.css": ".fader { width: 200px; }\n",
    "fader/README.md": "Fader\n=====\n\nConfiguration:\n\n    \"options\": {\"layers\": [{\"url\": \"https://example.org/wms\", \"name\": \"ortho\"}]}\n",
}


def test_an_addon_in_its_folder_is_a_mapfishapp_addon(tmp_path):
    """cigalsace/mapfishapp-addons: the add-on's manifest.json one folder down was not read; the project stayed an undecided
    "library" of source code and configuration, dependencies, accessibility judged it as stand-alone software."""
    proj, res = audit(tmp_path, ADDONS, CHECKS)
    assert proj["kind"] == "library" and proj["kind_decided"], proj
    assert proj["kind_evidence"][0] == {"path": "fader/manifest.json", "reason": "plugin of geOrchestra mapfishapp"}
    assert res["reusability.configuration"]["status"] == "pass", res["reusability.configuration"]["message"]
    assert "fader/manifest.json" in res["reusability.configuration"]["message"]["en"]
    assert res["reusability.dependencies"]["status"] == "not_applicable"
    assert res["interoperability.accessibility-and-ecodesign"]["status"] == "not_applicable"


def test_a_web_app_manifest_in_a_folder_is_no_addon(tmp_path):
    """The neighbour: a web page's manifest.json (name, icons, start_url) in its folder is no add-on record."""
    files = {k: v for k, v in ADDONS.items() if k != "fader/manifest.json"}
    files["fader/manifest.json"] = '{\n  "name": "Fader",\n  "start_url": "index.html",\n  "icons": [{"src": "icon.png"}]\n}\n'
    proj, res = audit(tmp_path, files, CHECKS)
    assert not any(str(e.get("reason")).startswith("plugin of") for e in proj["kind_evidence"]), proj
    assert res["reusability.configuration"]["status"] != "pass"


def fme_workspace(name: str, params: dict[str, str], body: str = "") -> str:
    """An FME workspace's text: the command line FME writes at its head, its published parameters, its drawing."""
    lines = ['#! <?xml version="1.0" encoding="UTF-8" ?>', "#! <WORKSPACE", "#    Command-line to run this workspace:",
             f'#        "C:\\Program Files\\FME\\fme.exe" D:\\chaines\\{name}.fmw']
    lines += [f'#              --{k} "{v}"' for k, v in params.items()] + ["#    ", '#!   FME_BUILD_NUM="20817"', "#! >"]
    if params:
        lines.append("#! <GLOBAL_PARAMETERS>")
        for k, v in params.items():
            lines += ["#! <GLOBAL_PARAMETER", f'#!   GUI_LINE="GUI OPTIONAL TEXT {k} {k}:"', f'#!   DEFAULT_VALUE="{v}"', "#! />"]
        lines.append("#! </GLOBAL_PARAMETERS>")
    lines += ["#! </WORKSPACE>", body] + [f"DEFAULT_MACRO {k} {v}" for k, v in params.items()]
    return "\n".join(lines) + "\n"


FME = {
    "CAO/conversion_dwg_gpkg.fmw": fme_workspace("conversion_dwg_gpkg", {"SRC_CRS": "EPSG:2154", "DEST_CRS": "EPSG:4326"}),
    "RECOLEMENT/integration_plans.fmw": fme_workspace("integration_plans", {"DOSSIER": "", "MOT_DE_PASSE_BASE": ""}),
    "RECOLEMENT/fiche_traitement.md": "# Fiche : intégration des plans\n\nLa chaîne lit les plans DWG et les écrit dans la base.\n",
}
FME_CHECKS = ["reusability.configuration", "reusability.dependencies", "reusability.install"]


def test_fme_workspaces_are_a_data_integration_job(tmp_path):
    """meldig/Workbench: nine FME workspaces gave "documents only" (a data specification), configuration a written "address or
    key", dependencies "no manifest", install "no way to run the service"."""
    proj, res = audit(tmp_path, FME, FME_CHECKS)
    assert proj["kind"] == "cli-tool" and proj["kind_decided"], proj
    assert {e["reason"] for e in proj["kind_evidence"]} == {"FME data-integration workspace"}
    conf = res["reusability.configuration"]
    assert conf["status"] == "pass" and "FME" in conf["message"]["en"], conf["message"]
    assert not any("address or key" in str(e.get("note")) for e in conf["evidence"])
    assert res["reusability.dependencies"]["status"] == "not_applicable", res["reusability.dependencies"]["message"]
    inst = res["reusability.install"]
    assert inst["status"] == "warn" and "FME workspaces (2)" in inst["message"]["en"], inst["message"]
    assert "service" not in inst["message"]["en"] and "service" not in inst["message"]["fr"]


def test_fme_workspace_without_parameters_and_one_beside_python_code(tmp_path):
    """The neighbours: a workspace publishing no parameter declares no setting (configuration does not pass on it); one workspace
    beside a Python package's modules does not make the package an FME job."""
    bare = {"chaines/fusion.fmw": fme_workspace("fusion", {}), "chaines/fiche.md": "# Fusion\n\nFusionne les polygones.\n"}
    proj, res = audit(tmp_path, bare, ["reusability.configuration"])
    assert proj["kind"] == "cli-tool" and res["reusability.configuration"]["status"] != "pass", res["reusability.configuration"]
    code = {"pkg/__init__.py": "", "pkg/a.py": "def a():\n    return 1\n", "pkg/b.py": "def b():\n    return 2\n",
            "setup.py": "from setuptools import setup\nsetup(name='pkg', packages=['pkg'])\n",
            "extras/export.fmw": fme_workspace("export", {"OUT": "x"})}
    proj, _ = audit(tmp_path, code, ["reusability.configuration"], name="p")
    assert not any(e["reason"] == "FME data-integration workspace" for e in proj["kind_evidence"]), proj


def pom(*starters: str) -> str:
    deps = "".join(f"    <dependency>\n      <groupId>org.springframework.boot</groupId>\n      <artifactId>{a}</artifactId>\n    </dependency>\n"
                   for a in starters)
    return ('<?xml version="1.0"?>\n<project>\n  <modelVersion>4.0.0</modelVersion>\n  <parent>\n    <groupId>org.springframework.boot</groupId>\n'
            '    <artifactId>spring-boot-starter-parent</artifactId>\n    <version>4.0.1</version>\n  </parent>\n  <groupId>fr.exemple</groupId>\n'
            f'  <artifactId>referentiel</artifactId>\n  <version>1.0.0</version>\n  <dependencies>\n{deps}  </dependencies>\n</project>\n')


BOOT_APP = {
    "src/main/java/fr/exemple/App.java": "package fr.exemple;\n\n@SpringBootApplication\npublic class App {\n    public static void main(String[] a) "
                                         "{\n        SpringApplication.run(App.class, a);\n    }\n}\n",
    "src/main/java/fr/exemple/Repo.java": "package fr.exemple;\n\npublic interface Repo extends JpaRepository<Object, Long> {\n}\n",
}


def test_spring_boot_4_webmvc_starter_serves_requests(tmp_path):
    """InseeFr/Compas-API: Spring Boot 4's spring-boot-starter-webmvc (the renamed web starter) was no web starter: the API was
    called a library. The neighbour: the same application with the data starter only stays no server."""
    proj, _ = audit(tmp_path, {**BOOT_APP, "pom.xml": pom("spring-boot-starter-webmvc", "spring-boot-starter-data-jpa")}, ["reusability.install"])
    assert proj["kind"] == "api-service", proj
    proj, _ = audit(tmp_path, {**BOOT_APP, "pom.xml": pom("spring-boot-starter-data-jpa")}, ["reusability.install"], name="b")
    assert proj["kind"] != "api-service", proj


ORACLE_TABLE = """-- Création de la table des sites
CREATE TABLE G_DEMO.TA_SITE(
    "OBJECTID" NUMBER(38,0),
    "NOM" VARCHAR2(200),
    "GEOM" MDSYS.SDO_GEOMETRY
);
COMMENT ON TABLE G_DEMO.TA_SITE IS 'Sites des études.';
COMMENT ON COLUMN G_DEMO.TA_SITE.NOM IS 'Nom du site.';

INSERT INTO USER_SDO_GEOM_METADATA(TABLE_NAME, COLUMN_NAME, DIMINFO, SRID)
VALUES(
    'TA_SITE',
    'GEOM',
    SDO_DIM_ARRAY(SDO_DIM_ELEMENT('X', 100000, 200000, 0.005), SDO_DIM_ELEMENT('Y', 6000000, 6100000, 0.005)),
    2154
);
CREATE INDEX TA_SITE_SIDX ON G_DEMO.TA_SITE(GEOM) INDEXTYPE IS MDSYS.SPATIAL_INDEX;
"""
ORACLE_FILL = """INSERT INTO G_DEMO.TA_SITE(OBJECTID, NOM, GEOM)
SELECT 1, 'site', MDSYS.SDO_GEOMETRY(2001, 2154, MDSYS.SDO_POINT_TYPE(150000.5, 6050000.5, NULL), NULL, NULL) FROM DUAL;
"""


def test_oracle_spatial_geometries_are_geographic_data(tmp_path):
    """meldig/base_geotech: an Oracle Spatial schema (SDO_GEOMETRY columns, their metadata, geometries built in SRID 2154) was
    "no map nor geographic data": geo now judges it, the legal reference system read, no open map library asked of a data model."""
    files = {"README.md": "# Base des sites\n", "ddl/tables/ta_site.sql": ORACLE_TABLE, "ddl/remplissage/ta_site.sql": ORACLE_FILL}
    _, res = audit(tmp_path, files, ["interoperability.geo"])
    geo = res["interoperability.geo"]
    assert geo["status"] in ("warn", "pass") and geo["details"]["legal_crs"], geo["message"]
    assert "Open libraries: not needed (no map)" in geo["message"]["en"], geo["message"]
    assert any("Oracle Spatial" in str(e.get("value")) for e in geo["evidence"])
    plain = {"README.md": "# Base des sites\n", "ddl/tables/ta_site.sql": ORACLE_TABLE.replace('MDSYS.SDO_GEOMETRY', 'VARCHAR2(50)')
             .split("INSERT INTO USER_SDO")[0]}
    _, res = audit(tmp_path, plain, ["interoperability.geo"], name="p")
    assert res["interoperability.geo"]["status"] == "not_applicable", res["interoperability.geo"]["message"]


ORACLE_FUNCTION = """create or replace FUNCTION GET_COMMUNE(v_geometry SDO_GEOMETRY) RETURN CHAR
    DETERMINISTIC
    As
    v_code CHAR(8);
    BEGIN
        SELECT
            TRIM(b.code_insee)
            INTO v_code
        FROM
            G_REFERENTIEL.MEL_COMMUNE b
        WHERE
            SDO_RELATE(v_geometry, b.geom, 'mask=INSIDE')='TRUE';
        RETURN v_code;
    END GET_COMMUNE;
"""


def test_an_authoritys_acronym_table_and_its_oracle_extent_are_territory_values(tmp_path):
    """meldig/base_geotech: G_REFERENTIEL.MEL_COMMUNE (the MEL's own communes, on the line after FROM) and the layer's extent in
    its Oracle metadata (SDO_DIM_ELEMENT('X', …), Lille's Lambert-93 bounds) passed as "no territory-specific value". The
    neighbours: a generic table name and a France-wide extent stay unremarked."""
    local = ORACLE_TABLE.replace("100000, 200000", "684000, 720000").replace("6000000, 6100000", "7044000, 7078000")
    files = {"README.md": "# Base des sites\n", "ddl/tables/ta_site.sql": local, "ddl/fonctions/get_commune.sql": ORACLE_FUNCTION}
    _, res = audit(tmp_path, files, ["reusability.territory-neutral"])
    r = res["reusability.territory-neutral"]
    assert r["status"] == "warn", r["message"]
    values = {(e["path"], str(e["value"])) for e in r["evidence"] if e.get("kind") == "finding"}
    assert ("ddl/fonctions/get_commune.sql", "G_REFERENTIEL.MEL_COMMUNE") in values, values
    assert any(p == "ddl/tables/ta_site.sql" and v.startswith("SDO_DIM_ELEMENT") for p, v in values), values
    national = ORACLE_TABLE.replace("100000, 200000", "100000, 1250000").replace("6000000, 6100000", "6040000, 7120000")
    generic = {"README.md": "# Base des sites\n", "ddl/tables/ta_site.sql": national,
               "ddl/fonctions/get_commune.sql": ORACLE_FUNCTION.replace("MEL_COMMUNE", "REF_COMMUNE")}
    _, res = audit(tmp_path, generic, ["reusability.territory-neutral"], name="g")
    assert res["reusability.territory-neutral"]["status"] == "pass", res["reusability.territory-neutral"]["evidence"]
