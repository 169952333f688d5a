"""scaling.hosting (issue 12, session 16's open list): a domain was the sponsor's own whenever its first label occurred anywhere in
the forge account's name, so a "grandparissud" account (the Grand Paris Sud agglomeration) owned paris.fr and a city's account
named after its metropolis owned the metropolis's domain. Now a domain is named like the account word for word (the names are
the same once a team's or a body type's words are set aside), public bodies whose accounts do not spell their domains are listed
with their source (organisations.yml's public_bodies), and a clone without a forge address says it has no owner to compare with
instead of calling a public body "another"."""

from __future__ import annotations

import subprocess

import pytest

from auditor.engine import AuditOptions, audit
from auditor.facts.scaling.common import body_domains, owner_named
from tests.gitrepo import make_repo

CID = "scaling.hosting"
JS = ('export const PARIS = "https://opendata.paris.fr/api/records/1.0/search";\n'
      'export const AGGLO = "https://carto.grandparissud.fr/wms";\n')


def audit_of(tmp_path, owner: str | None, files: dict) -> dict:
    repo = make_repo(tmp_path / f"r-{owner}", [{"files": {"README.md": "# Carte\n\nUne carte.\n", **files},
                                                "date": "2026-03-02T10:00:00Z", "message": "init",
                                                "author": ("Dev Presta", "dev.presta@accenture.com")}])
    if owner:
        subprocess.run(["git", "-C", str(repo), "remote", "add", "origin", f"https://github.com/{owner}/carte.git"], check=True)
    return audit(str(repo), AuditOptions(cache_dir=tmp_path / f"c-{owner}", offline=True, only=[CID]))


def classes(report: dict) -> dict:
    return {h["host"]: h["class"] for h in report["facts"]["hosting_dependencies"]["hosts"]}


def test_a_name_inside_another_account_name_is_not_that_bodys(tmp_path):
    c = classes(audit_of(tmp_path, "grandparissud", {"src/config.js": JS}))
    assert c == {"paris.fr": "public-other", "grandparissud.fr": "own"}, c  # paris.fr was "own": "paris" occurs in the name


@pytest.mark.parametrize(("reg", "owner", "named"), [
    ("paris.fr", "grandparissud", False),
    ("erasme.org", "datatlas-erasme", False),  # a project's account: listed under its body instead
    ("rennes.fr", "sigrennesmetropole", False),  # the city is not its metropolis by name (listed: metropole.rennes.fr)
    ("rennesmetropole.fr", "sigrennesmetropole", True),  # the metropolis's GIS team
    ("nyon.ch", "sitnyon", True),
    ("ville-noumea.nc", "dsi-ville-noumea", True),
    ("mairie-labastidedengras.fr", "labastidedengras", True),
    ("vanoise-parcnational.fr", "pnvanoise", True),
    ("crige-paca.org", "crige-paca-lab", True),
    ("agglo-compiegne.fr", "sigagglocompiegne", True),
    ("compiegne.fr", "sigagglocompiegne", False),
    ("tisseo-ru.fr", "tisseo", True),  # the account's name, a whole word of the domain's label
    ("tisseoru.fr", "tisseo", False),
])
def test_owner_named_word_for_word(reg, owner, named):
    assert owner_named(reg, owner) is named


def test_listed_accounts_hold_their_bodys_domains():
    assert body_domains("datatlas-erasme") == {"grandlyon.com", "erasme.org"}
    assert body_domains("ville-eurometropole-strasbourg") == {"strasbourg.eu", "cus.fr"}
    assert body_domains("sigrennesmetropole") == {"rennesmetropole.fr", "rennes.fr"}  # (metropole.rennes.fr: the Métropole's site)
    assert body_domains("grandparissud") == set()


def test_a_clone_without_a_forge_address_has_no_owner_to_compare_with(tmp_path):
    report = audit_of(tmp_path, None, {"src/config.js": JS})
    assert report["facts"]["hosting_dependencies"]["owner"] is None
    assert classes(report)["paris.fr"] == "public-unknown"
    r = next(x for x in report["results"] if x["id"] == CID)
    assert "sponsor unknown: the repository has no forge address" in r["message"]["en"], r["message"]
    assert "porteur inconnu" in r["message"]["fr"], r["message"]
