"""scaling.contributor-organisations: an unlisted commit domain is an organisation of unknown type, not a company (issue 12,
session 41 fixer fk41 = smavd/synchro_retour_terrain, reader rb41 item 4; SMMAR11/styx and smmaranim, reader rc41). A QGIS plugin
of a syndicat mixte was written entirely by its own agents from the syndicat's domain (smavd.org), which organisations.yml does not
know: the evidence typed it "company", the message put it in "companies and other organisations 100%" and the status failed (3.0)
as if a contractor had written the code. An unlisted domain may be a company's, an association's or a public body's the data file
does not know: its type is "organisation" (unknown), its share is said as such with what would type it, and no contractor is
weighed for it (warn, the one-person risk alone). Near misses: a listed company (neogeo.fr, an agency) writing it all keeps
"company" and the contractor's weight (fail); a personal address stays personal. The fixtures are written for the test."""

from __future__ import annotations

from datetime import date

from auditor.engine import AuditOptions, audit
from tests.gitrepo import make_repo

CID = "scaling.contributor-organisations"
FILES = {"README.md": "# Synchro terrain\n\nExtension QGIS qui fusionne une couche de terrain dans la couche principale.\n",
         "metadata.txt": "[general]\nname=Synchro terrain\nqgisMinimumVersion=3.0\nversion=1.0\n",
         "__init__.py": "def classFactory(iface):\n    from .plugin import Plugin\n    return Plugin(iface)\n"}


def run(tmp_path, authors) -> dict:
    commits = [{"files": FILES if i == 0 else {f"step{i}.py": f"STEP = {i}\n"}, "author": authors[0 if i >= 4 else i % len(authors)],
                "message": f"step {i}", "date": f"2025-{i + 1:02d}-10T10:00:00Z"} for i in range(10)]
    report = audit(str(make_repo(tmp_path / "r", commits)), AuditOptions(cache_dir=tmp_path / "c", offline=True, as_of=date(2025, 12, 31), only=[CID]))
    return report["results"][0]


def _types(r: dict) -> dict:
    return {o["domain"]: o["type"] for e in r["evidence"] if isinstance(e.get("value"), dict)
            for o in e["value"].get("organisations_all_time") or []}


def test_an_unlisted_domain_is_an_organisation_of_unknown_type_no_contractor(tmp_path):
    r = run(tmp_path, [("Camille Agent", "camille.agent@smbvx.org"), ("Service informatique", "service.informatique@smbvx.org")])
    assert _types(r) == {"smbvx.org": "organisation"}, (_types(r), r["message"]["en"])
    by_type = r["evidence"][0]["value"]["all_time"]["by_type"]
    assert by_type["company"] == 0 and by_type["organisation"] == 10, by_type
    en, fr = r["message"]["en"], r["message"]["fr"]
    # (one person wrote 80%: the bus factor's weight alone, 10 - 4; no contractor's 2 more)
    assert r["status"] == "warn" and r["score"] == 6.0, (r["status"], r["score"], en)
    assert "could not type smbvx.org" in en and "organisations.yml" in en and "n'a pas pu typer smbvx.org" in fr, en
    assert "companies and other organisations 100%" not in en and "organisations of unknown type 100%" in en, en


def test_a_listed_company_stays_a_company_and_a_contractor(tmp_path):
    r = run(tmp_path, [("Camille Dev", "camille.dev@neogeo.fr"), ("Paul Dev", "paul.dev@neogeo.fr")])
    assert _types(r) == {"neogeo.fr": "company"}, (_types(r), r["message"]["en"])
    en = r["message"]["en"]
    assert r["status"] == "fail" and "written entirely by a company" in en and "could not type" not in en, (r["status"], en)


def test_a_personal_address_stays_personal(tmp_path):
    r = run(tmp_path, [("Camille Agent", "camille.agent@gmail.com"), ("Paul Autre", "paul.autre@smbvx.org")])
    types = _types(r)
    assert "gmail.com" not in types and types.get("smbvx.org") != "public", (types, r["message"]["en"])
    assert r["evidence"][0]["value"]["all_time"]["by_type"]["individual"] == 8, r["evidence"][0]["value"]["all_time"]


def _organisations(tmp_path, authors) -> dict:
    commits = [{"files": FILES if i == 0 else {f"step{i}.py": f"STEP = {i}\n"}, "author": authors[i % len(authors)],
                "message": f"step {i}", "date": f"2025-{i + 1:02d}-10T10:00:00Z"} for i in range(6)]
    report = audit(str(make_repo(tmp_path / "r", commits)), AuditOptions(cache_dir=tmp_path / "c", offline=True, as_of=date(2025, 12, 31),
                                                                         only=["maintenance.organisations"]))
    return report["results"][0]


def test_maintenance_says_an_unlisted_domain_is_of_unknown_type(tmp_path):
    # (rb41 item 3: "0 of them public: smavd.org" read as a private organisation's)
    r = _organisations(tmp_path, [("Camille Agent", "camille.agent@smbvx.org")])
    assert "Of unknown type (a domain not in the tool's list of organisations): smbvx.org." in r["message"]["en"], r["message"]
    assert "De type inconnu" in r["message"]["fr"] and r["evidence"][0]["value"]["organisations"][0]["type"] == "organisation"


def test_maintenance_leaves_a_listed_company_and_a_public_body_typed(tmp_path):
    r = _organisations(tmp_path, [("Camille Dev", "camille.dev@neogeo.fr"), ("Jeanne Agent", "jeanne.agent@cerema.fr")])
    assert "unknown type" not in r["message"]["en"] and "1 of them public" in r["message"]["en"], r["message"]
