""".auditor.yml: declarations shown as declared beside what the tool verified, in every human format;
a malformed file gives one line with its line and key and the audit goes on; exceptions never hide a finding."""

from __future__ import annotations

import html
import re
import json
from datetime import date

import pytest

from auditor import declarations as D
from auditor.context import AuditConfig
from auditor.engine import AuditOptions, audit
from auditor.report import validate_report
from auditor.reports import render
from tests.gitrepo import Symlink
from tests.test_cli import run

DECLARED = """\
version: 1
sponsor:
  type: collectivite
  name: Communauté de communes du Val Vert
instances:
  - url: https://tri.valvert.fr
    territory: Val Vert
    operator: Service numérique du Val Vert
  - url: https://tri.example.org
    territory: Bourg-sur-Rive
reusers:
  - name: Ville de Bourg-sur-Rive
    territory: Bourg-sur-Rive
    since: 2025-09-01
statements:
  accessibility:
    url: https://tri.valvert.fr/accessibilite
    level: partielle
    rgaa_version: "4.1"
    rate: 68
    date: 2025-10-02
  ecodesign:
    framework: RGESN
    score: 55
    date: 2025-11-12
  privacy:
    url: https://tri.valvert.fr/confidentialite
links:
  documentation: https://doc.tri.valvert.fr
  api: https://tri.valvert.fr/api/schema
  demo: https://demo.tri.valvert.fr
  impact: https://tri.valvert.fr/impact
maintainers:
  - name: Inès Morel
    organisation: Val Vert
    funded_by: Programme régional de mutualisation
exceptions:
  - check: documentation.publiccode
    path: publiccode.yml
    reason: publié dans le catalogue régional, pas sur la forge
    by: Direction du numérique du Val Vert
    until: 2026-12-31
  - check: documentation.community-files
    reason: guide de contribution en cours de rédaction
    by: Inès Morel
    until: 2025-12-31
"""
PUBLICCODE_NOT_HERE = None
STATEMENT = "<h1>Déclaration d'accessibilité</h1><p>Accessibilité : partiellement conforme au RGAA 4.1.</p>\n"
OPTS = dict(offline=True, as_of=date(2026, 3, 1), config=AuditConfig(offline=True, network=False, fact_cache=False))


def _audit(path, **kw):
    report = audit(str(path), AuditOptions(**{**OPTS, **kw}))
    assert validate_report(report) == []
    return report


def _result(report, cid):
    return next(r for r in report["results"] if r["id"] == cid)


def test_each_kind_of_declaration_is_rendered_declared_beside_verified(repo):
    path = repo([{"files": {".auditor.yml": DECLARED, "app.py": "print('tri')\n", "templates/accessibilite.html": STATEMENT}}])
    report = _audit(path)
    decl = report["facts"]["declarations"]
    assert decl["error"] is None and decl["sources"] == [".auditor.yml"]
    by_key = {i["key"]: i for i in decl["items"]}
    assert by_key["instances.0"]["verified"] == "form-ok"
    assert by_key["instances.1"]["verified"] == "form-bad"  # an example domain left in the file
    assert by_key["statements.accessibility"]["verified"] == "agrees"
    assert by_key["statements.accessibility"]["path"] == "templates/accessibilite.html"
    assert by_key["reusers.0"]["publiccode_field"] == "usedBy"  # publiccode.yml has a field for it: said
    assert {i["key"].split(".")[0] for i in decl["items"]} >= {"sponsor", "instances", "reusers", "statements", "links", "maintainers"}
    # the exceptions are listed on their check, with reason and expiry, and change nothing by default
    pc = _result(report, "documentation.publiccode")
    assert pc["status"] == "fail" and "excepted" not in pc
    assert pc["exceptions"][0] == {"check": "documentation.publiccode", "path": "publiccode.yml", "reason": "publié dans le catalogue régional, pas sur la forge",
                                   "by": "Direction du numérique du Val Vert", "until": "2026-12-31", "expired": False, "matches": 1, "counted": False}
    community = _result(report, "documentation.community-files")
    assert community["exceptions"][0]["expired"] is True  # compared with the audit's as-of date
    check = _result(report, "documentation.declarations")
    assert check["status"] == "warn" and check["details"] == {"problems": 1, "expired": 1}
    assert not any("did not run" in n["en"] for n in report["notes"])
    typo = _audit(repo([{"files": {".auditor.yml": DECLARED.replace("check: documentation.community-files", "check: documentation.comunity-files"),
                                   "app.py": "print(1)\n"}}], name="typo"))
    notes = [n["en"] for n in typo["notes"] if "documentation.comunity-files" in n["en"]]
    assert len(notes) == 1 and re.match(r"\.auditor\.yml:\d+: exception for the check documentation.comunity-files, which did not run", notes[0]), notes
    for lang in ("fr", "en"):
        for fmt in ("terminal", "md", "html"):
            out = render(report, fmt, lang)
            text = html.unescape(out).replace("\\", "") if fmt != "terminal" else out
            text = text.replace("\u00a0", " ")  # French typography puts no-break spaces before ':' and '%'
            header = {"fr": ("Déclaré", "Vérifié par l'outil"), "en": ("Declared", "Verified by the tool")}[lang]
            for word in header:
                assert word in text, (fmt, lang, word)
            for declared in ("https://tri.valvert.fr", "Val Vert", "Ville de Bourg-sur-Rive", "RGAA 4.1", "RGESN 55 %", "https://tri.valvert.fr/confidentialite",
                             "https://doc.tri.valvert.fr", "https://tri.valvert.fr/api/schema", "https://demo.tri.valvert.fr",
                             "https://tri.valvert.fr/impact", "Inès Morel", "Programme régional de mutualisation",
                             "publié dans le catalogue régional, pas sur la forge", {"fr": "31/12/2026", "en": "2026-12-31"}[lang]):
                assert declared in text, (fmt, lang, declared)
            verified = {"fr": ("concorde", "adresse mal formée", "adresse bien formée", "expirée"),
                        "en": ("agrees", "malformed address", "well-formed address", "expired")}[lang]
            for word in verified:
                assert word in text, (fmt, lang, word)
            # declared and verified sit on the same row (Markdown, HTML) or on consecutive lines (terminal)
            if fmt == "md":
                row = next(line for line in text.splitlines() if "templates/accessibilite.html" in line and line.startswith("|"))
                assert "68 %" in row and ("concorde" in row or "agrees" in row)


def test_publiccode_agreement_and_disagreement(repo):
    pc = ("publiccodeYmlVersion: '0.4'\nname: tri\nusedBy:\n  - Ville de Bourg-sur-Rive\nmaintenance:\n  type: internal\n"
          "  contacts:\n    - name: Paul Roux\nlegal:\n  license: MIT\n  mainCopyrightOwner: Communauté de communes du Val Vert\n")
    path = repo([{"files": {".auditor.yml": DECLARED, "publiccode.yml": pc, "app.py": "print(1)\n"}}])
    items = {i["key"]: i for i in _audit(path)["facts"]["declarations"]["items"]}
    assert items["reusers.0"]["verified"] == "agrees" and items["reusers.0"]["path"] == "publiccode.yml"
    assert items["maintainers.0"]["verified"] == "disagrees"
    assert "Paul Roux" in items["maintainers.0"]["note"]["en"]
    assert items["sponsor"]["verified"] == "agrees"  # the copyright owner names a local authority too
    disagree = repo([{"files": {".auditor.yml": DECLARED.replace("type: collectivite", "type: company"), "publiccode.yml": pc, "app.py": "print(1)\n"}}],
                    name="other")
    item = next(i for i in _audit(disagree)["facts"]["declarations"]["items"] if i["key"] == "sponsor")
    assert item["verified"] == "disagrees" and "local authority" in item["note"]["en"]


def test_ruleset_can_count_a_valid_exception_but_the_finding_stays(repo, tmp_path):
    path = repo([{"files": {".auditor.yml": DECLARED, "app.py": "print(1)\n"}}])
    rs = tmp_path / "counted.yml"
    rs.write_text("id: counted\nversion: 1\nextends: guichet-selection\nexceptions: {counted: true}\n")
    report = _audit(path, ruleset=str(rs))
    pc = _result(report, "documentation.publiccode")
    assert pc["status"] == "pass" and pc["score"] == 10 and pc["excepted"] == {"status": "fail", "score": 0.0}
    assert pc["evidence"][0]["path"] == "publiccode.yml"  # the finding is still listed
    assert pc["exceptions"][0]["counted"] is True
    community = _result(report, "documentation.community-files")
    assert community["status"] in ("fail", "warn") and "excepted" not in community  # expired: never counted


@pytest.mark.parametrize("text,line,key", [
    ("version: 1\ninstances:\n  - url: https://a.fr\n    teritory: Lyon\n", 4, "instances.0.teritory"),
    ("version: 1\nsponsor: {type: mairie}\n", 2, "sponsor.type"),
    ("version: 1\nexceptions:\n  - check: a.b\n    reason: x\n    by: y\n    until: 2025-02-30\n", 6, "exceptions.0.until"),
    ("version: 1\nlinks:\n  api: https://a.fr\n  api: https://b.fr\n", 4, "links.api"),
    ("version: 1\nmaintainers:\n  - organisation: Ville\n", 3, "maintainers.0"),
    ("links: {}\n", 1, "(top)"),
    ("version: 1\nlinks: {api: [x\n", 3, ""),
])
def test_malformed_file_is_one_line_with_line_and_key(text, line, key):
    data, _, err = D.parse(text)
    assert data == {} and err["line"] == line and err["key"] == key, err
    one = D.error_line(err)
    assert "\n" not in one and one.startswith(f".auditor.yml:{line}:")


def test_malformed_file_the_audit_goes_on_and_a_finding_says_so(repo, tmp_path):
    bad = DECLARED.replace("    territory: Val Vert\n", "    territoire: Val Vert\n", 1)
    path = repo([{"files": {".auditor.yml": bad, "README.md": "# Tri\n\nLe service de tri des déchets du Val Vert.\n", "app.py": "print(1)\n"}}])
    out = run("audit", str(path), "--format", "json", "--offline", "--no-history", "--cache-dir", str(tmp_path / "c"))
    assert out.returncode == 0, out.stderr
    warning = [line for line in out.stderr.splitlines() if ".auditor.yml" in line]
    assert warning == ["auditor: warning: .auditor.yml:7: instances.0.territoire: unknown key (declarations ignored / déclarations ignorées)"]
    report = json.loads(out.stdout)
    assert validate_report(report) == []
    assert report["facts"]["declarations"]["declared"] == {} and report["facts"]["declarations"]["items"] == []
    check = _result(report, "documentation.declarations")
    assert check["status"] == "warn" and check["evidence"][0]["line"] == 7 and check["evidence"][0]["path"] == ".auditor.yml"
    assert any(".auditor.yml:7" in n["en"] for n in report["notes"])
    assert len(report["results"]) > 30  # every other check ran
    for fmt in ("terminal", "md", "html"):
        assert "instances.0.territoire" in render(report, fmt, "fr")


def test_symlinked_or_absent_file(repo):
    path = repo([{"files": {".auditor.yml": Symlink("/etc/passwd"), "app.py": "print(1)\n"}}])
    report = _audit(path)
    assert "symbolic link" in report["facts"]["declarations"]["error"]["message"]
    path = repo([{"files": {"app.py": "print(1)\n"}}], name="none")
    report = _audit(path)
    assert _result(report, "documentation.declarations")["status"] == "not_applicable"
    assert report["facts"]["declarations"]["items"] == []
    for fmt in ("terminal", "md", "html"):
        assert "Vérifié par l'outil" not in render(report, fmt, "fr")  # no declarations section


def test_shipped_schema_documents_every_key():
    schema = D.schema()
    assert set(schema["properties"]) == {"version", "sponsor", "instances", "reusers", "statements", "links", "maintainers", "exceptions"}
    out = run("declarations", "schema")
    assert out.returncode == 0 and json.loads(out.stdout) == schema


def test_a_portfolio_entry_declares_the_same_keys(tmp_path):
    from tests.gitrepo import make_repo
    from tests.test_batch import run_cli, write_portfolio

    a = make_repo(tmp_path / "a", [{"files": {"app.py": "print(1)\n"}}])
    b = make_repo(tmp_path / "b", [{"files": {"app.py": "print(2)\n"}}])
    pf = write_portfolio(tmp_path / "pf.yml", [
        {"id": "tri", "repository": str(a), "declarations": {"instances": [{"url": "https://tri.valvert.fr", "territory": "Val Vert"}],
                                                              "sponsor": {"type": "collectivite"}}},
        {"id": "bad", "repository": str(b), "declarations": {"instances": [{"adresse": "https://x.fr"}]}}])
    r = run_cli("batch", str(pf), "-o", str(tmp_path / "out"), "--jobs", "1", "--no-history", "--offline")
    assert r.returncode == 0, r.stderr
    tri = json.loads((tmp_path / "out" / "projects" / "tri.json").read_text())
    decl = tri["facts"]["declarations"]
    assert decl["sources"] == ["portfolio"] and decl["items"][1]["verified"] == "form-ok"
    assert "https://tri.valvert.fr" in (tmp_path / "out" / "projects" / "tri.html").read_text()
    bad = json.loads((tmp_path / "out" / "projects" / "bad.json").read_text())
    assert bad["facts"]["declarations"]["error"]["key"] == "instances.0.adresse"  # the audit went on without them
    assert _result(bad, "documentation.declarations")["status"] == "warn"
