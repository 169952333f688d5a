"""The text scan's prefilter: each signal runs on a file exactly when one of its hints occurs in it,
whatever the order signals were registered in (the plan per kind of file is derived again when a
signal is registered)."""

from __future__ import annotations

from auditor.facts import signal_registry, textscan


def _reference(path: str, text: str, cls: str, ext: str) -> dict:
    """The scan as it was written first: every signal's hints tested one by one on every file."""
    low = text.lower()
    out = {}
    for sig in textscan.load_signals().values():
        if sig.exts is not None and ext not in sig.exts or sig.classes is not None and cls not in sig.classes:
            continue
        if sig.hints and not any(h in low for h in sig.hints):
            continue
        hits = textscan.scan_text(path, text, cls, ext, signals=[sig]).get(sig.id)
        if hits:
            out[sig.id] = hits
    return out


TEXTS = {
    "src/map.js": "import L from 'leaflet';\nconst map = L.map('m').setView([45.18, 5.72], 13);\nfetch('https://data.grenoble.fr/api');\n",
    "config/settings.py": "import os\nDATABASE_URL = os.environ['DATABASE_URL']\nOIDC_ISSUER = 'https://auth.example.org'\n",
    "sql/communes.sql": "SELECT * FROM communes WHERE LEFT(code_insee, 2) = '38';\n",
    "README.md": "# Outil\n\nAucune donnée, aucun service.\n",
}


def test_the_plan_gives_the_scan_each_signal_would_give_alone():
    textscan.load_signals()
    for path, text in TEXTS.items():
        ext = path.rsplit(".", 1)[-1]
        cls = textscan.file_class(path)
        assert textscan.scan_text(path, text, cls, ext) == _reference(path, text, cls, ext), path
    assert any(textscan.scan_text(p, t, textscan.file_class(p), p.rsplit(".", 1)[-1]) for p, t in TEXTS.items())


def test_a_signal_registered_later_is_in_the_next_plan():
    textscan.load_signals()
    text = "const zzqx_marker = 1;\n"
    assert "test-zzqx" not in textscan.scan_text("a.js", text, "code", "js")  # the plan for (js, code) is made now
    signal_registry.signal("test-zzqx", r"zzqx_marker", ["zzqx"], exts={"js"})
    try:
        assert textscan.scan_text("a.js", text, "code", "js")["test-zzqx"][0][:3] == ["a.js", 1, "zzqx_marker"]
    finally:
        signal_registry.SIGNALS.pop("test-zzqx")
        signal_registry._GENERATION[0] += 1


def test_a_signal_runs_only_where_one_of_its_own_hints_occurs():
    textscan.load_signals()
    signal_registry.signal("test-hinted", r"setView", ["zzhint"], exts={"js"})
    try:
        assert "test-hinted" not in textscan.scan_text("a.js", "map.setView([45, 5], 13); // leaflet\n", "code", "js")
        assert "test-hinted" in textscan.scan_text("a.js", "map.setView([45, 5], 13); // zzhint\n", "code", "js")
    finally:
        signal_registry.SIGNALS.pop("test-hinted")
        signal_registry._GENERATION[0] += 1


def test_settings_and_data_files_are_read_within_a_budget_of_their_own(tmp_path, monkeypatch):
    """Thousands of dated JSON exports (a dashboard's published figures) are read within the settings and
    data budget, in path order; the code after them in path order is still read, and the count of files
    left out says so. (The budget is made small here: 16 MB in the tool.)"""
    from datetime import datetime, timezone

    from auditor.context import AuditConfig, AuditContext
    from auditor.snapshot import GitSnapshot
    from auditor.target import parse_target
    from tests.gitrepo import git, make_repo

    export = '{"dep": "38", "crs": "EPSG:2154", "montant": "%s"}\n'
    files = {f"backend/json/2021-01-{d:02d}/aides.json": export % ("1" * 900) for d in range(1, 13)}
    files["zz_app/map.js"] = "const map = L.map('m').setView([45.18, 5.72], 13);\n"
    path = make_repo(tmp_path / "r", [{"files": files, "date": "2025-01-10T10:00:00Z"}])
    monkeypatch.setattr(textscan, "MAX_DATA_BYTES", 4 * 1000)
    snap = GitSnapshot(str(path / ".git"), git(path, "rev-parse", "HEAD").strip())
    ctx = AuditContext(snap, parse_target(str(path)), datetime(2025, 6, 30, tzinfo=timezone.utc),
                       AuditConfig(offline=True, network=False, fact_cache=False))
    with snap:
        value = ctx.fact("textscan")
    assert [e[0] for e in value["signals"]["geo.legal-crs"]] == [f"backend/json/2021-01-{d:02d}/aides.json" for d in (1, 2, 3, 4)]
    assert value["skipped"]["over_data_bytes"] == 8
    assert value["signals"]["territory.map-centre"][0][0] == "zz_app/map.js"  # the code beyond them: read
    assert value["scanned"] == 5


def test_rgaa_is_a_word_and_a_developers_note_is_no_statement():
    """Session 8 reads: the Dutch "doorgaan" (contact_messages_nl.properties) and a code comment "// Label RGAA pour le tableau"
    beside an aria-label were taken for an accessibility statement; "Conformité RGAA : partielle" in a page still is one."""
    sig = signal_registry.load_signals()["a11y.declaration"]

    def found(text):
        return [m.group(0) for m in sig.regex.finditer(text) if sig.accept(m)]
    assert found("contact.button=Doorgaan\n") == []
    assert found("  @Input()\n  // Label RGAA pour le tableau\n  ariaLabel: string;\n") == []
    assert found("<p>Conformité RGAA : partielle</p>\n") == ["Conformité RGAA"] and found("* RGAA : audit réalisé\n") == ["RGAA"]  # (s18: the statement's words kept)
    assert found("* RGAA : audit prévu\n") == []  # (s19: a plan, no statement: auditor/facts/a11y_cues.py)
