"""Public commons named outside API calls (issue 12, session 22 readers e2's W3 cen-normandie/q-sync and W8
Julien1793/Script-QGIS-CD94, s23 h4 case A): the IGN services a shipped QGIS project's layers read (url=https://data.geopf.fr/wmts
in a .qgs, or in the .qgs of a .qgz), a script's WFS layer on an IGN host other than wxs.ign.fr (the Géoportail de l'Urbanisme's
wxs-gpu.mongeoportail.ign.fr) and IGN's reference data sets a script keeps a table in step with (BD TOPO) were no public building
block, while interoperability.geo of the same report said "IGN: yes". They are now, and the shipped QGIS project is a map the
public services could feed. Right neighbours: a project whose QGIS layers read its own server, and one naming IGN only in a
comment, use no public common."""

from __future__ import annotations

import io
import zipfile

from tests.test_local_authority_verdicts import judge

BB = "interoperability.public-building-blocks"


def _qgs(url: str) -> str:
    return ("<!DOCTYPE qgis>\n<qgis projectname=\"terrain\" version=\"3.34.0\">\n  <projectCrs>\n    <spatialrefsys>\n"
            "      <authid>EPSG:2154</authid>\n    </spatialrefsys>\n  </projectCrs>\n  <projectlayers>\n"
            "    <maplayer type=\"raster\">\n      <id>fond_1</id>\n"
            f"      <datasource>crs=EPSG:3857&amp;format=image/png&amp;layers=PLAN&amp;styles=normal&amp;tileMatrixSet=PM&amp;url={url}</datasource>\n"
            "      <provider>wms</provider>\n    </maplayer>\n"
            "    <maplayer type=\"vector\">\n      <id>obs_1</id>\n      <datasource>./releves.gpkg|layername=releves</datasource>\n"
            "      <provider>ogr</provider>\n    </maplayer>\n  </projectlayers>\n</qgis>\n")


def _web_app(project_files: dict) -> dict:
    return {"README.md": "# Synchronisation terrain\n\nPrépare les projets de saisie sur le terrain.\n",
            "index.php": "<?php\nrequire 'lib/db.php';\n$rows = lister_releves($db);\n?>\n<html><body><h1>Relevés</h1></body></html>\n",
            "lib/db.php": "<?php\nfunction lister_releves($db) {\n    return $db->query('SELECT id, espece FROM releves')->fetchAll();\n}\n",
            "releves.php": "<?php\nsession_start();\nrequire 'lib/db.php';\n$id = $_GET['id'];\n?>\n<html><body><form method=\"post\">"
                           "<input name=\"espece\"></form></body></html>\n",
            "connexion.php": "<?php\nsession_start();\nif ($_POST['login']) { $_SESSION['user'] = $_POST['login']; header('Location: index.php'); }\n?>\n"
                             "<html><body><form method=\"post\"><input name=\"login\"></form></body></html>\n",
            "css/style.css": "body { margin: 0; }\n",
            **project_files}


def _qgz(text: str) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("terrain.qgs", text)
        z.writestr("terrain.qgd", b"\x00\x01")
    return buf.getvalue()


def test_the_geoplateforme_layers_of_a_shipped_qgis_project_are_a_building_block(tmp_path):
    res = judge(tmp_path, _web_app({"modele/terrain.qgs": _qgs("https://data.geopf.fr/wmts?SERVICE%3DWMTS%26REQUEST%3DGetCapabilities")}),
                [BB])[1][BB]
    assert res["details"]["building_blocks"] == ["Géoplateforme IGN"], (res["message"], res["details"])
    assert res["status"] != "not_applicable"
    assert any(e["path"] == "modele/terrain.qgs" for e in res["evidence"]), res["evidence"]


def test_the_qgs_inside_a_qgz_is_read_too(tmp_path):
    res = judge(tmp_path, _web_app({"modele/terrain.qgz": _qgz(_qgs("https://data.geopf.fr/wmts?SERVICE%3DWMTS"))}), [BB])[1][BB]
    assert res["details"]["building_blocks"] == ["Géoplateforme IGN"], (res["message"], res["details"])


def test_a_qgis_project_on_the_bodys_own_server_is_a_map_without_public_common(tmp_path):
    # (neighbour: its layers read the park's own tile server; the project is still a map, judged rather than "not applicable")
    res = judge(tmp_path, _web_app({"modele/terrain.qgs": _qgs("https://tuiles.parc-exemple.fr/wmts?SERVICE%3DWMTS")}), [BB])[1][BB]
    assert res["details"]["building_blocks"] == [], (res["message"], res["details"])
    assert res["status"] == "fail", res["message"]


def test_without_a_qgis_project_the_web_app_handles_no_map(tmp_path):
    res = judge(tmp_path, _web_app({}), [BB])[1][BB]
    assert res["status"] == "not_applicable", res["message"]


WFS = '''from qgis.core import QgsDataSourceUri, QgsVectorLayer, QgsProject


def charger_wfs(url, nom):
    uri = QgsDataSourceUri()
    uri.setParam("service", "wfs")
    uri.setParam("typename", "zone_urba")
    uri.setParam("url", url)
    return QgsVectorLayer(uri.uri(), nom, "WFS")


url = "https://wxs-gpu.mongeoportail.ign.fr/externe/cle/wfs"
QgsProject.instance().addMapLayer(charger_wfs(url, "zonage"))
'''
UPDATE = '''from qgis.core import QgsVectorLayer, QgsProject

# Met à jour la table des routes du département
source = QgsVectorLayer("dbname='sig' table=\\"ref\\".\\"{table}\\" (geom)", "routes", "postgres")
QgsProject.instance().addMapLayer(source)
cible = QgsVectorLayer("/data/routes_departement.gpkg", "cible", "ogr")
QgsProject.instance().addMapLayer(cible)
'''


def _kit(files: dict) -> dict:
    return {"README.md": "# Scripts QGIS\n\nScripts de mise à jour des couches du département.\n", **files}


def test_a_scripts_wfs_layer_on_an_ign_host_and_the_bd_topo_are_building_blocks(tmp_path):
    res = judge(tmp_path, _kit({"charger_wfs.py": WFS, "maj_routes.py": UPDATE.format(table="bd_topo_route")}), [BB])[1][BB]
    assert res["details"]["building_blocks"] == ["Géoplateforme IGN", "Référentiels IGN (BD TOPO, ADMIN EXPRESS…)"], (res["message"], res["details"])
    assert res["status"] == "pass", res["message"]


def test_ign_named_only_in_a_comment_is_no_building_block(tmp_path):
    # (neighbour: the same scripts on the department's own tables, IGN only named by a comment)
    wfs = WFS.replace("https://wxs-gpu.mongeoportail.ign.fr/externe/cle/wfs", "https://carto.departement-exemple.fr/wfs")
    update = "# Source : BD TOPO de l'IGN, chargée par le service SIG\n" + UPDATE.format(table="routes")
    res = judge(tmp_path, _kit({"charger_wfs.py": wfs, "maj_routes.py": update}), [BB])[1][BB]
    assert res["details"]["building_blocks"] == [], (res["message"], res["details"])


def test_a_print_layouts_credit_line_is_no_building_block(tmp_path):
    # (neighbour, Qgis-plugin-templateLoader's shape: a plugin's print preferences listing the credits printed under the map)
    files = _kit({"charger_wfs.py": WFS.replace("https://wxs-gpu.mongeoportail.ign.fr/externe/cle/wfs", "https://carto.departement-exemple.fr/wfs"),
                  "resources/preferences.json": '{\n  "echelles": [1000, 5000, 25000],\n  "copyrights": [\n    "IGN SCAN 25®",\n'
                                                '    "IGN BD ORTHO®",\n    "© OpenStreetMap"\n  ]\n}\n'})
    res = judge(tmp_path, files, [BB])[1][BB]
    assert res["details"]["building_blocks"] == [], (res["message"], res["details"])
