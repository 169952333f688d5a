"""A water-quality observatory's pipeline (issue 12, session 34 j34): reusability.configuration named as the settings template
src/catalogue_parametres.py, a harvesting script (argparse, `if __name__ == "__main__":`) that the README's file tree describes as
"inventaire des paramètres réellement mesurés" (measured parameters, no settings), and called undocumented the OBS_FTP_* variables
that site/publier.py's own docstring lists with what each is for. A command-line program is no settings file to copy; the header
of the script reading a variable documents it. Near misses: a settings module named so stays the template; a variable the header
does not name stays undocumented. Made-up names below."""

from __future__ import annotations

from auditor.facts.settings_files import script_header

from tests.test_local_authority_verdicts import judge

CONF = "reusability.configuration"
HARVEST = ('# -*- coding: utf-8 -*-\n"""\nRécolte du catalogue des paramètres mesurés.\n\n    python3 src/catalogue_parametres.py --depts 17\n"""\n'
           "import argparse\nimport csv\n\nSEUIL = 0.5\nPAGE = 200\nURL_API = 'https://api.exemple.fr/qualite'\n\n\n"
           "def main():\n    p = argparse.ArgumentParser()\n    p.add_argument('--depts')\n    return p.parse_args()\n\n\n"
           'if __name__ == "__main__":\n    main()\n')
PUBLISH = ('#!/usr/bin/env python3\n"""\nPublication du site vers l\'hébergement (FTPS).\n\nVariables d\'environnement :\n\n'
           "    OBS_HOTE          nom d'hôte du serveur FTP\n    OBS_RACINE        le dossier distant du site\n"
           '    OBS_PORT          facultatif, 21 par défaut\n"""\nimport os\n\n\ndef config():\n'
           '    hote = os.environ.get("OBS_HOTE", "")\n    racine = os.environ.get("OBS_RACINE", "")\n'
           '    port = os.environ.get("OBS_PORT", "21")\n    return hote, racine, port\n')
README = ("# Observatoire de l'eau potable\n\nCollecte les analyses du contrôle sanitaire et publie un site.\n\n## Arborescence\n\n```\nsrc/\n"
          "  catalogue_parametres.py        inventaire des paramètres réellement mesurés\n  observer.py                    point d'entrée\n```\n")
APP = {"README.md": README, "src/catalogue_parametres.py": HARVEST, "site/publier.py": PUBLISH,
       "src/observer.py": "import sys\n\n\ndef main():\n    print(sys.argv)\n"}


def test_the_header_docstring_is_read_after_leading_comments():
    head = script_header(PUBLISH)
    assert "OBS_PORT" in head and "def config" not in head, head


def test_a_harvesting_script_is_no_template_and_the_scripts_header_documents(tmp_path):
    r = judge(tmp_path, APP, [CONF])[1][CONF]
    assert "src/catalogue_parametres.py" not in r["details"].get("templates", []), r
    assert r["details"]["undocumented"] == [], r


def test_a_settings_module_and_an_unnamed_variable_keep_their_verdict(tmp_path):
    files = {**APP, "site/publier.py": PUBLISH.replace('return hote, racine, port', 'return hote, racine, port, os.environ.get("OBS_CLE", "")'),
             "src/config.py": "# Paramètres de connexion\nHOTE = 'localhost'\nBASE = 'eau'\n",
             "README.md": README + "\n## Configuration\n\nAdapter les paramètres de connexion dans src/config.py.\n"}
    r = judge(tmp_path, files, [CONF])[1][CONF]
    assert "src/config.py" in r["details"].get("templates", []), r
    assert r["details"]["undocumented"] == ["OBS_CLE"], r
