"""reusability.configuration: a shell variable set in a subshell, a search path the script extends, an AsciiDoc install manual,
and a JavaScript module of settings required across the code (issue 12, s27 q27 = measure 18 readers o1 and o3).

- A Maven sync tool's install script (jdev-org/sync-remocra dist/install-ubuntu-20.04.sh) sets a colour code in a subshell
  (`(RED='\\033[0;31m' && printf "${RED}…")`) and extends the Oracle client's library path (`export LD_LIBRARY_PATH=$LD_LIBRARY_PATH:…`):
  neither is a setting; its registry variables are documented in doc/…/"Manuel installation.adoc", an install manual titled so.
  A variable read with a default (`${DB_HOST:-localhost}`) stays a read.
- A département's Node bridge between Pastell and Alfresco (DevPAM/pastell-ponts-api) keeps its settings in
  systeme/administration.systeme.js (module.exports = { bdds: { hote, login, mdp, bdd }, services: { … } }), required by its
  services: settings written in the code, not "reads no setting". A module required by one file, or without a server and a
  password, is no settings module: "nothing to set" as before.
"""

from __future__ import annotations

from tests.test_reusability_fixtures import build, results, run_audit

CHECK = "reusability.configuration"

INSTALL = '''#!/bin/bash
export REGISTRY_USER=${REGISTRY_USER}
export DB_HOST=${DB_HOST:-localhost}

abort() {
  (RED='\\033[0;31m' && NC='\\033[0m' && printf "${RED}\\n- ABORTED -\\n${NC}" >&2)
  exit 1
}
trap 'abort' ERR

export ORACLE_HOME=/usr/lib/oracle/21/client64
export LD_LIBRARY_PATH=$LD_LIBRARY_PATH:$ORACLE_HOME/lib
docker login -u "$REGISTRY_USER" registry.example.org
psql -h "$DB_HOST" -f schema.sql
'''
MANUAL = '''= Manuel d'installation

== Installation avec registre

La variable `REGISTRY_USER` doit être définie et exportée avant la procédure : configurer l'accès au registre.
'''


def _conf(tmp_path, files: dict, name: str = "r") -> dict:
    return results(run_audit(build(tmp_path / name, files), tmp_path / f"c-{name}", [CHECK]))[CHECK]


def _tool(**more) -> dict:
    return {"README.md": "# Synchro\n\nSynchronisation des points d'eau incendie.\n", "dist/install.sh": INSTALL, **more}


def test_a_subshell_colour_and_an_extended_library_path_are_no_settings(tmp_path):
    conf = _conf(tmp_path, _tool())
    undocumented = set(conf["details"]["undocumented"])
    assert "RED" not in undocumented and "LD_LIBRARY_PATH" not in undocumented, conf
    assert {"REGISTRY_USER", "DB_HOST"} <= undocumented and conf["details"]["env_vars"] == 2, conf


def test_an_asciidoc_install_manual_documents_the_variables_it_names(tmp_path):
    conf = _conf(tmp_path, _tool(**{"doc/src/docs/asciidoc/Manuel installation.adoc": MANUAL}))
    assert conf["details"]["undocumented"] == ["DB_HOST"], conf


SETTINGS = '''module.exports = {
  env : 'DEV', // ('DEV'|'REC'|'PRO')
  port: 8080,
  bdds : {
    ponts :{
      DEV : { hote: 'localhost', login: 'xxxx', mdp: 'xxxx', bdd: 'xxxxxxx' },
      PRO : { hote: '', login: '', mdp: '', bdd: '' },
    }
  },
  services : {
    pastell : {
      DEV : { hote: 'https://pastell.example.org/api/v2/', type_aut: 'basic', login: 'xxxx', mdp: 'xxxx' },
    }
  }
};
'''


def _service(settings: str = SETTINGS, users: int = 2) -> dict:
    files = {"README.md": "# Ponts\n\nService web entre Pastell et la GED.\n",
             "package.json": '{"name": "ponts", "version": "1.0.0", "main": "ponts.sw.js", "dependencies": {"express": "^4.17.1"}}\n',
             "ponts.sw.js": "const express = require('express');\nconst app = express();\napp.get('/', (req, res) => res.send('ok'));\n"
                            "app.listen(8080);\n",
             "systeme/administration.systeme.js": settings}
    for i, name in enumerate(["api/services/bdds/ponts.bdd.js", "api/services/pastell/pastell.appel.js"][:users]):
        files[name] = (f"const administration = require('./../../../systeme/administration.systeme.js');\n"
                       f"function appel{i}() {{\n  return administration.env;\n}}\nmodule.exports = {{ appel{i} }};\n")
    return files


def test_a_settings_module_required_across_the_code_is_settings_in_the_code(tmp_path):
    conf = _conf(tmp_path, _service())
    assert conf["status"] != "not_applicable", conf
    assert any(e.get("path") == "systeme/administration.systeme.js" for e in conf["evidence"]), conf


def test_a_module_required_once_or_without_credentials_is_no_settings_module(tmp_path):
    assert _conf(tmp_path, _service(users=1), "once")["status"] == "not_applicable"
    plain = SETTINGS.replace("login", "titre").replace("mdp", "couleur")
    assert _conf(tmp_path, _service(plain), "plain")["status"] == "not_applicable"
