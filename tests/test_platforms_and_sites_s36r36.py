"""Wrong verdicts found by reader m34o2 (issue 12, session 36 fixer r36).

- techsipnrun/autorisations (a Django app instructing the requests a national park receives through Démarches Simplifiées): the
  README's "…demandes d'autorisation faites au Parc national, notamment via la plateforme [Démarches Simplifiées](…)" was counted as
  the project's demo; a platform the project's work goes through is a third party's, no running copy of the project. cmd.md at the
  root (venv, pip install -r requirements.txt, runserver, migrate) is written instructions. Esri's imagery as the tiles of two Leaflet
  maps is a service called, no platform the code is built on. The GraphQL client of Démarches Simplifiées (its address in the
  environment, its schema's mutations dossierAccepter, dossierRefuser… in .graphql files) uses a public building block.
- remifroger/apur-api (an Express API of statistics by territory code): the README's "[documentation](http://srv-gitlab.audiar.net/
  rfroger/obs-prototype/-/tree/master/doc/config.md)" — one file of another repository on the agency's GitLab — was a documentation
  site. Its rows are filtered on code_geo, the territory's INSEE code at the level asked (WHERE echelle = $1 AND code_geo = $2): an
  identifier field (identifiers was not applicable, public-building-blocks said it handled no place); every answer is an object sent
  by Express (res.status(…).send({ … })), JSON written (data-standards said no open format).
- ToffoluttiVittorio/Documentation_sphinx (the Sphinx manual of a water office's map platform): its sources sit one folder down in
  the manual's own folder (Documentation_utilisateur_SIGOLE/source/conf.py + index.rst, the folder's Makefile and make.bat running
  sphinx-build): the kind was undecided, documentation.docs found no site, accessibility was not applicable. Now a static site (the
  repository holds no other code), its site found, its Sphinx (a pip-installed generator) declared by no requirements.txt.
"""

from __future__ import annotations

from tests.gitrepo import make_repo
from tests.test_readme_facts_s32e32 import _readme, _result

DJANGO = {"requirements.txt": "Django==5.1\nrequests==2.32.3\n", "src/manage.py": "import django\n",
          "src/app/settings.py": "INSTALLED_APPS = ['django.contrib.admin']\n"}
DS_README = ("# Projet Autorisations\n\nApplication Django visant à simplifier le **suivi** et **l'instruction** des demandes d'autorisation "
             "faites au **Parc national**, notamment via la plateforme [Démarches Simplifiées](https://www.demarches-simplifiees.fr/).\n\n"
             "## Contact\n\nService informatique du parc.\n")


def test_a_platform_the_requests_go_through_is_no_demo(tmp_path):
    info = _readme(tmp_path, DS_README, DJANGO)
    assert info["demo"] is None, info["demo"]


def test_the_project_reached_through_its_own_address_stays_the_demo(tmp_path):
    text = DS_README.replace("notamment via la plateforme [Démarches Simplifiées](https://www.demarches-simplifiees.fr/).",
                             "accessible via la plateforme [Autorisations](https://autorisations.parc-national.fr/).")
    info = _readme(tmp_path, text, DJANGO)
    assert info["demo"] and info["demo"]["url"] == "https://autorisations.parc-national.fr/", info["demo"]


# -- techsipnrun/autorisations: cmd.md at the root gives the commands (venv, pip install -r requirements.txt, migrate, runserver) ---
CMD_MD = ("# Prérequis\n\n### Environnement\n\nCréation de l'environnement virtuel\n`python -m venv .env`\n\nInstallation des librairies\n"
          "`pip install -r requirements.txt`\n\n### Commandes Django\n\nLancer le serveur en local\n`py manage.py runserver`\n\n"
          "Faire les migrations\n`python manage.py migrate`\n")


def test_a_root_page_of_commands_is_written_instructions(tmp_path):
    files = {**DJANGO, "README.md": DS_README, "cmd.md": CMD_MD}
    make_repo(tmp_path, [{"files": files, "date": "2025-04-02T09:00:00Z"}])
    res = _result(tmp_path, "reusability.install")
    assert res["details"]["instructions"] is True, res
    assert any(e.get("path") == "cmd.md" for e in res["evidence"]), res["evidence"]
    assert "ni instructions" not in res["message"]["fr"] and "no instructions" not in res["message"]["en"], res["message"]


def test_a_security_policy_upgrade_note_at_the_root_is_no_instructions(tmp_path):
    files = {**DJANGO, "README.md": DS_README, "SECURITY.md": "# Security\n\nKeep Django up to date:\n\n`pip install -U django`\n"}
    make_repo(tmp_path, [{"files": files, "date": "2025-04-02T09:00:00Z"}])
    res = _result(tmp_path, "reusability.install")
    assert res["details"]["instructions"] is False, res


# -- techsipnrun/autorisations: Esri's imagery as the basemap of two Leaflet maps, no Esri SDK ----------------------------------------
TILE_JS = ("function initializeMap(container) {\n  const map = L.map(container);\n"
           "  L.tileLayer('https://server.arcgisonline.com/ArcGIS/rest/services/World_Imagery/MapServer/tile/{z}/{y}/{x}', {\n"
           "    attribution: 'Tiles &copy; Esri & NASA', maxZoom: 19\n  }).addTo(map);\n  return map;\n}\n")


def _portability(tmp_path, js: str) -> dict:
    files = {**DJANGO, "README.md": DS_README, "src/instruction/static/instruction/js/carto.js": js,
             "src/instruction/templates/instruction/carte.html": "<div id='map'></div><script src='/static/instruction/js/carto.js'></script>\n"}
    make_repo(tmp_path, [{"files": files, "date": "2025-04-02T09:00:00Z"}])
    return _result(tmp_path, "reusability.portability")


def test_a_proprietary_basemaps_tiles_are_a_service_called_no_platform(tmp_path):
    res = _portability(tmp_path, TILE_JS)
    assert res["details"]["vendors_called"] == ["Esri ArcGIS"] and res["details"]["vendors"] == [], res["details"]
    assert "plateforme propriétaire" not in res["message"]["fr"] and "proprietary platform" not in res["message"]["en"], res["message"]


def test_a_map_built_on_the_arcgis_sdk_stays_on_a_platform(tmp_path):
    js = ("require(['esri/Map', 'esri/views/MapView'], function (Map, MapView) {\n  const map = new Map({ basemap: 'satellite' });\n"
          "  return new MapView({ container: 'map', map: map });\n});\n")
    res = _portability(tmp_path, js)
    assert res["details"]["vendors"] == ["Esri ArcGIS"], res["details"]
    assert "plateforme propriétaire" in res["message"]["fr"], res["message"]


# -- techsipnrun/autorisations: a GraphQL client of Démarches Simplifiées, its address read from the environment ----------------------
DS_CLIENT = {"src/DS/graphql_client.py": ("import os\nimport requests\n\n\nclass GraphQLClient:\n    def __init__(self):\n"
                                          "        self.url = os.environ.get('API_URL')\n        self.token = os.environ.get('API_TOKEN')\n\n"
                                          "    def execute_query(self, query_file, variables=None):\n        with open(query_file) as f:\n"
                                          "            query = f.read()\n        headers = {'Authorization': f'Bearer {self.token}'}\n"
                                          "        return requests.post(self.url, json={'query': query, 'variables': variables or {}}, headers=headers).json()\n"),
             "src/DS/mutations/accepter_dossier.graphql": ("mutation dossierAccepter($input: DossierAccepterInput!) {\n  dossierAccepter(input: $input) {\n"
                                                           "    dossier { id number }\n    errors { message }\n  }\n}\n"),
             "src/DS/mutations/refuser_dossier.graphql": ("mutation dossierRefuser($input: DossierRefuserInput!) {\n  dossierRefuser(input: $input) {\n"
                                                          "    dossier { id }\n    errors { message }\n  }\n}\n"),
             "src/DS/queries/get_dossier.graphql": "query dossier($number: Int!) {\n  dossier(number: $number) {\n    id\n    state\n  }\n}\n"}


def _blocks(tmp_path, files: dict) -> dict:
    make_repo(tmp_path, [{"files": {**DJANGO, "README.md": DS_README, "src/app/views.py": "from django.shortcuts import render\n",
                                    "src/app/templates/app/index.html": "<html><body><h1>Instruction</h1></body></html>\n", **files},
                          "date": "2025-04-02T09:00:00Z"}])
    return _result(tmp_path, "interoperability.public-building-blocks")


def test_a_client_of_demarches_simplifiees_graphql_api_uses_a_public_building_block(tmp_path):
    res = _blocks(tmp_path, DS_CLIENT)
    assert res["details"]["building_blocks"] == ["Démarches Simplifiées (API)"], res
    assert any(e.get("path") == "src/DS/mutations/accepter_dossier.graphql" for e in res["evidence"]), res["evidence"]


def test_a_graphql_client_of_another_api_names_no_demarches_simplifiees(tmp_path):
    files = {k: v for k, v in DS_CLIENT.items() if k.endswith(".py")}
    files["src/DS/mutations/create_issue.graphql"] = "mutation createIssue($input: CreateIssueInput!) {\n  createIssue(input: $input) { issue { id } }\n}\n"
    files["src/DS/queries/get_dossier.graphql"] = "query dossier($number: Int!) {\n  dossier(number: $number) { id }\n}\n"
    res = _blocks(tmp_path, files)
    assert res["details"]["building_blocks"] == [], res


# -- remifroger/apur-api: "voir la [documentation](http://srv-gitlab.<agency>/…/-/tree/master/doc/config.md)" --------------------------
EXPRESS = {"package.json": '{"name": "apur-api", "version": "1.0.0", "main": "src/server/app.js", "dependencies": {"express": "^4.17.1", "pg": "^8.7.1"}}\n',
           "src/server/app.js": "const express = require('express')\nconst app = express()\napp.use('/api', require('./routes/api/apiRoutes'))\n"
                                "app.listen(process.env.PORT)\nmodule.exports = app\n",
           "src/server/routes/api/apiRoutes.js": ("const express = require('express')\nconst router = express.Router()\n"
                                                  "const dataQueryController = require('../../controllers/dataQuery')\n\n"
                                                  "router.get('/data/:theme/:indicateur', dataQueryController.getAll)\n\nmodule.exports = router\n")}
API_README = ("# Pré-requis\n\n* [Node.js](https://nodejs.org/en/)\n\n## Installation et lancement\n\n```\nnpm install\n```\n\n"
              "En environnement de production (pour définir et paramétrer les environnements, voir la [documentation]({url})) :\n"
              "```\nnpm start\n```\n")


def _docs(tmp_path, url: str) -> dict:
    make_repo(tmp_path, [{"files": {**EXPRESS, "README.md": API_README.format(url=url)}, "date": "2023-04-28T09:00:00Z"}])
    return _result(tmp_path, "documentation.docs")


def test_a_file_of_another_repository_on_an_agencys_gitlab_is_no_documentation_site(tmp_path):
    res = _docs(tmp_path, "http://srv-gitlab.audiar.net/rfroger/obs-prototype/-/tree/master/doc/config.md")
    assert "site" not in res["details"]["found"], res


def test_a_documentation_site_of_its_own_stays_one(tmp_path):
    res = _docs(tmp_path, "https://apur-api.audiar.net/documentation/")
    assert "site" in res["details"]["found"], res


# -- remifroger/apur-api: rows keyed by code_geo at a territorial level, answered as objects by Express ----------------------------------
CONTROLLER = ("const { getData } = require('../services/dbServices')\n\nconst availableEchelle = ['com']\n\nconst dataQueryController = {\n"
              "    getAll: async (req, res) => {\n        const params = req.query\n        if (!params.echelle && !params.territoire) {\n"
              "            return res.status(400).send({ \"text\": \"echelle et territoire (codes Insee en lien avec l'échelle) sont obligatoires\" })\n"
              "        }\n        const rows = await getData(params)\n        return res.status(200).send({ data: rows })\n    }\n}\n\n"
              "module.exports = dataQueryController\n")
DB_SERVICE = ("const getData = async (pool, params) => {\n    const query = await pool.query(\"SELECT * FROM stats.v_demo_pop_leg WHERE echelle = $1 "
              "AND code_geo = $2\", [params.echelle, params.territoire])\n    return query.rows\n}\n\nmodule.exports = { getData }\n")


def _api(tmp_path, files: dict, check: str) -> dict:
    make_repo(tmp_path, [{"files": {**EXPRESS, "README.md": API_README.format(url="https://nodejs.org/en/docs/"), **files},
                          "date": "2023-04-28T09:00:00Z"}])
    return _result(tmp_path, check)


API_FILES = {"src/server/controllers/dataQuery.js": CONTROLLER, "src/server/services/dbServices.js": DB_SERVICE}


def test_rows_keyed_by_a_territorys_code_geo_are_an_identifier_field(tmp_path):
    res = _api(tmp_path, API_FILES, "interoperability.identifiers")
    assert res["status"] == "warn", res
    assert "insee (code_geo)" in res["details"]["fields"], res["details"]


def test_a_territorys_code_is_a_place_the_public_apis_give(tmp_path):
    res = _api(tmp_path, API_FILES, "interoperability.public-building-blocks")
    assert res["status"] != "not_applicable", res
    assert any(e.get("path") == "src/server/services/dbServices.js" for e in res["evidence"]), res["evidence"]


def test_a_shortcodes_geo_variable_is_no_identifier(tmp_path):
    js = ("function shortcode() {\n  var code_lat = document.getElementById('lat').value;\n  var code_lng = document.getElementById('lng').value;\n"
          "  var code_geo = ' geo=\"' + code_lat + ',' + code_lng + '\"';\n  return '[map' + code_geo + ']';\n}\n")
    res = _api(tmp_path, {"src/client/shortcode.js": js}, "interoperability.identifiers")
    assert res["status"] == "not_applicable", res


def test_objects_sent_by_express_are_json_written(tmp_path):
    res = _api(tmp_path, API_FILES, "interoperability.data-standards")
    assert "JSON" in " ".join(res["details"]["formats"]).upper(), res["details"]


def test_text_sent_by_express_is_no_json(tmp_path):
    ctl = CONTROLLER.replace('send({ \"text\": \"echelle et territoire (codes Insee en lien avec l\'échelle) sont obligatoires\" })', "send('Paramètres incorrects')")
    ctl = ctl.replace("send({ data: rows })", "send(rows.map(r => r.valeur).join(';'))")
    res = _api(tmp_path, {"src/server/controllers/dataQuery.js": ctl}, "interoperability.data-standards")
    assert not res["details"]["formats"], res["details"]


# -- ToffoluttiVittorio/Documentation_sphinx: a Sphinx manual in <folder>/source/, its Makefile and make.bat beside -----------------------
SPHINX_CONF = ("# Configuration file for the Sphinx documentation builder.\n\nproject = 'Plateforme cartographique'\nauthor = 'Agent'\n\n"
               "extensions = [\n    'sphinx_copybutton',\n]\n\ntemplates_path = ['_templates']\nlanguage = 'fr'\n\nhtml_theme = 'sphinx_rtd_theme'\n"
               "html_static_path = ['_static']\n")
SPHINX_MAKE = ("# Minimal makefile for Sphinx documentation\n\nSPHINXOPTS    ?=\nSPHINXBUILD   ?= sphinx-build\nSOURCEDIR     = source\n"
               "BUILDDIR      = build\n\nhelp:\n\t@$(SPHINXBUILD) -M help \"$(SOURCEDIR)\" \"$(BUILDDIR)\" $(SPHINXOPTS) $(O)\n")
MAKE_BAT = ("@ECHO OFF\n\nif \"%SPHINXBUILD%\" == \"\" (\n\tset SPHINXBUILD=sphinx-build\n)\nset SOURCEDIR=source\nset BUILDDIR=build\n\n"
            "%SPHINXBUILD% -M %1 %SOURCEDIR% %BUILDDIR% %SPHINXOPTS% %O%\n")
PAGE = "Guide de l'utilisateur\n======================\n\nOuvrez le visualiseur et choisissez une couche dans le catalogue.\n"


def _manual(folder: str = "Documentation_utilisateur") -> dict:
    d = f"{folder}/"
    return {"README.md": "# Documentation de Sphinx\n\nCette documentation utilise la bibliothèque **Sphinx** avec le thème Read the Docs.\n\n"
                         "## Installation de Sphinx\n\n```\npip install sphinx sphinx_rtd_theme\n```\n",
            f"{d}Makefile": SPHINX_MAKE, f"{d}make.bat": MAKE_BAT, f"{d}source/conf.py": SPHINX_CONF,
            f"{d}source/index.rst": "Plateforme cartographique\n=========================\n\n.. toctree::\n   :maxdepth: 2\n\n   doc_user\n   doc_admin\n",
            f"{d}source/doc_user.rst": PAGE, f"{d}source/doc_admin.rst": PAGE.replace("utilisateur", "administrateur"),
            f"{d}source/doc_user/catalogue.rst": PAGE, f"{d}source/doc_user/carte.rst": PAGE,
            f"{d}build/html/index.html": "<!DOCTYPE html><html lang='fr'><head><title>Plateforme</title></head><body><h1>Plateforme</h1></body></html>\n",
            f"{d}build/html/doc_user.html": "<!DOCTYPE html><html lang='fr'><head><title>Guide</title></head><body><p>Guide</p></body></html>\n"}


def _site_audit(tmp_path, files: dict, checks: list[str]) -> dict:
    from auditor.engine import AuditOptions, audit

    make_repo(tmp_path, [{"files": files, "date": "2024-11-06T09:00:00Z"}])
    report = audit(str(tmp_path), AuditOptions(cache_dir=tmp_path.parent / f"cache-{tmp_path.name}", only=checks))
    return {r["id"]: r for r in report["results"]} | {"project": report["facts"]["project"]}


def test_a_sphinx_manual_in_its_folders_source_is_a_static_documentation_site(tmp_path):
    res = _site_audit(tmp_path, _manual(), ["documentation.docs", "interoperability.accessibility-and-ecodesign", "reusability.dependencies"])
    assert res["project"]["kind"] == "static-site" and res["project"]["kind_decided"], res["project"]
    assert "site" in res["documentation.docs"]["details"]["found"], res["documentation.docs"]
    assert res["interoperability.accessibility-and-ecodesign"]["status"] != "not_applicable", res["interoperability.accessibility-and-ecodesign"]
    dep = res["reusability.dependencies"]
    assert dep["status"] == "fail" and "requirements.txt" in dep["message"]["fr"], dep


def test_a_python_package_with_docs_source_conf_stays_a_library(tmp_path):
    files = {"pyproject.toml": "[project]\nname = \"territoires\"\nversion = \"1.0.0\"\n\n[build-system]\nrequires = [\"setuptools\"]\n",
             "README.md": "# territoires\n\nBibliothèque Python des codes officiels des communes.\n\n```\npip install territoires\n```\n",
             "territoires/__init__.py": "from .codes import departement\n",
             "territoires/codes.py": "def departement(code_commune):\n    return code_commune[:2]\n",
             **{k.replace("Documentation_utilisateur/", "docs/"): v for k, v in _manual().items() if k != "README.md" and "/build/" not in k}}
    res = _site_audit(tmp_path, files, ["documentation.docs"])
    assert res["project"]["kind"] == "library", res["project"]
    assert "site" in res["documentation.docs"]["details"]["found"], res["documentation.docs"]


def test_sphinx_roots_look_three_folders_down_but_not_in_tests(tmp_path):
    from auditor.facts.doc_sites import sphinx_roots

    files = {**_manual("guides/utilisateur"), "tests/roots/test-basic/conf.py": SPHINX_CONF, "tests/roots/test-basic/index.rst": PAGE,
             "a/b/c/d/conf.py": SPHINX_CONF, "a/b/c/d/index.rst": PAGE}
    make_repo(tmp_path, [{"files": files, "date": "2024-11-06T09:00:00Z"}])
    from tests.test_scaling import ctx_for

    assert sphinx_roots(ctx_for(tmp_path).snapshot) == ["guides/utilisateur/source/"]
