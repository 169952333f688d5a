"""A tool judged on schemas of data it does not hold (issue 12, session 20 reader m1, sigclermontmetropole/SharedSqlQueries).
A QGIS plugin running its user's SQL queries and saving the resulting layers as GeoJSON or Shapefile failed
interoperability.data-standards ("0 Table Schema"): for a GIS kit, only JSON was discounted, so the open formats it writes for
its users made it judged on schemas. Now a tool (library, command-line tool, desktop program, GIS kit, infrastructure) with no
data file, no data model and no schema of its own is not applicable, its formats named; the binary .xls it writes is a warning
with what to write instead; a data file of its own keeps it judged."""

from __future__ import annotations

from tests.test_project_kind import run
from tests.test_reusability_fixtures import build, results

ID = "interoperability.data-standards"
METADATA = ("[general]\nname=Requêtes partagées\nqgisMinimumVersion=3.10\ndescription=Run shared SQL queries and load the results as layers\n"
            "version=1.2\nauthor=Service SIG\nemail=sig@example.org\nrepository=https://example.org/sig/requetes\ncategory=Database\n")
INIT = "def classFactory(iface):\n    from .plugin import SharedQueries\n    return SharedQueries(iface)\n"
PLUGIN = ("from qgis.core import QgsVectorFileWriter, QgsVectorLayer, QgsProject\n\n\n"
          "class SharedQueries:\n    def __init__(self, iface):\n        self.iface = iface\n\n"
          "    def run_query(self, uri, sql):\n        layer = QgsVectorLayer(uri + ' sql=' + sql, 'result', 'postgres')\n"
          "        QgsProject.instance().addMapLayer(layer)\n        return layer\n\n"
          "    def save(self, layer, path, as_shape=False):\n"
          "        driver = 'ESRI Shapefile' if as_shape else 'GeoJSON'\n"
          "        return QgsVectorFileWriter.writeAsVectorFormat(layer, path, 'utf-8', layer.crs(), driver)\n")
EXPORT = ("import xlwt\n\n\ndef to_sheet(layer, path):\n    book = xlwt.Workbook()\n    sheet = book.add_sheet('result')\n"
          "    for i, f in enumerate(layer.getFeatures()):\n        for j, v in enumerate(f.attributes()):\n            sheet.write(i, j, str(v))\n"
          "    book.save(path)\n")
PLUGIN_FILES = {"README.md": "# Requêtes partagées\n\nPlugin QGIS : exécuter des requêtes SQL partagées et charger les résultats en couches.\n",
                "metadata.txt": METADATA, "__init__.py": INIT, "plugin.py": PLUGIN}


def verdict(tmp_path, files, name):
    report = run(build(tmp_path / name, files), tmp_path / f"c-{name}", only=[ID])
    assert report["facts"]["project"]["kind"] == "gis-kit", report["facts"]["project"]
    return results(report)[ID]


def test_a_plugin_writing_its_users_layers_in_open_formats_is_not_judged_on_schemas(tmp_path):
    res = verdict(tmp_path, PLUGIN_FILES, "plugin")
    assert res["status"] == "not_applicable", res["message"]
    assert "GeoJSON" in res["message"]["fr"] and "sans donnée ni modèle de données à lui" in res["message"]["fr"], res["message"]
    assert "kit SIG" in res["message"]["fr"] and "GIS kit" in res["message"]["en"], res["message"]


def test_the_binary_xls_a_plugin_writes_is_a_warning_not_a_schema_fail(tmp_path):
    res = verdict(tmp_path, {**PLUGIN_FILES, "tools/export.py": EXPORT}, "xls")
    assert res["status"] == "warn", res["message"]
    assert "format fermé" in res["message"]["fr"] and "tools/export.py" in res["message"]["fr"], res["message"]
    assert "ODS" in res["remediation"]["fr"] and "schema.data.gouv.fr" not in res["remediation"]["fr"], res["remediation"]


def test_a_plugin_with_data_of_its_own_stays_judged(tmp_path):
    communes = "code_insee;nom;population\n" + "".join(f"63{i:03d};Commune {i};{1000 + i}\n" for i in range(1, 40))
    res = verdict(tmp_path, {**PLUGIN_FILES, "data/communes.csv": communes}, "own")
    assert res["status"] not in ("not_applicable", "pass"), res["message"]
