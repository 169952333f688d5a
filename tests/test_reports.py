"""Renderers: golden files on a fixed report, schema validation (report, SARIF 2.1.0, Code Quality),
labels in both languages, escaping of an injection corpus in every format, the Markdown size cap,
CSV options through the CLI.

Regenerate the golden files after an intended change: ``UPDATE_GOLDEN=1 pytest tests/test_reports.py``.
"""

from __future__ import annotations

import copy
import csv
import io
import json
import os
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

from auditor.i18n import LABELS, LANGS
from auditor.report import validate_report
from auditor.reports import RENDERERS, render

ROOT = Path(__file__).resolve().parents[1]
GOLDEN = Path(__file__).parent / "golden"
SARIF_SCHEMA = ROOT.parent / "shared" / "schemas" / "sarif-schema-2.1.0.json"
FORMATS = ["html", "md", "sarif", "codequality", "csv", "json", "terminal"]
COMMIT = "0123456789abcdef0123456789abcdef01234567"


def T(fr: str, en: str) -> dict[str, str]:
    return {"fr": fr, "en": en}


def _result(cid, family, status, score, weight, message, evidence=(), effort="hours", title=None):
    return {
        "id": cid, "family": family, "status": status, "score": score, "weight": weight, "message": message,
        "evidence": list(evidence), "evidence_total": len(evidence), "details": {},
        "title": title or T(f"Titre de {cid}", f"Title of {cid}"),
        "rationale": T(f"Pourquoi {cid} compte.", f"Why {cid} matters."),
        "remediation": T(f"Comment corriger {cid}.", f"How to fix {cid}."),
        "effort": effort, "duration_ms": 1.0,
    }


LEVELS = [
    {"id": "ferme", "title": T("Non ouvert", "Not open"), "description": T("Code non réutilisable.", "Code not reusable.")},
    {"id": "publie", "title": T("Publié", "Published"), "description": T("Public, sous licence, présenté.", "Public, licensed, presented.")},
    {"id": "reutilisable", "title": T("Réutilisable", "Reusable"), "description": T("Installable par une autre collectivité.", "Installable by another local government.")},
    {"id": "commun", "title": T("Commun numérique", "Digital commons"), "description": T("Vivant et porté par plusieurs territoires.", "Alive and carried by several territories.")},
]


def fixed_report() -> dict:
    """A deterministic report exercising every status, evidence kind and optional section."""
    results = [
        _result("licensing.license-file", "licensing", "pass", 10.0, 3, T("Licence EUPL-1.2 à la racine.", "EUPL-1.2 license at the root."),
                [{"path": "LICENSE", "kind": "found", "value": "EUPL-1.2"}], effort="minutes",
                title=T("Un fichier de licence est présent à la racine", "A license file is present at the root")),
        _result("licensing.headers", "licensing", "warn", 5.0, 1, T("12 fichiers sans en-tête de licence.", "12 files without a license header."),
                [{"path": "src/app.py", "line": 1, "kind": "finding", "note": T("pas d'en-tête SPDX", "no SPDX header")},
                 {"path": "src/dossier avec espace/été.py", "line": 3, "kind": "finding"}], effort="minutes"),
        _result("documentation.readme", "documentation", "warn", 4.0, 3, T("README très court (31 mots).", "Very short README (31 words)."),
                [{"path": "README.md", "value": 31}], title=T("Un README présente le projet", "A README presents the project")),
        _result("documentation.contributing", "documentation", "fail", 0.0, 1, T("Aucun guide de contribution.", "No contribution guide."),
                [{"path": "CONTRIBUTING.md", "kind": "missing"}], effort="minutes"),
        _result("reusability.dependencies", "reusability", "pass", 8.0, 2, T("Manifeste et verrouillage présents.", "Manifest and lockfile present."),
                [{"path": "pyproject.toml", "kind": "found"}, {"path": "poetry.lock", "kind": "finding", "line": 40,
                                                               "note": T("dépendance non épinglée", "unpinned dependency")}]),
        _result("reusability.install", "reusability", "fail", 2.0, 2, T("Pas de procédure d'installation reproductible.", "No reproducible installation procedure."),
                [], effort="days"),
        _result("interoperability.api-spec", "interoperability", "inconclusive", None, 2,
                T("Réseau indisponible : spécification distante non vérifiée.", "Network unavailable: remote specification not checked."), []),
        _result("interoperability.open-formats", "interoperability", "not_applicable", None, 1, T("Aucune donnée publiée.", "No published data."), []),
        _result("maintenance.activity", "maintenance", "pass", 9.0, 3, T("34 commits sur 12 mois.", "34 commits in 12 months."),
                [{"value": {"commits_365d": 34, "authors_365d": 3}}]),
        _result("maintenance.ci", "maintenance", "error", None, 1,
                T("Erreur interne du contrôle : ValueError: boom (ci.py:12)", "Internal error in the check: ValueError: boom (ci.py:12)"), []),
    ]
    plan = [
        {"id": "documentation.readme", "gain": 9.4, "unlocks_next_level": True, "effort": "hours", "status": "warn",
         "title": results[2]["title"], "remediation": results[2]["remediation"], "family": "documentation"},
        {"id": "reusability.install", "gain": 7.25, "unlocks_next_level": False, "effort": "days", "status": "fail",
         "title": results[5]["title"], "remediation": results[5]["remediation"], "family": "reusability"},
        {"id": "documentation.contributing", "gain": 3.1, "unlocks_next_level": False, "effort": "minutes", "status": "fail",
         "title": results[3]["title"], "remediation": results[3]["remediation"], "family": "documentation"},
    ]
    fams = {
        "licensing": {"score": 87.5, "coverage": 100.0, "checks": 2, "measured": 2},
        "documentation": {"score": 30.0, "coverage": 100.0, "checks": 2, "measured": 2},
        "reusability": {"score": 50.0, "coverage": 100.0, "checks": 2, "measured": 2},
        "interoperability": {"score": None, "coverage": 0.0, "checks": 1, "measured": 0},
        "maintenance": {"score": 90.0, "coverage": 75.0, "checks": 2, "measured": 1},
    }
    report = {
        "schema_version": "1.0",
        "tool": {"name": "readiness-auditor", "version": "0.1.0"},
        "generated_at": "2026-03-02T09:15:00+00:00",
        "target": {
            "input": "https://github.com/ville-exemple/compost-app", "kind": "remote", "forge": "github", "host": "github.com",
            "owner": "ville-exemple", "name": "compost-app", "clone_url": "https://github.com/ville-exemple/compost-app.git",
            "web_url": "https://github.com/ville-exemple/compost-app", "ref": "main", "commit": COMMIT,
            "commit_date": "2026-02-27T16:40:00+00:00", "as_of": "2026-03-01T23:59:59+00:00", "as_of_given": "2026-03-01",
            "shallow": False, "has_history": True, "tool_version": "0.1.0",
        },
        "ruleset": {"id": "guichet-selection", "version": "2026.1", "title": T("Guichet territorial — sélection", "Guichet territorial — selection"),
                    "source": "rulesets/guichet-selection.yml", "extends": []},
        "scores": {
            "overall": 61.3, "coverage": 83.3,
            "level": {"id": "publie", "rank": 1, "title": LEVELS[1]["title"], "description": LEVELS[1]["description"]},
            "next_level": {"id": "reutilisable", "rank": 2, "title": LEVELS[2]["title"], "description": LEVELS[2]["description"],
                           "unmet": [{"kind": "check", "id": "documentation.readme", "needed": "pass", "actual": "warn"},
                                     {"kind": "score", "id": "overall", "needed": 65, "actual": 61.3},
                                     {"kind": "criterion", "id": "scaling", "needed": 60, "actual": 52.4}]},
            "criteria": {"open_source": {"score": 74.6, "coverage": 93.8, "title": T("Open source", "Open source")},
                         "scaling": {"score": 52.4, "coverage": 71.4, "title": T("Passage à l'échelle", "Scaling")}},
            "families": fams,
            "unmeasured": [{"id": "interoperability.api-spec", "status": "inconclusive", "reason": results[6]["message"]},
                           {"id": "maintenance.ci", "status": "error", "reason": results[9]["message"]}],
        },
        "levels": LEVELS,
        "gate": {"fail_under": 60.0, "min_level": None, "passed": True, "reasons": []},
        "action_plan": plan,
        "results": results,
        "facts": {
            "license": {"spdx": "EUPL-1.2", "files": ["LICENSE"], "declared": []},
            "files": {"readme": "README.md", "contributing": None, "code_of_conduct": None, "security": None, "changelog": "CHANGELOG.md",
                      "publiccode": None, "dockerfile": "Dockerfile", "compose": None, "env_template": None, "docs": None,
                      "ci": [".github/workflows/ci.yml"], "lockfiles": ["poetry.lock"], "openapi": [], "tests": True},
            "activity": {"commits": 210, "commits_90d": 12, "commits_365d": 34, "authors_365d": 3,
                         "first_commit_date": "2024-05-02T10:00:00+00:00", "last_commit_date": "2026-02-27T16:40:00+00:00", "tags": 4},
            "languages": {"Python": 12000, "JavaScript": 3400},
        },
        "fact_errors": {},
        "limits": {"max_blob_bytes": 2097152, "max_files": 50000, "files_indexed": 1234, "truncated": False,
                   "skipped": ["data/big.bin"], "skipped_total": 1},
        "notes": [T("Réseau indisponible : les contrôles distants sont non concluants.", "Network unavailable: remote checks are inconclusive.")],
        "duration_s": 2.5,
        "history": [
            {"as_of": "2025-09-30T23:59:59+00:00", "commit": "a" * 40, "overall": 38.0, "level": "ferme", "criteria": {"open_source": 40.0, "scaling": 36.0}},
            {"as_of": "2025-12-31T23:59:59+00:00", "commit": "b" * 40, "overall": 52.5, "level": "publie", "criteria": {"open_source": 66.0, "scaling": 39.0}},
        ],
    }
    return report


EVIL_PATH = "<script>alert(1)</script>.md"
EVIL_README = '<img src=x onerror=alert(1)><a href="javascript:alert(2)">clic</a> [lien](javascript:alert(3)) <iframe src="//evil.example"></iframe>'
EVIL_AUTHOR = "**Mallory** _x_ `y` [z](javascript:alert(4)) | # @everyone ![i](https://evil.example/p.png) <b>x</b> $x$ ~~s~~"


def injection_report() -> dict:
    """The fixed report with repository-controlled text everywhere it can appear."""
    r = fixed_report()
    r["target"]["name"] = "<svg onload=alert(5)>"
    r["target"]["owner"] = "=HYPERLINK(\"https://evil.example\")"
    r["target"]["web_url"] = "javascript:alert(6)//"
    r["target"]["ref"] = "<b>ref</b>"
    res = r["results"]
    res[1]["evidence"].append({"path": EVIL_PATH, "line": 2, "kind": "finding", "note": T(EVIL_README, EVIL_README)})
    res[2]["message"] = T(f"README : {EVIL_README}", f"README: {EVIL_README}")
    res[2]["evidence"].append({"path": "README.md", "line": 1, "value": EVIL_README, "kind": "finding"})
    res[8]["evidence"].append({"value": {"author": EVIL_AUTHOR}, "note": T(f"auteur {EVIL_AUTHOR}", f"author {EVIL_AUTHOR}")})
    res[5]["message"] = T(f"Commit de {EVIL_AUTHOR}\n# titre\n- liste\n</details><script>alert(7)</script>",
                          f"Commit by {EVIL_AUTHOR}\n# title\n- list\n</details><script>alert(7)</script>")
    r["notes"].append(T(f"Note {EVIL_README}", f"Note {EVIL_README}"))
    r["facts"]["files"]["readme"] = "=cmd|' /C calc'!A0"
    r["facts"]["license"]["spdx"] = "+SUM(1,2)"
    r["facts"]["languages"] = {"@evil": 99999}
    r["scores"]["unmeasured"][0]["reason"] = T(EVIL_README, EVIL_README)
    return r


def _golden_check(name: str, text: str) -> None:
    path = GOLDEN / name
    if os.environ.get("UPDATE_GOLDEN") == "1" or not path.exists():
        if os.environ.get("UPDATE_GOLDEN") != "1" and os.environ.get("CI"):
            pytest.fail(f"missing golden file {path} (run with UPDATE_GOLDEN=1)")
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(text.encode("utf-8"))
    expected = path.read_bytes().decode("utf-8")
    assert text == expected, f"{name} differs from its golden file (UPDATE_GOLDEN=1 to accept an intended change)"


# --- the fixed report itself -------------------------------------------------------------------

def test_fixed_reports_are_valid():
    assert validate_report(fixed_report()) == []
    assert validate_report(injection_report()) == []


def test_registry_lists_every_format():
    for fmt in FORMATS:
        assert fmt in RENDERERS


# --- golden files ---------------------------------------------------------------------------------

GOLDEN_CASES = [("html", "fr", "report.fr.html"), ("html", "en", "report.en.html"), ("md", "fr", "report.fr.md"), ("md", "en", "report.en.md"),
                ("sarif", "fr", "report.fr.sarif"), ("sarif", "en", "report.en.sarif"), ("codequality", "fr", "report.fr.codequality.json"),
                ("csv", "fr", "report.fr.csv"), ("csv", "en", "report.en.csv")]


@pytest.mark.parametrize("fmt,lang,name", GOLDEN_CASES)
def test_golden(fmt, lang, name):
    _golden_check(name, render(fixed_report(), fmt, lang))


def test_golden_csv_options():
    _golden_check("report.fr.bom-semicolon.csv", render(fixed_report(), "csv", "fr", bom=True, sep=";"))


def test_renderers_do_not_mutate_the_report():
    rep = fixed_report()
    before = copy.deepcopy(rep)
    for fmt in FORMATS:
        render(rep, fmt, "fr")
    assert rep == before


# --- languages --------------------------------------------------------------------------------------

def test_every_label_in_both_languages():
    for key, entry in LABELS.items():
        for lang in LANGS:
            assert entry.get(lang, "").strip(), f"label {key!r} has no {lang} text"


def test_every_label_used_by_renderers_exists():
    used: set[str] = set()
    sources = list((ROOT / "reports").glob("*.py")) + list((ROOT / "reports" / "templates").glob("*"))
    for src in sources:
        if src.name.startswith("dashboard"):
            continue  # the batch dashboard has its own tests
        used |= set(re.findall(r"""\bt\(\s*["']([a-z_]+\.[a-z_.]+)["']""", src.read_text(encoding="utf-8")))
    dynamic = {f"status.{s}" for s in ("pass", "warn", "fail", "not_applicable", "inconclusive", "error")}
    dynamic |= {f"family.{f}" for f in ("licensing", "documentation", "reusability", "interoperability", "maintenance")}
    dynamic |= {f"effort.{e}" for e in ("minutes", "hours", "days")} | {f"html.ladder_{s}" for s in ("reached", "current", "next", "todo")}
    missing = sorted(k for k in used | dynamic if k not in LABELS)
    assert not missing, f"labels used but not defined: {missing}"


def test_every_check_text_in_both_languages():
    from auditor.checks import load_checks

    for cid, spec in load_checks().items():
        for field in ("title", "rationale", "remediation"):
            text = getattr(spec, field)
            for lang in LANGS:
                assert (text or {}).get(lang, "").strip(), f"check {cid}: {field} has no {lang} text"


def test_numbers_and_dates_follow_the_language():
    fr = render(fixed_report(), "html", "fr")
    en = render(fixed_report(), "html", "en")
    assert "+7,3 points" in fr or "+7,2 points" in fr
    assert "01/03/2026" in fr and "2026-03-01" in en
    assert '<html lang="fr">' in fr and '<html lang="en">' in en
    assert "Plan d&#39;action" in fr and "Action plan" in en
    assert "61,3" not in render(fixed_report(), "md", "en")


# --- HTML specifics ---------------------------------------------------------------------------------

class _Tags(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.text.append(data)


def _parse(html: str) -> _Tags:
    p = _Tags()
    p.feed(html)
    return p


def test_html_is_self_contained_and_accessible():
    html = render(fixed_report(), "html", "fr")
    p = _parse(html)
    tags = [t for t, _ in p.tags]
    assert "script" not in tags and "link" not in tags and "img" not in tags and "iframe" not in tags
    for tag, attrs in p.tags:
        for name, value in attrs.items():
            assert not name.startswith("on"), (tag, name)
            if name in ("href", "src", "xlink:href", "action"):
                assert value.startswith(("#", "https://github.com/ville-exemple/compost-app", "url(#")), (tag, name, value)
    assert "http-equiv" in html and "default-src 'none'" in html
    # headings never skip a level
    levels = [int(t[1]) for t in tags if re.fullmatch(r"h[1-6]", t)]
    assert levels[0] == 1 and all(b - a <= 1 for a, b in zip(levels, levels[1:])), levels
    # charts have a text alternative
    svgs = [a for t, a in p.tags if t == "svg" and a.get("role") == "img"]
    assert len(svgs) == 2  # families and trend
    assert all(a.get("aria-labelledby") for a in svgs)
    assert "Licence\u00a0: 87,5/100" in html and "Interopérabilité\u00a0: non mesuré" in html
    # forge links at the audited commit, paths URL-encoded
    assert f"https://github.com/ville-exemple/compost-app/blob/{COMMIT}/src/app.py#L1" in html
    assert f"https://github.com/ville-exemple/compost-app/blob/{COMMIT}/src/dossier%20avec%20espace/%C3%A9t%C3%A9.py#L3" in html
    assert f"/blob/{COMMIT}/CONTRIBUTING.md" not in html  # a missing file is not linked
    # passed checks are folded, problems are not
    folded = html.split("<details", 1)[1]
    assert "licensing.license-file" in folded and "check-licensing.headers" in html.split("<details", 1)[0]
    # print stylesheet for A4
    assert "@media print" in html and "size: A4" in html
    # the level, its ladder, what the next level needs, the plan, coverage and notes
    text = " ".join(p.text)
    for needle in ("Publié", "Réutilisable", "Il faut encore", "Score global ≥ 65/100", "Critère «\u00a0Passage à l'échelle\u00a0» ≥ 60/100", "actuellement\u00a0: 61,3/100",
                   "Plan d'action", "+9,4 points", "Non mesuré", "Réseau indisponible", "Seuil atteint", "Évolution", "cet audit"):
        assert needle in text, needle


def test_html_gitlab_links_and_unknown_forge():
    rep = fixed_report()
    rep["target"].update({"forge": "gitlab", "host": "gitlab.example.org", "web_url": "https://gitlab.example.org/group/sub/app"})
    html = render(rep, "html", "en")
    assert f"https://gitlab.example.org/group/sub/app/-/blob/{COMMIT}/src/app.py#L1" in html
    rep["target"].update({"forge": "local", "web_url": None})
    html = render(rep, "html", "en")
    assert "/blob/" not in html


def test_html_degrades_without_optional_fields():
    rep = fixed_report()
    for key in ("history", "fact_errors", "duration_s"):
        rep.pop(key)
    rep["scores"].pop("next_level")
    rep["scores"].pop("unmeasured")
    rep["scores"]["level"] = None
    rep["action_plan"] = []
    rep["levels"] = []
    rep["target"].update({"commit": None, "commit_date": None, "web_url": None, "forge": "unknown", "owner": None})
    for r in rep["results"]:
        r.pop("evidence_total")
        r.pop("details")
    assert validate_report(rep) == []
    for fmt in FORMATS:
        for lang in LANGS:
            assert render(rep, fmt, lang)
    html = render(rep, "html", "fr")
    assert "Évolution" not in html and "aucun" in html


# --- SARIF and Code Quality ---------------------------------------------------------------------

def test_sarif_valid_against_official_schema():
    if not SARIF_SCHEMA.exists():
        pytest.skip(f"SARIF 2.1.0 schema not found at {SARIF_SCHEMA} (it lives in ../shared/schemas, outside the repository)")
    import jsonschema

    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    for rep in (fixed_report(), injection_report()):
        for lang in LANGS:
            doc = json.loads(render(rep, "sarif", lang))
            errors = [e.message for e in jsonschema.Draft4Validator(schema).iter_errors(doc)]
            assert errors == []


def test_sarif_rules_results_and_fingerprints():
    doc = json.loads(render(fixed_report(), "sarif", "en"))
    run = doc["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == [r["id"] for r in fixed_report()["results"]]
    assert all(r["help"]["text"] and r["shortDescription"]["text"] for r in rules)
    results = run["results"]
    by_rule = {}
    for res in results:
        by_rule.setdefault(res["ruleId"], []).append(res)
        assert res["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        assert res["locations"][0]["physicalLocation"]["region"]["startLine"] >= 1
        assert rules[res["ruleIndex"]]["id"] == res["ruleId"]
    assert len(by_rule["licensing.headers"]) == 2
    assert by_rule["licensing.headers"][1]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "src/dossier%20avec%20espace/%C3%A9t%C3%A9.py"
    assert by_rule["reusability.dependencies"][0]["level"] == "note"  # a finding in a passing check
    assert by_rule["reusability.install"][0]["properties"]["repositoryLevel"] is True  # no path: at the root README
    assert "licensing.license-file" not in by_rule and "maintenance.ci" not in by_rule
    notes = run["invocations"][0]["toolExecutionNotifications"]
    assert {n["descriptor"]["id"] for n in notes} == {"interoperability.api-spec", "maintenance.ci"}
    # stable: same fingerprints on a re-render, in the other language and for another commit
    again = json.loads(render(fixed_report(), "sarif", "fr"))["runs"][0]["results"]
    other = fixed_report()
    other["target"]["commit"] = "f" * 40
    third = json.loads(render(other, "sarif", "en"))["runs"][0]["results"]
    fps = [r["partialFingerprints"] for r in results]
    assert fps == [r["partialFingerprints"] for r in again] == [r["partialFingerprints"] for r in third]
    assert len({json.dumps(f) for f in fps}) == len(fps)


def test_codequality_fields():
    issues = json.loads(render(fixed_report(), "codequality", "fr"))
    assert issues and isinstance(issues, list)
    for i in issues:
        assert isinstance(i["description"], str) and i["description"]
        assert re.fullmatch(r"[a-z][a-z0-9_-]*\.[a-z0-9._-]+", i["check_name"])
        assert re.fullmatch(r"[0-9a-f]{32}", i["fingerprint"])
        assert i["severity"] in ("info", "minor", "major", "critical", "blocker")
        assert isinstance(i["location"]["path"], str) and i["location"]["path"]
        assert isinstance(i["location"]["lines"]["begin"], int) and i["location"]["lines"]["begin"] >= 1
    assert len({i["fingerprint"] for i in issues}) == len(issues)
    sev = {i["check_name"]: i["severity"] for i in issues}
    assert sev["documentation.contributing"] == "major" and sev["reusability.dependencies"] == "info"


# --- Markdown size --------------------------------------------------------------------------------

def test_markdown_stays_under_one_mebibyte():
    rep = fixed_report()
    base = rep["results"][3]
    rep["results"] = []
    for i in range(600):
        r = copy.deepcopy(base)
        r["id"] = f"documentation.c{i}"
        r["message"] = T("x" * 3000, "y" * 3000)
        r["evidence"] = [{"path": f"src/{'d' * 200}/{j}.py", "line": j + 1, "kind": "finding", "note": T("n" * 500, "n" * 500)} for j in range(200)]
        r["evidence_total"] = 5000
        rep["results"].append(r)
    text = render(rep, "md", "fr")
    assert len(text.encode("utf-8")) < 1024 * 1024
    assert "Rapport tronqué" in text
    assert text.count("<details>") == text.count("</details>")


# --- CSV --------------------------------------------------------------------------------------------

def _csv_rows(text: str, sep: str = ",") -> list[list[str]]:
    return list(csv.reader(io.StringIO(text.lstrip("\ufeff")), delimiter=sep))


def test_csv_one_row_with_criteria_families_level_and_facts():
    rows = _csv_rows(render(fixed_report(), "csv", "en"))
    assert len(rows) == 2 and len(rows[0]) == len(rows[1])
    row = dict(zip(rows[0], rows[1]))
    assert row["Overall score"] == "61.3" and row["Open source"] == "74.6" and row["Scaling"] == "52.4"
    assert row["Licensing"] == "87.5" and row["Interoperability"] == ""
    assert row["Level"] == "Published" and row["Level id"] == "publie"
    assert row["Detected license"] == "EUPL-1.2" and row["Main language"] == "Python" and row["Commits in 12 months"] == "34"
    fr = dict(zip(*_csv_rows(render(fixed_report(), "csv", "fr", sep=";"), ";")))
    assert fr["Score global"] == "61,3" and fr["Niveau"] == "Publié"


def test_cli_report_csv_options(tmp_path):
    src = tmp_path / "r.json"
    src.write_text(json.dumps(fixed_report()), encoding="utf-8")
    out = tmp_path / "r.csv"
    proc = subprocess.run([sys.executable, "-m", "auditor", "report", str(src), "--format", "csv", "--csv-bom", "--csv-sep", ";",
                           "-o", str(out)], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    assert _csv_rows(data.decode("utf-8"), ";")[1][0] == "02/03/2026"
    for fmt in ("html", "md", "sarif", "codequality"):
        proc = subprocess.run([sys.executable, "-m", "auditor", "report", str(src), "-f", fmt, "--lang", "en"], capture_output=True, text=True, timeout=60)
        assert proc.returncode == 0 and proc.stdout, (fmt, proc.stderr)


# --- the injection corpus -------------------------------------------------------------------------

def _assert_html_inert(html: str) -> None:
    p = _parse(html)
    for tag, attrs in p.tags:
        assert tag not in ("script", "img", "iframe", "object", "embed", "link", "base", "form", "b"), tag
        for name, value in attrs.items():
            assert not name.startswith("on"), (tag, name, value)
            if name in ("href", "src"):
                assert value.startswith("#") or value.startswith("https://"), (tag, name, value)
    assert "javascript:" not in "".join(str(a.get("href", "")) for _, a in p.tags)


def test_injection_corpus_html():
    for lang in LANGS:
        html = render(injection_report(), "html", lang)
        _assert_html_inert(html)
        assert "&lt;script&gt;alert(1)&lt;/script&gt;.md" in html
        assert "&lt;svg onload=alert(5)&gt;" in html


def _outside_code(text: str) -> str:
    """The Markdown without its code spans (which a renderer shows literally)."""
    return re.sub(r"(`+)(?!`).+?(?<!`)\1(?!`)", "", text)


def _md_tags(text: str) -> set[str]:
    """HTML tags that a Markdown renderer would see."""
    outside = _outside_code(text)
    return {m.lower() for m in re.findall(r"<\s*/?\s*([a-zA-Z][a-zA-Z0-9]*)", outside)}


def test_injection_corpus_markdown():
    allowed = {"details", "summary", "b", "code", "sub"}
    for lang in LANGS:
        text = render(injection_report(), "md", lang)
        tags = _md_tags(text)
        assert tags <= allowed, tags - allowed
        assert "`<script>alert(1)</script>.md:2`" in text  # the path, shown literally in a code span
        text = _outside_code(text)
        assert "](javascript:" not in text and "](https://evil" not in text
        assert "@everyone" not in text  # no mention
        assert not re.search(r"(?m)^\s*#+ (titre|title)", text)  # a message cannot open a heading
        assert not re.search(r"(?<!\\)\*\*Mallory", text)
        assert text.count("<details>") == text.count("</details>")


def test_injection_corpus_forge_formats_and_csv():
    rep = injection_report()
    for lang in LANGS:
        sarif = json.loads(render(rep, "sarif", lang))
        uris = [r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in sarif["runs"][0]["results"]]
        assert "%3Cscript%3Ealert%281%29%3C/script%3E.md" in uris
        assert "versionControlProvenance" not in sarif["runs"][0]  # a javascript: web_url is not a repository URI
        cq = json.loads(render(rep, "codequality", lang))
        assert EVIL_PATH in [i["location"]["path"] for i in cq]
        rows = _csv_rows(render(rep, "csv", lang))
        for cell in rows[1]:
            assert not cell.startswith(("=", "+", "-", "@")), cell
        assert "'=cmd|' /C calc'!A0" in rows[1] and "'+SUM(1,2)" in rows[1] and "'@evil" in rows[1]
        term = render(rep, "terminal", lang)
        assert "\x1b" not in term


def test_injection_from_a_real_repository(repo, tmp_path):
    """A repository whose file names, README and commit author carry markup renders inertly in every format."""
    from auditor.engine import AuditOptions, audit

    path = repo([{"files": {EVIL_PATH: "# x\n", "README.md": EVIL_README + "\n" + "mot " * 80, "docs/<img src=x onerror=alert(1)>.md": "x"},
                  "author": (EVIL_AUTHOR.replace("<", "").replace(">", ""), "m@example.org"), "date": "2026-01-10T10:00:00Z"}])
    rep = audit(str(path), AuditOptions(cache_dir=tmp_path / "c", offline=True))
    assert validate_report(rep) == []
    for lang in LANGS:
        _assert_html_inert(render(rep, "html", lang))
        md = render(rep, "md", lang)
        assert _md_tags(md) <= {"details", "summary", "b", "code", "sub"}
        json.loads(render(rep, "sarif", lang))
        json.loads(render(rep, "codequality", lang))
        for cell in _csv_rows(render(rep, "csv", lang))[1]:
            assert not cell.startswith(("=", "+", "-", "@"))


def test_injection_corpus_markdown_through_a_commonmark_renderer():
    """What a forge would show: the Markdown rendered by a CommonMark renderer with raw HTML allowed."""
    markdown_it = pytest.importorskip("markdown_it", reason="markdown-it-py not installed: the Markdown is only checked textually")
    mdi = markdown_it.MarkdownIt("commonmark", {"html": True}).enable("table").enable("strikethrough")
    for lang in LANGS:
        out = mdi.render(render(injection_report(), "md", lang))
        p = _parse(out)
        tags = {t for t, _ in p.tags}
        assert not tags & {"script", "img", "iframe", "svg", "object", "embed", "form", "input", "style", "link"}, tags
        for tag, attrs in p.tags:
            assert not any(k.startswith("on") for k in attrs), (tag, attrs)
            if tag == "a":
                assert attrs.get("href", "").startswith("https://github.com/ville-exemple/"), attrs
        assert "<strong>Mallory" not in out and "<h1>titre" not in out and "<h1>title" not in out
        assert "&lt;script&gt;alert(1)&lt;/script&gt;.md" in out
