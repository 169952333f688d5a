"""Programs drawn in a tool's editor (Talend jobs, FME workspaces, QGIS processing models…) are code this auditor cannot
measure: tests, complexity and comments are *inconclusive — not measured*, never *not applicable* "no source code"
(departement-loire-atlantique/Rappels-SMS-RDV-PMI-Horus, session 5, issue 12)."""

from __future__ import annotations

from tests.test_host_kinds import kind_and_results

CHECKS = ["reusability.tests-and-ci", "reusability.maintainability", "documentation.code-comments"]
TALEND_JOB = ('<?xml version="1.0" encoding="UTF-8"?>\n<talendfile:ProcessType xmi:version="2.0" jobType="Standard">\n'
              '  <node componentName="tDBInput" componentVersion="0.102"/>\n  <node componentName="tRESTClient"/>\n'
              '</talendfile:ProcessType>\n')

# A Talend Studio project exported as is: talend.project, its jobs under process/ (<job>_<version>.item beside its .properties
# and .screenshot), context variables and connections (also .item files, which are no jobs), and a README on the job's purpose.
TALEND = {
    "README.md": "# SMS_RDV_PMI\n\n## Contexte\n\nLe programme Talend _SMS_RDV_PMI_ envoie des rappels de rendez-vous aux familles "
                 "afin d'augmenter la proportion de rendez-vous honorés.\n",
    "talend.project": '<?xml version="1.0" encoding="UTF-8"?>\n<xmi:XMI xmi:version="2.0"><TalendProperties:Project label="SMS_RDV_PMI" '
                      'language="java"/></xmi:XMI>\n',
    "process/Rappels_RDV_PMI_0.1.item": TALEND_JOB,
    "process/Rappels_RDV_PMI_0.1.properties": '<?xml version="1.0"?>\n<xmi:XMI><TalendProperties:Property label="Rappels_RDV_PMI"/></xmi:XMI>\n',
    "process/Rappels_RDV_PMI_0.1.screenshot": "<screenshot/>\n",
    "process/outils/Test_0.1.item": TALEND_JOB,
    "context/CommunScript_0.1.item": '<?xml version="1.0"?>\n<talendfile:ContextType name="Default"/>\n',
    "metadata/connections/HORUS_CNX_0.1.item": '<?xml version="1.0"?>\n<TalendProperties:DatabaseConnection/>\n',
    ".settings/project.settings": "<settings/>\n",
}


def test_a_talend_project_is_code_not_measured_rather_than_no_code(tmp_path):
    """The three checks said 'no source code to test', 'no measurable source code', 'no Python… file to analyse': not applicable,
    as if the repository held no program, while its two jobs are the whole program."""
    _, r = kind_and_results(tmp_path, TALEND, CHECKS)
    for cid in CHECKS:
        assert r[cid]["status"] == "inconclusive", (cid, r[cid])
        assert "Talend job" in r[cid]["message"]["en"], (cid, r[cid]["message"])
    assert "(2)" in r["reusability.tests-and-ci"]["message"]["en"]  # the jobs, not the context and connection items


def test_fme_workspaces_and_qgis_models_are_code_not_measured(tmp_path):
    """The same for a kit of FME workspaces and QGIS processing models beside a README."""
    files = {"README.md": "# Traitements cadastre\n\nChaînes de traitement FME et modèles QGIS du SIG départemental.\n",
             "fme/import_cadastre.fmw": "#! <?xml version=\"1.0\" encoding=\"UTF-8\" ?>\n#! <WORKSPACE FME_BUILD_NUM=\"21326\">\n",
             "fme/export_plu.fmw": "#! <?xml version=\"1.0\" encoding=\"UTF-8\" ?>\n#! <WORKSPACE FME_BUILD_NUM=\"21326\">\n",
             "modeles/zones_tampon.model3": "<!DOCTYPE model>\n<Option type=\"Map\"><Option name=\"model_name\" value=\"tampons\" type=\"QString\"/></Option>\n"}
    _, r = kind_and_results(tmp_path, files, CHECKS)
    for cid in CHECKS:
        assert r[cid]["status"] == "inconclusive", (cid, r[cid])
    assert "FME workspace (2)" in r["reusability.tests-and-ci"]["message"]["en"]
    assert "QGIS model (1)" in r["reusability.maintainability"]["message"]["en"]


def test_a_python_project_with_a_few_models_is_still_judged_on_its_python(tmp_path):
    """The tool's jobs do not hide the code beside them: a tested Python package with one processing model is scored."""
    files = {"README.md": "# Outils\n\nScripts de traitement des données du syndicat.\n",
             "outils/__init__.py": "", "outils/calcul.py": "def surface(a, b):\n    return a * b\n",
             "outils/lecture.py": "def lire(chemin):\n    with open(chemin) as f:\n        return f.read()\n",
             "tests/test_calcul.py": "from outils.calcul import surface\n\n\ndef test_surface():\n    assert surface(2, 3) == 6\n",
             "modeles/tampons.model3": "<!DOCTYPE model>\n<Option type=\"Map\"/>\n"}
    _, r = kind_and_results(tmp_path, files, CHECKS)
    assert r["reusability.tests-and-ci"]["status"] not in ("inconclusive", "not_applicable"), r["reusability.tests-and-ci"]
    assert "3 source file(s)" in r["reusability.tests-and-ci"]["message"]["en"]
    assert r["reusability.maintainability"]["status"] == "pass", r["reusability.maintainability"]


# geo2france/vrt: GDAL virtual datasets that the region's bot loads into PostGIS, each a source, its SQL and its filters
# (session 6: tests, complexity and comments said "no source code" of 31 such files)
VRT = ('<OGRVRTDataSource>\n  <OGRVRTLayer name="{name}">\n    <SrcDataSource>/vsicurl/https://www.data.gouv.fr/fr/datasets/r/{name}</SrcDataSource>\n'
       "    <SrcSQL dialect=\"sqlite\">SELECT * from {name} where dep in ('80','60','02','59','62')</SrcSQL>\n"
       '    <GeometryType>wkbPolygon</GeometryType>\n    <LayerSRS>EPSG:2154</LayerSRS>\n  </OGRVRTLayer>\n</OGRVRTDataSource>\n')
VRT_KIT = {"README.md": "# vrt\n\nListe des fichiers VRT en prod sur Géo2France.\n\n## Utilisation des fichiers vrt\n\n"
                        "Les fichiers sont lus par vrt-bot qui les charge dans PostGIS.\n",
           **{f"{name}.vrt": VRT.format(name=name) for name in ("cartofriche", "dora", "irve")}}


def test_gdal_virtual_datasets_are_code_not_measured_and_their_territory_filters_are_read(tmp_path):
    _, r = kind_and_results(tmp_path, VRT_KIT, CHECKS + ["reusability.territory-neutral"])
    for cid in CHECKS:
        assert r[cid]["status"] == "inconclusive", (cid, r[cid])
        assert "GDAL virtual dataset" in r[cid]["message"]["en"], (cid, r[cid]["message"])
    tn = r["reusability.territory-neutral"]
    assert tn["status"] != "pass" and "dep in ('80'" in str(tn["evidence"]), tn


def test_a_sql_filter_on_a_column_named_like_a_departement_is_only_taken_with_a_code(tmp_path):
    """`Department in ('80', …)` keeps one region; `depth = 10` or `dependance IN ('01', '02')` keep none (a filter on
    one region's name, `region = 'Bretagne'`, is one of its own: 369b407)."""
    sql = ("CREATE VIEW v AS SELECT * FROM t WHERE depth = '10' AND dependance IN ('01', '02') AND region = 'Bretagne';\n"
           "CREATE VIEW w AS SELECT * FROM \"dora\" WHERE Department in ('80','62','59','60','02');\n")
    _, r = kind_and_results(tmp_path, {"README.md": "# Modèle\n\nVues du modèle de données.\n", "vues.sql": sql},
                            ["reusability.territory-neutral"])
    tn = r["reusability.territory-neutral"]
    found = [str(e.get("value")) for e in tn["evidence"] if e.get("path") == "vues.sql"]
    assert any("Department" in v for v in found) and not any("depth" in v or "dependance" in v or "'01'" in v for v in found), found
    assert {v for v in found if "Department" not in v} <= {"Bretagne"}, found


# departement-loire-atlantique/api: the description of the Département's APIs (openapi.json), its Swagger UI site and a JMeter plan
SWAGGER_PAGE = ('<!DOCTYPE html>\n<html><head><title>APIs - Département</title><link href="css/swagger-ui.css" rel="stylesheet"></head>\n'
                '<body><div id="swagger-ui-container"></div>\n<script src="https://unpkg.com/swagger-ui-dist@3/swagger-ui-bundle.js"></script>\n'
                '<script>window.onload = function() { const ui = SwaggerUIBundle({url: "openapi.json", dom_id: "#swagger-ui-container"}); }'
                '</script>\n</body></html>\n')
OPENAPI = ('{"openapi": "3.0.0", "info": {"title": "Liste des API publiques", "version": "1.0"}, "servers": [{"url": "/opendata/1.0"}],\n'
           ' "paths": {"/city": {"get": {"summary": "Communes", "responses": {"200": {"description": "OK"}}}},\n'
           '           "/event/{eventId}": {"get": {"parameters": [{"name": "eventId", "in": "path", "required": true, "schema": {"type": "string"}}],'
           ' "responses": {"200": {"description": "OK"}}}}}}\n')
API_SITE = {"README.md": "# api\n\nCe projet décrit des API publiées par le département.\n\nIl contient :\n* une description des API au format "
                         "OpenApi v3 (fichier openapi.json)\n* un site de documentation (basé sur swagger-ui)\n",
            "index.html": SWAGGER_PAGE, "openapi.json": OPENAPI, "css/swagger-ui.css": ".swagger-ui { color: #333; }\n",
            "jmeter/api-la-fr.jmx": '<?xml version="1.0"?>\n<jmeterTestPlan version="1.2"/>\n'}


def test_a_repository_publishing_an_api_description_is_judged_on_it_and_its_site_is_documentation(tmp_path):
    """api-spec said 'not applicable to a static site' of a repository whose content is the API's description, and
    documentation.docs 'missing: documentation site' of its Swagger UI site."""
    _, r = kind_and_results(tmp_path, API_SITE, ["interoperability.api-spec", "documentation.docs"])
    assert r["interoperability.api-spec"]["status"] == "pass", r["interoperability.api-spec"]
    assert "2 operations" in r["interoperability.api-spec"]["message"]["en"], r["interoperability.api-spec"]["message"]
    missing = [e.get("value") for e in r["documentation.docs"]["evidence"] if e.get("kind") == "missing"]
    assert "site" not in missing and "folder" in missing, r["documentation.docs"]["evidence"]


def test_a_static_site_publishing_no_api_description_is_still_not_judged_on_one(tmp_path):
    files = {"README.md": "# carte\n\nCarte des équipements.\n", "index.html": "<html><body><div id='map'></div></body></html>\n"}
    _, r = kind_and_results(tmp_path, files, ["interoperability.api-spec", "documentation.docs"])
    assert r["interoperability.api-spec"]["status"] == "not_applicable", r["interoperability.api-spec"]
    assert "publishing no machine-readable API description" in r["interoperability.api-spec"]["message"]["en"]
    assert "site" in [e.get("value") for e in r["documentation.docs"]["evidence"] if e.get("kind") == "missing"]
