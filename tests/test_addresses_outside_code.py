"""Addresses outside code and territory values, found wrong on local authorities' repositories (issue 12, sessions 5–6):
a proprietary SMS gateway's URL in a Talend job's settings and a file_fdw table reading the State's administration directory
through ``program 'wget …'`` ("no external address"); a regional open-data portal's CKAN API and a Département's accounts on
a survey SaaS hard-coded in scripts (territory-neutral passed); a portal's application cards (links to 10.0.0.x intranet
applications) taken for internal connections; the Visual Studio Marketplace's blob host taken for Azure. Each on a git fixture
shaped like the real case."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

README = "# Rappels\n\nEnvoie des rappels de rendez-vous par SMS.\n\n## Installation\n\nImporter le projet dans Talend.\n"


def test_a_proprietary_service_in_a_settings_file_is_named_by_hosting(tmp_path):
    files = {"README.md": README, "talend.project": "<xmi:XMI/>\n",
             "configuration/context.properties": "SMS_login=\nSMS_server_url=https://contact-everyone.orange-business.com\n",
             "send.py": "import os\nURL = os.environ['SMS_server_url']\n"}
    _, res = judge(tmp_path, files, ["scaling.hosting", "scaling.vendor-lock-in"])
    h = res["scaling.hosting"]
    assert h["status"] == "pass"
    assert "aucune adresse externe" not in h["message"]["fr"] and "contact-everyone.orange-business.com" in h["message"]["fr"], h["message"]
    assert [e["path"] for e in h["evidence"]] == ["configuration/context.properties"]
    assert res["scaling.vendor-lock-in"]["status"] == "warn"  # where it is judged
    # with no address at all, the message says so
    _, res = judge(tmp_path, {"README.md": README, "send.py": "print(1)\n"}, ["scaling.hosting"], name="none")
    assert "aucune adresse externe" in res["scaling.hosting"]["message"]["fr"]


ANNUAIRE_SQL = (
    "CREATE EXTENSION IF NOT EXISTS file_fdw;\n"
    "CREATE SERVER IF NOT EXISTS fichiers FOREIGN DATA WRAPPER file_fdw;\n"
    "-- la source : https://www.data.gouv.fr/fr/datasets/service-public-fr-annuaire-de-l-administration/\n"
    "CREATE FOREIGN TABLE annuaire.admin_brut (id text, nom text, code_insee_commune text, adresse text)\n"
    "SERVER fichiers\n"
    "OPTIONS ( program 'wget -q -O - \"https://api-lannuaire.service-public.fr/api/explore/v2.1/catalog/datasets/"
    "api-lannuaire-administration/exports/csv\"', format 'csv', delimiter ';', header 'true' );\n"
    "CREATE TABLE annuaire.liens (nom text, url text);\n"
    "INSERT INTO annuaire.liens VALUES ('Mairie', 'https://www.mairie-exemplaire.fr/contact');\n"
    "CREATE MATERIALIZED VIEW annuaire.admin AS SELECT id, nom, code_insee_commune, adresse FROM annuaire.admin_brut;\n")


def test_an_address_sql_fetches_from_is_seen(tmp_path):
    files = {"README.md": "# Annuaire\n\nTable étrangère sur l'annuaire de l'administration, vue pour GeoServer.\n",
             "annuaire_admin.sql": ANNUAIRE_SQL}
    report, res = judge(tmp_path, files, ["scaling.hosting", "interoperability.public-building-blocks"])
    h = res["scaling.hosting"]
    assert "aucune adresse externe" not in h["message"]["fr"] and "plateformes publiques nationales" in h["message"]["fr"], h["message"]
    hosts = {x["host"] for x in report["facts"]["hosting_dependencies"]["hosts"]}
    assert hosts == {"service-public.fr"}, hosts  # the link stored by the INSERT is data, not an address the SQL fetches
    b = res["interoperability.public-building-blocks"]
    assert b["status"] == "pass" and "Annuaire de l'administration" in b["message"]["fr"], b["message"]
    # the same address only in a comment is fetched by nothing
    commented = {**files, "annuaire_admin.sql": ANNUAIRE_SQL.replace("OPTIONS ( program", "-- OPTIONS ( program")}
    report, res = judge(tmp_path, commented, ["scaling.hosting", "interoperability.public-building-blocks"], name="commented")
    assert report["facts"]["hosting_dependencies"]["hosts"] == []
    assert res["interoperability.public-building-blocks"]["status"] == "not_applicable"


CONTROL = (
    "#!/usr/bin/python\n# -*- coding: utf-8 -*-\nimport json\nimport urllib2\n\n"
    "dirResult = \"/DATA/fileadmin/opendata/_control\"\n"
    "urlAPI_listDataset = \"http://trouver.datasud.fr/api/3/action/package_list\"\n"
    "listDataset = json.loads(urllib2.urlopen(urlAPI_listDataset).read())\n"
    "for d in listDataset['result']:\n"
    "    urlAPI_dataset = \"https://trouver.datasud.fr/api/3/action/package_show?id=\" + d\n")


def territory(tmp_path, files, name="r"):
    """The territory-neutral result on a repository of ``files`` and the (path, line) of its evidence."""
    t = judge(tmp_path, files, ["reusability.territory-neutral"], name=name)[1]["reusability.territory-neutral"]
    return t, {(e.get("path"), e.get("line")) for e in t["evidence"] if e.get("path")}


def test_a_regional_portal_hard_coded_in_a_script_is_a_territory_value(tmp_path):
    t, where = territory(tmp_path, {"README.md": "# Contrôle\n\nContrôle les jeux de données du portail.\n", "control_datasud.py": CONTROL})
    assert t["status"] == "warn" and where == {("control_datasud.py", 7), ("control_datasud.py", 10)}, t
    # a harvester naming portals across France holds examples, not one territory's values
    t, where = territory(tmp_path, {"README.md": "# Moissonneur\n\nMoissonne les portails.\n", "harvest.py": (
        "PORTALS = [\n    \"https://trouver.datasud.fr/api/3/action/package_list\",\n"
        "    \"https://data.rennesmetropole.fr/api/explore/v2.1/catalog/datasets\",\n"
        "    \"https://www.geograndest.fr/geonetwork/srv/api/records\",\n]\n")}, "harvester")
    assert t["status"] == "pass" and not where, t


SPHINX = (
    "import argparse\n\n\ndef main():\n    parser = argparse.ArgumentParser()\n"
    "    parser.add_argument(\n        \"--sphinx_url\",\n        default=\"https://asp-loire-atlantique.sphinxonline.net/\",\n    )\n"
    "    parser.add_argument(\"--sphinx_username\", default=\"e-demarches\")\n"
    "    parser.add_argument(\"--ftp_url\", default=\"fr.ftp.opendatasoft.com\")\n"
    "    parser.add_argument(\"--ftp_login\", default=\"loireatlantique\")\n"
    "    parser.add_argument(\"--ftp_folder\", default=\"shared\")\n")


def test_a_territory_s_accounts_on_shared_services_are_territory_values(tmp_path):
    files = {"README.md": "# sphinx2ftp\n\nExporte les réponses d'une enquête en CSV.\n", "sphinx2ftp.py": SPHINX}
    t, where = territory(tmp_path, files)
    assert t["status"] == "warn" and where == {("sphinx2ftp.py", 8), ("sphinx2ftp.py", 12)}, t
    # an account of the service with no place in its name is nothing territorial
    t, where = territory(tmp_path, {**files, "sphinx2ftp.py": SPHINX.replace("asp-loire-atlantique", "asp-enquetes").replace("loireatlantique", "exports")}, "plain")
    assert t["status"] == "pass" and not where, t


APPLIS = """[{
\t\t"name":"Ressources Humaines",
\t\t"icon":"./img/ciril.png",
\t\t"desc":"Logiciel RH",
\t\t"url":"http://10.0.0.52:83/",
\t\t"cat":"1",
\t\t"maintenance":[
\t\t\t{"start":"2018-06-27 08:00:00","end":"2018-06-27 19:00:00"}
\t\t]
\t},{
\t\t"name":"Courrier",
\t\t"icon":"./img/courrier.png",
\t\t"desc":"Gestion du courrier",
\t\t"url":"https://courrier.prestataire-courrier.fr/",
\t\t"cat":"2"
\t}]
"""


def test_the_links_of_a_portal_s_application_cards_are_no_connections(tmp_path):
    files = {"README.md": "# Applications\n\nPortail des applications de la ville.\n", "applis.conf": APPLIS,
             "index.html": "<html><body><div id='applis'></div><script src='main.js'></script></body></html>\n",
             "main.js": "jQuery.getJSON('applis.conf', function (APPLIS) { APPLIS.forEach(function (a) { $('#applis').append("
                        "'<a href=\"' + a.url + '\">' + a.name + '</a>') }) })\n"}
    report, res = judge(tmp_path, files, ["scaling.hosting"])
    f = report["facts"]["hosting_dependencies"]
    assert f["internal"] == [] and f["hosts"] == [], (f["internal"], f["hosts"])
    # a map layer's card is loaded: its WMS on a private address is a connection
    layers = {**files, "applis.conf": APPLIS.replace('"http://10.0.0.52:83/"', '"http://10.0.0.52:8080/geoserver/wms"')}
    report, _ = judge(tmp_path, layers, ["scaling.hosting"], name="layers")
    assert [x["value"] for x in report["facts"]["hosting_dependencies"]["internal"]] == ["10.0.0.52"]


DOCKERFILE = ("FROM codercom/code-server:4.9.0\n"
              "ENV EXTENSIONS_GALLERY='{\"serviceUrl\":\"https://marketplace.visualstudio.com/_apis/public/gallery\","
              "\"cacheUrl\":\"https://vscode.blob.core.windows.net/gallery/index\"}'\n")


def test_the_marketplace_s_blob_host_is_not_azure_storage(tmp_path):
    files = {"README.md": "# Environnement\n\nEnvironnement de développement.\n", ".devcontainer/Dockerfile": DOCKERFILE}
    _, res = judge(tmp_path, files, ["scaling.vendor-lock-in"])
    v = res["scaling.vendor-lock-in"]
    assert "Visual Studio Marketplace" in v["message"]["fr"] and "Azure" not in v["message"]["fr"], v["message"]
    # a storage account's blob host is Azure's
    storage = {**files, "upload.py": "import requests\nrequests.put('https://villedata.blob.core.windows.net/exports/a.csv', data=b'')\n"}
    _, res = judge(tmp_path, storage, ["scaling.vendor-lock-in"], name="storage")
    assert "Azure" in res["scaling.vendor-lock-in"]["message"]["fr"], res["scaling.vendor-lock-in"]["message"]
