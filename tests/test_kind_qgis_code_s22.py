"""Session 22 (f2, readers e1's meldig/MobileSAM_plugin and e2's Julien1793/Script-QGIS-CD94): a QGIS plugin whose metadata.txt
holds no qgisMinimumVersion (only hasProcessingProvider=yes), recognised by nothing but that line, fell back to "library" for its
Python files, though its __init__.py defines classFactory(iface), the entry point QGIS calls to load every plugin, and a Processing
model (.model3) sits beside it; a folder of PyQGIS scripts (Processing algorithms subclassing QgsProcessingAlgorithm, console
scripts calling QgsProject.instance() and processing.run) with no package manifest was a "library" too. Both are GIS kits run in
QGIS: no dependency manifest is asked of them, nor a deployment, nor public building blocks. A Python library that merely mentions
QGIS (a package manifest, one optional module importing qgis) stays a library."""

from __future__ import annotations

from tests.test_kind_first_reads import kind_and_results

CHECKS = ["reusability.dependencies", "reusability.install", "reusability.configuration", "interoperability.public-building-blocks", "documentation.readme-sections"]

ALGORITHM = '''"""Découpe les tronçons de voirie selon les limites communales."""
from qgis.PyQt.QtCore import QCoreApplication
from qgis.core import (QgsProcessing, QgsProcessingAlgorithm, QgsProcessingParameterFeatureSource,
                       QgsProcessingParameterFeatureSink, QgsProject)
from qgis import processing


class DecoupeAlgorithm(QgsProcessingAlgorithm):
    INPUT = "INPUT"
    OUTPUT = "OUTPUT"

    def name(self):
        return "decoupe_{n}"

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource(self.INPUT, "Tronçons", [QgsProcessing.TypeVectorLine]))
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, "Sortie"))

    def processAlgorithm(self, parameters, context, feedback):
        params = {{"INPUT": parameters[self.INPUT], "OVERLAY": "communes", "OUTPUT": "memory:"}}
        out = processing.run("native:intersection", params, context=context, feedback=feedback)["OUTPUT"]
        QgsProject.instance().addMapLayer(out)
        return {{self.OUTPUT: out}}
'''
CONSOLE = '''# À lancer depuis la console Python de QGIS
from qgis.core import QgsVectorLayer, QgsProject

couche = QgsVectorLayer("/data/arrets.gpkg|layername=arrets", "arrets", "ogr")
QgsProject.instance().addMapLayer(couche)
for f in couche.getFeatures():
    print(f["nom"])
'''
SCRIPTS = {
    "README.md": "# Scripts QGIS de la voirie\n\nScripts de mise à jour du réseau routier du département.\n",
    "decoupe_troncons.py": ALGORITHM.format(n=1),
    "fusion_sections.py": ALGORITHM.format(n=2),
    "outils/charger_arrets.py": CONSOLE,
    "outils/charger_base.py": 'from qgis.core import QgsDataSourceUri, QgsVectorLayer, QgsProject\n\nuri = QgsDataSourceUri()\n'
                              'uri.setConnection("10.12.0.5", "5432", "sigprod", "lecteur", "motdepasse")\n'
                              'uri.setDataSource("voirie", "troncon", "geom")\n'
                              'QgsProject.instance().addMapLayer(QgsVectorLayer(uri.uri(), "troncons", "postgres"))\n',
    "decoupe_troncons.PNG": "PNG",
}

PLUGIN = {
    "README.md": "# Segmentation\n\nPlugin QGIS qui segmente une image.\n\n## Installation\n\nExtensions > Installer depuis un ZIP.\n",
    "metadata.txt": "hasProcessingProvider=yes",
    "__init__.py": "def classFactory(iface):\n    from .main_plugin import SegmentationPlugin\n    return SegmentationPlugin(iface)\n",
    "main_plugin.py": "from qgis.core import QgsApplication\nfrom .provider.provider import Provider\n\n\nclass SegmentationPlugin:\n"
                      "    def __init__(self, iface):\n        self.iface = iface\n\n    def initGui(self):\n"
                      "        self.provider = Provider()\n        QgsApplication.processingRegistry().addProvider(self.provider)\n",
    "provider/__init__.py": "",
    "provider/provider.py": "from qgis.core import QgsProcessingProvider\n\n\nclass Provider(QgsProcessingProvider):\n"
                            "    def id(self):\n        return 'segmentation'\n",
    "provider/segmenter.py": "import numpy as np\n\n\ndef masks(image):\n    return np.zeros(image.shape)\n",
    "modele_segmentation.model3": "<!DOCTYPE model>\n<Option type=\"Map\"><Option name=\"model_name\" value=\"segmentation\" type=\"QString\"/></Option>\n",
}


def test_a_plugin_recognised_by_its_entry_point_and_its_model_is_a_gis_kit(tmp_path):
    project, res = kind_and_results(tmp_path, PLUGIN, CHECKS)
    assert project["kind"] == "gis-kit" and project["kind_decided"], project
    reasons = {e["path"]: e["reason"] for e in project["kind_evidence"]}
    assert reasons.get("__init__.py") == "QGIS plugin entry point (classFactory)", reasons
    assert reasons.get("modele_segmentation.model3") == "QGIS Processing model", reasons
    # (a plugin is installed into QGIS: the plugin's steps are said, no dependency manifest nor public building block asked)
    assert res["reusability.dependencies"]["status"] == "not_applicable", res["reusability.dependencies"]
    assert res["interoperability.public-building-blocks"]["status"] == "not_applicable", res["interoperability.public-building-blocks"]
    assert res["reusability.configuration"]["status"] == "not_applicable", res["reusability.configuration"]
    assert "deployment" not in res["documentation.readme-sections"]["message"]["en"], res["documentation.readme-sections"]["message"]


def test_a_processing_model_alone_is_a_gis_kit(tmp_path):
    project, _ = kind_and_results(tmp_path, {"README.md": "# Modèle\n\nModèle de traitement QGIS.\n",
                                             "modele.model3": PLUGIN["modele_segmentation.model3"]}, [])
    assert project["kind"] == "gis-kit" and project["kind_decided"], project


def test_pyqgis_scripts_without_a_package_are_a_gis_kit(tmp_path):
    project, res = kind_and_results(tmp_path, SCRIPTS, CHECKS)
    assert project["kind"] == "gis-kit" and project["kind_decided"], project
    ev = project["kind_evidence"]
    assert ev[0]["path"] in ("decoupe_troncons.py", "fusion_sections.py") and ev[0]["reason"].startswith("PyQGIS scripts (4 importing"), ev
    assert "2 Processing algorithm(s)" in ev[0]["reason"], ev
    assert res["reusability.dependencies"]["status"] == "not_applicable", res["reusability.dependencies"]
    # (scripts, not a plugin: the install advice is a kit's loading steps)
    assert "plugin manager" not in res["reusability.install"]["message"]["en"], res["reusability.install"]["message"]
    assert "deployment" not in res["documentation.readme-sections"]["message"]["en"], res["documentation.readme-sections"]["message"]
    # (scripts run by hand hold settings of their own, a connection, a folder: judged, unlike a plugin's)
    assert res["reusability.configuration"]["status"] == "fail", res["reusability.configuration"]


def test_a_python_library_mentioning_qgis_stays_a_library(tmp_path):
    library = {
        "README.md": "# geoclean\n\nNettoyage de géométries, utilisable aussi depuis QGIS.\n\n```python\nimport geoclean\n```\n",
        "pyproject.toml": "[project]\nname = \"geoclean\"\nversion = \"1.0\"\ndependencies = [\"shapely\"]\n",
        "geoclean/__init__.py": "\"\"\"Nettoyage de géométries (voir classFactory dans la doc de QGIS).\"\"\"\nfrom .core import clean\n",
        "geoclean/core.py": "from shapely.geometry import shape\n\n\ndef clean(g):\n    return shape(g).buffer(0)\n",
        "geoclean/qgis_bridge.py": "from qgis.core import QgsGeometry\n\n\ndef to_qgis(g):\n    return QgsGeometry.fromWkt(g.wkt)\n",
    }
    project, _ = kind_and_results(tmp_path, library, [])
    assert project["kind"] == "library", project
    assert "gis-kit" not in project["scores"], project["scores"]
    # (nor do scripts without a manifest become a kit when QGIS is imported by a minority of them)
    scripts = {"README.md": "# Outils\n\nScripts de traitement.\n",
               "a.py": "import csv\n\n\ndef lire(p):\n    return list(csv.reader(open(p)))\n",
               "b.py": "import json\n\n\ndef ecrire(p, d):\n    json.dump(d, open(p, 'w'))\n",
               "c.py": "import os\n\n\ndef lister(p):\n    return os.listdir(p)\n",
               "d.py": CONSOLE}
    project, _ = kind_and_results(tmp_path / "scripts", scripts, [])
    assert "gis-kit" not in project["scores"], project


def test_a_qgis_script_beside_its_standalone_version_stays_an_analysis(tmp_path):
    standalone = ('import geopandas as gpd\n\nzones = gpd.read_file("zones.gpkg")\nmilieux = gpd.read_file("milieux.gpkg")\n'
                  'res = gpd.overlay(zones, milieux, how="intersection")\nres.to_file("resultat.gpkg")\n')
    files = {"README.md": "# Analyse des milieux\n", "analyse_qgis.py": ALGORITHM.format(n=3), "analyse_standalone.py": standalone}
    project, _ = kind_and_results(tmp_path, files, [])
    assert "gis-kit" not in project["scores"], project
    assert project["kind"] == "analysis", project
