"""Session 15 (h2): scaling.contributor-organisations named one of two organisations as the main one on a 50/50 tie
("mostly agence-a.fr", "50% from the domain agence-a.fr") and called half of the commits "most". A tie is said, and both are named."""

from __future__ import annotations

from tests.test_scaling import ctx_for, days_ago
from tests.test_scaling import run as run_check


def _history(repo, authors, name="r"):
    return repo([{"date": days_ago(300 - 5 * i), "author": a, "files": {f"src/f{i}.py": f"x = {i}\n"}}
                 for i, a in enumerate(authors)], name=name)


A, B = ("Dev A", "dev@agence-alpha.fr"), ("Dev B", "dev@studio-beta.fr")


def test_two_contractors_with_half_each_are_named_as_a_tie(repo):
    res = run_check(ctx_for(_history(repo, [A, B] * 4)), "scaling.contributor-organisations")
    en, fr = res.message["en"], res.message["fr"]
    assert "tied between" in en and "agence-alpha.fr" in en and "studio-beta.fr" in en and "mostly" not in en, en
    assert "à égalité entre" in fr and "surtout" not in fr, fr


def test_a_contractor_and_a_public_body_at_half_each_is_half_not_most(repo):
    r = _history(repo, [A, ("Agent", "agent@ville-exemple.fr"), B, ("Agent", "agent@ville-exemple.fr")] * 2, name="half")
    res = run_check(ctx_for(r), "scaling.contributor-organisations")
    en = res.message["en"]
    assert en.startswith("Half of") or " Half of" in en, en
    assert "25% each from the domains agence-alpha.fr" in en and "studio-beta.fr" in en, en


def test_a_clear_leader_stays_the_main_one(repo):
    res = run_check(ctx_for(_history(repo, [A] * 5 + [B] * 3, name="lead")), "scaling.contributor-organisations")
    assert "mostly agence-alpha.fr" in res.message["en"] and "tied" not in res.message["en"], res.message["en"]
