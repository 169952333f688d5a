"""documentation.docs (issue 12, s37 ff37 = freddtce/Point-de-Repere-Routier): a Table Schema (schema.json, a valid example CSV)
whose only code is a CI helper, .github/workflows/assert_version.py checking the schema's version, was asked for "architecture"
documentation: the weights dropped architecture, deployment and API for documents specifying data only when no code at all was
there and no kind was decided. A data specification whose only source files are the continuous integration's tooling (under
.github/, .gitlab/, ci/) has no architecture to document; one with a converter script of its own keeps the advice."""

from __future__ import annotations

import json

from auditor.engine import AuditOptions, audit
from tests.gitrepo import make_repo

CID = "documentation.docs"
SCHEMA = json.dumps({"$schema": "https://specs.frictionlessdata.io/schemas/table-schema.json", "name": "points-de-repere",
                     "title": "Schéma des points de repère routiers", "version": "1.0.0",
                     "fields": [{"name": "identifiant", "type": "string", "description": "Identifiant du point"},
                                {"name": "pr", "type": "integer", "description": "Numéro du point de repère"},
                                {"name": "abscisse", "type": "number", "description": "Abscisse en mètres"}]}, indent=3)
CHECK = ("import json\nimport sys\n\n\ndef main():\n    with open('schema.json') as f:\n        version = json.load(f)['version']\n"
         "    if version != sys.argv[1]:\n        sys.exit(f'version {version} is not {sys.argv[1]}')\n\n\nmain()\n")
FILES = {"README.md": "# Points de repère routiers\n\nSchéma d'échange des points de repère routiers des départements.\n",
         "schema.json": SCHEMA, "exemple-valide.csv": "identifiant,pr,abscisse\n001PR1,1,0\n001PR2,2,1000\n",
         "requirements.txt": "frictionless\n", ".github/workflows/assert_version.py": CHECK,
         ".github/workflows/assert_version.yml": ("name: version\non: [push]\njobs:\n  check:\n    runs-on: ubuntu-latest\n    steps:\n"
                                                  "      - uses: actions/checkout@v4\n      - run: python .github/workflows/assert_version.py 1.0.0\n")}


def run(tmp_path, files: dict) -> tuple[dict, dict]:
    repo = make_repo(tmp_path / "r", [{"files": files, "date": "2026-03-19T10:00:00Z", "message": "init", "author": ("Alice Martin", "alice@exemple.fr")}])
    report = audit(str(repo), AuditOptions(cache_dir=tmp_path / "c", offline=True, only=[CID]))
    return next(r for r in report["results"] if r["id"] == CID), report["facts"]


def test_a_schema_with_ci_tooling_only_is_asked_no_architecture(tmp_path):
    r, facts = run(tmp_path, FILES)
    assert facts["project"]["kind"] == "data-specification", facts["project"]
    assert "architecture" not in r["details"]["missing"] and "folder" in r["details"]["missing"], r["details"]


def test_a_schema_with_its_own_converter_keeps_the_advice(tmp_path):
    converter = ("import csv\nimport sys\n\n\ndef convert(src, dst):\n    with open(src) as f, open(dst, 'w') as g:\n"
                 "        w = csv.writer(g)\n        for row in csv.reader(f):\n            w.writerow(row[:3])\n\n\nconvert(*sys.argv[1:3])\n")
    r, facts = run(tmp_path, {**FILES, "scripts/convertir.py": converter})
    assert facts["project"]["kind"] == "data-specification", facts["project"]
    assert "architecture" in r["details"]["missing"], r["details"]
