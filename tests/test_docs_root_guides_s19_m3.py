"""documentation.docs (issue 12, s19 d2: opt-nc/setup-duckdb-action): two guides written at the root, a tutorial
(KICKSTART_FOR_DUMMIES.md) and the maintainers' procedure (HOW_TO_MAINTAIN.md), were "Found: —"; three were needed."""

from __future__ import annotations

import json

from tests.test_reusability_fixtures import build, results, run_audit

ACTION = {"action.yml": "name: setup-tool\nruns:\n  using: node20\n  main: dist/index.js\n",
          "package.json": json.dumps({"name": "setup-tool", "main": "lib/index.js"}),
          "src/index.ts": "import * as core from '@actions/core';\n\nexport async function run(): Promise<void> {\n  core.info('installing');\n}\n\nrun();\n",
          "README.md": "# setup-tool\n\nA GitHub Action installing the tool.\n\n## Example usage\n\n```yaml\n- uses: example/setup-tool@v1\n```\n"}
TUTORIAL = "# Kickstart\n\nThis short how-to shows how the action can be used in a workflow, step by step.\n\n" + "1. Copy the workflow below into .github/workflows/.\n" * 30
MAINTAIN = "# Maintenir l'action\n\nLa procédure des mainteneurs pour publier une version.\n\n" + "- Mettre à jour les dépendances puis reconstruire dist/.\n" * 30


def _docs(tmp_path, files):
    return results(run_audit(build(tmp_path / "r", files), tmp_path / "c", ["documentation.docs"]))["documentation.docs"]


def test_two_written_root_guides_are_documentation(tmp_path):
    r = _docs(tmp_path, {**ACTION, "KICKSTART_FOR_DUMMIES.md": TUTORIAL, "HOW_TO_MAINTAIN.md": MAINTAIN})
    assert r["score"] > 0 and "KICKSTART_FOR_DUMMIES.md" in json.dumps(r["evidence"]), (r["message"], r["evidence"])


def test_two_assistant_instruction_files_or_stubs_are_not(tmp_path):
    r = _docs(tmp_path / "a", {**ACTION, "AGENTS.md": MAINTAIN, "CLAUDE.md": TUTORIAL})
    assert "AGENTS.md" not in json.dumps(r["evidence"]), (r["message"], r["evidence"])
    r = _docs(tmp_path / "b", {**ACTION, "KICKSTART.md": TUTORIAL, "NOTES.md": "# Notes\n\nto do\n"})
    assert "KICKSTART.md" not in json.dumps(r["evidence"]), (r["message"], r["evidence"])


def test_a_services_requests_shown_in_its_readme_document_its_api(tmp_path):
    # (h2's note, s18 c2 xml2csw: an API service whose README gives its GetRecords request and parameters had "missing: API")
    files = {"csw.php": "<?php\nheader('Content-Type: application/xml');\n$request = $_GET['request'];\nif ($request == 'GetCapabilities') {\n"
                        "    echo file_get_contents('capabilities.xml');\n} else {\n    echo json_encode(array('records' => array()));\n}\n",
             "capabilities.xml": "<?xml version=\"1.0\"?>\n<Capabilities/>\n",
             "README.md": "# csw-lite\n\nServeur CSW minimal pour un dossier de fiches XML.\n\n## Paramétrage:\n\n"
                          "Pour simuler une requête \"GetRecords\" : http://domaine.dom/csw.php?xml_dir=xml&maxrecords=10&request=GetRecords\n\n"
                          "- xml_dir : dossier des fiches\n- maxrecords : nombre de fiches rendues\n"}
    r = _docs(tmp_path, files)
    assert "domaine.dom/csw.php" in json.dumps(r["evidence"]), (r["message"], r["evidence"])
