"""Session 36 (j36): wrong verdicts read by m33o4 on a VuePress report and two QGIS plugins.

- quentinMlvl/rapport-alternance: a VuePress site kept in a sub-folder (rapport-alternance/.vuepress/config.js, Markdown pages,
  figures), its own package.json beside it with "docs:build": "vuepress build .". reusability.install said nothing says how to
  regenerate it (only the root package.json was read, and "docs:build" was no build script); the accessibility check said no web
  interface was detected, for a site the kind itself calls a static site.
- Amaury974/Jointure_Cadastre: a QGIS plugin joining a spreadsheet of parcels to the cadastre of La Réunion's communes.
  data-standards said its code writes a closed format (.xls), though .xls is only among the input workbooks it opens (a tuple of
  extensions, a file dialog's filter); identifiers counted no hard-coded value though core/reunion_communes.py lists the 24
  communes' INSEE codes as tuples (code, name, aliases).
- infogeo54/SMC: a QGIS plugin selecting, in every vector layer of the open project, the features within the communes the user
  ticks (within($geometry, geom_from_wkt(…)) from each commune's asWkt()). interoperability.geo failed it for no open format, OGC
  service or national reference, though it reads no file and calls no service: QGIS reads the project's layers in any format.
Files written for these tests, in the shape of the real cases.
"""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

PAGE = ("# {title}\n\nCe chapitre présente {title} : le contexte du service, les besoins des agents et les choix faits pendant "
        "l'année pour l'application cartographique du Département.\n\n![Figure](../assets/img/{img}.png)\n")
VUEPRESS_SITE = {
    "README.md": "# Rapport d'alternance\n## Développeur web au service SIG (2020-2021)\n",
    ".gitignore": "node_modules/\n",
    "rapport/.vuepress/config.js": ("module.exports = {\n  title: 'Rapport d\\'alternance',\n  base: '/rapport/',\n  themeConfig: {\n"
                                    "    nav: [{ text: 'Accueil', link: '/' }],\n    sidebar: ['/', '/presentation/', '/conclusion/'],\n  },\n};\n"),
    "rapport/.vuepress/styles/palette.styl": "$accentColor = #3b6e8f\n",
    "rapport/README.md": PAGE.format(title="l'introduction", img="logo"),
    "rapport/presentation/README.md": PAGE.format(title="la présentation", img="orga"),
    "rapport/presentation/existant.md": PAGE.format(title="l'existant", img="appli"),
    "rapport/conclusion/README.md": PAGE.format(title="la conclusion", img="maquette"),
    "rapport/assets/img/logo.png": "png\n",
    "rapport/assets/img/orga.png": "png\n",
    "rapport/package.json": ('{\n  "name": "rapport",\n  "version": "1.0.0",\n  "scripts": {\n'
                             '    "test": "echo \\"Error: no test specified\\" && exit 1",\n    "docs:dev": "vuepress dev .",\n'
                             '    "docs:build": "vuepress build ."\n  },\n  "author": "A. Alternant",\n  "license": "ISC",\n'
                             '  "devDependencies": {\n    "vuepress": "^1.8.2"\n  }\n}\n'),
}


def test_a_sub_folder_sites_own_generator_build_says_how_to_regenerate_it(tmp_path):
    report, res = judge(tmp_path, VUEPRESS_SITE, ["reusability.install"])
    assert report["facts"]["project"]["kind"] == "static-site", report["facts"]["project"]
    inst = res["reusability.install"]
    assert "régénérer" not in inst["message"]["fr"] and "nor how to regenerate" not in inst["message"]["en"], inst["message"]
    assert any(e.get("path") == "rapport/package.json" for e in inst["evidence"]), inst["evidence"]
    assert "docs:build" in inst["message"]["en"] and "docs:build" in inst["message"]["fr"], inst["message"]
    assert inst["status"] != "pass", inst["message"]  # (nothing says how to publish it, no written step)


def test_a_sub_folder_package_without_a_generator_build_is_no_site_build(tmp_path):
    site = dict(VUEPRESS_SITE)
    site["rapport/package.json"] = ('{\n  "name": "rapport",\n  "scripts": {\n    "test": "echo \\"Error: no test specified\\" && exit 1",\n'
                                    '    "lint": "eslint ."\n  },\n  "devDependencies": {\n    "vuepress": "^1.8.2"\n  }\n}\n')
    _, res = judge(tmp_path, site, ["reusability.install"])
    inst = res["reusability.install"]
    assert inst["status"] == "fail" and "nothing says how" in inst["message"]["en"], inst["message"]


def test_a_generator_site_of_markdown_pages_is_a_web_interface(tmp_path):
    _, res = judge(tmp_path, VUEPRESS_SITE, ["interoperability.accessibility-and-ecodesign"])
    a11y = res["interoperability.accessibility-and-ecodesign"]
    assert a11y["status"] not in ("not_applicable", "pass"), a11y["message"]


def test_markdown_notes_with_no_site_generator_stay_without_interface(tmp_path):
    notes = {k: v for k, v in VUEPRESS_SITE.items() if "/.vuepress/" not in k and not k.endswith("package.json")}
    notes["rapport/build.py"] = "import pathlib\n\n\ndef pages():\n    return sorted(pathlib.Path('.').glob('*.md'))\n"
    _, res = judge(tmp_path, notes, ["interoperability.accessibility-and-ecodesign"])
    a11y = res["interoperability.accessibility-and-ecodesign"]
    assert a11y["status"] == "not_applicable", a11y["message"]


def test_a_parts_build_script_runs_the_service_a_documentations_does_not():
    from auditor.facts.root_configs import _package_json

    assert _package_json('{"scripts": {"client:build": "vite build"}}')["run_scripts"]
    assert _package_json('{"scripts": {"build:prod": "vite build"}}')["run_scripts"]
    assert not _package_json('{"scripts": {"docs:build": "vuepress build docs", "lint": "eslint ."}}')["run_scripts"]


README = ("# Jointure Cadastre — plugin QGIS\n\n*Développé intégralement avec Claude.ai*\n\n"
          "Plugin QGIS 3.x permettant de joindre automatiquement un tableau de données (CSV, XLSX ou ODS) à une couche de parcelles "
          "cadastrales, avec la reconnaissance des communes et la normalisation des numéros de parcelles.\n\n"
          "## Structure du projet\n\n- `core/` : la logique sans interface\n- `parcelle_joiner_dialog.py` : la boîte de dialogue\n\n"
          "## Installer le plugin en local pour tester\n\nCopiez le dossier dans le dossier des extensions de QGIS, puis activez-le "
          "dans le gestionnaire d'extensions.\n")
COMMUNES = ("# -*- coding: utf-8 -*-\n\"\"\"Référentiel des communes du département (COG au 1er janvier 2026).\"\"\"\n\n"
            "# Chaque entrée : code_insee, nom_officiel, [alias de reconnaissance]\nCOMMUNES = [\n"
            "    (\"97401\", \"Les Avirons\", [\"LES AVIRONS\", \"AVIRONS\"]),\n    (\"97402\", \"Bras-Panon\", [\"BRAS PANON\"]),\n"
            "    (\"97404\", \"L'Étang-Salé\", [\"ETANG SALE\"]),\n    (\"97411\", \"Saint-Denis\", [\"SAINT DENIS\", \"ST DENIS\"]),\n"
            "    (\"97416\", \"Saint-Pierre\", [\"SAINT PIERRE\", \"ST PIERRE\"]),\n]\n\n\n"
            "def index_alias():\n    \"\"\"Les alias de chaque commune vers son code.\"\"\"\n"
            "    return {a: code for code, _nom, alias in COMMUNES for a in alias}\n")
TABLE_READER = ("# -*- coding: utf-8 -*-\n\"\"\"Lecture unifiée du tableau de données source : CSV, XLSX ou ODS, par le driver OGR de QGIS.\"\"\"\n"
                "import os\n\nfrom qgis.core import QgsVectorLayer\n\nEXTENSIONS_MULTI_FEUILLES = (\".xlsx\", \".xls\", \".ods\")\n\n\n"
                "def ouvrir_table_source(chemin, feuille=None):\n    \"\"\"Ouvre le tableau comme une couche sans géométrie.\"\"\"\n"
                "    uri = chemin\n    if feuille and os.path.splitext(chemin)[1].lower() in EXTENSIONS_MULTI_FEUILLES:\n"
                "        uri = f\"{chemin}|layername={feuille}\"\n    return QgsVectorLayer(uri, \"source\", \"ogr\")\n")
DIALOG = ("# -*- coding: utf-8 -*-\nfrom qgis.PyQt.QtWidgets import QDialog, QFileDialog\n\n"
          "EXTENSIONS_MULTI_FEUILLES = (\".xlsx\", \".xls\", \".ods\")\nFILTRE_FICHIERS = (\n"
          "    \"Tableaux (*.csv *.xlsx *.xls *.ods);;\"\n    \"CSV (*.csv);;Excel (*.xlsx *.xls);;OpenDocument (*.ods)\"\n)\n\n\n"
          "class ParcelleJoinerDialog(QDialog):\n    def choisir(self):\n        \"\"\"Le tableau à joindre.\"\"\"\n"
          "        chemin, _ = QFileDialog.getOpenFileName(self, \"Tableau\", \"\", FILTRE_FICHIERS)\n        return chemin\n")
PLUGIN = {
    "README.md": README,
    "metadata.txt": ("[general]\nname=Jointure Cadastre\nqgisMinimumVersion=3.16\ndescription=Joint un tableau de données à une couche de "
                     "parcelles cadastrales.\nversion=0.1.0\nauthor=A. Agent\nemail=agent@example.org\ncategory=Vector\nicon=icon.png\n"),
    "__init__.py": "def classFactory(iface):\n    from .parcelle_joiner import ParcelleJoinerPlugin\n    return ParcelleJoinerPlugin(iface)\n",
    "parcelle_joiner.py": ("from qgis.PyQt.QtWidgets import QAction\n\nfrom .parcelle_joiner_dialog import ParcelleJoinerDialog\n\n\n"
                           "class ParcelleJoinerPlugin:\n    def __init__(self, iface):\n        self.iface = iface\n\n"
                           "    def initGui(self):\n        self.action = QAction(\"Jointure Cadastre\", self.iface.mainWindow())\n"
                           "        self.iface.addPluginToMenu(\"&Jointure Cadastre\", self.action)\n\n    def run(self):\n"
                           "        ParcelleJoinerDialog().exec_()\n"),
    "parcelle_joiner_dialog.py": DIALOG,
    "core/__init__.py": "",
    "core/table_reader.py": TABLE_READER,
    "core/reunion_communes.py": COMMUNES,
    "core/commune_matcher.py": ("from .reunion_communes import index_alias\n\n\ndef code_insee(nom):\n"
                                "    \"\"\"Le code_insee de la commune nommée.\"\"\"\n    return index_alias().get(nom.upper())\n"),
}


def test_a_tuple_of_input_extensions_writes_no_closed_format(tmp_path):
    _, res = judge(tmp_path, PLUGIN, ["interoperability.data-standards"])
    ds = res["interoperability.data-standards"]
    assert not ds["details"].get("closed_format"), ds["message"]
    assert ".xls" not in ds["message"]["en"] and ".xls" not in ds["message"]["fr"], ds["message"]


def test_a_plugin_saving_an_xls_workbook_still_writes_a_closed_format(tmp_path):
    plugin = dict(PLUGIN)
    plugin["core/export.py"] = ("import xlwt\n\n\ndef exporter(lignes, chemin):\n    \"\"\"Le résultat en classeur.\"\"\"\n"
                                "    wb = xlwt.Workbook()\n    ws = wb.add_sheet(\"jointure\")\n    for i, ligne in enumerate(lignes):\n"
                                "        ws.write(i, 0, ligne)\n    wb.save(chemin or \"jointure.xls\")\n")
    _, res = judge(tmp_path, plugin, ["interoperability.data-standards"])
    ds = res["interoperability.data-standards"]
    assert ds["details"].get("closed_format") and "core/export.py" in ds["message"]["en"], ds["message"]


def test_a_list_of_code_name_tuples_is_hard_coded_identifiers(tmp_path):
    _, res = judge(tmp_path, PLUGIN, ["interoperability.identifiers"])
    ids = res["interoperability.identifiers"]
    assert ids["details"]["hard_coded"] >= 5, ids["message"]
    assert any(e.get("path") == "core/reunion_communes.py" for e in ids["evidence"]), ids["evidence"]


def test_tuples_of_numbered_messages_are_no_identifiers(tmp_path):
    plugin = dict(PLUGIN)
    plugin["core/reunion_communes.py"] = ("ERREURS = [\n    (\"10001\", \"Erreur de lecture du tableau\"),\n"
                                          "    (\"10002\", \"Fichier absent\"),\n    (\"10003\", \"Colonne manquante\"),\n]\n\n\n"
                                          "def index_alias():\n    return {}\n")
    _, res = judge(tmp_path, plugin, ["interoperability.identifiers"])
    assert res["interoperability.identifiers"]["details"].get("hard_coded", 0) == 0, res["interoperability.identifiers"]["message"]


PANDOC_PAGE = ('<!DOCTYPE html>\n\n<html>\n\n<head>\n\n<meta charset="utf-8" />\n<meta name="generator" content="pandoc" />\n'
               '<meta http-equiv="X-UA-Compatible" content="IE=EDGE" />\n\n<title>README</title>\n</head>\n<body>\n'
               '<h1>Jointure Cadastre — plugin QGIS</h1>\n<p>Plugin QGIS 3.x permettant de joindre automatiquement un tableau de données.</p>\n'
               '</body>\n</html>\n')


def test_a_pandoc_rendering_of_the_readme_beside_it_is_build_output(tmp_path):
    plugin = dict(PLUGIN, **{"README.html": PANDOC_PAGE})
    _, res = judge(tmp_path, plugin, ["reusability.build-output"])
    out = res["reusability.build-output"]
    assert out["status"] == "warn" and "README.html" in out["message"]["en"] and "README.html" in out["message"]["fr"], out["message"]
    paths = [e["path"] for e in out["evidence"]]
    assert paths.count("README.html") == 1, paths  # (s36 lead, v20a: the page was listed twice, as the render's page and as build output)


def test_a_hand_written_page_beside_its_markdown_twin_is_no_build_output(tmp_path):
    site = {"README.md": "# Le site de la commune\n\nLes pages du site de la commune, écrites à la main.\n",
            "index.md": "# Accueil\n\nBienvenue sur le site de la commune.\n",
            "index.html": ('<!DOCTYPE html>\n<html lang="fr">\n<head>\n<meta charset="utf-8">\n<title>Accueil</title>\n'
                           '<link rel="stylesheet" href="style.css">\n</head>\n<body>\n<h1>Accueil</h1>\n<p>Bienvenue.</p>\n</body>\n</html>\n'),
            "style.css": "body { font-family: sans-serif; }\n"}
    _, res = judge(tmp_path, site, ["reusability.build-output"])
    assert res["reusability.build-output"]["status"] == "pass", res["reusability.build-output"]["message"]


def test_a_credit_line_naming_the_assistant_that_wrote_the_code_is_no_description(tmp_path):
    _, res = judge(tmp_path, PLUGIN, ["documentation.readme", "documentation.readme-sections"])
    readme, sections = res["documentation.readme"], res["documentation.readme-sections"]
    said = [e for e in readme["evidence"] if e.get("line") is not None]
    assert said and said[0]["line"] == 5 and "Plugin QGIS" in str(said[0].get("value")), readme["evidence"]
    purpose = [e for e in sections["evidence"] if isinstance(e.get("value"), dict) and e["value"].get("section") == "purpose"]
    assert purpose and purpose[0]["line"] == 5, purpose


def test_a_credit_line_saying_what_for_stays_a_description(tmp_path):
    plugin = dict(PLUGIN)
    plugin["README.md"] = README.replace("*Développé intégralement avec Claude.ai*",
                                         "Développé avec QGIS pour joindre un tableau de parcelles au cadastre des communes.")
    _, res = judge(tmp_path, plugin, ["documentation.readme"])
    said = [e for e in res["documentation.readme"]["evidence"] if e.get("line") is not None]
    assert said and said[0]["line"] == 3, res["documentation.readme"]["evidence"]


SMC_CODE = ("from qgis.PyQt.QtCore import Qt\nfrom qgis.PyQt.QtWidgets import QAction\nfrom qgis.core import QgsProject, QgsFeatureRequest\n\n\n"
            "class SMC:\n    \"\"\"Sélection des entités par commune.\"\"\"\n\n    def __init__(self, iface):\n        self.iface = iface\n\n"
            "    def initGui(self):\n        self.action = QAction(\"SMC\", self.iface.mainWindow())\n"
            "        self.iface.addPluginToMenu(\"&SMC\", self.action)\n\n"
            "    def select(self, communes, noms):\n        \"\"\"Sélectionne dans chaque couche les entités des communes cochées.\"\"\"\n"
            "        layers = [l for l in QgsProject.instance().mapLayers().values() if l.type() == 0 and l.name() != \"Communes\"]\n"
            "        for l in layers:\n            for c in [c for c in communes.getFeatures() if c.attribute(\"nom\") in noms]:\n"
            "                expression = \"within($geometry, geom_from_wkt('{wkt}'))\".format(wkt=c.geometry().asWkt())\n"
            "                l.selectByExpression(expression, 1)\n\n"
            "    def run(self):\n        \"\"\"Les communes visibles.\"\"\"\n        extent = self.iface.mapCanvas().extent()\n"
            "        communes = next(l for l in QgsProject.instance().mapLayersByName(\"Communes\"))\n"
            "        return communes.getFeatures(QgsFeatureRequest(extent))\n")
SMC = {
    "README.md": ("# SMC\n\nExtension QGIS qui sélectionne, dans toutes les couches du projet, les entités contenues dans les communes "
                  "choisies par l'utilisateur.\n\n## Installation\n\nCopiez le dossier dans le dossier des extensions de QGIS.\n"),
    "metadata.txt": ("[general]\nname=SMC\nqgisMinimumVersion=3.0\ndescription=Sélectionne les entités contenues dans des communes "
                     "choisies\nversion=0.1\nauthor=Service SIG\nemail=sig@example.org\n"),
    "__init__.py": "def classFactory(iface):\n    from .smc import SMC\n    return SMC(iface)\n",
    "smc.py": SMC_CODE,
}


def test_a_qgis_plugin_working_on_the_projects_layers_is_format_neutral(tmp_path):
    _, res = judge(tmp_path, SMC, ["interoperability.geo"])
    geo = res["interoperability.geo"]
    assert geo["status"] == "pass", geo["message"]
    assert "QGIS" in geo["message"]["en"] and "QGIS" in geo["message"]["fr"], geo["message"]


def test_a_qgis_plugin_calling_a_proprietary_map_api_stays_judged(tmp_path):
    plugin = dict(SMC)
    plugin["geocode.py"] = ("import requests\n\nURL = \"https://maps.googleapis.com/maps/api/geocode/json\"\n\n\n"
                            "def geocoder(adresse, cle):\n    \"\"\"La position d'une adresse.\"\"\"\n"
                            "    return requests.get(URL, params={\"address\": adresse, \"key\": cle}).json()\n")
    _, res = judge(tmp_path, plugin, ["interoperability.geo"])
    geo = res["interoperability.geo"]
    assert geo["status"] != "pass" and geo["details"]["proprietary"], geo["message"]


def test_the_reason_for_declared_dependencies_not_read_is_said_in_french():
    """(s36 lead, v20a = PnCevennes/porteconnaissance_pq) licensing.dependencies' French message carried the English reason
    "8 declared dependencies whose licenses are not read" of a manifest beside a copied library."""
    from auditor.i18n import known_phrase
    assert known_phrase("8 declared dependencies whose licenses are not read", "fr") == "8 dépendance(s) déclarée(s) dont les licences ne sont pas lues"
