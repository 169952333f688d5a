"""Public bodies' forge accounts: one list for the sponsor and for the scaling facts (issue 12, session 21 fixer k4, case 3).

SDIS62/metarisc-prevarisc-importer (a département's fire and rescue service's tool) had the sponsor "unknown" while the same
organisations.yml's owner pattern (``sdis`` + number) made the account public for scaling.common.owner_type: the two facts read
two different things. The account patterns are now typed data (``public_owner_names``) that both read: a typed pattern gives the
sponsor type (the word it read is the evidence), an untyped one (a bare "ville…" prefix) only makes the account public. And the
accounts the readers met (SDIS62, region-bretagne, geo2france, gip-inclusion, urbanlab, Datagora-erasme) are listed with their
body, type and source."""

from __future__ import annotations

import pytest

from auditor.facts.scaling.common import owner_type
from auditor.facts.sponsor_forge import forge_sponsor
from tests.test_sponsor_forge_owner_s20 import audited, sponsor


class _Target:
    def __init__(self, owner, host="github.com"):
        self.host, self.owner = host, owner


FILES = {"README.md": "# Import\n\nUn outil d'import.\n", "src/index.php": "<?php echo 1;\n"}


def test_an_sdis_account_is_a_local_authoritys_repository(tmp_path):
    assert sponsor(audited(tmp_path, "https://github.com/SDIS62/importer.git", FILES)) == (
        "local-authority", "forge-owner", "github.com/SDIS62: SDIS du Pas-de-Calais")
    # an SDIS nobody listed: its account's name says it, as it already did for owner_type
    t, source, said = sponsor(audited(tmp_path, "https://github.com/SDIS71/outil.git", FILES))
    assert (t, source, said) == ("local-authority", "forge-owner", "github.com/SDIS71 (« sdis »)")


@pytest.mark.parametrize(("account", "expected"), [
    ("region-bretagne", ("local-authority", "github.com/region-bretagne: Région Bretagne")),
    ("geo2france", ("local-authority", "github.com/geo2france: Geo2France")),
    ("gip-inclusion", ("state", "github.com/gip-inclusion: GIP de la plateforme de l'inclusion")),
    ("urbanlab", ("local-authority", "github.com/urbanlab: Métropole de Lyon")),
    ("Datagora-erasme", ("local-authority", "github.com/Datagora-erasme: Métropole de Lyon")),
    ("Mairie-de-Bourg-Exemple", ("local-authority", "github.com/Mairie-de-Bourg-Exemple (« mairie »)")),
    ("metropole-exemple", ("local-authority", "github.com/metropole-exemple (« metropole »)")),
    ("prefecture-exemple", ("state", "github.com/prefecture-exemple (« prefecture »)")),
])
def test_listed_and_named_accounts(account, expected):
    assert forge_sponsor(_Target(account)) == expected
    assert owner_type(account, "Organization") == "public"


@pytest.mark.parametrize("account", ["villeneuve", "Villemin", "territoire-exemple", "presta-sig", "jdupont", "sdisfan"])
def test_what_names_no_sponsor(account):
    """A surname (Villeneuve), a bare "ville…" or "territoire" word (public for the scaling facts, no type), a contractor."""
    assert forge_sponsor(_Target(account)) is None


def test_the_sponsor_and_owner_type_agree():
    """Every account the sponsor reads as a public body's is public for the scaling facts, and the patterns that made accounts
    public before still do."""
    accounts = ["SDIS62", "sdis83-gsic", "region-bretagne", "metropolegrenoble", "Mairie-de-Bogny", "villedeparis", "villeneuve",
                "socialgouv", "cd33", "territoire-x", "commune-de-x", "geo2france", "lametro", "laregionsud", "presta-sig", "jdupont"]
    for account in accounts:
        if forge_sponsor(_Target(account)) is not None:
            assert owner_type(account, "Organization") == "public", account
    assert owner_type("villeneuve", "User") == "public"  # (unchanged: the bare prefix still counts for forks' reuse)
    assert owner_type("presta-sig", "Organization") == "organisation" and owner_type("jdupont", "User") == "individual"
    # a listed name on another shared forge is anyone's
    assert forge_sponsor(_Target("SDIS62", host="framagit.org")) is None
