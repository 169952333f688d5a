"""A README's required framework series is the one in use (issue 12, session 23 reader m2, a transport authority's Symfony
bundle): "Requirements: PHP 5.3+, Symfony 2.6.x" while composer.json requires only sibling bundles; scaling.end-of-life said
"only minimum versions or ranges" (inconclusive). A series ("Symfony 2.6.x", "Node 12.x") names one cycle; Symfony is read from
the README as the runtimes are (only when no file versions it); a minimum ("PHP 5.3+", "Symfony 4.4 or later") still is none."""

from __future__ import annotations

import json

from auditor.facts.scaling.eol_readme import readme_versions
from tests.test_project_kind import run
from tests.test_reusability_fixtures import build, results

COMPOSER = json.dumps({"name": "exemple/offre-bundle", "type": "symfony-bundle", "require": {"php": ">=5.4.3", "exemple/noyau-bundle": "~1.2.0"}})


def test_a_series_is_its_cycle_and_a_minimum_is_none():
    text = "Requirements\n------------\n\n- PHP 5.3+\n- Symfony 2.6.x\n- Node 12.x\n- Symfony 4.4 or later\n- Symfony 3.x\n"
    assert [(p, v) for p, v, _, _ in readme_versions(text)] == [("symfony", "2.6"), ("nodejs", "12")]


def test_a_bundle_requiring_an_old_symfony_series_is_judged(tmp_path):
    files = {"composer.json": COMPOSER, "OffreBundle.php": "<?php\nnamespace Exemple\\OffreBundle;\n\nclass OffreBundle\n{\n}\n",
             "README.md": "# Offre bundle\n\nRequirements\n------------\n\n- PHP 5.3+\n- Symfony 2.6.x\n"}
    r = results(run(build(tmp_path / "b", files), tmp_path / "cb", only=["scaling.end-of-life"]))["scaling.end-of-life"]
    assert r["status"] in ("warn", "fail") and "Symfony" in r["message"]["en"], r


def test_a_minimum_in_the_readme_stays_unread(tmp_path):
    files = {"composer.json": COMPOSER, "OffreBundle.php": "<?php\nnamespace Exemple\\OffreBundle;\n\nclass OffreBundle\n{\n}\n",
             "README.md": "# Offre bundle\n\nRequirements\n------------\n\n- PHP 5.3+\n- Symfony 4.4 or later\n"}
    r = results(run(build(tmp_path / "m", files), tmp_path / "cm", only=["scaling.end-of-life"]))["scaling.end-of-life"]
    assert "Symfony" not in r["message"]["en"], r
