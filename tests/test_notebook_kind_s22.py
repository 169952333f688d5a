"""A notebook analysis of road accidents (issue 12, session 22 reader a4, case c1: notebooks, data, a QGIS project, the pip freeze
of the Jupyter environment, a data supplier's delivery metadata under DOCUMENTS/) was reported a web application: the freeze's
Jinja2 and Tornado, which Jupyter runs on, were read as the project's framework and the supplier's metadata page as its page.
A requirements file holding Jupyter's own stack is a notebook environment: its web libraries are Jupyter's unless the project's
code imports them; a QGIS project beside notebooks that far outnumber it maps the analysis' results; a .qmd holding QGIS's layer
metadata is no Quarto notebook."""

from __future__ import annotations

import json

from tests.test_local_authority_verdicts import judge


def notebook(*cells: str) -> str:
    """A small valid notebook (nbformat 4) with one code cell per text."""
    return json.dumps({"nbformat": 4, "nbformat_minor": 5, "metadata": {"kernelspec": {"name": "python3", "language": "python"}},
                       "cells": [{"cell_type": "code", "metadata": {}, "execution_count": None, "outputs": [],
                                  "source": [line + "\n" for line in c.split("\n")]} for c in cells]}, indent=1)


FREEZE = "".join(f"{n}=={v}\n" for n, v in [
    ("anyio", "3.5.0"), ("geopandas", "0.12.2"), ("ipykernel", "6.19.2"), ("ipython", "8.10.0"), ("Jinja2", "3.1.2"),
    ("jupyter-server", "1.23.4"), ("jupyter_client", "7.4.9"), ("MarkupSafe", "2.1.1"), ("matplotlib", "3.7.0"), ("nbconvert", "6.5.4"),
    ("notebook", "6.5.2"), ("pandas", "1.5.3"), ("terminado", "0.17.1"), ("tornado", "6.2")])

QGIS_META = "<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>\n<qgis version=\"3.28.0\">\n  <identifier></identifier>\n</qgis>\n"

ANALYSIS = {
    "LISEZMOI.txt": "Étude des accidents de vélo du territoire\n\n1/ Les notebooks\n- velo.ipynb : première étude.\n",
    "requirements_velo.txt": FREEZE,
    "velo.ipynb": notebook("import pandas as pd\nimport geopandas as gpd", "acc = pd.read_csv('DONNEES/acc.csv')\nacc.head()"),
    "explo.ipynb": notebook("import pandas as pd", "df = pd.read_csv('DONNEES/acc.csv')\ndf.describe()"),
    "carte.ipynb": notebook("import geopandas as gpd", "g = gpd.read_file('DONNEES/routes.geojson')\ng.plot()"),
    "stats.ipynb": notebook("import pandas as pd", "pd.read_csv('DONNEES/acc.csv').groupby('an').size()"),
    "etude_sig.qgz": "PK\x03\x04 projet qgis\n",
    "DONNEES/acc.csv": "an;commune;nb\n2021;Ville;3\n",
    "DONNEES/routes.geojson": '{"type": "FeatureCollection", "features": []}\n',
    "TRAITEMENT/acc_velo.geojson": '{"type": "FeatureCollection", "features": []}\n',
    "TRAITEMENT/acc_velo.qmd": QGIS_META,
    "DOCUMENTS/LIVRAISON/METADONNEES/fournisseur_lot.html": "<html><head><title>Fiche de métadonnées</title></head><body>Lot livré</body></html>\n",
}


def test_a_jupyter_environments_freeze_makes_no_web_application(tmp_path):
    report, res = judge(tmp_path, ANALYSIS, ["interoperability.api-spec", "interoperability.accessibility-and-ecodesign",
                                             "reusability.configuration", "reusability.portability"])
    project = report["facts"]["project"]
    assert project["kind"] == "analysis", project
    assert all(e["reason"] == "notebook" and e["path"].endswith(".ipynb") for e in project["kind_evidence"]), project
    for cid in ("interoperability.api-spec", "interoperability.accessibility-and-ecodesign", "reusability.configuration", "reusability.portability"):
        assert res[cid]["status"] == "not_applicable", (cid, res[cid]["message"])


def test_a_web_application_beside_a_jupyter_environment_keeps_its_framework(tmp_path):
    files = {"README.md": "# Tableau de bord\n\nApplication web des comptages.\n",
             "requirements.txt": "flask==2.3.2\nJinja2==3.1.2\nnotebook==6.5.2\nipykernel==6.19.2\ntornado==6.2\n",
             "app.py": "from flask import Flask, render_template\napp = Flask(__name__)\n\n@app.route('/')\ndef index():\n    return render_template('index.html')\n",
             "templates/index.html": "<html><body>{{ titre }}</body></html>\n",
             "explo.ipynb": notebook("import pandas as pd")}
    report, res = judge(tmp_path, files, ["interoperability.api-spec"])
    assert report["facts"]["project"]["kind"] == "web-application", report["facts"]["project"]
    assert "Web application (flask)" in res["interoperability.api-spec"]["message"]["en"], res["interoperability.api-spec"]


def test_tornado_imported_by_the_projects_code_stays_its_server(tmp_path):
    files = {"README.md": "# Service\n\nServeur des comptages.\n",
             "requirements.txt": "tornado==6.2\nipykernel==6.19.2\n",
             "serveur.py": "import tornado.web\nimport tornado.ioloop\n\nclass Comptes(tornado.web.RequestHandler):\n    def get(self):\n        self.write({'n': 1})\n\n"
                           "app = tornado.web.Application([(r'/comptes', Comptes)])\n"}
    _, res = judge(tmp_path, files, ["interoperability.api-spec"])
    assert res["interoperability.api-spec"]["status"] == "warn" and "tornado" in res["interoperability.api-spec"]["message"]["en"], res


def test_a_qgis_project_with_one_notebook_stays_a_gis_kit(tmp_path):
    files = {"README.md": "# Plan de zonage\n\nProjet QGIS du plan de zonage.\n", "zonage.qgz": "PK\x03\x04 projet qgis\n",
             "verif.ipynb": notebook("import geopandas as gpd"), "couches/zones.geojson": '{"type": "FeatureCollection", "features": []}\n'}
    report, _ = judge(tmp_path, files, ["documentation.readme"])
    assert report["facts"]["project"]["kind"] == "gis-kit", report["facts"]["project"]



def test_a_suppliers_metadata_page_under_documents_is_no_page_of_the_project(tmp_path):
    report, _ = judge(tmp_path, ANALYSIS, ["documentation.readme"])
    assert "static-site" not in report["facts"]["project"]["scores"], report["facts"]["project"]
