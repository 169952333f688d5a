"""Two regressions of session 32 (issue 12, session 33 fixer e33), each on a git fixture shaped like the real case.

- 3liz/lizmap-gobsapi-module (an API service since s32): interoperability.public-building-blocks failed "building blocks used: none",
  its evidence Observation.class.php's ST_Intersects(ST_GeomFromText($1), ST_GeomFromText($2)) "Address, place, map or organisation
  identifier handled here" — a test of an observation's geometry against the observatory's own polygon (and Project.class.php's
  CAST(ST_Union(geom) AS geometry(MULTIPOLYGON, 4326))). PostGIS computations alone handle no address, commune, SIRET nor base map:
  not applicable, with that reason; the same service also calling a base map or handling communes is still judged.
- The same module's reusability.dependencies warned "3 manifest(s) declaring no dependency (composer.json, requirements-doc.txt,
  tests/api_tests/requirements/tests.txt); update tool: none": composer.json's "require": {} and the documentation's and tests'
  tool requirements: no runtime dependency, nothing to update (florentrenov/observatoire-renovation-auvergne: a package.json with no
  dependency warned while maintenance.dependency-updates said "nothing to update"). Not applicable, as that check says; a manifest
  declaring a runtime dependency, or Python code importing a package no manifest declares, keeps the old verdicts."""

from __future__ import annotations

from tests.test_jelix_modules_s32h32 import API_MODULE
from tests.test_local_authority_verdicts import judge

OBSERVATION = ("<?php\nclass Observation\n{\n    public function checkWktIntersectsPolygonWkt($observation_wkt, $polygon_wkt)\n    {\n"
               "        $sql = \"\n            SELECT\n                (CASE\n                    WHEN ST_Intersects(\n"
               "                        ST_SetSRID(ST_GeomFromText($1), 4326),\n                        ST_SetSRID(ST_GeomFromText($2), 4326)\n"
               "                    ) THEN 'yes'\n                    ELSE 'no'\n                END)::text AS test\n        \";\n"
               "        $cnx = jDb::getConnection('obsapi');\n        $resultset = $cnx->prepare($sql);\n"
               "        $resultset->execute(array($observation_wkt, $polygon_wkt));\n\n        return $resultset->fetch();\n    }\n}\n")
PROJECT = ("<?php\nclass Project\n{\n    public function views($cnx)\n    {\n        $sql = \"SELECT fk_id_project,\n"
           "            CAST( ST_multi(ST_Union(geom)) AS geometry(MULTIPOLYGON, 4326) ) AS geom,\n            ST_AsText(geom, 8) AS wkt\n"
           "            FROM obs.project_view GROUP BY fk_id_project\";\n\n        return $cnx->query($sql);\n    }\n}\n")
MODULE = {**API_MODULE, "obsapi/classes/Observation.class.php": OBSERVATION, "obsapi/classes/Project.class.php": PROJECT,
          "composer.json": '{\n    "name": "acme/obsapi-module",\n    "type": "lizmap-module",\n    "license": "MPL-2.0",\n    "require": {}\n}\n',
          "requirements-doc.txt": "mkdocs-material==9.5.3\n",
          "tests/api_tests/requirements/tests.txt": "requests==2.31.0\npytest==7.4.0\n"}
BLOCKS = "interoperability.public-building-blocks"


def test_postgis_computations_alone_need_no_public_building_block(tmp_path):
    report, res = judge(tmp_path, MODULE, [BLOCKS, "reusability.dependencies"])
    assert report["facts"]["project"]["kind"] == "api-service"
    r = res[BLOCKS]
    assert r["status"] == "not_applicable", r["message"]
    assert "PostGIS" in r["message"]["en"] and "Observation.class.php" in r["message"]["en"], r["message"]


def test_a_service_handling_communes_beside_its_postgis_stays_judged(tmp_path):
    communes = ("<?php\nclass Commune\n{\n    public function byInsee($cnx, $code_insee)\n    {\n"
                "        return $cnx->query(\"SELECT nom_commune, code_insee, siren_epci FROM ref.commune WHERE code_insee = \" . $code_insee);\n"
                "    }\n}\n")
    _, res = judge(tmp_path, {**MODULE, "obsapi/classes/Commune.class.php": communes}, [BLOCKS], name="communes")
    assert res[BLOCKS]["status"] not in ("not_applicable", "pass"), res[BLOCKS]["message"]


def test_manifests_without_runtime_dependency_have_nothing_to_update(tmp_path):
    _, res = judge(tmp_path, MODULE, ["reusability.dependencies"], name="deps")
    r = res["reusability.dependencies"]
    assert r["status"] == "not_applicable", r["message"]
    assert "composer.json: no dependency declared" in r["message"]["en"] and "development tools only" in r["message"]["en"], r["message"]


def test_a_package_json_without_dependency_agrees_with_dependency_updates(tmp_path):
    files = {"README.md": "# Observatoire\n\nSite de l'observatoire de la rénovation.\n",
             "package.json": '{\n  "name": "observatoire",\n  "version": "1.0.0",\n  "private": true\n}\n',
             "package-lock.json": '{\n  "name": "observatoire",\n  "lockfileVersion": 3,\n  "packages": {}\n}\n',
             "components/Cards.tsx": "export default function Cards(props: {n: number}) {\n  return <div className=\"cards\">{props.n}</div>\n}\n",
             "components/Hero.tsx": "export default function Hero() {\n  return <section className=\"hero\">Observatoire</section>\n}\n"}
    _, res = judge(tmp_path, files, ["reusability.dependencies", "maintenance.dependency-updates"], name="npm")
    assert res["reusability.dependencies"]["status"] == "not_applicable", res["reusability.dependencies"]["message"]
    assert res["maintenance.dependency-updates"]["status"] == "not_applicable", res["maintenance.dependency-updates"]["message"]


def test_a_runtime_dependency_or_an_undeclared_import_keeps_the_judgement(tmp_path):
    declared = {**MODULE, "composer.json": MODULE["composer.json"].replace('"require": {}', '"require": {"guzzlehttp/guzzle": "^7.8"}')}
    _, res = judge(tmp_path, declared, ["reusability.dependencies"], name="declared")
    assert res["reusability.dependencies"]["status"] in ("warn", "fail"), res["reusability.dependencies"]["message"]
    imported = {**MODULE, "scripts/export.py": "import requests\nimport pandas as pd\n\nprint(pd.DataFrame(requests.get('https://x').json()))\n"}
    _, res = judge(tmp_path, imported, ["reusability.dependencies"], name="imported")
    assert res["reusability.dependencies"]["status"] in ("warn", "fail"), res["reusability.dependencies"]["message"]
