"""A README's link to a file of its own repository written as the forge's full blob address is followed like a relative link
(issue 12, s22 b2 case 3, reader s21 m3; shaped like a State start-up's Rails app whose README says "## Contribuer — les
instructions sont disponibles [ici](https://github.com/<owner>/<repo>/blob/<branch>/docs/….md)"). The repository's address is its
origin remote; nothing is fetched; another repository's blob address is not followed."""

from __future__ import annotations

import subprocess
from datetime import date

from auditor.context import AuditConfig
from auditor.engine import AuditOptions, audit
from auditor.facts.own_links import own_blob_path
from auditor.target import parse_target
from tests.gitrepo import make_repo

RULES = ("# Règles du projet\n\n## Contribuer au projet\n\nOuvrez un ticket avant toute modification, puis une pull request vers la "
         "branche `recette`.\n\n## Style\n\nLe code suit les règles de rubocop.\n")
TECH = ("# Guide technique\n\n## Architecture\n\nUne application Rails et une base PostgreSQL.\n\n## Déploiement\n\nLe service est "
        "déployé sur un PaaS : une fusion sur la branche `recette` publie la démo, le script `./deploy.sh` publie la production.\n")


def _readme(base: str) -> str:
    return ("# prise-rdv\n\nService numérique public qui aide les agents à fixer les premiers rendez-vous des bénéficiaires.\n\n"
            f"La documentation technique est [ici]({base}/docs/guide-technique.md).\n\n"
            "## Installation\n\n```\nbundle install\nbin/rails db:setup\n```\n\n"
            f"## Contribuer\n\nPour contribuer, les instructions sont disponibles [ici]({base}/docs/regles-du-projet.md)\n")


def _audit(tmp_path, origin: str, base: str):
    files = {"README.md": _readme(base), "docs/regles-du-projet.md": RULES, "docs/guide-technique.md": TECH,
             "app/models/rdv.rb": "class Rdv < ApplicationRecord\nend\n", "Gemfile": "source 'https://rubygems.org'\ngem 'rails'\n"}
    repo = make_repo(tmp_path / "r", [{"files": files, "date": "2026-03-02T10:00:00Z", "message": "init"}])
    subprocess.run(["git", "-C", str(repo), "remote", "add", "origin", origin], check=True)
    cache = tmp_path / "c"
    return audit(str(repo), AuditOptions(cache_dir=cache, offline=True, only=["documentation.readme-sections"], as_of=date(2026, 6, 1),
                                         config=AuditConfig(cache_dir=cache, offline=True, network=False)))


def _linked(report) -> dict:
    r = report["results"][0]
    return {e["value"]["section"]: e["path"] for e in r["evidence"] if isinstance(e.get("value"), dict) and e["value"].get("via") == "link"}


def test_a_link_to_its_own_blob_is_followed(tmp_path):
    report = _audit(tmp_path, "https://github.com/Ville-Exemple/prise-rdv.git", "https://github.com/ville-exemple/prise-rdv/blob/recette")
    assert report["facts"]["files"]["contributing"] == "docs/regles-du-projet.md"  # was None: the chapter's link was not followed
    assert _linked(report) == {"deployment": "docs/guide-technique.md"}  # was {}: the guide's "## Déploiement" counts
    assert "deployment" not in report["results"][0]["message"]["en"].split("missing:")[-1]


def test_another_repositorys_blob_is_not_followed(tmp_path):
    report = _audit(tmp_path, "https://github.com/ville-exemple/prise-rdv.git", "https://github.com/autre-equipe/prise-rdv/blob/recette")
    assert report["facts"]["files"]["contributing"] is None
    assert _linked(report) == {}


def test_the_blob_address_is_read_without_the_network():
    gitlab = parse_target("https://gitlab.com/metropole/sig/viewer.git")
    files = {"docs/install.md": 1, "README.md": 1}
    assert own_blob_path("https://gitlab.com/metropole/sig/viewer/-/blob/feature/carte/docs/install.md", gitlab, files) == "docs/install.md"
    assert own_blob_path("https://gitlab.com/metropole/sig/viewer/-/blob/main/docs/absent.md", gitlab, files) is None
    assert own_blob_path("https://gitlab.com/metropole/sig/viewer/-/tree/main/docs", gitlab, files) is None
    assert own_blob_path("https://gitlab.com/metropole/autre/-/blob/main/docs/install.md", gitlab, files) is None
    assert own_blob_path("https://github.com/metropole/sig/viewer/blob/main/docs/install.md", gitlab, files) is None
    assert own_blob_path("https://gitlab.com/metropole/sig/viewer/-/blob/main/../../etc/passwd", gitlab, files) is None
