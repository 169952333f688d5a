"""Rust programs' settings files: a file named for settings (config.json, settings.toml) that the code opens, creates or reads by a
literal path (``PathBuf::from("config.json")``, ``File::open("settings.toml")``, ``fs::read_to_string("config.yaml")``). When the
repository holds no copy of it, the ``env_settings`` fact lists it with the .NET ones as a settings file read with no example committed
(issue 12, s26 e26 = s26 o1: a Tauri desktop application saving its output folder, GDAL and Python paths to config.json)."""

from __future__ import annotations

import re

from auditor.facts.dotnet_settings import SETTINGS_FILE_EXT, file_name
from auditor.facts.inventory import is_test
from auditor.lazyre import lazy_compile

MAX_FILES = 200
MAX_BYTES = 256 * 1024
MAX_LINES = 5000
_FILE_CALL = lazy_compile(r"""\b(?:PathBuf::from|Path::new|File::(?:open|create)|(?:std::)?fs::(?:read_to_string|read|write|File::open))[ \t]*\(\s*"""
                          r""""([^"\n]{1,200}\.(?:json|toml|ya?ml|ini|conf|cfg))"\s*[,)]""", re.I)
_SETTINGS_NAME = lazy_compile(r"conf|setting|param|option|pref|r[eé]glage", re.I)


def rust_settings_files(snap, entries) -> list[list]:
    """``[literal path, [path, line, excerpt, "code"]]`` for each settings file the Rust code (not its tests) opens by a literal path
    (first hit of each, sorted, at most 50)."""
    files: dict[str, list] = {}
    sources = sorted((e for e in entries if e.ext == "rs" and not is_test(e.path) and 0 < e.size <= MAX_BYTES), key=lambda e: e.path)[:MAX_FILES]
    for e in sources:
        text = snap.read_text(e.path, limit=MAX_BYTES) or ""
        if "\"" not in text:
            continue
        for i, line in enumerate(text.splitlines()[:MAX_LINES], 1):
            stripped = line.lstrip()
            if stripped.startswith(("//", "*", "/*")):
                continue
            for m in _FILE_CALL.finditer(line):
                name = file_name(m.group(1))
                if name.rsplit(".", 1)[-1].lower() in SETTINGS_FILE_EXT + ("toml",) and _SETTINGS_NAME.search(name):
                    files.setdefault(m.group(1), [e.path, i, stripped[:120], "code"])
    return [[n, h] for n, h in files.items()][:50]


def uncommitted_rust_files(entries, found: list[list]) -> list[list]:
    """Those of ``found`` of which the repository holds no file of that name (no example committed)."""
    names = {e.name.lower() for e in entries}
    return [[n, h] for n, h in found if file_name(n).lower() not in names][:10]
