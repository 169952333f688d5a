"""documentation.language (issue 12, s35 n35 = laatirisedki93/pointage-app-firebase-source): a generated SDK's README is not the
project's documentation.

The clock-in app's French README and guides sit beside dataconnect-generated/js/default-connector/, the SDK Firebase Data Connect
writes (its README: "# Generated TypeScript README … This README is generated alongside the generated SDK. If you make changes to this
file, they will be overwritten"). The check said "documentation in English, French", from that README. A folder named as a generator's
output (generated/, __generated__/, <tool>-generated/) holds what the generator wrote, code and README alike; and a document saying in
its head it is generated is the generator's text wherever it sits. Near misses: a hand-written English guide (docs/deploy-en.md)
still counts as English documentation, and a folder whose name merely contains the word (generators/) is no generator's output. The
files are written for these tests, in the shape of that repository."""

from __future__ import annotations

from auditor.facts.inventory import classify, is_generated
from tests.test_reusability_fixtures import build, results, run_audit

CID = "documentation.language"

SDK_README = """# Table of Contents
- [**Overview**](#generated-javascript-readme)
- [**Queries**](#queries)

# Generated TypeScript README
This README will guide you through the process of using the generated JavaScript SDK package for the connector `default`. It will
also provide examples on how to use your generated SDK to call your Data Connect queries and mutations.

***NOTE:** This README is generated alongside the generated SDK. If you make changes to this file, they will be overwritten when the
SDK is regenerated.*

You can use this generated SDK by importing from the package as shown below. Both CommonJS and ESM imports are supported.
"""

FR_GUIDE = ("# Guide d'utilisation\n\nCe guide explique comment les agents pointent leur arrivée et leur départ depuis leur téléphone. "
            "L'agent ouvre l'application, scanne le code affiché à l'accueil de la mairie et valide sa position. Le responsable consulte "
            "ensuite les pointages de son service et exporte le relevé du mois pour la paie.\n")


def app(extra: dict) -> dict:
    files = {"README.md": "# Pointage\n\nApplication de pointage des agents de la commune, avec un code QR et la position de l'agent. "
                          "Les responsables consultent les pointages de leur service et exportent les relevés mensuels.\n",
             "guide_utilisation.md": FR_GUIDE,
             "package.json": '{"name": "pointage", "private": true, "dependencies": {"react": "^18.3.1", "firebase": "^11.0.0"}}\n',
             "src/main.tsx": "import { app } from './firebase';\n\nconsole.log(app);\n",
             "src/firebase.ts": "import { initializeApp } from 'firebase/app';\n\nexport const app = initializeApp({ projectId: 'pointage-demo' });\n"}
    files.update(extra)
    return files


def language(tmp_path, files, name):
    return results(run_audit(build(tmp_path / name, files), tmp_path / f"c-{name}", [CID]))[CID]


SDK = {"dataconnect-generated/js/default-connector/README.md": SDK_README,
       "dataconnect-generated/js/default-connector/package.json": '{"name": "@firebasegen/default-connector", "version": "1.0.0", '
                                                                   '"description": "Generated SDK For default", "main": "index.cjs.js"}\n',
       "dataconnect-generated/js/default-connector/index.cjs.js": "const connectorConfig = {\n  connector: 'default',\n};\nexports.connectorConfig = connectorConfig;\n",
       "dataconnect-generated/js/default-connector/index.d.ts": "export const connectorConfig: unknown;\n"}


def test_a_generated_sdks_readme_is_not_the_projects_documentation(tmp_path):
    r = language(tmp_path, app(SDK), "a")
    assert "en" not in r["details"]["docs"] and "documentation in" not in r["message"]["en"], r["message"]
    assert not any("dataconnect-generated" in (e.get("path") or "") for e in r["evidence"]), r["evidence"]
    # (the same README moved out of its generator's folder: its head says it is generated)
    moved = {k.replace("dataconnect-generated/js/default-connector/", "sdk/"): v for k, v in SDK.items()}
    r = language(tmp_path, app(moved), "b")
    assert "en" not in r["details"]["docs"], r["message"]


def test_a_generators_folder_by_name():
    assert is_generated("dataconnect-generated/js/default-connector/index.cjs.js")
    assert is_generated("src/__generated__/graphql.ts") and is_generated("lib/generated/l10n.dart")
    assert classify("dataconnect-generated/js/default-connector/index.cjs.js")[0] == "generated"
    assert not is_generated("tools/generators/make_report.py") and not is_generated("src/regenerate/run.py")
    assert classify("tools/generators/make_report.py")[0] == "source"


def test_a_hand_written_english_guide_still_counts(tmp_path):
    en = ("# Deployment\n\nThis guide explains how the town's IT team deploys the clock-in application on its own Firebase project. "
          "Create the project, enable Firestore and Authentication, then copy the web configuration into the application's settings and "
          "publish the site with the Firebase command line.\n")
    r = language(tmp_path, app({**SDK, "docs/deploy-en.md": en}), "c")
    assert "en" in r["details"]["docs"] and "English" in r["message"]["en"], r["message"]
