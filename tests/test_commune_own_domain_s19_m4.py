"""A small commune's own domain typed one way in both people checks (issue 12, s19 reader d1: PhilipMasse/WordPress---GRC,
WordPress---Design, Android---GRC, the commune of Berre-les-Alpes). Its agents commit as "Mairie de <commune>" <contact@…> and
"<app> Dev" <dev@…> on the commune's domain (its name, hyphens dropped, under .fr; under 5,000 inhabitants, so not in
communes.yml's domain names): maintenance.organisations called the domain public (the last address read decided) while
scaling.contributor-organisations typed the "Dev" address an unlisted company's; the mobile app, committed only from the
"Dev" address, was "written entirely by one organisation the tool does not identify as a public body" though its sign-in
screen names the town hall. A domain one author on it names as a public body, or named after a commune the code names as a
town hall, is now public for all its addresses, in both facts (auditor/facts/named_bodies.py)."""

from __future__ import annotations

import subprocess
from datetime import date

from auditor.context import AuditConfig
from auditor.engine import AuditOptions, audit
from auditor.facts.named_bodies import commune_domain, slug
from tests.gitrepo import make_repo
from tests.test_reusability_fixtures import results

CHECKS = ["maintenance.organisations", "scaling.contributor-organisations"]
SCREEN = ('package fr.castelnaudespres.portail.ui\n\n@Composable\nfun LoginScreen() {\n'
          '    Text(text = "Mairie de Castelnau-des-Prés", style = MaterialTheme.typography.titleLarge)\n}\n')


def _audit(tmp_path, authors, files=None):
    extra = files or {}
    commits = [{"files": {"README.md": f"# Portail\n\nVersion {i}.\n", **extra}, "date": f"2026-0{1 + i % 8}-1{i % 9}T10:00:00Z",
                "message": f"change {i}", "author": a} for i, a in enumerate(authors)]
    repo = make_repo(tmp_path / "r", commits)
    subprocess.run(["git", "-C", str(repo), "remote", "add", "origin", "https://github.com/jdupont-dev/portail.git"], check=True)
    cache = tmp_path / "c"
    report = audit(str(repo), AuditOptions(cache_dir=cache, offline=True, only=CHECKS, as_of=date(2026, 10, 1), config=AuditConfig(
        cache_dir=cache, offline=True, network=False, extra={"sponsor_type": "local-authority"})))
    return results(report), report["facts"]["contributor_types"]["year"]


def test_a_domain_named_public_by_one_author_is_public_for_all(tmp_path):
    authors = [("Mairie de Castelnau-des-Prés", "contact@castelnaudespres.fr")] * 5 + [("Portail Dev", "dev@castelnaudespres.fr")] * 3
    r, year = _audit(tmp_path, authors)
    assert year["by_type"]["public"] == 8 and year["by_type"]["company"] == 0, year
    assert "1 of them public: castelnaudespres.fr (public)" in r["maintenance.organisations"]["message"]["en"]


def test_a_domain_named_after_the_town_hall_the_code_names(tmp_path):
    r, year = _audit(tmp_path, [("Portail Dev", "dev@castelnaudespres.fr")] * 6,
                     {"app/src/main/java/fr/castelnaudespres/portail/ui/LoginScreen.kt": SCREEN})
    assert year["by_type"]["public"] == 6, year
    assert "1 of them public" in r["maintenance.organisations"]["message"]["en"], r["maintenance.organisations"]["message"]
    assert r["scaling.contributor-organisations"]["status"] != "fail", r["scaling.contributor-organisations"]["message"]


def test_without_the_name_the_domain_stays_an_unlisted_organisations(tmp_path):
    _, year = _audit(tmp_path, [("Portail Dev", "dev@castelnaudespres.fr")] * 6, {"app/Main.kt": "fun main() {}\n"})
    assert year["by_type"]["organisation"] == 6, year


def test_the_name_must_be_the_whole_label_under_a_french_tld():
    towns = frozenset({slug("Castelnau-des-Prés")})
    assert commune_domain("castelnaudespres.fr", towns) and commune_domain("mairie-castelnaudespres.fr", towns)
    assert not commune_domain("castelnaudespres.com", towns) and not commune_domain("castelnaudespres-conseil.fr", towns)
