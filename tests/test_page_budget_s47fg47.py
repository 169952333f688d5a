"""Issue 12, s47 fg47 (reader rc47): a page weight budget is a stated limit that something enforces.

OPEN-ENT-NG/ressource-aggregator and OPEN-ENT-NG/flashquizz-connector (ENT modules, a React front end in frontend/): the
accessibility-and-ecodesign check listed "page weight budget (build or CI)" as present from frontend/package.json's script
`"lighthouse": "… && lhci autorun"` alone. No lighthouserc assertions, no budget.json, no size-limit entry states a limit, and
neither the GitHub workflow nor the Jenkinsfile runs the tool: any mention of a budget tool was taken as a budget.
"""

from __future__ import annotations

import json

from tests.gitrepo import make_repo
from tests.test_project_kind import run
from tests.test_reusability_fixtures import results

CHECK = "interoperability.accessibility-and-ecodesign"
DATE = "2026-11-02T10:00:00Z"


def _front(scripts: dict) -> dict:
    pkg = {"name": "portail-front", "private": True, "scripts": {"dev": "vite", "build": "tsc && vite build", **scripts},
           "dependencies": {"react": "^18.2.0", "react-dom": "^18.2.0"}, "devDependencies": {"vite": "^5.1.0", "@lhci/cli": "^0.13.0"}}
    return {
        "README.md": "# Portail\n\nModule de ressources pour l'espace numérique de travail.\n",
        "frontend/package.json": json.dumps(pkg, indent=2) + "\n",
        "frontend/index.html": '<!DOCTYPE html><html lang="fr"><body><div id="root"></div><script type="module" src="/src/main.tsx"></script></body></html>\n',
        "frontend/src/main.tsx": "import React from 'react';\nimport { createRoot } from 'react-dom/client';\n\n"
                                 "createRoot(document.getElementById('root')!).render(<h1>Ressources</h1>);\n",
        ".github/workflows/check.yml": "name: check\non: [push]\njobs:\n  front:\n    runs-on: ubuntu-latest\n    steps:\n"
                                       "      - uses: actions/checkout@v4\n      - run: cd frontend && npm ci && npm run build\n",
    }


def _budget(tmp_path, files, name):
    repo = make_repo(tmp_path / name, [{"files": files, "date": DATE}])
    return results(run(repo, tmp_path / f"c-{name}", only=[CHECK]))[CHECK]


def _present(r) -> str:
    return r["message"]["en"].split("missing")[0]


def test_a_bare_lighthouse_script_with_no_limit_and_no_ci_run_is_no_budget(tmp_path):
    r = _budget(tmp_path, _front({"lighthouse": "rm -rf .lighthouseci && lhci autorun"}), "bare")
    assert "page weight budget" not in _present(r), r["message"]
    assert r["details"]["criteria"]["page_budget"] is False
    assert any(e.get("path") == "frontend/package.json" and e.get("kind") == "finding" for e in r["evidence"]), r["evidence"]


def test_written_lighthouse_assertions_not_run_by_ci_are_no_budget_yet(tmp_path):
    rc = {"ci": {"collect": {"staticDistDir": "./dist"}, "assert": {"assertions": {"resource-summary:script:size": ["error", {"maxNumericValue": 300000}]}}}}
    files = {**_front({"lighthouse": "lhci autorun"}), "frontend/lighthouserc.json": json.dumps(rc, indent=2) + "\n"}
    r = _budget(tmp_path, files, "unrun")
    assert r["details"]["criteria"]["page_budget"] is False, r["message"]
    assert "frontend/lighthouserc.json" in r["remediation"]["en"], r["remediation"]


def test_near_miss_lighthouse_assertions_run_in_ci_keep_the_budget(tmp_path):
    rc = {"ci": {"collect": {"staticDistDir": "./dist"}, "assert": {"assertions": {"resource-summary:script:size": ["error", {"maxNumericValue": 300000}]}}}}
    files = {**_front({"lighthouse": "lhci autorun"}), "frontend/lighthouserc.json": json.dumps(rc, indent=2) + "\n"}
    files[".github/workflows/check.yml"] += "      - run: cd frontend && npm run lighthouse\n"
    r = _budget(tmp_path, files, "run")
    assert "page weight budget" in _present(r), r["message"]
    assert any(e.get("path") == "frontend/lighthouserc.json" for e in r["evidence"]), r["evidence"]


def test_near_miss_a_lighthouse_budget_file_run_by_the_ci_action_keeps_the_budget(tmp_path):
    budget = [{"path": "/*", "resourceSizes": [{"resourceType": "total", "budget": 500}]}]
    files = {**_front({}), "frontend/budget.json": json.dumps(budget) + "\n"}
    files[".github/workflows/check.yml"] += ("      - uses: treosh/lighthouse-ci-action@v12\n        with:\n"
                                             "          budgetPath: ./frontend/budget.json\n")
    r = _budget(tmp_path, files, "action")
    assert "page weight budget" in _present(r), r["message"]


def test_a_budget_json_of_public_finances_is_no_page_budget(tmp_path):
    files = {**_front({}), "frontend/public/data/budget.json": json.dumps({"annee": 2025, "depenses": 1200000, "recettes": 1250000}) + "\n"}
    r = _budget(tmp_path, files, "finances")
    assert "page weight budget" not in _present(r), r["message"]
