"""reusability.install: a part's readme giving its steps as imperative sentences over commands, with no heading, is written
instructions (issue 12, session 42 fixer fn42 = PnGuadeloupe/toolbox, reader rg42 item 4). A park's admin toolbox's root README is
a title and a sentence; its Selenium script's folder readme says "Télécharger `wget …/chromedriver_linux64.zip`", "Dézipper le paquet
dans le répertoire `lib`", "Appeler le script en utilisant des variables d'environnement" over the fenced command. install said
'no container, recipe or instructions' (fail 0). Near misses: a part's readme that only describes the script, or whose steps give no
command, stays no instructions. The fixtures are written for the test."""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

CID = "reusability.install"
SCRIPT = ("import os\nfrom selenium import webdriver\n\n\nif __name__ == '__main__':\n    driver = webdriver.Chrome()\n"
          "    driver.get('https://portal.example.org/')\n    driver.find_element_by_id('txtNom').send_keys(os.environ['PORTAL_NAME'])\n")
STEPS = ("Depuis le site du pilote :\n\nTélécharger `wget https://drivers.example.org/2.40/driver_linux64.zip`\n\n"
         "Dézipper le paquet dans le répertoire `lib`.\n\nAppeler le script en utilisant des variables d'environnement :\n* PORTAL_NAME\n\n"
         "```bash\nPORTAL_NAME=nom /home/me/box/venv/bin/python3.6 /home/me/box/portal/clock.py\n```\n")


def _res(tmp_path, part_readme):
    return check_result(tmp_path, {"readme.md": "# Boîte à outils\n\nOutils d'administration du parc.\n", "requirements.txt": "selenium\n",
                                   "portal/clock.py": SCRIPT, "portal/readme.md": part_readme}, CID)


def test_a_part_readme_of_imperative_steps_over_commands_is_written_instructions(tmp_path):
    res = _res(tmp_path, STEPS)
    assert res["status"] == "warn" and res["details"]["instructions"], (res["status"], res["message"]["en"])
    assert any(e.get("path") == "portal/readme.md" and e.get("line") == 3 for e in res["evidence"]), res["evidence"]


def test_a_describing_readme_or_steps_without_command_give_none(tmp_path):
    res = _res(tmp_path, "Ce script ouvre le portail du personnel et y saisit le nom de l'agent.\n\nIl sert au badgeage.\n")
    assert res["status"] == "fail" and not res["details"]["instructions"], (res["status"], res["message"]["en"])
    res = _res(tmp_path / "b", "Copier le pilote dans le dossier lib.\n\nLancer le script depuis le poste de l'agent.\n")
    assert res["status"] == "fail" and not res["details"]["instructions"], (res["status"], res["message"]["en"])
