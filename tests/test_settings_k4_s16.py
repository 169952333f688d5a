"""reusability.configuration (issue 12, session 16 readers r1/r2): settings the check did not see, or saw where there were none."""

from __future__ import annotations

from tests.test_settings_shapes_s9 import conf


def findings(r: dict) -> set[str]:
    return {e.get("value") for e in r["evidence"] if e.get("kind") == "finding"}


PKG = '{\n  "name": "solar-api",\n  "version": "1.0.0",\n  "dependencies": {\n    "express": "^4.18.2"\n  }\n}\n'


def test_an_applications_own_github_variable_is_a_setting(tmp_path):
    # (r1, cooperation_jn_backend: GITHUB_PAT, the token the server fetches its remote configuration with, was dropped as a CI variable)
    service = ("export function confRepo(): string {\n  return process.env.CONF_REPO as string\n}\n\n"
               "export function githubPat(): string {\n  return process.env.GITHUB_PAT as string\n}\n\n"
               "export function runId(): string {\n  return process.env.GITHUB_RUN_ID ?? 'local'\n}\n")
    r = conf(tmp_path, {"package.json": PKG, "src/config/configService.ts": service,
                        "src/index.ts": "import express from 'express'\nimport { confRepo } from './config/configService'\n\n"
                                        "const app = express()\napp.get('/conf', (_req, res) => res.json({ repo: confRepo() }))\napp.listen(3000)\n",
                        ".env.example": "CONF_REPO=owner/conf\n", "README.md": "# Solar API\n\nThe solar cadastre's API.\n"})
    assert "GITHUB_PAT" in findings(r), r["evidence"]
    assert "GITHUB_RUN_ID" not in findings(r), r["evidence"]  # (GitHub Actions' own variable stays the CI's)


def test_a_cloud_functions_hyphenated_secret_is_a_setting(tmp_path):
    # (r2, dtefpnc-spe-boost-function: `os.environ['apikey-boost']`, a secret the platform mounts, was no setting: "a command-line
    # tool with no setting at all")
    main = ("import os\n\nimport functions_framework\nimport requests\n\nTOKEN = os.environ['apikey-boost']\n"
            "URL = 'https://api.example.org/offres'\n\n\n@functions_framework.http\ndef offres(request):\n"
            "    r = requests.get(URL, headers={'apikey': TOKEN})\n    return r.json()\n\n\nif __name__ == '__main__':\n    offres(None)\n")
    r = conf(tmp_path, {"main.py": main, "requirements.txt": "functions-framework==3.5.0\nrequests==2.31.0\n",
                        "README.md": "# offres\n\nCopies job offers into a warehouse.\n\n    python main.py\n"})
    assert "apikey-boost" in findings(r), (r["status"], r["evidence"])


def test_a_scripts_options_are_no_environment_settings(tmp_path):
    # (r1, jPlatformDeploy: PRODLOGIN and NFSFOLDER set from `getopts 'u:n:' OPTION` case arms, and OPTION itself, were "3 settings
    # read from the environment, 3 undocumented")
    script = ("#!/bin/bash\n# Sauvegarde puis synchronise les fichiers\n\nusage() {\n  echo \"usage: $0 -u login -n dossier\"\n  exit 1\n}\n\n"
              "while getopts 'u:n:' OPTION\n  do\n    case $OPTION in\n      u)    PRODLOGIN=$OPTARG ;;\n      n)    NFSFOLDER=$OPTARG ;;\n"
              "      [?])  usage ;;\n    esac\n  done\nshift $(($OPTIND - 1))\n\nif [ \"$PRODLOGIN\" == \"\" ]\nthen\n  usage\nfi\n"
              "rsync -a \"$PRODLOGIN@web:$NFSFOLDER/upload/\" \"$STORE_DIR/upload/\"\n")
    r = conf(tmp_path, {"scripts/sync_uploads.sh": script, "README.md": "# Déploiement\n\nScripts de déploiement du site.\n"})
    assert not findings(r) & {"PRODLOGIN", "NFSFOLDER", "OPTION"}, r["evidence"]
    assert "STORE_DIR" in findings(r), r["evidence"]  # (a variable the script never sets still comes from the environment)


TF_MAIN = ('module "vpc" {\n  source     = "git::https://github.com/example/fabric//modules/net-vpc?ref=v26.0.0"\n  project_id = var.project_id\n'
           '  name       = "spoke"\n  subnets = [{\n    name          = var.subnet\n    region        = var.region\n'
           '    ip_cidr_range = "10.1.0.0/24"\n  }]\n}\n')
TF_VARS = ('variable "project_id" {\n  type        = string\n  description = "id du projet"\n}\n\nvariable "region" {\n  type    = string\n'
           '  default = "europe-west1"\n}\n\nvariable "subnet" {\n  type        = string\n  description = "sous-réseau des traitements"\n}\n')


def test_a_terraform_modules_input_variables_are_its_settings(tmp_path):
    # (r2, gcp-spoke-network: "No setting read from the environment and no configuration template" for a module whose variables.tf
    # declares project_id, region, subnet)
    r = conf(tmp_path, {"main.tf": TF_MAIN, "variables.tf": TF_VARS, "outputs.tf": 'output "vpc" {\n  value = module.vpc\n}\n',
                        "README.md": "# spoke network\n\nA spoke VPC peered with the hub.\n"})
    assert r["status"] == "pass", (r["message"], r["evidence"])
    assert "variables.tf" in {e.get("path") for e in r["evidence"]}, r["evidence"]


def test_a_mean_apps_example_environment_file_is_its_template(tmp_path):
    # (r2, Sitourisme: config/env/example.js, "to be renamed to development.js or production.js", was no template: "template: none")
    example = ("// A renommer en development.js ou production.js\n'use strict';\n\nmodule.exports = {\n  db: 'mongodb://localhost/app-dev',\n"
               "  apidae: {\n    projectId: 0,\n    apiKey: ''\n  }\n};\n")
    default = ("'use strict';\n\nmodule.exports = {\n  app: { title: 'Passerelle' },\n  port: process.env.PORT || 3000,\n"
               "  sessionSecret: process.env.SESSION_SECRET || 'MEAN'\n};\n")
    config = ("'use strict';\n\nvar _ = require('lodash');\n\nmodule.exports = _.extend(\n  require('./env/default'),\n"
              "  require('./env/' + process.env.NODE_ENV) || {}\n);\n")
    r = conf(tmp_path, {"config/env/example.js": example, "config/env/default.js": default, "config/config.js": config,
                        "server.js": "'use strict';\nvar config = require('./config/config');\nvar app = require('express')();\napp.listen(config.port);\n",
                        "package.json": '{\n  "name": "passerelle",\n  "dependencies": {\n    "express": "~4.14.0",\n    "lodash": "~4.17.0"\n  }\n}\n',
                        "README.md": "# Passerelle\n\nSynchronise les données.\n"})
    assert "config/env/example.js" in {e.get("path") for e in r["evidence"] if e.get("value") == "template"}, (r["message"], r["evidence"])


def test_a_qgis_plugins_config_folder_holds_its_settings(tmp_path):
    # (r1, QGISWeblink: config/config.json (the resource tree) and config/config_authent.xml shipped with the plugin: "a GIS kit shipping
    # no settings template", not applicable)
    meta = "[general]\nname=Weblink\nqgisMinimumVersion=3.16\ndescription=Accès aux flux WMS/WFS\nversion=1.0\nauthor=SIG\nemail=sig@example.org\n"
    tree = '{\n  "children": [\n    {\n      "title": "Voirie",\n      "type": "wms_layer",\n      "params": {\n        "url": "https://sig.example.org/wms",\n        "name": "voirie"\n      }\n    }\n  ]\n}\n'
    globals_ = ("import os\n\n\nclass PluginGlobals:\n    CONFIG_DIR_NAME = 'config'\n    CONFIG_FILE_NAMES = ['config.json']\n"
                "    AUTHENT_FILE_PATH = os.path.join(os.path.dirname(__file__), '..', 'config', 'config_authent.xml')\n")
    plugin = ("from qgis.PyQt.QtWidgets import QAction\n\n\nclass WeblinkPlugin:\n    def __init__(self, iface):\n        self.iface = iface\n\n"
              "    def initGui(self):\n        self.action = QAction('Weblink', self.iface.mainWindow())\n")
    r = conf(tmp_path, {"metadata.txt": meta, "__init__.py": "def classFactory(iface):\n    from .plugin import WeblinkPlugin\n    return WeblinkPlugin(iface)\n",
                        "plugin.py": plugin, "utils/plugin_globals.py": globals_, "config/config.json": tree,
                        "config/config_authent.xml": '<!DOCTYPE qgis_authentication>\n<qgis_authentication>\n  <configurations/>\n</qgis_authentication>\n',
                        "README.md": "# Weblink\n\nUn plugin QGIS.\n"})
    assert r["status"] == "pass", (r["message"], r["evidence"])
    assert "config/config.json" in {e.get("path") for e in r["evidence"]}, r["evidence"]
