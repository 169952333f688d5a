"""Fixed costs: what every command pays before it does anything (issue 16). No timing here (speed is
shown by ``benchmarks/run_all.py``): these tests check what is imported and loaded, which can fail."""

from __future__ import annotations

import json
import subprocess
import sys

HEAVY = ["auditor.engine", "auditor.checks", "auditor.ruleset", "auditor.facts", "auditor.snapshot", "auditor.target",
         "jsonschema", "yaml", "git", "radon", "lizard", "detect_secrets", "numpy", "py3langid", "sqlalchemy", "jinja2"]


def _modules_after(code: str) -> set[str]:
    out = subprocess.run([sys.executable, "-c", code + "\nimport sys, json\nprint(json.dumps(sorted(sys.modules)))"],
                         capture_output=True, text=True, check=True)
    return set(json.loads(out.stdout.strip().splitlines()[-1]))


def test_help_imports_no_subcommand_module():
    mods = _modules_after("from auditor.cli import main\ntry:\n    main(['--help'])\nexcept SystemExit:\n    pass")
    assert not [m for m in HEAVY if m in mods]
    assert not [m for m in mods if m.startswith("auditor.cli.") and m != "auditor.cli"]


def test_report_command_does_not_load_the_engine(tmp_path):
    mods = _modules_after("from auditor.cli import main\ntry:\n    main(['report', '--help'])\nexcept SystemExit:\n    pass")
    assert "auditor.cli.audit" in mods
    assert "auditor.engine" not in mods and "jsonschema" not in mods


def test_a_warm_offline_audit_never_imports_the_http_stack(tmp_path):
    """requests (with urllib3 and http.client) costs a tenth of a second at import: a forge or a package
    index asked for needs it (and detect-secrets imports it where it scans), never an offline audit
    that reuses its stored results (every CI run on an unchanged commit)."""
    from tests.gitrepo import make_repo

    repo = make_repo(tmp_path / "r", [{"files": {"README.md": "# Outil\n\nUn outil de la ville.\n", "app.py": "print(1)\n"}}])
    code = ("import os\nos.environ['AUDITOR_OFFLINE_INDEX'] = '1'\nfrom auditor.cli import main\ntry:\n"
            f"    main(['audit', {str(repo)!r}, '--offline', '--no-history', '--cache-dir', {str(tmp_path / 'c')!r},"
            f" '--format', 'json', '-o', {str(tmp_path / 'r.json')!r}])\nexcept SystemExit:\n    pass")
    _modules_after(code)  # cold: fills the cache
    mods = _modules_after(code)
    assert "auditor.engine" in mods and (tmp_path / "r.json").exists()  # the audit ran
    assert not [m for m in ("requests", "urllib3", "http.client", "auditor.forge.http") if m in mods]


def test_a_warm_audit_reads_neither_the_history_nor_the_inventory_again(tmp_path, monkeypatch):
    """The same commit audited again with the same cache and sponsor type: every fact is stored, so the commit
    history (50,000 commits streamed in the benchmark's repository) and the inventory are not computed again
    (contributor_types and copied_paths were not stored: half a second of a warm audit)."""
    from auditor import snapshot
    from auditor.engine import AuditOptions, audit
    from auditor.facts import inventory
    from tests.gitrepo import make_repo

    files = {"README.md": "# Outil\n\nUn outil de la ville pour suivre le plan climat.\n", "app.py": "print(1)\n",
             "static/lib/select2/i18n/af.js": "/*! Select2 4.0.12 | https://github.com/select2/select2/blob/master/LICENSE.md */\n"}
    repo = make_repo(tmp_path / "r", [{"files": files, "date": "2025-01-10T10:00:00Z", "author": ("Ana", "ana@grenoble.fr")},
                                      {"files": {"app.py": "print(2)\n"}, "date": "2025-03-10T10:00:00Z", "author": ("Bo", "bo@grenoble.fr")}])
    opts = AuditOptions(cache_dir=tmp_path / "c", offline=True)
    monkeypatch.setenv("AUDITOR_OFFLINE_INDEX", "1")
    cold = audit(str(repo), opts)

    def refuse(*args, **kwargs):
        raise AssertionError("computed again on a warm audit")

    monkeypatch.setattr(snapshot.GitSnapshot, "history", refuse)
    monkeypatch.setattr(inventory, "build_inventory", refuse)
    warm = audit(str(repo), opts)
    key = lambda r: [(x["id"], x["status"], x.get("score"), x["message"]) for x in r["results"]]  # noqa: E731
    assert key(warm) == key(cold)


def test_short_help_table_is_each_commands_own():
    import re
    from pathlib import Path

    import click

    from auditor.cli import COMMANDS, cli

    folder = Path(__file__).resolve().parent.parent / "auditor" / "cli"
    declared = {(m.group(2), f"auditor.cli.{f.stem}") for f in folder.glob("*.py")
                for m in re.finditer(r'@cli\.(command|group)\("([\w-]+)"', f.read_text(encoding="utf-8"))}
    assert declared == {(name, module) for name, (module, _short) in COMMANDS.items()}  # a new command needs its line in COMMANDS

    ctx = click.Context(cli)
    for name, (_module, short) in COMMANDS.items():
        cmd = cli.get_command(ctx, name)
        assert cmd is not None, name
        assert cmd.get_short_help_str(limit=1000) == short, name
    assert sorted(cli.commands) == sorted(COMMANDS)


def test_license_index_shipped_form_matches_like_the_built_one(tmp_path):
    """The index written at package build time (marshal: strings, numbers and bytes) gives the same
    matches as the one built from the data, and a stale or broken file is never used."""
    from auditor.licenses import matcher

    built = matcher.Index(matcher.load_data())
    path = tmp_path / "index.bin"
    matcher.write_index(path)
    shipped = matcher.load_shipped_index(path)
    assert shipped is not None
    data = matcher.load_data()["licenses"]
    mit, gpl = data["MIT"]["texts"][0]["text"], data["GPL-3.0-only"]["texts"][0]["text"]
    cecill = next(t["text"] for t in data["CECILL-2.1"]["texts"] if t["lang"] == "fr")
    for text in (mit, "Copyright 2025 Ville de Lyon\n\n" + mit + "\n\n" + gpl, cecill, mit.replace("free of charge", "for a fee, paid monthly"),
                 "Ce logiciel est distribué sous licence libre. Bonjour zyxwvut qwertz."):
        a, b = built.match(text), shipped.match(text)
        assert [m.to_dict() for m in a.matches] == [m.to_dict() for m in b.matches]
        assert (a.candidates, a.modified, a.words) == (b.candidates, b.modified, b.words)
    assert shipped.match(mit).ids == ["MIT"]
    assert shipped.meta == built.meta and shipped.version == built.version

    import marshal

    state = marshal.loads(path.read_bytes())
    state["digest"] = "0" * 64  # built from other data or code
    path.write_bytes(marshal.dumps(state))
    assert matcher.load_shipped_index(path) is None
    path.write_bytes(b"\x00garbage")
    assert matcher.load_shipped_index(path) is None
    assert matcher.load_shipped_index(tmp_path / "missing.bin") is None


def test_identifying_a_language_imports_neither_numpy_nor_py3langid():
    """The shipped model is read in plain Python: numpy (a fifth of a second in every audit's process)
    is needed only to build it, or when the shipped file is stale."""
    mods = _modules_after("from auditor.langid import identify_languages\n"
                          "r = identify_languages(['Un outil de la métropole pour suivre le plan climat et ses indicateurs.'] * 2)\n"
                          "assert r['language'] == 'fr', r")
    assert "numpy" not in mods and "py3langid" not in mods


def test_language_model_shipped_form_ranks_like_py3langid(tmp_path, monkeypatch):
    """The raw model written at package build ranks every text exactly as py3langid's own model
    restricted to the same languages; a stale file falls back to py3langid's model."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    from auditor import langmodel

    path = tmp_path / "model.bin"
    langmodel.write_model(path)
    monkeypatch.setattr(langmodel, "MODEL_FILE", path)
    shipped = langmodel._from_shipped(langmodel.CANDIDATE_LANGUAGES)
    assert shipped is not None
    shipped.set_languages(langmodel.CANDIDATE_LANGUAGES)
    reference = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    reference.set_languages(langmodel.CANDIDATE_LANGUAGES)
    for text in ("Un service numérique de la ville pour organiser le covoiturage des agents.", "A web service for car pooling.",
                 "Dies ist ein deutscher Satz über Software.", "", "1234 !!", "Això és un servei en català.", "Isto é português.",
                 "LA CARTE DES ÎLOTS DE FRAÎCHEUR DE LA MÉTROPOLE", "Het is een Nederlandse zin over open data.".encode(),
                 "Ce dépôt contient le modèle de données PostGIS du plan climat.".encode()[:-2]):
        # plain Python in double precision against numpy's float32: same order, probabilities to rounding
        ours, theirs = shipped.rank(text), reference.rank(text)
        assert [lang for lang, _ in ours] == [lang for lang, _ in theirs], text
        assert all(abs(a - b) < 1e-3 for (_, a), (_, b) in zip(ours, theirs)), text
        assert shipped.classify(text)[0] == reference.classify(text)[0]
    assert langmodel._from_shipped(["fr", "en"]) is None  # built for other languages: not used
    path.write_bytes(b"broken")
    assert langmodel._from_shipped(langmodel.CANDIDATE_LANGUAGES) is None
    assert langmodel.load_identifier().classify("Bonjour, ceci est un service public numérique.")[0] == "fr"


def test_every_text_signal_compiles():
    """Signals compile their regex on first use (a start-up cost otherwise): each one must compile."""
    from auditor.facts.signal_registry import load_signals

    signals = load_signals()
    assert len(signals) > 50
    for sig in signals.values():
        assert sig.regex.pattern == sig.pattern
