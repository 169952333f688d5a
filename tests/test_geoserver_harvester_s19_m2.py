"""Session 19 (m2, reader d2's cigalsace/getData): a Python harvester publishing downloaded shapefiles to GeoServer with gsconfig
(`cat.create_featurestore(…, data=geoserver.util.shapefile_and_friends(path))`) and their SLD styles (`cat.create_style(name,
sld_f.read())`) was "Open formats: CSV" (data-standards fail 3) and geo's "no … geographic format found here"."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

ROW = ("import os\nimport geoserver.util\nfrom geoserver.catalog import Catalog\n\n\nclass Couche(object):\n"
       "    def publier(self, cat, ws, chemin):\n        donnees = geoserver.util.shapefile_and_friends(chemin)\n"
       "        cat.create_featurestore(name=self.nom, data=donnees, workspace=ws, overwrite=True)\n\n"
       "    def styler(self, cat):\n        if self.style and os.path.isfile(self.fichier_sld):\n"
       "            with open(self.fichier_sld) as sld_f:\n                cat.create_style(self.style, sld_f.read(), overwrite=True)\n")
RUN = ("import csv\nfrom moisson.couche import Couche\n\n\ndef main(fichier):\n    with open(fichier) as f:\n"
       "        for ligne in csv.DictReader(f, delimiter=';'):\n            Couche().publier(None, None, ligne['DATA_FILEZIP'])\n")
FILES = {"moisson/__init__.py": "", "moisson/couche.py": ROW, "run.py": RUN, "requirements.txt": "gsconfig==1.0.6\n",
         "README.md": "# Moissonneur\n\nPublie des couches sur GeoServer.\n"}


def test_shapefiles_and_sld_styles_published_to_geoserver_are_open_formats(tmp_path):
    res = judge(tmp_path, FILES, ["interoperability.data-standards", "interoperability.geo"])[1]
    ds = res["interoperability.data-standards"]
    assert "Shapefile" in ds["message"]["en"] and "SLD" in ds["message"]["en"], ds["message"]
    geo = res["interoperability.geo"]
    assert geo["status"] == "pass", geo  # (a harvester publishing to GeoServer: judged by its OGC services, as before)


def test_a_create_style_without_sld_is_no_style(tmp_path):
    files = {"tableur.py": "def feuille(classeur):\n    classeur.create_style('gras', bold=True)\n", "README.md": "# Tableur\n"}
    res = judge(tmp_path, files, ["interoperability.data-standards"], name="n")[1]
    assert "SLD" not in res["interoperability.data-standards"]["message"]["en"], res["interoperability.data-standards"]
