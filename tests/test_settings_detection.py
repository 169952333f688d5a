"""reusability.configuration: which files hold a project's settings and which environment reads are settings (issue 12,
session 6's first reads: host plugins' settings files, templates of other names, files that are no settings, reads miscounted)."""

from __future__ import annotations

import pytest

from tests.gitrepo import Executable
from tests.test_reusability_fixtures import build, results, run_audit

CID = "reusability.configuration"


def conf(tmp_path, files: dict) -> dict:
    return results(run_audit(build(tmp_path / "r", files), tmp_path / "c", [CID]))[CID]


def found_paths(r: dict) -> set[str]:
    return {e.get("path") for e in r["evidence"] if e.get("kind") == "found"}


JAVA = "package fr.cg44.plugin.zelli;\n\npublic class MemberApi {\n    public String name() { return \"zelli\"; }\n}\n"


@pytest.mark.parametrize("files,settings,platform", [
    # a Jalios JCMS plugin (departement-loire-atlantique/jZelli): its plugin.prop, blank logins to fill per site
    ({"WEB-INF/plugins/ZelliPlugin/plugin.xml": '<plugin name="ZelliPlugin" version="1.0"><dependencies/></plugin>\n',
      "WEB-INF/plugins/ZelliPlugin/properties/plugin.prop": "# mdp\nmember.password-min-length: 8\n$jcmsplugin.zelli.login-orange: \n",
      "WEB-INF/classes/fr/cg44/plugin/zelli/MemberApi.java": JAVA, "README.md": "# jZelli\n\nModule JCMS de l'application Zelli.\n"},
     "WEB-INF/plugins/ZelliPlugin/properties/plugin.prop", "Jalios JCMS"),
    # a Moodle plugin's administration settings (GIP-RECIA/moodle_enrol_simplesco)
    ({"version.php": "<?php\n$plugin->component = 'enrol_simplesco';\n$plugin->version = 2016052300;\n",
      "settings.php": "<?php\ndefined('MOODLE_INTERNAL') || die();\nif ($ADMIN->fulltree) {\n"
                      "    $settings->add(new admin_setting_configtext('enrol_simplesco/ldap_host', get_string('host', 'enrol_simplesco'), '', ''));\n}\n",
      "lib.php": "<?php\nclass enrol_simplesco_plugin extends enrol_plugin {\n    public function roles() { return 1; }\n}\n",
      "README.md": "# enrol_simplesco\n\nMoodle enrolment plugin.\n"},
     "settings.php", "Moodle"),
    # Drupal modules in sub-folders (e-Collectivites/pleiade-custom-modules): their default configuration, edited on a settings form
    ({"api_lemon_pleiade/api_lemon_pleiade.info.yml": "name: API Lemon\ntype: module\ncore_version_requirement: ^9.5 || ^10\n",
      "api_lemon_pleiade/config/install/api_lemon_pleiade.settings.yml": 'field_lemon_url: "https://auth.example.org"\nfield_lemon_block_id: 1\n',
      "api_lemon_pleiade/src/Form/LemonSettingsForm.php": "<?php\nnamespace Drupal\\api_lemon_pleiade\\Form;\n"
                                                          "class LemonSettingsForm extends ConfigFormBase {\n  public function getFormId() { return 'x'; }\n}\n",
      "README.md": "# Pléiade modules\n\nDrupal modules.\n"},
     "api_lemon_pleiade/config/install/api_lemon_pleiade.settings.yml", "Drupal"),
    # a Lutece plugin's properties (lutece-secteur-public chatbot-stationnement, opengov-plugin-transparency)
    ({"webapp/WEB-INF/conf/plugins/chatbot-stationnement.properties": "chatbot-stationnement.pageTitle=chatbot\nchatbot-stationnement.api.url=\n",
      "src/java/fr/paris/lutece/plugins/chatbot/Bot.java": JAVA.replace("fr.cg44.plugin.zelli", "fr.paris.lutece.plugins.chatbot"),
      "pom.xml": "<project><artifactId>module-chatbot-stationnement</artifactId><packaging>lutece-plugin</packaging></project>\n",
      "README.md": "# chatbot\n\nA Lutece module.\n"},
     "webapp/WEB-INF/conf/plugins/chatbot-stationnement.properties", "Lutece"),
    # an Ansible role (erasme/ansible-nginx): its variables and defaults
    ({"defaults/main.yml": "---\nnginx_root: /var/www\nnginx_worker_connections: 1024\n",
      "tasks/main.yml": "---\n- name: install nginx\n  apt: name=nginx state=present\n",
      "handlers/main.yml": "---\n- name: restart nginx\n  service: name=nginx state=restarted\n",
      "meta/main.yml": "galaxy_info:\n  author: erasme\n", "README.md": "# ansible-nginx\n\nAn Ansible role installing nginx.\n"},
     "defaults/main.yml", "Ansible"),
    # geOrchestra's configuration (vienne-condrieu-agglomeration/georchestra-config): the Maven filters of the build
    ({"build_support/shared.maven.filters": "# This file is the primary configuration file for your SDI\nshared.server.name=geo.example.org\n",
      "build_support/GenerateConfig.groovy": "class GenerateConfig {\n  def generate(def params) { return params }\n}\n",
      "mapfishapp/app/js/GEOR_custom.js": "GEOR.custom = {\n    HEADER_HEIGHT: 90\n};\n",
      "README.md": "# georchestra config\n\nTemplate configuration for geOrchestra.\n"},
     "build_support/shared.maven.filters", "geOrchestra"),
])
def test_a_host_platforms_settings_file_is_the_projects_configuration(tmp_path, files, settings, platform):
    r = conf(tmp_path, files)
    assert r["status"] == "pass", r["message"]
    assert platform in r["message"]["en"] and platform in r["message"]["fr"]
    assert settings in found_paths(r)


def test_a_defaults_file_outside_an_ansible_role_is_no_host_setting(tmp_path):
    r = conf(tmp_path, {"defaults/main.yml": "colour: blue\n", "app.py": "print('hello')\n", "README.md": "# x\n\nA script.\n"})
    assert "Ansible" not in r["message"]["en"]


@pytest.mark.parametrize("template", ["karuta.properties.example", "build.properties.sample", "resources/hibernate.cfg.xml.example",
                                      "cron/config.ini.tmpl"])
def test_a_settings_template_of_any_name(tmp_path, template):
    # GIP-RECIA karuta-csv-processing (Perl scripts reading karuta.properties), apps-deployer, esco-dynamic-groups, museotouch
    r = conf(tmp_path, {template: "log.file=/var/log/karuta.log\nftp.addr=\n", "workIn.pl": "use strict;\nmy $conf = 'karuta.properties';\nprint $conf;\n",
                        "README.md": "# karuta\n\nScripts.\n\n## Configuration\n\nCopy the example and set log.file, ftp.addr.\n"})
    assert template in r["details"].get("templates", []) or template in found_paths(r), r
    assert template in r["message"]["en"]


def test_a_test_tools_dist_file_is_no_settings_template(tmp_path):
    r = conf(tmp_path, {"phpunit.xml.dist": "<phpunit bootstrap='vendor/autoload.php'/>\n", "src/App.php": "<?php\nclass App {}\n",
                        "README.md": "# x\n\nA PHP app.\n"})
    assert "phpunit.xml.dist" not in found_paths(r)


def test_a_gitignore_is_no_settings_file_of_a_code_free_repository(tmp_path):
    # datatlas-erasme/wptheme-opendata-alimentaire, e-Collectivites/Pleiade-Bureau-Virtuel: a README and a .gitignore
    r = conf(tmp_path, {"README.md": "# wptheme-opendata-alimentaire\n\nThème WordPress.\n", ".gitignore": "wp-content/uploads/\n*.log\n",
                        "Procfile": "web: echo\n"})
    assert r["status"] == "not_applicable"
    assert "settings file" not in r["message"]["en"] and "documentation only" in r["message"]["en"]


def test_a_dotenv_naming_only_compose_variables_is_no_template(tmp_path):
    # vienne-condrieu-agglomeration/base-documentaire: .env = COMPOSE_PROJECT_NAME=material-mkdocs, an MkDocs site
    r = conf(tmp_path, {".env": "COMPOSE_PROJECT_NAME=material-mkdocs\n", "mkdocs.yml": "site_name: Base documentaire\n",
                        "docs/index.md": "# Accueil\n", "docs/articles/2024/2024-04-17-postgresql-configuration.md": "# Configurer PostgreSQL\n",
                        "Dockerfile": "FROM squidfunk/mkdocs-material\n", "README.md": "# Base documentaire\n\nLe site du service SIG.\n"})
    assert ".env" not in found_paths(r)
    assert "docs/articles/2024/2024-04-17-postgresql-configuration.md" not in found_paths(r)


def test_open_data_copied_into_the_image_is_no_settings_template(tmp_path):
    # datagora-erasme/parcours_a_la_carte: the Dockerfile copies input_data/*.json (GeoJSON of Lyon's benches, toilets)
    geojson = '{\n  "type": "FeatureCollection",\n  "features": []\n}\n'
    r = conf(tmp_path, {"backend/Dockerfile": "FROM python:3.11\nCOPY ./input_data/bancs/bancs.json /app/input_data/bancs/bancs.json\n"
                                              "COPY ./conf/app.json /app/conf/app.json\nCMD [\"python\", \"app.py\"]\n",
                        "backend/input_data/bancs/bancs.json": geojson, "backend/conf/app.json": '{"port": 5000}\n',
                        "backend/app.py": "import os\nURL = os.environ.get('REACT_APP_URL_SERVER')\n", ".env.sample": "REACT_APP_URL_SERVER=\n",
                        "README.md": "# parcours\n\nUne application.\n"})
    assert "backend/input_data/bancs/bancs.json" not in r["details"]["templates"]
    assert "backend/conf/app.json" in r["details"]["templates"]


def test_a_write_to_the_environment_and_windows_variables_are_no_settings(tmp_path):
    # itineraire_fraicheur: os.environ['USE_PYGEOS'] = '0' in every file; erasme/carto: HOMEDRIVE . HOMEPATH after HOME
    r = conf(tmp_path, {"backend/calc.py": "import os\nos.environ['USE_PYGEOS'] = '0'\nURL = os.environ['REACT_APP_URL_SERVER']\n",
                        "src/home.php": "<?php\n$home = getenv('HOME');\nif (!$home) { $home = getenv('HOMEDRIVE') . getenv('HOMEPATH'); }\n",
                        # (esco-lea's copied phpMyAdmin auth: what IIS says of the request, no setting)
                        "lib/auth/http.auth.lib.php": "<?php\n" + "".join(f"if (@getenv('{v}')) {{ $u = getenv('{v}'); }}\n"
                                                                      for v in ("REMOTE_USER", "AUTH_USER", "AUTH_PASSWORD", "LOGON_USER")),
                        ".env.sample": "REACT_APP_URL_SERVER=http://localhost:5000\n", "README.md": "# x\n\nUne application.\n"})
    assert r["details"]["env_vars"] == 1 and r["details"]["undocumented"] == []
    assert not {"USE_PYGEOS", "HOMEDRIVE", "HOMEPATH", "AUTH_USER"} & {e.get("value") for e in r["evidence"]}


def test_reads_past_five_in_one_file_are_counted(tmp_path):
    # datagora-erasme/ipave-scripts utils/functions.py (seven variables tested then read), decidim's config/secrets.yml (ERB reads)
    helper = "import os\n" + "".join(f'if os.getenv("BDD_CONFIG_{n}"):\n    BDD_CONFIG_{n} = os.getenv("BDD_CONFIG_{n}").strip()\n'
                                     for n in ("HOST", "USER", "PASSWD", "DB", "SCHEMA", "PORT", "SYSTEM"))
    secrets = "production:\n" + "".join(f'  key_{i}: <%= ENV["SMTP_SETTING_{i}"] %>\n' for i in range(8))
    r = conf(tmp_path, {"utils/functions.py": helper, "config/secrets.yml": secrets, ".env.EXAMPLE": "BDD_CONFIG_HOST=\n",
                        "README.md": "# x\n\nDes scripts.\n"})
    assert r["details"]["env_vars"] == 15, r["message"]


def test_only_the_platforms_port_read_is_said(tmp_path):
    # datagora-erasme/datagora_dashboard: server.js `listen(process.env.PORT || 3001)`, everything else in the code
    r = conf(tmp_path, {"server.js": "const express = require('express');\nconst app = express();\napp.listen(process.env.PORT || 3001);\n",
                        "package.json": '{"name": "dashboard", "dependencies": {"express": "4.17.1"}}\n', "README.md": "# dashboard\n\nUn tableau de bord.\n"})
    assert r["status"] == "fail"
    assert "PORT" in r["message"]["en"] and "PORT" in r["message"]["fr"]


def test_a_static_site_reading_its_build_settings_is_judged(tmp_path):
    # GIP-RECIA/Didacticiel-ENT: a Vite script reading import.meta.env.VITE_…, its .env.schema and .env.production committed
    r = conf(tmp_path, {"index.html": "<!doctype html><html><body><script type=module src=/src/main.ts></script></body></html>\n",
                        "src/main.ts": "const base: string = import.meta.env.VITE_BASE_URI\nconst token: string = import.meta.env.VITE_USER_TOKEN_URI\n"
                                       "export { base, token }\n",
                        ".env.schema": 'VITE_BASE_URI="/"\nVITE_USER_TOKEN_URI=""\n', ".env.production": 'VITE_BASE_URI=""\nVITE_USER_TOKEN_URI=""\n',
                        "README.md": "# Didacticiel\n\nUn script de visite guidée.\n"})
    assert r["status"] != "not_applicable", r["message"]
    assert ".env.schema" in r["details"]["templates"]


@pytest.mark.parametrize("files,template", [
    # GIP-RECIA/esup-portlet-sympa: "The default configuration is in config.properties … for syntax take example on config.properties"
    ({"README.md": "# esup-portlet-sympa\n\nA Sympa portlet.\n\nThe default configuration is in config.properties\n\n"
                   "Local settings come from esupPortletSympa.local.properties; for syntax take example on config.properties\n",
      "config.properties": "sympa.url=https://listes.example.org\nsympa.robot=\n",
      "src/main/java/org/esupportail/sympa/Portlet.java": JAVA.replace("fr.cg44.plugin.zelli", "org.esupportail.sympa"),
      "pom.xml": "<project><artifactId>esup-portlet-sympa</artifactId><packaging>war</packaging></project>\n"},
     "config.properties"),
    # DSI-Ville-Noumea/accueil-ccas: the Maven site's install.apt points to the example context.xml beside it
    ({"src/site/apt/install.apt": "Installation\n\n  Un {{{./context.xml}exemple de context minimal est fourni ici}}, avec le datasource.\n",
      "src/site/resources/context.xml": '<Context><Resource name="jdbc/CCAS" url="jdbc:postgresql://localhost/ccas"/></Context>\n',
      "src/main/java/nc/noumea/ccas/App.java": JAVA.replace("fr.cg44.plugin.zelli", "nc.noumea.ccas"),
      "pom.xml": "<project><artifactId>accueil-ccas</artifactId><packaging>war</packaging></project>\n", "README.md": "# accueil-ccas\n\nAccueil du CCAS.\n"},
     "src/site/resources/context.xml"),
])
def test_a_settings_file_a_document_names_as_the_one_to_adapt_is_a_template(tmp_path, files, template):
    r = conf(tmp_path, files)
    assert template in r["details"]["templates"] and template in r["message"]["en"], r["message"]


def test_a_settings_file_a_licensed_components_guide_names_is_no_template(tmp_path):
    # Observatoire-environnement-Bretagne/POPP: Drupal 7 contrib module devel (its LICENSE.txt), krumo/INSTALL naming krumo.ini
    r = conf(tmp_path, {"sites/all/modules/devel/LICENSE.txt": "GNU GENERAL PUBLIC LICENSE\n", "sites/all/modules/devel/devel.module": "<?php\nfunction devel_x() {}\n",
                        "sites/all/modules/devel/krumo/INSTALL": "Edit krumo.ini to configure the skin.\n",
                        "sites/all/modules/devel/krumo/krumo.ini": "[skin]\nselected = default\n",
                        "index.php": "<?php\nrequire 'includes/bootstrap.inc';\n", "README.md": "# POPP\n\nUn site Drupal.\n"})
    assert "sites/all/modules/devel/krumo/krumo.ini" not in r["details"].get("templates", [])


def test_a_manifest_or_a_tools_file_named_by_the_readme_is_no_template(tmp_path):
    r = conf(tmp_path, {"README.md": "# x\n\nUne application.\n\n## Configuration\n\nModifiez package.json puis tsconfig.json et mkdocs.yml.\n",
                        "package.json": '{"name": "x"}\n', "tsconfig.json": "{}\n", "mkdocs.yml": "site_name: x\n",
                        "src/index.js": "console.log(1)\n"})
    assert not {"package.json", "tsconfig.json", "mkdocs.yml"} & set(r["details"].get("templates", []))


def test_a_shell_scripts_settings_are_the_variables_it_never_sets(tmp_path):
    # georchestra/vrt-bot: vrt.sh reads ${SOURCEDIR}, ${ACTIVESCHEMA}, ${PROMOTE_TO_MULTI:-true} from the container's environment
    script = ("#!/bin/bash\n# export SOURCEDIR=vrts\nset -e\nDATE=$(date)\nrm -f ${SOURCEDIR}/vrtbot.log\n"
              "if [[ ${PROMOTE_TO_MULTI:-true} == true ]]; then echo multi; fi\nfor VRT in *.vrt; do\n"
              "  ogr2ogr -f PostgreSQL PG:\"active_schema=${ACTIVESCHEMA}\" \"$VRT\" -lco DESCRIPTION=\"$DATE $HOME\"\ndone\n"
              "read -p 'Schema ? ' TARGET\nLOG_LEVEL=${LOG_LEVEL:-info}\necho $TARGET $LOG_LEVEL\n")
    deploy = "#!/bin/sh\n### Settings:\n### - BIN_DRUSH: path of drush\n[ -n \"${BIN_DRUSH}\" ] || BIN_DRUSH=/usr/bin/drush\n$BIN_DRUSH cr\n"
    r = conf(tmp_path, {"vrt.sh": script, "Dockerfile": "FROM debian\nCOPY vrt.sh /vrt.sh\nCMD [\"/vrt.sh\"]\n",
                        "scripts/deploy.d/40_install.sh": deploy,  # (CMS-Drupal: a setting named in the script's header comment is documented)
                        # the Maven wrapper's own variables (GIP-RECIA Collabsoft, GLC, MCE) and a PHP script named .sh (Drupal's scripts/drupal.sh)
                        "puppeteer/run.sh": "#!/bin/sh\nnode cas.js --host $PUPPETEER_CAS_HOST\n",  # (cas-war-overlay's browser tests)
                        "mvnw": Executable("#!/bin/sh\nexec java $MAVEN_OPTS -cp \"$MAVEN_PROJECTBASEDIR\" $MVNW_REPOURL\n"),
                        "scripts/drupal.sh": "#!/usr/bin/env php\n<?php\n$x = $GLOBALS['base'];\n",
                        # (moodle-dev-stack: a heredoc writing PHP, \$CFG escaped)
                        "bin/create-config": Executable("#!/bin/bash\ncat > config.php << EOF\n<?php\n\\$CFG = new stdClass();\nEOF\n"),
                        "README.md": "# vrt-bot\n\nImports every VRT.\n\n## Configuration\n\nSOURCEDIR: the folder of the VRT files.\n"})
    # SOURCEDIR, PROMOTE_TO_MULTI, ACTIVESCHEMA, LOG_LEVEL, BIN_DRUSH (not DATE, VRT, TARGET, HOME, the wrapper's, PHP's $GLOBALS)
    assert r["details"]["env_vars"] == 5, r["message"]
    assert sorted(r["details"]["undocumented"]) == ["ACTIVESCHEMA", "LOG_LEVEL", "PROMOTE_TO_MULTI"]


def test_a_documentation_site_and_a_settings_repository_keep_their_not_applicable(tmp_path):
    # a Sphinx site whose conf.py asks whether Read the Docs builds it; a Hugo site whose README says to edit hugo.toml
    sphinx = conf(tmp_path / "s", {"docs/conf.py": "import os\non_rtd = os.environ.get('READTHEDOCS') == 'True'\nproject = 'IDG'\n",
                                   "docs/index.rst": "IDG\n===\n", "README.md": "# Documentation IDG\n\nLa documentation.\n"})
    hugo = conf(tmp_path / "h", {"website/hugo.toml": "title = 'iarbre'\n", "website/content/_index.md": "# iarbre\n",
                                 "website/layouts/index.html": "<html><body>{{ .Content }}</body></html>\n",
                                 "README.md": "# iarbre website\n\nLe site.\n\n## Configuration\n\nModifiez website/hugo.toml.\n"})
    # SICTIAM/stela-config: a Spring Cloud Config repository, six YAML files and a README naming application.yml
    settings = conf(tmp_path / "c", {"application.yml": "server:\n  port: 8080\n", "acte-service.yml": "spring:\n  datasource:\n    url: jdbc:x\n",
                                     "README.md": "# stela-config\n\nThe configuration of STELA: edit application.yml for every service.\n"})
    for r in (sphinx, hugo, settings):
        assert r["status"] == "not_applicable", r["message"]
    assert "application.yml" in settings["details"]["settings_files"]


def test_a_documentation_sites_article_on_configuring_other_software_is_no_settings_document(tmp_path):
    # vienne-condrieu-agglomeration/base-documentaire: docs/articles/2024/2024-04-17-postgresql-configuration.md, an article of the site
    r = conf(tmp_path, {"app.py": "import os\nURL = os.environ.get('SITE_URL')\n", ".env.example": "SITE_URL=https://example.org\n",
                        "docs/articles/2024/2024-04-17-postgresql-configuration.md": "# Configurer PostgreSQL\n\nshared_buffers…\n",
                        "docs/configuration.md": "# Configuration\n\nSITE_URL: the address of the site.\n", "README.md": "# x\n\nUne application.\n"})
    assert "docs/configuration.md" in found_paths(r)
    assert "docs/articles/2024/2024-04-17-postgresql-configuration.md" not in found_paths(r)
