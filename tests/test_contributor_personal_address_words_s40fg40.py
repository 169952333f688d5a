"""One person's personal-address commits counted for their company are said so (issue 12, s40 fg40 = reader rg40,
fbonhomme/calordure).

A contractor's agent wrote 29 commits from his company's address and 6 (workflow files added through the forge's web editor) from
his personal mailbox; the person's commits all count for the company, and scaling.contributor-organisations said "100% of all
commits come from addresses of companies or other organisations": false of the addresses. The message now speaks of what was
counted: people writing from those addresses, with how many commits came from their personal address. Near miss: a person writing
from the company's address only keeps the sentence on addresses.
"""

from __future__ import annotations

from tests.test_local_authority_domains import _history
from tests.test_scaling import ctx_for
from tests.test_scaling import run as run_check

COMPANY = ("Franck Martin", "franck.martin@infoservices-conseil.fr")
PERSONAL = ("Franck Martin", "franck.martin@gmail.com")


def test_personal_address_commits_counted_for_the_company_are_said_so(repo):
    res = run_check(ctx_for(_history(repo, [COMPANY] * 6 + [PERSONAL] * 2)), "scaling.contributor-organisations")
    en, fr = res.message["en"], res.message["fr"]
    assert "of all commits come from addresses" not in en, en
    assert "are by people writing from addresses of companies or other organisations (2 of them from their personal address)" in en, en
    assert "(dont 2 depuis leur adresse personnelle)" in fr, fr


def test_company_address_only_keeps_the_sentence_on_addresses(repo):
    res = run_check(ctx_for(_history(repo, [COMPANY] * 8)), "scaling.contributor-organisations")
    assert "100% of all commits come from addresses of companies or other organisations" in res.message["en"], res.message
