"""reusability.configuration (issue 12, s37 fg37 = reader rb37, GIP-RECIA/Noethysweb-data-generator): a Python script generating
fake data reads its mode by hand from the command line (`if sys.argv[1] in ["famille", "individu"]: mode = sys.argv[1]`, an
`elif sys.argv[1] in ["--help", "-h"]` branch printing "Usage: python data-generator.py [mode]"), the README naming the script.
The check said "A command-line tool with no setting at all (no option, …)". Arguments compared by hand with the values a script
accepts (sys.argv or process.argv compared with a literal, a literal looked up in sys.argv) are command-line options. Near miss: a
script only handing its argument on as a file's path (open(sys.argv[1])) keeps the old verdict."""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

CID = "reusability.configuration"

SCRIPT = '''#!/usr/bin/env python
"""Génère des données de démonstration."""

import random
import sys

random.seed(42)


def generate(mode):
    print("génération en mode", mode, random.random())


def main():
    mode = "famille"
    if len(sys.argv) > 1:
        if sys.argv[1] in ["famille", "individu"]:
            mode = sys.argv[1]
        elif sys.argv[1] in ["--help", "-h"]:
            print("Usage: python generateur.py [mode]")
            return
        else:
            print(f"Mode non valide: {sys.argv[1]}")
            return
    generate(mode)


if __name__ == "__main__":
    main()
'''

README = "# Générateur\n\nGénère des données de démonstration.\n\n## Utilisation\n\n```bash\npython generateur.py\n```\n"


def test_a_mode_read_by_hand_from_sys_argv_is_an_option(tmp_path):
    r = check_result(tmp_path, {"README.md": README, "generateur.py": SCRIPT}, CID)
    assert r["status"] != "not_applicable", r["message"]
    assert r["details"]["cli_options"] >= 1, r["details"]
    assert any(e.get("path") == "generateur.py" for e in r["evidence"]), r["evidence"]


def test_a_node_script_reading_its_flag_by_hand_is_an_option(tmp_path):
    js = ("const force = process.argv.includes('--force');\nconsole.log('import', force);\n")
    r = check_result(tmp_path, {"README.md": README.replace("python generateur.py", "node importer.js --force"), "importer.js": js,
                                "package.json": '{"name": "importer", "version": "1.0.0", "bin": {"importer": "importer.js"}}\n'}, CID)
    assert r["details"].get("cli_options", 0) >= 1, (r["message"], r["details"])


def test_an_argument_only_handed_on_as_a_path_is_no_option(tmp_path):
    script = ("import sys\n\n\ndef main():\n    with open(sys.argv[1]) as f:\n        print(len(f.read()))\n\n\n"
              "if __name__ == \"__main__\":\n    main()\n")
    r = check_result(tmp_path, {"README.md": README, "generateur.py": script}, CID)
    assert r["details"].get("cli_options", 0) == 0, (r["message"], r["details"])
