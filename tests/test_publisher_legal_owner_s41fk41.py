"""The publisher's own commit domain when the forge is unknown (issue 12, session 41 fixer fk41 = smavd/synchro_retour_terrain,
SMMAR11/styx: a syndicat mixte's agents commit from its domain, smavd.org, smmar.fr, which organisations.yml does not know). With a
forge address the account's name types that domain (SMMAR11 ↔ smmar.fr: the sponsor's own, public for a public sponsor). An audit
of a local clone has no account: the short name publiccode.yml gives as the legal owner (``legal.repoOwner: SMBVX``, or an acronym
in capitals inside a longer name) then stands for it, and the domain named like it is the sponsor's own — public when the sponsor is
a local authority, in scaling.contributor-organisations and maintenance.organisations alike; the organisation holding the
repository when its type is unknown. Near misses: without publiccode.yml the domain stays an organisation of unknown type; a listed
company (neogeo.fr) stays a company; a long legal name of words alone names no domain. The fixtures are written for the test."""

from __future__ import annotations

from datetime import date

from auditor.context import AuditConfig
from auditor.engine import AuditOptions, audit
from tests.gitrepo import make_repo
from tests.test_reusability_fixtures import results

CHECKS = ["maintenance.organisations", "scaling.contributor-organisations"]
PUBLICCODE = "publiccodeYmlVersion: '0.2'\nname: synchro\nlegal:\n  license: GPL-2.0-or-later\n  repoOwner: {owner}\n"


def people_audit(tmp_path, authors, owner: str | None, sponsor: str | None = "local-authority") -> dict:
    commits = [{"files": {"README.md": f"# Outil\n\nVersion {i}.\n", "plugin.py": f"VERSION = {i}\n"}, "date": f"2026-0{1 + i % 8}-1{i % 9}T10:00:00Z",
                "message": f"change {i}", "author": a} for i, a in enumerate(authors)]
    if owner:
        commits[0]["files"]["publiccode.yml"] = PUBLICCODE.format(owner=owner)
    repo = make_repo(tmp_path / "r", commits)
    cache = tmp_path / "c"
    extra = {"sponsor_type": sponsor} if sponsor else {}
    return audit(str(repo), AuditOptions(cache_dir=cache, offline=True, only=CHECKS, as_of=date(2026, 10, 1), config=AuditConfig(
        cache_dir=cache, offline=True, network=False, extra=extra)))


def _types(report) -> dict:
    return {o["domain"]: o for o in report["facts"]["contributor_types"]["all_time"]["organisations"]}


AGENTS = [("Camille Agent", "camille.agent@smbvx.org")] * 6 + [("Service informatique", "service.informatique@smbvx.org")] * 3


def test_the_legal_owners_domain_is_the_public_sponsors(tmp_path):
    report = people_audit(tmp_path, AGENTS, "SMBVX")
    assert _types(report)["smbvx.org"]["type"] == "public", _types(report)
    maint = results(report)["maintenance.organisations"]["message"]["en"]
    assert "1 of them public: smbvx.org (public)" in maint, maint


def test_an_acronym_inside_the_legal_name_and_a_sponsor_of_unknown_type(tmp_path):
    report = people_audit(tmp_path / "a", AGENTS, "SMBVX - Syndicat mixte du bassin de la Vixe")
    assert _types(report)["smbvx.org"]["type"] == "public", _types(report)
    report = people_audit(tmp_path / "b", AGENTS, "SMBVX", sponsor=None)
    org = _types(report)["smbvx.org"]
    assert org["type"] == "organisation" and org.get("own"), org
    en = results(report)["scaling.contributor-organisations"]["message"]["en"]
    assert "organisation holding the repository (smbvx.org)" in en and "written entirely" not in en, en


def test_near_misses_keep_their_types(tmp_path):
    # no publiccode.yml: an organisation of unknown type, not public
    report = people_audit(tmp_path / "a", AGENTS, None)
    assert _types(report)["smbvx.org"]["type"] == "organisation", _types(report)
    assert "0 of them public" in results(report)["maintenance.organisations"]["message"]["en"]
    # a long name of words alone names no domain
    report = people_audit(tmp_path / "b", AGENTS, "Syndicat mixte du bassin de la Vixe")
    assert _types(report)["smbvx.org"]["type"] == "organisation", _types(report)
    # a listed company stays a company beside the legal owner's domain
    report = people_audit(tmp_path / "c", AGENTS + [("Paul Dev", "paul.dev@neogeo.fr")] * 3, "SMBVX")
    assert _types(report)["neogeo.fr"]["type"] == "company", _types(report)


def test_the_legal_owners_domain_beside_a_listed_company(tmp_path):
    report = people_audit(tmp_path, AGENTS + [("Paul Dev", "paul.dev@neogeo.fr")] * 3, "SMBVX")
    assert _types(report)["neogeo.fr"]["type"] == "company" and _types(report)["smbvx.org"]["type"] == "public", _types(report)
