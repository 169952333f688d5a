"""Verdicts read against départements' and their operators' repositories the tool had not seen (session 3), each fixed at
its cause and shown on a git fixture shaped like the real case: a Docker packaging of an e-services platform, a Python
command-line tool with a numbered documentation folder and its built Sphinx site committed."""

from __future__ import annotations

from tests.test_project_kind import run
from tests.test_reusability_fixtures import build, results

SHELL = "#!/bin/bash\n# Start every container of the platform, then wait for the proxy\nstart() {\n  docker compose up -d\n}\nstart\n"
PACKAGING = {  # shaped like a department's Docker packaging of Publik: images, compose files, scripts and settings
    "README.md": "# Publik\n\nCe projet simplifie l'installation de la solution Publik avec des conteneurs Docker.\n\n"
                 "## Installation\n\nCopiez config.env.template en data/config.env puis lancez ./up.sh.\n",
    "docker-compose.yml": "services:\n  authentic:\n    build: authentic\n  combo:\n    build: combo\n",
    "authentic/Dockerfile": "FROM debian:stretch\nRUN apt-get install -y authentic2\n",
    "combo/Dockerfile": "FROM debian:stretch\nRUN apt-get install -y combo\n",
    "base/Dockerfile": "FROM debian:stretch\n",
    "authentic/authentic.settings.py": "DEBUG = False\nALLOWED_HOSTS = ['*']\n",
    "combo/combo.settings.py": "DEBUG = False\n",
    **{f"{name}/start.sh": SHELL for name in ("authentic", "combo", "base", "proxy")},
    "up.sh": SHELL, "build.sh": SHELL, "reset.sh": SHELL,
    "config.env.template": "# Domain of the platform\nDOMAIN=\n",
    "data/config.env": "# Main administrator\nERROR_MAIL_AUTHOR=Support technique\nAUTHENTIC_SUBDOMAIN=compte\n",
    "data/secret.env": "# VARIABLES BELOW MUST HAVE A NON-EMPTY VALUE\nPOSTGRES_PASSWORD=dochangeme\n\nDB_AUTHENTIC_NAME=authentic\n"
                       "DB_AUTHENTIC_USER=authentic\nDB_AUTHENTIC_PASS=dochangeme\n\nDB_PASSERELLE_NAME=passerelle\nDB_PASSERELLE_USER=passerelle\n"
                       "DB_PASSERELLE_PASS=dochangeme\n",
}


def test_a_docker_packaging_of_a_platform_is_infrastructure_and_its_placeholders_no_secrets(tmp_path):
    report = run(build(tmp_path / "r", PACKAGING), tmp_path / "c",
                 only=["reusability.secrets", "interoperability.data-standards", "interoperability.public-building-blocks",
                       "reusability.maintainability", "documentation.code-comments"])
    assert report["facts"]["project"]["kind"] == "infrastructure", report["facts"]["project"]
    res = results(report)
    assert res["reusability.secrets"]["status"] == "pass", [(e["path"], e["line"], e["value"]) for e in res["reusability.secrets"]["evidence"]]
    assert res["interoperability.data-standards"]["status"] == "not_applicable"
    assert res["interoperability.public-building-blocks"]["status"] == "not_applicable"
    # most of the code is shell: complexity is not measured (no pass on two settings files), comments are
    m = res["reusability.maintainability"]
    assert m["status"] == "inconclusive" and "Shell" in m["message"]["en"], m["message"]
    c = res["documentation.code-comments"]
    assert c["details"]["by_language"]["shell"]["files"] == 7 and c["details"]["by_language"]["shell"]["documented"] == 7


def test_a_real_password_in_a_committed_env_file_is_still_a_secret(tmp_path):
    files = {**PACKAGING, "data/secret.env": "POSTGRES_PASSWORD=Xk7#pQ2vLm9wZ\nDB_AUTHENTIC_PASS=Rt5!nBq8sWe3\n"}
    r = results(run(build(tmp_path / "r", files), tmp_path / "c", only=["reusability.secrets"]))["reusability.secrets"]
    assert r["status"] == "fail" and {e["line"] for e in r["evidence"] if e["path"] == "data/secret.env"} >= {1, 2}


TOOL = {  # shaped like a transport authority's quality-of-service calculator: a CLI package, a numbered documentation folder
    "README.md": "# Qualité de service\n\nCalcule les indicateurs de ponctualité et de régularité.\n\n## Installer\n\n```\npip install qs\n```\n",
    "pyproject.toml": '[project]\nname = "qs"\ndependencies = ["pandas"]\n\n[project.scripts]\nqs = "qs:main"\n',
    "qs/__init__.py": "def main():\n    \"\"\"Entry point.\"\"\"\n    return 0\n",
    "0_documentation/QS_notice_tech.md": "# Notice technique\n\n## Structure du code\n\nLe code suit une architecture hexagonale : "
                                         "les cas d'usage appellent les entités.\n",
    "0_documentation/adr/0_template.md": "# ADR TEMPLATE\n\n# Contexte\n\n# Options envisagées\n\n# Décision\n",
    "0_documentation/html/.buildinfo": "# Sphinx build info version 1\nconfig: 0a1b\n",
    "0_documentation/html/index.html": "<html><body>Documentation</body></html>\n",
    "0_documentation/doctrees/index.doctree": b"\x80\x04\x95doctree",
    "0_documentation/doctrees/environment.pickle": b"\x80\x04\x95env",
}


def test_a_numbered_documentation_folder_is_found_and_a_built_sphinx_site_is_build_output(tmp_path):
    report = run(build(tmp_path / "r", TOOL), tmp_path / "c", only=["documentation.docs", "reusability.build-output"])
    docs = report["facts"]["docs"]
    assert docs["docs_dirs"] == ["0_documentation"]
    assert docs["architecture"] == ["0_documentation/QS_notice_tech.md"]  # the code structure chapter, not the empty ADR template
    res = results(report)
    assert {"folder", "architecture"} <= set(res["documentation.docs"]["details"]["found"]), res["documentation.docs"]["message"]
    b = res["reusability.build-output"]
    assert b["status"] == "warn" and b["details"]["files"] == 4, b["message"]


BUDGET = {  # shaped like a department's budget visualisation: budget documents read in the State's XML, a map page on ArcGIS
    "README.md": "# Dataviz finances\n\nVisualisation des comptes administratifs du département.\n",
    "package.json": '{"dependencies": {"react": "^16.0.0", "react-dom": "^16.0.0"}}', "package-lock.json": "{}",
    "src/shared/finance/xmlDocumentToDocumentBudgetaire.js": "// Read a budget document (XML)\nexport default function xmlDocumentToDocumentBudgetaire(doc) {\n"
                                                              "  return doc.getElementsByTagName('DocumentBudgetaire')[0];\n}\n",
    "data/agregats.csv": "id,montant\nA,1\n",
    "public/carte.html": '<html><head>\n<script src="https://unpkg.com/leaflet@1.3.1/dist/leaflet.js"\n'
                         '  integrity="sha512-/Nsx9X4HebavoBvEBuyp3I7od5tA0UzAxs+j83KgC8PU0kgB4XiK4Lfe4y4cgBtaRJQEIFCW+oC506aPT2L1zw=="\n'
                         '  crossorigin=""></script>\n<script src="https://unpkg.com/esri-leaflet@2.1.3/dist/esri-leaflet.js"></script>\n</head><body>\n'
                         "<script>\nvar map = L.map('map');\nL.esri.featureLayer({url: 'https://sig.example.org/arcgis/rest/services/SIP/MapServer/0'}).addTo(map);\n"
                         "</script>\n</body></html>\n",
}


def test_the_state_budget_xml_is_a_standard_and_an_arcgis_server_a_lock_in_and_an_sri_hash_no_secret(tmp_path):
    res = results(run(build(tmp_path / "r", BUDGET), tmp_path / "c",
                      only=["interoperability.data-standards", "scaling.vendor-lock-in", "reusability.secrets"]))
    ds = res["interoperability.data-standards"]
    assert "Document budgétaire XML (DGFiP/DGCL)" in ds["details"]["formats"] and ds["status"] != "fail", ds["message"]
    lock = res["scaling.vendor-lock-in"]
    assert lock["status"] != "pass" and "Esri ArcGIS" in lock["message"]["en"], lock["message"]
    sec = res["reusability.secrets"]
    assert sec["status"] == "pass" and sec["score"] == 10, [(e["path"], e["line"], e["value"]) for e in sec["evidence"]]


def test_a_command_line_tool_taking_the_school_calendar_from_a_ministry_api_uses_a_public_building_block(tmp_path):
    files = {**TOOL, "qs/calendrier.py": 'API_ROUTE = ("https://data.education.gouv.fr/api/explore/v2.0/catalog/datasets/'
                                         'fr-en-calendrier-scolaire/exports/csv?")\n'}
    r = results(run(build(tmp_path / "r", files), tmp_path / "c", only=["interoperability.public-building-blocks"]))["interoperability.public-building-blocks"]
    assert r["status"] == "pass" and r["details"]["building_blocks"] == ["data.*.gouv.fr API"], r["message"]
    r = results(run(build(tmp_path / "n", TOOL), tmp_path / "c2", only=["interoperability.public-building-blocks"]))["interoperability.public-building-blocks"]
    assert r["status"] == "not_applicable"


HEADER = ("<?php\n/**\n * -------------------------------------------------------------------------\n * TransferTicketEntity plugin for GLPI\n"
          " * @copyright Copyright (C) 2022 by the Département de Maine-et-Loire\n"
          " * @license   AGPL License 3.0 or (at your option) any later version\n * -------------------------------------------------------------------------\n */\n")


def test_file_headers_stating_another_licence_than_the_text_are_a_consistency_finding(tmp_path):
    from auditor.licenses.matcher import load_data

    gpl = load_data()["licenses"]["GPL-3.0-only"]["texts"][0]["text"]
    files = {"README.md": "# Transfer Ticket Entity\n\nUn plugin GLPI pour transférer des tickets entre entités.\n", "LICENSE": gpl,
             "setup.php": HEADER + "function plugin_init_transferticketentity() {}\n",
             "hook.php": HEADER + "function plugin_transferticketentity_install() { return true; }\n",
             "inc/ticket.class.php": HEADER + "class PluginTransferticketentityTicket {}\n",
             "js/script.js": "// Show the form\nfunction showForm() { return 1; }\n"}
    report = run(build(tmp_path / "r", files), tmp_path / "c", only=["licensing.consistent", "licensing.license-file"])
    lic = report["facts"]["license"]
    assert lic["spdx"] == "GPL-3.0-only" and lic["disagreements"][0]["source"]["kind"] == "file-headers", lic["disagreements"]
    res = results(report)
    assert res["licensing.license-file"]["status"] == "pass"
    assert res["licensing.consistent"]["status"] == "fail" and "AGPL" in res["licensing.consistent"]["message"]["en"]
    # the same headers naming the text's licence agree with it
    agreeing = {k: v.replace("AGPL License 3.0 or (at your option) any later version", "GPL-3.0-only") for k, v in files.items()}
    res = results(run(build(tmp_path / "a", agreeing), tmp_path / "c2", only=["licensing.consistent"]))
    assert res["licensing.consistent"]["status"] == "pass", res["licensing.consistent"]["message"]


TYPO3_EXTENSION = {  # shaped like Maine-et-Loire's chartum: a TYPO3 extension drawing charts from CSV files
    "readme.md": "# Chartum\n\nChartum is a Typo3 extension to show your data as charts.\n\n## How to install it ?\n\n"
                 "- Download the extension on https://extensions.typo3.org\n- Activate the extension in the typo3 backend\n",
    "composer.json": '{"name": "dept49/chartum", "type": "typo3-cms-extension", "require": {"typo3/cms-core": "^9.5"}}',
    "ext_emconf.php": "<?php\n$EM_CONF[$_EXTKEY] = [\n    'title' => 'Chartum',\n    'author' => 'Jean Dupont',\n"
                      "    'author_company' => 'Département de Maine-et-Loire',\n    'state' => 'stable',\n];\n",
    "Classes/VisuelGraphController.php": "<?php\nclass VisuelGraphController {\n  public function listAction() { return 1; }\n}\n",
    "Resources/Private/Templates/Chartum/List.html": "<canvas id=\"chart\"></canvas>\n",
}


def test_a_typo3_extension_is_a_host_plugin_and_its_author_company_no_territory_value(tmp_path):
    report = run(build(tmp_path / "r", TYPO3_EXTENSION), tmp_path / "c", only=["reusability.territory-neutral"])
    proj = report["facts"]["project"]
    assert proj["kind"] == "library" and proj["kind_evidence"][0]["reason"] == "plugin of TYPO3", proj
    r = results(report)["reusability.territory-neutral"]
    assert r["status"] == "pass", [(e["path"], e["line"], e["value"]) for e in r["evidence"]]
    # the same name written where the code uses it is still a territory value
    used = {**TYPO3_EXTENSION, "Classes/VisuelGraphController.php": "<?php\nclass VisuelGraphController {\n"
            "  public function title() { return 'Département de Maine-et-Loire'; }\n}\n"}
    r = results(run(build(tmp_path / "u", used), tmp_path / "c2", only=["reusability.territory-neutral"]))["reusability.territory-neutral"]
    assert r["status"] == "warn"


REPORTS_WS = {  # shaped like a region's address-report web services: PHP scripts at top level writing to PostGIS in Lambert-93
    "README.md": "# signalement-ws\n\nScripts serveurs utilisés par l'application de signalement d'adresses.\n",
    "ws/import.php": "<?php\ninclude '../secret/signalement.php';\n$db = pg_connect($pg_connect_);\n"
                     "$sql = \"INSERT INTO signalement (geom) VALUES (ST_PointFromText('POINT($x $y)', 2154))\";\npg_query($db, $sql);\n?>\n",
    "ws/rss.php": "<?php\n$sql = \"SELECT ST_X(ST_Transform(geom::geometry, 3857)) AS x FROM signalement\";\necho $sql;\n?>\n",
}


def test_postgis_srids_and_wkt_are_read_and_top_level_scripts_are_not_called_simple(tmp_path):
    res = results(run(build(tmp_path / "r", REPORTS_WS), tmp_path / "c", only=["interoperability.geo", "reusability.maintainability"]))
    geo = res["interoperability.geo"]
    assert "legal reference system: yes" in geo["message"]["en"] and "open geographic format: yes" in geo["message"]["en"], geo["message"]
    m = res["reusability.maintainability"]
    assert m["status"] == "inconclusive" and "No function to measure" in m["message"]["en"], m["message"]


def test_a_dam_client_and_an_sms_connector_depend_on_proprietary_services(tmp_path):
    files = {"README.md": "# Espace collection\n\nModule JCMS du portail des collections.\n",
             "WEB-INF/classes/fr/cd44/collection/keepeek/KeepeekApiEndPoint.java":
                 "package fr.cd44.collection.keepeek;\npublic class KeepeekApiEndPoint {\n  public String url() { return \"/api/dam\"; }\n}\n",
             "connector/orange_api.py": 'BASE_API = "https://contact-everyone.orange-business.com/api/v1.2/"\n\n\ndef send(msg):\n    return msg\n'}
    res = results(run(build(tmp_path / "r", files), tmp_path / "c", only=["scaling.vendor-lock-in", "reusability.portability"]))
    lock = res["scaling.vendor-lock-in"]
    assert lock["status"] != "pass" and "Keepeek" in lock["message"]["en"] and "SMS gateways" in lock["message"]["en"], lock["message"]
    assert any(e.get("path") == "connector/orange_api.py" for e in res["reusability.portability"]["evidence"]), res["reusability.portability"]["message"]


def test_a_framework_range_in_setup_py_or_setup_cfg_is_read_for_end_of_life(tmp_path):
    setup = ("from setuptools import setup\n\nsetup(\n    name='passerelle-orangesms',\n    version='0.3',\n"
             "    install_requires=['django >= 1.8, <1.12',],\n)\n")
    base = {"README.md": "# Connecteur SMS\n\nConnecteur Publik pour l'envoi de SMS.\n", "sms/models.py": "X = 1\n"}
    r = results(run(build(tmp_path / "r", {**base, "setup.py": setup}), tmp_path / "c", only=["scaling.end-of-life"]))["scaling.end-of-life"]
    assert r["status"] == "warn" and "Django 1.11" in r["message"]["en"], r["message"]
    cfg = "[metadata]\nname = sms\n\n[options]\ninstall_requires =\n    django>=1.8,<1.12\n    requests\n"
    r = results(run(build(tmp_path / "s", {**base, "setup.cfg": cfg}), tmp_path / "c2", only=["scaling.end-of-life"]))["scaling.end-of-life"]
    assert r["status"] == "warn" and "Django 1.11" in r["message"]["en"], r["message"]


def test_a_host_plugin_shipping_its_own_pages_is_judged_for_accessibility(tmp_path):
    jcms = {"README.md": "# jObservatoire\n\nModule dédié au site de l'observatoire départemental.\n",
            "WEB-INF/plugins/ObservatoirePlugin/plugin.xml": '<?xml version="1.0"?>\n<!DOCTYPE plugin PUBLIC "-//JALIOS//DTD JCMS-PLUGIN 1.7//EN" "https://support.jalios.com/dtd/jcms-plugin-1.7.dtd">\n<plugin name="ObservatoirePlugin" version="0.1"/>\n',
            "WEB-INF/classes/fr/cg44/observatoire/ArticleUtil.java": "package fr.cg44.observatoire;\npublic class ArticleUtil {\n  public int a() { return 1; }\n}\n",
            "plugins/ObservatoirePlugin/jsp/cards/doArticleCard.jsp": '<%@ include file="/jcore/doInitPage.jsp" %>\n<article class="card"><h3>Titre</h3></article>\n'}
    report = run(build(tmp_path / "r", jcms), tmp_path / "c", only=["interoperability.accessibility-and-ecodesign", "reusability.configuration"])
    assert report["facts"]["project"]["kind"] == "library" and report["facts"]["project"]["plugin_pages"]
    res = results(report)
    assert res["interoperability.accessibility-and-ecodesign"]["status"] != "not_applicable", res["interoperability.accessibility-and-ecodesign"]["message"]
    assert res["reusability.configuration"]["status"] == "not_applicable"  # only the interface checks judge the pages
    glpi = {"README.md": "# Transfer\n\nUn plugin GLPI.\n", "setup.php": "<?php\nfunction plugin_version_transfer() { return []; }\n",
            "inc/ticket.class.php": "<?php\nclass PluginTransferTicket {}\n"}
    res = results(run(build(tmp_path / "g", glpi), tmp_path / "c2", only=["interoperability.accessibility-and-ecodesign"]))
    assert res["interoperability.accessibility-and-ecodesign"]["status"] == "not_applicable"


def test_a_post_mortem_template_s_impacts_heading_is_no_impact_indicator(tmp_path):
    files = {**TOOL, "0_documentation/postmortem/0_template.md": "# POST-MORTEM TEMPLATE\n\n## Impacts\n\n<-- Quels impacts -->\n"}
    r = results(run(build(tmp_path / "r", files), tmp_path / "c", only=["scaling.impact-indicators"]))["scaling.impact-indicators"]
    assert r["status"] != "pass", r["message"]
    files["0_documentation/impact.md"] = "# Bilan\n\n## Impact\n\n12 réseaux de bus suivis chaque jour en 2025.\n"
    r = results(run(build(tmp_path / "i", files), tmp_path / "c2", only=["scaling.impact-indicators"]))["scaling.impact-indicators"]
    assert r["status"] == "pass", r["message"]


def test_a_build_tool_s_own_variable_is_no_setting_of_the_service(tmp_path):
    files = {"README.md": "# Composants\n\nComposants web.\n", "package.json": '{"dependencies": {"svelte": "^4.2.0"}}', "package-lock.json": "{}",
             "rollup.config.mjs": "const production = !process.env.ROLLUP_WATCH;\nexport default { input: 'src/main.js' };\n",
             "src/App.svelte": "<script>\n  export let titre = '';\n</script>\n<h1>{titre}</h1>\n",
             "src/api.js": "export const url = process.env.API_URL;\n"}
    r = results(run(build(tmp_path / "r", files), tmp_path / "c", only=["reusability.configuration"]))["reusability.configuration"]
    named = [e.get("value") for e in r["evidence"]]
    assert "API_URL" in str(named) and "ROLLUP_WATCH" not in str(named), named


def test_a_static_site_of_practical_sheets_is_documentation_to_license(tmp_path):
    files = {"README.md": "# datalunch\n\nMise en commun de fiches pratiques autour des données ouvertes.\n", "LICENSE": "MIT License\n",
             "_config.yml": "title: datalunch\ntheme: minima\n", "index.html": "<html><body>{{ content }}</body></html>\n",
             **{f"fiches/fiche_{i}.md": f"# Fiche {i}\n\nComment nettoyer un fichier CSV, étape {i}.\n" for i in range(4)}}
    r = results(run(build(tmp_path / "r", files), tmp_path / "c", only=["licensing.data-and-docs"]))["licensing.data-and-docs"]
    assert r["status"] != "not_applicable" and "documentation" in r["message"]["en"], r["message"]


def test_a_settings_file_of_placeholders_in_a_settings_folder_is_a_configuration_template(tmp_path):
    files = {**REPORTS_WS, "secret/README.md": "secret\n======\n\nCe dossier contient un fichier php à adapter pour la connexion à la base.\n",
             "secret/signalement.php": '<?php\n$pg_connect_ = "host=HOST dbname=DBNAME user=USER password=PWD";\n?>\n'}
    r = results(run(build(tmp_path / "r", files), tmp_path / "c", only=["reusability.configuration"]))["reusability.configuration"]
    assert r["status"] != "fail" and "secret/signalement.php" in r["message"]["en"], r["message"]
    real = {**files, "secret/signalement.php": '<?php\n$pg_connect_ = "host=db.region.fr dbname=signal user=signal password=Xk7pQ2vL";\n?>\n'}
    r = results(run(build(tmp_path / "s", real), tmp_path / "c2", only=["reusability.configuration"]))["reusability.configuration"]
    assert r["status"] == "fail"


def test_the_packages_own_address_given_to_setup_is_no_territory_value(tmp_path):
    """Shaped like departement-loire-atlantique/prefill-pdf-connector: setup(url='https://gitlab.loire-atlantique.fr/…') is
    package metadata, like its author; the same address called by the code stays a finding."""
    setup = ("from setuptools import setup, find_packages\n\nsetup(\n    name='prefill-pdf-connector',\n    author='Julie LANIAU',\n"
             "    author_email='julie.laniau@loire-atlantique.fr',\n"
             "    url='https://gitlab.loire-atlantique.fr/developpement/publik/prefill-pdf-connector',\n    packages=find_packages(),\n)\n")
    files = {"README.md": "# Connecteur\n", "setup.py": setup, "prefill_pdf/__init__.py": "",
             "prefill_pdf/models.py": "def prefill(data):\n    return data\n"}
    r = results(run(build(tmp_path / "a", files), tmp_path / "ca", only=["reusability.territory-neutral"]))["reusability.territory-neutral"]
    assert r["status"] == "pass", r["evidence"]
    files["prefill_pdf/models.py"] = "url = 'https://gitlab.loire-atlantique.fr/api/v4/projects'\n\n\ndef prefill(data):\n    return url\n"
    r = results(run(build(tmp_path / "b", files), tmp_path / "cb", only=["reusability.territory-neutral"]))["reusability.territory-neutral"]
    assert r["status"] != "pass" and r["evidence"][0]["path"] == "prefill_pdf/models.py", r["evidence"]


def test_django_template_tags_translate_the_texts(tmp_path):
    """Shaped like departement-loire-atlantique/publik-themes-interne: {% trans %} in a theme's templates is i18n."""
    form = ("{% extends \"base.html\" %}\n{% load i18n %}\n{% block title %}{% trans \"Registration\" %}{% endblock %}\n"
            "{% block content %}\n<h2>{% trans \"Registration\" %}</h2>\n<button class=\"submit-button\">{% trans 'Submit' %}</button>\n"
            "{% endblock %}\n")
    files = {"README.md": "# Theme for Publik\n", "templates/registration/registration_form.html": form,
             "static/theme/style.css": "body { color: #333; }\n"}
    r = results(run(build(tmp_path / "r", files), tmp_path / "c", only=["reusability.portability"]))["reusability.portability"]
    assert "i18n: yes" in r["message"]["en"], r["message"]


def test_a_setup_py_declaring_nothing_is_one_manifest_not_none(tmp_path):
    """Shaped like prefill-pdf-connector and filr-connector: setup(name=…, packages=…) without install_requires."""
    files = {"README.md": "# Connecteur\n", "setup.py": "from setuptools import setup, find_packages\n\nsetup(name='filr-connector', packages=find_packages())\n",
             "filr/__init__.py": "", "filr/models.py": "import requests\n\n\ndef call(url):\n    return requests.get(url)\n"}
    r = results(run(build(tmp_path / "r", files), tmp_path / "c", only=["reusability.dependencies"]))["reusability.dependencies"]
    assert "0 manifest" not in r["message"]["en"] and "1 manifest(s) declaring no dependency (setup.py)" in r["message"]["en"], r["message"]


def test_a_static_sites_partials_are_no_documentation(tmp_path):
    """s19 d1 (a commune's Jekyll site): licensing.data-and-docs counted "_includes/: 16 documentation files", the theme's HTML
    partials, because the folder also held the theme's notes (_includes/__INSTRUCTIONS.md). A site generator's folders of
    templates (_includes/, _layouts/) hold no pages; its prose pages (_posts/, pages/) still count."""
    files = {"README.md": "# Site de la commune\n\nLe site internet de la commune.\n", "LICENSE": "MIT License\n",
             "_config.yml": "title: commune\nmarkdown: kramdown\n", "index.html": "---\nlayout: page\n---\n{{ content }}\n",
             "_includes/__INSTRUCTIONS.md": "# Includes\n\nThese files are included in the layouts.\n",
             **{f"_includes/_part{i}.html": f"<div class=\"part{i}\">{{{{ page.title }}}}</div>\n" for i in range(6)},
             **{f"_posts/2024-01-0{i}-conseil.md": f"---\nlayout: post\n---\nCompte rendu du conseil municipal n° {i}.\n" for i in range(1, 5)}}
    r = results(run(build(tmp_path / "r", files), tmp_path / "c", only=["licensing.data-and-docs"]))["licensing.data-and-docs"]
    counted = {e["path"]: e.get("value") for e in r["evidence"] if e.get("value")}
    assert "_includes/" not in counted, counted
    assert counted.get("_posts/") == 4, counted
