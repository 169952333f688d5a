"""QGIS 2 Processing kits (issue 12, session 35 fixer m35; reader m30o4 on PAGuyane/tools_CFVP).

A national park's folder of QGIS 2 Processing scripts (each opening with its ``##Mask from NDCI=name`` / ``##raster=raster`` /
``##mask=output raster`` header lines, calling ``processing.runalg``, most importing nothing of QGIS) and QGIS 2 Processing models
(``.model``: the JSON of ``processing.modeler.ModelerAlgorithm``) was a "library" of no recognised kind; its README's one line
"copy files in C:\\Users\\%YOURUSERNAME%\\.qgis2\\processing\\" was no install step (install fail 0 "ni instructions", readme-sections
"installation absente"); its script writing its vegetation indices through ``gdal.GetDriverByName('GTiff')`` wrote "no open
geographic format" (geo fail 3). Now a GIS kit, its loading said, GeoTIFF an open OGC format. Near misses: a ``.model`` file that is
no QGIS model (a trained model), Python files with ``##`` comments that are no Processing header, a "processing" word in a README,
a GDAL driver that is no geographic format (CSV).
"""

from __future__ import annotations

from tests.test_kind_first_reads import kind_and_results

MODEL = ('{\n    "values": {\n        "inputs": {\n            "raster": {\n                "values": {\n                    "param": {\n'
         '                        "values": {"name": "raster", "description": "raster"},\n'
         '                        "class": "processing.core.parameters.ParameterRaster"\n                    }\n                },\n'
         '                "class": "processing.modeler.ModelerAlgorithm.ModelerParameter"\n            }\n        },\n'
         '        "group": "Classification",\n        "name": "vectoriser",\n        "algs": {}\n    },\n'
         '    "class": "processing.modeler.ModelerAlgorithm.ModelerAlgorithm"\n}\n')

MASK = ("##Raster=group\n##Masque NDCI=name\n##raster=raster\n##seuil=number 0.45\n##masque=output raster\n\n"
        "out = processing.runalg('gdalogr:rastercalculator', raster, '1', None, 'numpy.where(A<=' + str(seuil) + ',0,1)', -1, 0, None, masque)\n")
CONVERT = ("##conversion=name\n##dossier=folder\n\nimport os\nfor f in os.listdir(dossier):\n    if f.endswith('.ecw'):\n"
           "        processing.runalg('gdalogr:translate', f, 100.0, True, '-9999', 1, None, os.path.splitext(f)[0] + '.tif')\n")
INDICES = ("##Raster=group\n##raster=raster\n\nfrom osgeo import gdal\nimport numpy as np\n\n\n"
           "def ecrire(tableau, chemin, modele):\n    driver = gdal.GetDriverByName('GTiff')\n"
           "    sortie = driver.Create(chemin, modele.RasterXSize, modele.RasterYSize, 1, gdal.GDT_Float32)\n"
           "    sortie.GetRasterBand(1).WriteArray(tableau)\n    return sortie\n\n\n"
           "ds = gdal.Open(raster)\nrouge = ds.GetRasterBand(3).ReadAsArray().astype(float)\npir = ds.GetRasterBand(4).ReadAsArray().astype(float)\n"
           "ecrire((pir - rouge) / (pir + rouge), raster.replace('.tif', '_ndvi.tif'), ds)\n")
TREE = ("##Classification=group\n##echantillons=vector\n##champ=field echantillons\n##sortie=output vector\n"
        "from PyQt4.QtCore import *\nfrom qgis.core import *\n\nlayer = processing.getObject(echantillons)\nprint(layer.featureCount())\n")

KIT = {
    "README.md": "# outils_vegetation\nScripts et modèles QGIS pour la carte de la végétation.\n\n"
                 "Download, then copy files in C:\\Users\\%YOURUSERNAME%\\.qgis2\\processing\\\n\n\n\nPar le service SIG du parc\n",
    "scripts/maskFromNdci.py": MASK,
    "scripts/ecwToTif.py": CONVERT,
    "scripts/compute_indices.py": INDICES,
    "scripts/classification.py": TREE,
    "models/vectorize.model": MODEL,
    "models/reclass.model": MODEL.replace("vectoriser", "reclasser"),
    "models/reclass.txt": "0 thru 1 = 0\n1 thru 255 = 1\n",
}
CHECKS = ["reusability.install", "documentation.readme-sections", "interoperability.geo", "reusability.dependencies"]


def test_qgis2_processing_scripts_and_models_are_a_gis_kit_loaded_by_copying_them(tmp_path):
    project, res = kind_and_results(tmp_path, KIT, CHECKS)
    assert project["kind"] == "gis-kit" and project["kind_decided"], project
    reasons = {e["path"]: e["reason"] for e in project["kind_evidence"]}
    assert reasons.get("models/reclass.model") == "QGIS Processing model", reasons
    assert any("QGIS 2 Processing scripts" in r for r in reasons.values()), reasons
    # (copying the files into QGIS's processing folder is how the kit is installed)
    assert res["reusability.install"]["status"] == "pass", res["reusability.install"]
    assert any(".qgis2" in str(e.get("value")) for e in res["reusability.install"]["evidence"]), res["reusability.install"]["evidence"]
    assert "install" in res["documentation.readme-sections"]["details"]["found"], res["documentation.readme-sections"]["message"]
    assert res["reusability.dependencies"]["status"] == "not_applicable", res["reusability.dependencies"]


def test_gdal_writing_geotiff_is_an_open_ogc_geographic_format(tmp_path):
    _, res = kind_and_results(tmp_path, KIT, ["interoperability.geo"])
    geo = res["interoperability.geo"]
    assert geo["details"]["geojson"] is True and geo["details"]["ogc"] is True, geo["message"]
    assert any(e.get("value") == "GDAL: GeoTIFF" for e in geo["evidence"]), geo["evidence"]
    assert geo["status"] in ("warn", "pass"), geo


def test_a_gdal_csv_driver_is_no_geographic_format(tmp_path):
    files = {**KIT, "scripts/compute_indices.py": INDICES.replace("'GTiff'", "'CSV'")}
    _, res = kind_and_results(tmp_path, files, ["interoperability.geo"])
    geo = res["interoperability.geo"]
    assert not any(str(e.get("value", "")).startswith("GDAL:") for e in geo["evidence"]), geo["evidence"]


def test_a_model_file_that_is_no_qgis_model_and_hash_comments_make_no_kit(tmp_path):
    files = {
        "README.md": "# prevision\n\nPrévision de la fréquentation des piscines.\n\nThe processing of data is done by `train.py`.\n",
        "train.py": "## Entraînement=du modèle\n## auteur=service données\nimport pickle\n\n\ndef train(rows):\n    return sum(rows) / len(rows)\n\n\n"
                    "pickle.dump(train([1, 2]), open('frequentation.model', 'wb'))\n",
        "predict.py": "import pickle\n\nmodel = pickle.load(open('frequentation.model', 'rb'))\nprint(model)\n",
        "frequentation.model": '{"weights": [0.1, 0.2], "class": "sklearn.linear_model.LinearRegression"}\n',
    }
    project, res = kind_and_results(tmp_path, files, ["reusability.install"])
    assert project["kind"] != "gis-kit", project
    assert "gis-kit" not in project["scores"], project["scores"]
