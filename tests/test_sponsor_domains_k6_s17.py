"""People checks (issue 12, s17 b2): a public body's own domains read as a company's or as "not public".

- ``opt.nc`` under the account ``opt-nc`` (OPT-NC, a public establishment of New Caledonia): the account's last word is the
  domain's territory code, so the domain is named like the account, the sponsor's; maintenance.organisations counted it "0 public"
  while scaling.contributor-organisations counted the same commits public (now both public, for a public sponsor).
- ``sdmis.fr`` (an SDMIS, a département's fire and rescue service, like an SDIS): a public body by its name, and its GIS team's
  shared address ``"SIG du SDMIS" <sig@sdmis.fr>`` is no person's own domain.
- ``iledefrance-mobilites.fr`` (Île-de-France Mobilités, établissement public): listed in organisations.yml's public_bodies."""

from __future__ import annotations

import subprocess
from datetime import date

import pytest

from auditor.context import AuditConfig
from auditor.engine import AuditOptions, audit
from auditor.facts.scaling.common import email_type, owner_named
from tests.gitrepo import make_repo
from tests.test_reusability_fixtures import results

CHECKS = ["maintenance.organisations", "scaling.contributor-organisations"]


def people_audit(tmp_path, owner: str, authors: list[tuple[str, str]], sponsor: str = "local-authority") -> dict:
    commits = [{"files": {"README.md": f"# Outil\n\nVersion {i}.\n", "app.py": f"print({i})\n"}, "date": f"2026-0{1 + i % 8}-1{i % 9}T10:00:00Z",
                "message": f"change {i}", "author": a} for i, a in enumerate(authors)]
    repo = make_repo(tmp_path / f"r-{owner}", commits)
    subprocess.run(["git", "-C", str(repo), "remote", "add", "origin", f"https://github.com/{owner}/outil.git"], check=True)
    cache = tmp_path / f"c-{owner}"
    return audit(str(repo), AuditOptions(cache_dir=cache, offline=True, only=CHECKS, as_of=date(2026, 10, 1), config=AuditConfig(
        cache_dir=cache, offline=True, network=False, extra={"sponsor_type": sponsor})))


@pytest.mark.parametrize(("reg", "owner", "named"), [
    ("opt.nc", "opt-nc", True),  # the account's last word is the domain's territory code
    ("opt.nc", "optnc", False),  # run together, "nc" could be the end of a word
    ("ville-noumea.nc", "dsi-ville-noumea-nc", True),
    ("opt.nc", "opt-fr", False),
    ("paris.fr", "grand-paris-fr", False),
    ("sdmis.fr", "sdmisgeomatique", True),  # the body's GIS team's account
])
def test_owner_named_with_the_domains_ending(reg, owner, named):
    assert owner_named(reg, owner) is named


def test_a_team_address_is_no_persons_own_domain():
    assert email_type("SIG du SDMIS", "sig@sdmis.fr")["type"] == "public"
    assert email_type("SIG du Bazaar", "sig@bazaar-conseil.fr")["type"] == "company"  # (was "individual": Nicolas <nicolas@damiens.info>)
    assert email_type("Nicolas Damiens", "nicolas@damiens.info")["type"] == "individual"
    assert email_type("Benjamin Bach", "dev@benjaminbach.fr")["type"] == "individual"


def test_the_sponsors_own_overseas_domain_is_public_in_both_checks(tmp_path):
    report = people_audit(tmp_path, "opt-nc", [("Jeanne Wamytan", "jeanne.wamytan@opt.nc")] * 6 + [("Paul Ihage", "paul.ihage@opt.nc")] * 3)
    r = results(report)
    orgs = r["maintenance.organisations"]
    assert "2 of them public" not in orgs["message"]["en"] and "1 of them public: opt.nc (public)" in orgs["message"]["en"], orgs["message"]
    year = report["facts"]["contributor_types"]["year"]
    assert year["by_type"]["public"] == 9 and year["by_type"]["company"] == 0, year


def test_the_same_domain_is_a_company_for_a_company_sponsor(tmp_path):
    report = people_audit(tmp_path, "opt-nc", [("Jeanne Wamytan", "jeanne.wamytan@opt.nc")] * 3, sponsor="company")
    assert "0 of them public" in results(report)["maintenance.organisations"]["message"]["en"]


def test_an_sdmis_and_its_gis_teams_address(tmp_path):
    report = people_audit(tmp_path, "sdmisgeomatique", [("SIG du SDMIS", "sig@sdmis.fr")] * 4 + [("Claire Dupuis", "claire@MacBook-de-Claire.local")] * 4)
    r = results(report)
    assert "1 of them public: sdmis.fr (public)" in r["maintenance.organisations"]["message"]["en"], r["maintenance.organisations"]["message"]
    year = report["facts"]["contributor_types"]["year"]
    assert year["by_type"]["public"] == 4, year


def test_ile_de_france_mobilites_is_a_public_body(tmp_path):
    report = people_audit(tmp_path, "hackathons-mobilites", [("Ugo Martin", "ugo.martin@iledefrance-mobilites.fr")] * 3
                          + [("hackathons-mobilites", "hackathons@iledefrance-mobilites.fr")])
    r = results(report)
    assert "1 of them public: iledefrance-mobilites.fr (public)" in r["maintenance.organisations"]["message"]["en"]
    assert report["facts"]["contributor_types"]["year"]["by_type"]["company"] == 0
