"""A command-line script's settings written in its code, its user's credentials module, and the packages its README lists (issue 12,
session 35 fixer p35).

- merryspankersltd/carnets-ocs: an ArcGIS Desktop script (Python 2, CRLF line ends) writing MOS_PATH and TPL_PATH on the agency's
  file shares (UNC paths, r'\\\\srvdata\\…'), which its README tells the user to edit, and importing agol_creds (creds.user,
  creds.password), a credentials module the repository does not hold: reusability.configuration said "a command-line tool with no
  setting at all", and reusability.dependencies "3 package(s) (agol_creds, arcpy, win32com) declared nowhere" while the README's
  "## requires" lists arcpy and win32com.client. The same script without paths nor credentials module stays "no setting at all";
  a module of no settings name is still a package; a package a sentence mentions is listed nowhere.
"""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

SCRIPT = ("# -*- coding: UTF-8 -*-\r\n\r\n'''\r\n    carnets\r\n    =======\r\n\r\n        Construit un carnet à partir d'une liste de communes\r\n'''\r\n\r\n"
          "# constants\r\n# =========\r\nMOS_PATH = r'\\\\srvfichiers\\sig\\Transferts\\occupation_sol.gdb\\ocs_2020'\r\n"
          "TPL_PATH = r'\\\\agence.dom\\datas\\Etudes\\modeles\\carnets'\r\nDEPCOM_FLD = 'code_insee'\r\n\r\n"
          "import sys\r\nimport os\r\nimport arcpy\r\nimport win32com.client as win32\r\nimport agol_creds as creds\r\n\r\n\r\n"
          "def naming(path):\r\n    return os.path.basename(os.path.dirname(path))\r\n\r\n\r\n"
          "def publish():\r\n    arcpy.SignInToPortal_server(creds.user, creds.password, '')\r\n\r\n\r\n"
          "def process(path):\r\n    arcpy.env.workspace = MOS_PATH\r\n    xl = win32.gencache.EnsureDispatch('Excel.Application')\r\n"
          "    print u'traitement de %s' % naming(path)\r\n\r\n\r\nif __name__ == '__main__':\r\n    process(sys.argv[1])\r\n")
README = ("# Carnets OCS\n\nUn script python pour automatiser la construction des carnets d'occupation du sol, lancé depuis une boîte à outils "
          "ArcGIS Desktop avec un fichier depcoms.txt listant les communes à traiter.\n\n## avertissement\n\nLa source de données est privée "
          "et accessible uniquement localement. La source du script doit être modifiée pour pointer sur une ressource accessible.\n\n"
          "```Python\nMOS_PATH = r'J:\\Etudes\\occupation_sol.gdb'\n```\n\n## usage\n\n```powershell\npython carnets.py /path/to/depcoms.txt\n```\n\n"
          "## requires\n\nLe script tourne sous arcgis desktop >10.7, python 2.7.\n\nModules python:\n\n- arcpy\n- win32com.client\n")
REPO = {"README.md": README, "carnets.py": SCRIPT, "templates/carnet.mxd": b"\xd0\xcf\x11\xe0" + b"\x00" * 60}
CHECKS = ["reusability.configuration", "reusability.dependencies"]


def test_paths_on_file_shares_and_an_absent_credentials_module_are_settings_in_the_code(tmp_path):
    report, res = judge(tmp_path, REPO, CHECKS)
    assert report["facts"]["project"]["kind"] == "cli-tool", report["facts"]["project"]
    conf = res["reusability.configuration"]
    assert conf["status"] == "fail", conf["message"]
    assert "agol_creds.py" in conf["message"]["en"] and "carnets.py:12" in conf["message"]["en"], conf["message"]
    assert "agol_creds.py" in conf["message"]["fr"], conf["message"]
    deps = res["reusability.dependencies"]
    assert deps["status"] == "fail" and "agol_creds" not in deps["message"]["en"], deps["message"]
    assert "2 of them named in README.md" in deps["message"]["en"] and "nommé(s) dans README.md" in deps["message"]["fr"], deps["message"]


def test_a_script_without_paths_nor_credentials_module_still_has_no_setting(tmp_path):
    script = SCRIPT.replace("import agol_creds as creds\r\n", "").replace("creds.user, creds.password", "'', ''")
    script = "".join(line + "\r\n" for line in script.split("\r\n") if not line.startswith(("MOS_PATH =", "TPL_PATH ="))).replace("MOS_PATH", "'.'")
    _, res = judge(tmp_path, {**REPO, "carnets.py": script}, ["reusability.configuration"])
    assert res["reusability.configuration"]["status"] == "not_applicable", res["reusability.configuration"]["message"]


def test_a_module_of_no_settings_name_stays_a_package_and_a_sentence_lists_nothing(tmp_path):
    script = SCRIPT.replace("import agol_creds as creds", "import mezcal as creds")
    readme = README.replace("- arcpy\n- win32com.client\n", "Le module arcpy pilote ArcGIS ; win32com pilote Excel.\n")
    _, res = judge(tmp_path, {**REPO, "carnets.py": script, "README.md": readme}, ["reusability.dependencies"])
    deps = res["reusability.dependencies"]
    assert deps["status"] == "fail" and "(arcpy, mezcal, win32com) declared nowhere" in deps["message"]["en"], deps["message"]
