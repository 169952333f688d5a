"""Geographic formats and standards the audit did not know (issue 12, session 22 reader e1, s23 h4 case B):
- meldig/MobileSAM_plugin: a QGIS Processing algorithm reading the user's raster and vector layers and writing a feature sink
  (QgsProcessingParameterRasterLayer, …FeatureSink) handles geographic data through QGIS's GDAL/OGR providers; interoperability.geo
  said "open format: no; OGC: no; IGN…: no" (fail 3). The layers are the user's: the formats are open by construction, and which
  services and references they come from is chosen when the algorithm runs.
- meldig/pdal-parallelizer: a command running PDAL pipelines that writes LAS/LAZ/COPC point clouds: PDAL was no open library and
  LAS (an OGC Community Standard) no format (fail 3).
- viennagglo/georchestra-datadir: OGC Web Map Context documents (mapfishapp/contexts/*.wmc) were no OGC encoding
  (interoperability.data-standards: "no open format").
- meldig/basevoie: an export view to the national Base Adresse Locale format (BAL 1.3: cle_interop, uid_adresse,
  certification_commune…) named no national standard.
Right neighbours: a Processing plugin that also reads an IGN service is judged on what it names; a point-cloud-free command, a
datadir without WMC, and a view of generic address columns are unchanged."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

GEO = "interoperability.geo"
DS = "interoperability.data-standards"

ALGORITHM = '''from qgis.core import (QgsProcessing, QgsProcessingAlgorithm, QgsProcessingParameterRasterLayer,
                       QgsProcessingParameterVectorLayer, QgsProcessingParameterFeatureSink, QgsFeatureSink)


class DetourageAlgorithm(QgsProcessingAlgorithm):
    IMAGE = "IMAGE"
    POINTS = "POINTS"
    OUTPUT = "OUTPUT"

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterRasterLayer(self.IMAGE, "Image"))
        self.addParameter(QgsProcessingParameterVectorLayer(self.POINTS, "Points d'amorce", [QgsProcessing.TypeVectorPoint]))
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, "Contours"))

    def processAlgorithm(self, parameters, context, feedback):
        image = self.parameterAsRasterLayer(parameters, self.IMAGE, context)
        (sink, dest) = self.parameterAsSink(parameters, self.OUTPUT, context, image.fields(), 3, image.crs())
        return {self.OUTPUT: dest}
'''


def _plugin(extra: dict | None = None) -> dict:
    return {"README.md": "# Détourage\n\nExtension QGIS qui détoure des objets sur une image.\n",
            "metadata.txt": "[general]\nname=Detourage\nhasProcessingProvider=yes\n",
            "__init__.py": "def classFactory(iface):\n    from .plugin import DetouragePlugin\n    return DetouragePlugin(iface)\n",
            "plugin.py": "from qgis.core import QgsApplication\nfrom .provider import Provider\n\n\nclass DetouragePlugin:\n"
                         "    def __init__(self, iface):\n        self.iface = iface\n\n    def initGui(self):\n"
                         "        QgsApplication.processingRegistry().addProvider(Provider())\n",
            "provider.py": "from qgis.core import QgsProcessingProvider\nfrom .example_processing_algorithm import DetourageAlgorithm\n\n\n"
                           "class Provider(QgsProcessingProvider):\n    def loadAlgorithms(self):\n        self.addAlgorithm(DetourageAlgorithm())\n",
            # (the QGIS script template's file name, kept by the plugin for its own algorithm)
            "example_processing_algorithm.py": ALGORITHM,
            **(extra or {})}


def test_a_processing_plugin_on_the_users_layers_uses_open_formats(tmp_path):
    report, res = judge(tmp_path, _plugin(), [GEO])
    assert report["facts"]["project"]["kind"] == "gis-kit"
    geo = res[GEO]
    assert geo["status"] == "pass", geo["message"]
    assert geo["details"]["users_data"] is True and geo["details"]["geojson"] is True
    assert "choisis à l’exécution" in geo["message"]["fr"] and "chosen when it runs" in geo["message"]["en"]


def test_a_processing_plugin_naming_an_ign_service_is_judged_on_it(tmp_path):
    # (neighbour: the plugin also loads a layer of a service it names: its references are its own, said as they are)
    wfs = 'from qgis.core import QgsVectorLayer\n\nCOUCHE = QgsVectorLayer("https://data.geopf.fr/wfs/ows?SERVICE=WFS&typename=BDTOPO_V3:commune", "communes", "WFS")\n'
    geo = judge(tmp_path, _plugin({"communes.py": wfs}), [GEO])[1][GEO]
    assert not geo["details"].get("users_data") and geo["details"]["ign"] is True, geo["message"]
    assert "choisis à l’exécution" not in geo["message"]["fr"]


TILER = '''import pdal


def decouper(entree, sortie, compression=None):
    extension = ".laz" if compression == "laszip" else ".las"
    pipeline = pdal.Reader.las(filename=entree) | pdal.Writer.las(filename=sortie + extension)
    return pipeline.execute()
'''


def _cli(module: str, requirement: str) -> dict:
    return {"README.md": "# Découpe\n\nOutil en ligne de commande : `decoupe entree sortie`.\n",
            "setup.cfg": "[metadata]\nname = decoupe\n\n[options]\npackages = find:\npackage_dir =\n    = src\n"
                         f"install_requires =\n    {requirement}\n\n[options.entry_points]\nconsole_scripts =\n    decoupe = decoupe.cli:main\n",
            "src/decoupe/__init__.py": "",
            "src/decoupe/cli.py": "import sys\nfrom decoupe.tuiles import decouper\n\n\ndef main():\n    decouper(sys.argv[1], sys.argv[2])\n",
            "src/decoupe/tuiles.py": module}


def test_a_command_running_pdal_on_point_clouds_uses_open_libraries_and_formats(tmp_path):
    report, res = judge(tmp_path, _cli(TILER, "pdal<=3.2.2"), [GEO])
    geo = res[GEO]
    assert "pdal" in geo["details"]["libraries"], geo["message"]
    assert geo["details"]["geojson"] is True and geo["details"]["ogc"] is True, geo["message"]
    assert geo["status"] == "pass", geo["message"]


def test_a_command_without_point_clouds_is_unchanged(tmp_path):
    # (neighbour: a command converting coordinates with pyproj, no format named: no open format, no OGC, as before)
    module = "from pyproj import Transformer\n\n\ndef decouper(entree, sortie):\n    t = Transformer.from_crs(4326, 3857)\n    return t.transform(entree, sortie)\n"
    geo = judge(tmp_path, _cli(module, "pyproj"), [GEO])[1][GEO]
    assert geo["details"]["geojson"] is False and geo["details"]["ogc"] is False and not geo["details"].get("users_data"), geo["message"]


WMC = ('<?xml version="1.0" encoding="UTF-8"?>\n<ViewContext xmlns="http://www.opengis.net/context" version="1.1.0" id="defaut">\n'
       "  <General><Title>Carte par défaut</Title></General>\n  <LayerList>\n    <Layer queryable=\"1\" hidden=\"0\">\n"
       "      <Server service=\"OGC:WMS\" version=\"1.3.0\"><OnlineResource xmlns:xlink=\"http://www.w3.org/1999/xlink\" "
       "xlink:href=\"https://geo.agglo-exemple.fr/geoserver/wms\"/></Server>\n      <Name>voirie</Name>\n    </Layer>\n  </LayerList>\n"
       "</ViewContext>\n")


def _datadir(extra: dict) -> dict:
    return {"README.md": "# Répertoire de configuration\n\nCopiez ce dossier dans /etc/infra-sig puis redémarrez le serveur.\n",
            "default.properties": "instance.name=SIG de l'agglomération\npublic.url=https://geo.agglo-exemple.fr\n",
            "visualiseur/visualiseur.properties": "default.context=defaut\nproxy.url=/proxy/?url=\n",
            "visualiseur/js/config.js": "var CONFIG = {\n    DEFAULT_WMC: 'contexts/defaut.wmc',\n    MAP_SCALES: [1000, 5000, 25000]\n};\n",
            **extra}


def test_web_map_context_documents_are_an_ogc_encoding(tmp_path):
    ds = judge(tmp_path, _datadir({"visualiseur/contexts/defaut.wmc": WMC, "visualiseur/contexts/voirie.wmc": WMC}), [DS])[1][DS]
    assert "OGC (Web Map Context)" in ds["details"]["formats"], (ds["message"], ds["details"])
    assert ds["status"] != "fail", ds["message"]


def test_a_datadir_without_wmc_names_no_ogc_encoding(tmp_path):
    ds = judge(tmp_path, _datadir({}), [DS])[1][DS]
    assert not any("Web Map Context" in f for f in ds["details"]["formats"]), ds["details"]


def _model(view: str) -> dict:
    return {"README.md": "# Base voie\n\nModèle de données de la base des voies et adresses.\n",
            "tables/creation_adresse.sql": "CREATE TABLE ADRESSE (\n    OBJECTID NUMBER(38) PRIMARY KEY,\n    NUMERO NUMBER(5),\n"
                                           "    FID_VOIE NUMBER(38)\n);\nCOMMENT ON TABLE ADRESSE IS 'Adresses de la base voie';\n"
                                           "COMMENT ON COLUMN ADRESSE.NUMERO IS 'Numéro de l''adresse';\n"
                                           "COMMENT ON COLUMN ADRESSE.FID_VOIE IS 'Voie de l''adresse';\n",
            "vues/creation_v_export_adresses.sql": view}


def test_an_export_view_to_the_bal_format_names_the_national_standard(tmp_path):
    view = ("-- Vue d'export des adresses au format d'échange national\nCREATE OR REPLACE VIEW V_EXPORT_ADRESSES AS\nSELECT\n"
            "    a.OBJECTID AS UID_ADRESSE,\n    c.INSEE || '_' || v.CODE || '_' || LPAD(a.NUMERO, 5, '0') AS CLE_INTEROP,\n"
            "    c.INSEE AS COMMUNE_INSEE,\n    c.NOM AS COMMUNE_NOM,\n    v.LIBELLE AS VOIE_NOM,\n    a.NUMERO AS NUMERO,\n"
            "    'entrée' AS POSITION,\n    SYSDATE AS DATE_DER_MAJ,\n    1 AS CERTIFICATION_COMMUNE\n"
            "FROM ADRESSE a JOIN VOIE v ON v.OBJECTID = a.FID_VOIE JOIN COMMUNE c ON c.OBJECTID = v.FID_COMMUNE;\n")
    ds = judge(tmp_path, _model(view), [DS])[1][DS]
    assert any("Base Adresse Locale" in n for n in ds["details"]["national_standards"]), (ds["message"], ds["details"])
    assert "Base Adresse Locale" in ds["message"]["fr"] and "Base Adresse Locale" in ds["message"]["en"]


def test_generic_address_columns_name_no_national_standard(tmp_path):
    view = ("CREATE OR REPLACE VIEW V_EXPORT_ADRESSES AS\nSELECT\n    c.INSEE AS COMMUNE_INSEE,\n    v.LIBELLE AS VOIE_NOM,\n"
            "    a.NUMERO AS NUMERO\nFROM ADRESSE a JOIN VOIE v ON v.OBJECTID = a.FID_VOIE JOIN COMMUNE c ON c.OBJECTID = v.FID_COMMUNE;\n")
    ds = judge(tmp_path, _model(view), [DS])[1][DS]
    assert ds["details"]["national_standards"] == [], ds["details"]
