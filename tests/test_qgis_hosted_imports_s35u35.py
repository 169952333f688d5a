"""Code QGIS runs, and the Python modules QGIS does not bring (issue 12, session 35 fixer u35; side effect left by m35 on
PAGuyane/tools_CFVP).

A national park's QGIS 2 Processing scripts (``##name=type`` headers, ``from qgis.core import *``, ``from osgeo import gdal``) also
``import scipy as sp`` and ``from scipy import ndimage``; nothing in the repository names scipy. reusability.dependencies said
"No dependency manifest, and none is expected from a GIS kit" (not applicable): every import of code run by QGIS was dropped,
scipy with qgis. Now the modules every QGIS installation holds (qgis, processing, PyQt, osgeo and NumPy, and the modules the QGIS
package itself requires: requests, yaml, jinja2, psycopg2…) are QGIS's; any other module the code imports is to be named (in a
README, a metadata.txt, a requirements file), else the check says which and where. A module that only QGIS's standalone Windows
installer bundles (scipy, matplotlib, pandas) warns; one no QGIS installer brings (scikit-learn) fails, as any undeclared import.
Near misses: scripts importing QGIS's own modules only stay not applicable; a README naming scipy declares it.
"""

from __future__ import annotations

from tests.test_kind_first_reads import kind_and_results

HEADER = "##Classification=group\n##raster=raster\n##sortie=output raster\n"
TEXTURE = (HEADER + "from PyQt4.QtCore import *\nfrom qgis.core import *\nfrom osgeo import gdal\nimport scipy as sp\n"
           "from scipy import ndimage\n\n\nds = gdal.Open(raster)\nbande = ds.GetRasterBand(1).ReadAsArray()\n"
           "lisse = ndimage.uniform_filter(sp.asarray(bande), size=5)\n")
CONVERT = ("##conversion=name\n##dossier=folder\n\nimport os\nfrom qgis.core import *\n\nfor f in os.listdir(dossier):\n"
           "    if f.endswith('.ecw'):\n        processing.runalg('gdalogr:translate', f, 100.0, True, '-9999', 1, None, f + '.tif')\n")
INDICES = (HEADER + "from osgeo import gdal\nimport numpy as np\nfrom qgis.core import QgsRasterLayer\n\n\n"
           "ds = gdal.Open(raster)\nrouge = ds.GetRasterBand(3).ReadAsArray().astype(float)\n"
           "pir = ds.GetRasterBand(4).ReadAsArray().astype(float)\nprint(np.mean((pir - rouge) / (pir + rouge)))\n")
MODEL = ('{\n    "values": {"inputs": {}, "group": "Classification", "name": "vectoriser", "algs": {}},\n'
         '    "class": "processing.modeler.ModelerAlgorithm.ModelerAlgorithm"\n}\n')
README = ("# outils_vegetation\nScripts et modèles QGIS pour la carte de la végétation.\n\n"
          "Download, then copy files in C:\\Users\\%YOURUSERNAME%\\.qgis2\\processing\\\n")
KIT = {
    "README.md": README,
    "scripts/texture.py": TEXTURE,
    "scripts/ecwToTif.py": CONVERT,
    "scripts/compute_indices.py": INDICES,
    "models/vectorize.model": MODEL,
    "models/reclass.model": MODEL.replace("vectoriser", "reclasser"),
}
CHECKS = ["reusability.dependencies", "maintenance.dependency-updates", "licensing.dependencies"]


def test_processing_scripts_importing_scipy_named_nowhere_are_told_to_name_it(tmp_path):
    project, res = kind_and_results(tmp_path, KIT, CHECKS)
    assert project["kind"] == "gis-kit", project
    deps = res["reusability.dependencies"]
    # (scipy comes with QGIS's standalone Windows installer only: a warning, naming the module and where the code imports it)
    assert deps["status"] == "warn", deps
    assert "(scipy)" in deps["message"]["en"] and "(scipy)" in deps["message"]["fr"], deps["message"]
    assert "standalone Windows installer" in deps["message"]["en"], deps["message"]
    assert "numpy" not in deps["message"]["en"] and "osgeo" not in deps["message"]["en"], deps["message"]
    assert any(e.get("path") == "scripts/texture.py" and e.get("line") == 7 for e in deps["evidence"]), deps["evidence"]
    advice = deps["remediation"]["en"]
    assert "README" in advice and "scipy" in advice, deps["remediation"]
    # (nothing a bot would update: a README line is no manifest)
    assert res["maintenance.dependency-updates"]["status"] == "not_applicable", res["maintenance.dependency-updates"]


def test_a_module_no_qgis_installer_brings_fails_as_any_undeclared_import(tmp_path):
    files = {**KIT, "scripts/classification.py": HEADER + "from qgis.core import *\nfrom sklearn import tree\n\n"
                                                           "modele = tree.DecisionTreeClassifier()\n"}
    _, res = kind_and_results(tmp_path, files, CHECKS)
    deps = res["reusability.dependencies"]
    assert deps["status"] == "fail", deps
    assert "(scipy, sklearn)" in deps["message"]["en"], deps["message"]
    assert "standalone Windows installer" not in deps["message"]["en"], deps["message"]


def test_a_plugin_with_only_tooling_requirements_still_names_what_it_imports(tmp_path):
    # (a plugin's metadata.txt and its requirements/dev.txt of linters: the modules its code imports are still to be named)
    files = {"README.md": "# Segmentation\n\nExtension QGIS de segmentation.\n",
             "segmentation/metadata.txt": "[general]\nname=Segmentation\nqgisMinimumVersion=3.16\nversion=1.0\nauthor=SIG\n",
             "segmentation/__init__.py": "def classFactory(iface):\n    from .plugin import Plugin\n    return Plugin(iface)\n",
             "segmentation/plugin.py": "from qgis.PyQt.QtWidgets import QAction\nfrom qgis.core import QgsProject\nimport cv2\n\n\n"
                                       "class Plugin:\n    def __init__(self, iface):\n        self.iface = iface\n",
             "requirements/dev.txt": "flake8\nblack\n"}
    _, res = kind_and_results(tmp_path, files, ["reusability.dependencies"])
    deps = res["reusability.dependencies"]
    assert deps["status"] == "fail" and "(cv2)" in deps["message"]["en"], deps


def test_scripts_importing_only_qgis_modules_stay_not_applicable(tmp_path):
    # (qgis, PyQt, osgeo, numpy, requests, yaml: every QGIS installation holds them)
    files = {**KIT, "scripts/texture.py": TEXTURE.replace("import scipy as sp\nfrom scipy import ndimage\n",
                                                          "import numpy as sp\nimport requests\nimport yaml\n")}
    _, res = kind_and_results(tmp_path, files, CHECKS)
    deps = res["reusability.dependencies"]
    assert deps["status"] == "not_applicable", deps
    assert "requests" not in res["licensing.dependencies"]["message"]["en"], res["licensing.dependencies"]


def test_a_readme_or_metadata_naming_the_module_declares_it(tmp_path):
    files = {**KIT, "README.md": README + "\n## Prérequis\n\nLes scripts utilisent SciPy (`python -m pip install scipy` dans le shell OSGeo4W).\n"}
    _, res = kind_and_results(tmp_path, files, ["reusability.dependencies"])
    deps = res["reusability.dependencies"]
    assert deps["status"] == "not_applicable", deps
    assert "scipy" in deps["message"]["en"] and "README.md" in deps["message"]["en"], deps["message"]
    # (a plugin's metadata.txt saying it: the distribution's name, scikit-learn for sklearn, counts)
    plugin = {"README.md": "# Arbres\n\nExtension QGIS.\n",
              "arbres/metadata.txt": "[general]\nname=Arbres\nqgisMinimumVersion=3.16\nversion=1.0\nauthor=SIG\n"
                                     "about=Classification par arbre de décision ; nécessite scikit-learn.\n",
              "arbres/__init__.py": "def classFactory(iface):\n    from .plugin import Plugin\n    return Plugin(iface)\n",
              "arbres/plugin.py": "from qgis.core import QgsProject\nfrom sklearn import tree\n\n\nclass Plugin:\n"
                                  "    def __init__(self, iface):\n        self.iface = iface\n"}
    _, res = kind_and_results(tmp_path / "plugin", plugin, ["reusability.dependencies"])
    deps = res["reusability.dependencies"]
    assert deps["status"] == "not_applicable" and "arbres/metadata.txt" in deps["message"]["en"], deps

