"""documentation.readme-sections: a command-line tool with no setting at all is asked no "Configuration" section (issue 12, s45
fh45 = reader re45's cdg71/n4ds-converter).

A Node script splitting a declaration file per employer (main.js reading its input from process.argv, npm start) was told to add
``## Configuration`` while the same audit's reusability.configuration said "A command-line tool with no setting at all (no option,
environment variable or file): nothing to configure". The README's sections now follow that rule. Near miss: a command-line tool
whose code writes one machine's paths holds settings: the section stays expected."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

SPLIT = ("const fs = require('fs');\nconst path = require('path');\n\nconst input = process.argv[2];\nconst outDir = process.argv[3];\n"
         "const lines = fs.readFileSync(input, 'latin1').split('\\n');\nconst parts = {};\nlet current = null;\n"
         "for (const line of lines) {\n  if (line.startsWith('S20.G00.05.001')) current = line.split(',')[1];\n"
         "  if (current) (parts[current] = parts[current] || []).push(line);\n}\n"
         "for (const [id, rows] of Object.entries(parts)) fs.writeFileSync(path.join(outDir, id + '.txt'), rows.join('\\n'));\n")
README = ("# Découpe\n\nDécoupe un fichier de déclaration en autant de fichiers que d'employeurs.\n\n## Installation\n\n    npm install\n\n"
          "## Usage\n\n    npm start declaration.txt sortie\n")


def _sections(tmp_path, code: str, tag: str) -> dict:
    files = {"main.js": code, "README.md": README,
             "package.json": '{"name": "decoupe", "version": "1.0.0", "main": "main.js", "scripts": {"start": "node main.js"}}\n'}
    report, res = judge(tmp_path, files, ["documentation.readme-sections", "reusability.configuration"], name=tag)
    assert report["facts"]["project"]["kind"] == "cli-tool"
    return res


def test_a_cli_without_settings_is_asked_no_configuration_section(tmp_path):
    res = _sections(tmp_path, SPLIT, "plain")
    assert res["reusability.configuration"]["status"] == "not_applicable", res["reusability.configuration"]["message"]
    assert "configuration" not in res["documentation.readme-sections"]["details"]["missing"], res["documentation.readme-sections"]["message"]


def test_near_miss_a_cli_writing_one_machines_paths_keeps_the_section(tmp_path):
    code = SPLIT.replace("const outDir = process.argv[3];", "const outDir = 'C:\\\\Users\\\\agent\\\\Documents\\\\declarations\\\\sortie';")
    res = _sections(tmp_path, code, "paths")
    assert res["reusability.configuration"]["status"] != "not_applicable", res["reusability.configuration"]["message"]
    assert "configuration" in res["documentation.readme-sections"]["details"]["missing"], res["documentation.readme-sections"]["message"]
