"""Session 21 (reader r1's Datagora-erasme/datagora_datatlas_back): README.md:1 "> **⚠️ Deprecated:** this project moved to a monorepo
and is now maintained at https://…" was never reported: maintenance.not-archived read the forge only and, the forge not reached, was
inconclusive, so a jury read a live project. The README's notice that the project is finished (deprecated, archived, abandoned,
unmaintained) gives a failure, a pointer to where it lives now a warning, with the line and the successor as evidence; with the forge,
both are reported. A README that only mentions a deprecated API, a tool named "Archive", or says nothing of the kind is unchanged."""

from __future__ import annotations

import pytest

from auditor.facts.readme_status import find_notice
from auditor.testing import run_with_facts
from tests.test_reusability_fixtures import build, results, run_audit

CHECK = "maintenance.not-archived"
SERVER = {"src/server.js": "const express = require('express')\nconst app = express()\napp.get('/api/conf', (q, r) => r.json({}))\napp.listen(3000)\n",
          "src/package.json": '{"name": "carte-serveur", "dependencies": {"express": "^4.18.0"}}\n'}


def _check(tmp_path, readme: str) -> dict:
    return results(run_audit(build(tmp_path / "r", {"README.md": readme, **SERVER}), tmp_path / "c", [CHECK]))[CHECK]


def test_a_deprecation_notice_without_the_forge_is_a_failure(tmp_path):
    res = _check(tmp_path, "> **⚠️ Deprecated:** this project moved to a *monorepo* and is now maintained at "
                           "https://forge.exemple.fr/carte/monorepo\n\n# carte_serveur\n")
    assert res["status"] == "fail", res["message"]
    assert "README.md:1" in res["message"]["fr"] and "https://forge.exemple.fr/carte/monorepo" in res["message"]["en"], res["message"]
    assert "Forge: " in res["message"]["en"]  # (and why the forge said nothing)
    assert any(e.get("path") == "README.md" and e.get("line") == 1 for e in res["evidence"]), res["evidence"]
    assert "successor" in res["remediation"]["en"]


def test_a_moved_pointer_without_the_forge_is_a_warning(tmp_path):
    res = _check(tmp_path, "# Carte\n\n## Déménagé : https://forge.exemple.fr/carte/serveur\n\nServeur de la carte.\n")
    assert res["status"] == "warn" and "README.md:3" in res["message"]["fr"], res["message"]


@pytest.mark.parametrize("readme", [
    "# Carte\n\nServeur de la carte des projets.\n\n## API\n\nDeprecated: the v1 endpoint, use /api/v2.\n",
    "# Archive\n\nOutil de consultation des archives municipales.\n",
    "# Carte\n\nThis project replaced the old map (https://ancienne.exemple.fr).\n",
])
def test_other_readmes_stay_inconclusive_without_the_forge(tmp_path, readme):
    res = _check(tmp_path, readme)
    assert res["status"] == "inconclusive", res["message"]


FORGE = {"available": True, "host": "github.com", "repo": {"archived": False, "fork": False, "description": "", "topics": [], "homepage": None,
                                                            "stars": 0, "forks": 0, "open_issues": 0, "default_branch": "main", "pushed_at": None}}
NOTICE = {"path": "README.md", "line": 1, "text": "Deprecated: this project moved to a monorepo", "state": "finished",
          "successor": "https://forge.exemple.fr/m"}


def test_with_the_forge_both_are_reported():
    facts = {"forge": FORGE, "readme_status": {"readme": "README.md", "notice": NOTICE}, "project": {"kind": "api-service"}}
    res = run_with_facts(CHECK, facts)
    assert res.status.value == "fail" and "not archived on github.com" in res.message["en"] and "README.md:1" in res.message["en"], res.message
    archived = {**FORGE, "repo": {**FORGE["repo"], "archived": True}}
    res = run_with_facts(CHECK, {**facts, "forge": archived})
    assert res.status.value == "fail" and "archived on github.com" in res.message["en"] and "its README says so" in res.message["en"], res.message
    # and no notice: the forge's word alone, as before
    res = run_with_facts(CHECK, {**facts, "readme_status": {"readme": "README.md", "notice": None}})
    assert res.status.value == "pass", res.message


@pytest.mark.parametrize(("text", "state"), [
    ("# Outil\n\nCe dépôt n'est plus maintenu. Voir https://forge.exemple.fr/a/b.\n", "finished"),
    ("# Projet archivé\n\nTexte.\n", "finished"),
    ("DÉPÔT OBSOLÈTE\n\nTexte.\n", "finished"),
    ("> [!WARNING]\n> This repository has moved to https://forge.exemple.fr/a/b\n", "moved"),
    ("# Carte\n\nCe projet est désormais maintenu sur https://forge.exemple.fr/carte\n", "moved"),
    ("```\nDeprecated: x\n```\n# Outil\n", None),
    ("# Outil\n\nLa fonction `foo` est dépréciée : utilisez `bar`.\n", None),
    ("# Ma carte\n\nUne carte interactive des projets.\n\n## Installation\n\nnpm install\n", None),
])
def test_notice_shapes(text, state):
    found = find_notice(text)
    assert (found and found["state"]) == state, found
