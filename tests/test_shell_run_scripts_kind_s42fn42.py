"""facts.project kind: scripts a person runs from a shell are a command-line tool (issue 12, session 42 fixer fn42 =
PnGuadeloupe/toolbox, reader rg42 items 3 and 6). A park's admin toolbox held a Selenium script whose code runs under
`if __name__ == '__main__':`, its command given in its folder's readme (VIRTUALIA_NOM=… python3.6 …/virtualia/badge.py), and a bash
script with its interpreter line updating a server over SSH; no package. The kind was undecided (library placeholder) and
documentation.docs asked for API documentation. Now: cli-tool, and no API asked. Near misses: a Python module without the main guard,
or a guarded script no readme runs, leave the kind undecided. The fixtures are written for the test."""

from __future__ import annotations

from tests.test_kind_first_reads import kind_and_results

BADGE = ("from selenium import webdriver\nimport os\n\n\nif __name__ == '__main__':\n    driver = webdriver.Chrome()\n"
         "    driver.get('http://portal.example.org/')\n    field = driver.find_element_by_id('txtNom')\n"
         "    field.send_keys(os.environ['PORTAL_NAME'])\n")
README = ("Télécharger le pilote et le dézipper dans `lib`.\n\nAppeler le script :\n\n```bash\n"
          "PORTAL_NAME=nom /home/me/dev/box/venv/bin/python3.6 /home/me/dev/box/portal/clock.py\n```\n")
UPDATE = ("#!/usr/bin/env bash\n\nread -p \"Mettre à jour ? o pour oui: \" -n 1 -r\necho\nif [[ $REPLY =~ ^[o]$ ]]\nthen\n"
          "ssh gisserver /bin/bash << EOF\ncd /srv/webgis/\nsudo git pull\nsudo service nginx reload\nEOF\nfi\n")


def _files(badge=BADGE, readme=README):
    return {"readme.md": "# Boîte à outils\n\nOutils d'administration.\n", "requirements.txt": "selenium\n",
            "portal/clock.py": badge, "portal/readme.md": readme, "webgis/update_webgis.sh": UPDATE}


def test_guarded_script_with_its_command_and_a_shell_script_are_a_command_line_tool(tmp_path):
    project, results = kind_and_results(tmp_path, _files(), ["documentation.docs"])
    assert project["kind"] == "cli-tool" and project["kind_decided"], project
    assert "API" not in results["documentation.docs"]["message"]["en"], results["documentation.docs"]["message"]["en"]


def test_a_module_or_an_undocumented_script_stays_undecided(tmp_path):
    module = "import os\n\n\ndef clock(name):\n    return os.path.join('lib', name)\n"
    project, _ = kind_and_results(tmp_path / "a", _files(badge=module), ["documentation.docs"])
    assert project["kind"] != "cli-tool", project
    project, _ = kind_and_results(tmp_path / "b", _files(readme="Outils du parc.\n"), ["documentation.docs"])
    assert project["kind"] != "cli-tool", project
