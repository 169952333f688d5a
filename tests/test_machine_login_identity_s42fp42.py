"""maintenance.contributors and scaling.contributor-organisations (issue 12, s42 fp42 = reader rh42, D-OTIsud/Bertel).

A tourism office's developer committed as "D-OTIsud" <d.philippe@otisud.com> and, for two weeks, from an unconfigured machine
named after the project: "dphil" <dphil@bertel.local> (git's user@machine.local). Two people were counted (97 % by one). A login
of a machine of no Internet domain that is the initial then the surname's start of one identity's first.last address is that
person. Near miss: the same login beside two people whose addresses both start so (d.philippe@, d.philibert@) stays apart.
Made-up names below.
"""

from __future__ import annotations

from tests.test_scaling import ctx_for, days_ago
from tests.test_scaling import run as run_check

MAIN = ("T-OTNord", "t.valdemar@otnord.fr")
MACHINE = ("tvald", "tvald@fiches.local")
OTHER = ("Thomas Valdez", "t.valdez@otnord.fr")


def _all_time(repo, authors):
    r = repo([{"date": days_ago(300 - 5 * i), "author": a, "files": {f"src/app{i}.ts": f"export const x{i} = {i};\n"}}
              for i, a in enumerate(authors)])
    ctx = ctx_for(r)
    res = run_check(ctx, "scaling.contributor-organisations")
    return ctx, res, res.evidence[0].value["all_time"]


def test_a_machine_login_abbreviating_an_address_is_that_person(repo):
    ctx, res, all_time = _all_time(repo, [MAIN] * 12 + [MACHINE] * 4)
    assert all_time["people"] == 1, all_time
    contributors = run_check(ctx, "maintenance.contributors")
    assert "94" not in contributors.message["en"] and "100" in contributors.message["en"], contributors.message


def test_a_login_two_addresses_fit_stays_apart(repo):
    _, _, all_time = _all_time(repo, [MAIN] * 10 + [OTHER] * 2 + [MACHINE] * 4)
    assert all_time["people"] == 3, all_time
