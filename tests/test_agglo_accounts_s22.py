"""An agglomeration's forge account named with its place glued before "agglo" (issue 12, s22 reader a1: viennagglo, Vienne
Condrieu Agglomération, whose commits come from @viennagglo.fr). organisations.yml's domain pattern knew ``agglo$`` (viennagglo.fr
is a public body's domain) but the account pattern did not: the sponsor of viennagglo/georchestra-docker and viennagglo/sirene
stayed unknown and the account was no public body's for the scaling facts. The account pattern now reads the same endings."""

from __future__ import annotations

import pytest

from auditor.facts.scaling.common import owner_type
from auditor.facts.sponsor_forge import forge_sponsor
from tests.test_sponsor_forge_owner_s20 import audited, sponsor


class _Target:
    def __init__(self, owner, host="github.com"):
        self.host, self.owner = host, owner


def test_an_agglomerations_glued_account_is_a_local_authoritys_repository(tmp_path):
    files = {"README.md": "# Import\n\nScripts d'import.\n", "scripts/import.sh": "#!/bin/bash\necho ok\n"}
    assert sponsor(audited(tmp_path, "https://github.com/bourgexempleagglo/import.git", files)) == (
        "local-authority", "forge-owner", "github.com/bourgexempleagglo (« agglo »)")


@pytest.mark.parametrize("account", ["valdexempleagglo", "Exemple-Agglomeration", "agglo-exemple"])
def test_agglomeration_accounts(account):
    assert forge_sponsor(_Target(account))[0] == "local-authority"
    assert owner_type(account, "Organization") == "public"


@pytest.mark.parametrize("account", ["aggloteam", "agglomerate", "jdupont", "agglomerative-clustering", "jdupont-bourgexempleagglo"])
def test_what_names_no_agglomeration(account):
    """A word that only begins like it (agglomerate, an agglomerative clustering's library) is no agglomeration's account, nor an
    agent's own account that adds the agglomeration's name to theirs (the sponsor is not read from a person's account)."""
    assert forge_sponsor(_Target(account)) is None
    assert owner_type(account, "User") == "individual"


def test_a_listed_metropoles_gis_account(tmp_path):
    """The MEL's GIS service publishes under an account that names no public body (meldig); the organisation list ties it to the
    Métropole (s22 reader e1: its repositories publish the MEL's own address base). An unlisted look-alike stays unknown."""
    assert forge_sponsor(_Target("meldig"))[0] == "local-authority"
    assert forge_sponsor(_Target("meldigital")) is None
