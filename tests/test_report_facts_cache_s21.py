"""The report's facts section does not depend on the cache's state (issue 12, session 21 fixer k1's finding): an audit of some
checks listed the ``reuse`` and ``manifests`` facts when the cache was cold (the licence fact is built from them) and not when it
was warm (the licence fact read from the cache brings none of the facts it was built from). The section lists the facts a check or
the engine asked for, the same on every run."""

from __future__ import annotations

import json

from tests.test_project_kind import run
from tests.test_reusability_fixtures import build

FILES = {
    "LICENSE": "MIT License\n\nCopyright (c) 2026 Ville d'Exemple\n\nPermission is hereby granted, free of charge, to any person obtaining a copy\n",
    "package.json": json.dumps({"name": "carte-exemple", "version": "1.0.0", "license": "MIT", "dependencies": {"leaflet": "^1.9.4"}}),
    "src/map.js": "import L from 'leaflet';\nexport const map = L.map('map').setView([46.5, 2.5], 6);\n",
    "README.md": "# Carte\n\nUne carte des îlots de fraîcheur.\n",
}


def strip(report: dict) -> dict:
    out = json.loads(json.dumps(report))
    out.pop("generated_at", None)
    out.pop("duration_s", None)
    out["facts"].pop("forge", None)  # (observed_at: when the forge was asked)
    return out


def test_facts_section_is_the_same_on_a_cold_and_a_warm_cache(tmp_path):
    repo = build(tmp_path / "r", FILES)
    for only in (["reusability.territory-neutral"], ["licensing.reuse", "documentation.readme"]):
        cache = tmp_path / ("c-" + only[0])
        cold, warm = (strip(run(repo, cache, only=only)) for _ in range(2))
        assert sorted(cold["facts"]) == sorted(warm["facts"]), (only, sorted(cold["facts"]), sorted(warm["facts"]))
        assert cold["facts"] == warm["facts"]
        assert [(r["id"], r["status"], r.get("score")) for r in cold["results"]] == [(r["id"], r["status"], r.get("score")) for r in warm["results"]]


def test_a_check_reading_a_fact_lists_it(tmp_path):
    # the licensing.reuse check reads the reuse fact itself: listed, cold and warm
    repo = build(tmp_path / "r", FILES)
    for _ in range(2):
        report = run(repo, tmp_path / "c", only=["licensing.reuse"])
        assert "reuse" in report["facts"] and "license" in report["facts"], sorted(report["facts"])
