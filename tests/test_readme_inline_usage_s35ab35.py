"""Session 35 (ab35): a label and its command on one line ("Utilisation : ```script.py fichier.xml```") is the README's usage.

- MaelREBOUX/spmd: under "## `extract_infos_sandre_xml.py`", the README says what the script reads, then
  "Utilisation : ```extract_infos_sandre_xml.py  monfichier_sandre.xml```" and a sample of its output; documentation.readme-sections
  listed usage as missing: a label was read only over a block of commands, and a script run only after its interpreter.
- near misses: the same line running a script the repository does not hold, or a label that names no usage ("Remarque :"),
  gives no usage.
Files written for these tests, in the shape of the real case.
"""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

SCRIPT = ("# -*- coding: utf-8 -*-\nimport argparse\n\nfrom lxml import etree\n\n\ndef main(path):\n    tree = etree.parse(path)\n"
          "    print(tree.getroot().tag)\n\n\nif __name__ == '__main__':\n    parser = argparse.ArgumentParser()\n"
          "    parser.add_argument('fichier')\n    main(parser.parse_args().fichier)\n")
README = ("# eau-scripts\n\nScripts de traitement de données sur l'eau pour le service de la donnée de la métropole.\n\n"
          "## `lire_sandre.py`\n\nCe script lit un fichier de données au format d'échange de l'eau et liste les paramètres mesurés.\n\n"
          "{label} : ```{command}```\n\nLe script affiche les informations générales puis la liste des paramètres.\n\n"
          "```\nScénario : autosurveillance\ndate de début : 2016-01-01\n```\n")


def _sections(tmp_path, label, command, name="r"):
    files = {"README.md": README.format(label=label, command=command), "lire_sandre.py": SCRIPT, "test_quesu.xml": "<QUESU/>\n"}
    r = judge(tmp_path, files, ["documentation.readme-sections"], name=name)[1]["documentation.readme-sections"]
    return r


def test_a_usage_label_and_its_command_on_one_line_are_the_usage(tmp_path):
    r = _sections(tmp_path, "Utilisation", "lire_sandre.py  monfichier.xml")
    assert "usage" not in r["message"]["en"].split("missing", 1)[-1], r["message"]
    assert "utilisation" not in r["message"]["fr"].split("manquantes", 1)[-1], r["message"]


def test_a_script_the_repository_lacks_or_a_label_naming_no_usage_gives_none(tmp_path):
    for i, (label, command) in enumerate((("Utilisation", "autre_script.py  monfichier.xml"), ("Remarque", "lire_sandre.py  monfichier.xml"))):
        r = _sections(tmp_path, label, command, name=f"n{i}")
        assert "utilisation" in r["message"]["fr"].split("manquantes", 1)[-1], (label, r["message"])
