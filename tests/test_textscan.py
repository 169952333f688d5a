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
