"""State forge accounts missing from organisations.yml (issue 12, session 25 fixer s25; reader o4: etalab-ia/evalap,
suitenumerique/calendars, anct-cartographie-nationale/mednum-cli, signaux-faibles/datapi had an unknown sponsor).

etalab-ia (DINUM's Etalab), suitenumerique and anct-cartographie-nationale (the ANCT) and signaux-faibles (a State start-up) are
State accounts, each with its source in the data file; an unlisted account of the same shape stays unknown.
"""

from __future__ import annotations

import pytest

from auditor.facts.scaling.common import owner_type
from tests.test_sponsor_forge_owner_s20 import audited, sponsor

FILES = {"README.md": "# Outil\n\nUn outil.\n", "app/main.py": "print('ok')\n"}


@pytest.mark.parametrize("account", ["etalab-ia", "suitenumerique", "anct-cartographie-nationale", "signaux-faibles"])
def test_listed_state_accounts(tmp_path, account):
    t, source, _ = sponsor(audited(tmp_path, f"https://github.com/{account}/outil.git", FILES))
    assert (t, source) == ("state", "forge-owner")  # was unknown
    assert owner_type(account, "Organization") == "public"


def test_an_unlisted_account_stays_unknown(tmp_path):
    t, _, _ = sponsor(audited(tmp_path, "https://github.com/outils-exemple-ia/outil.git", FILES))
    assert t == "unknown"
    assert owner_type("outils-exemple-ia", "Organization") == "organisation"
