"""A Rust program that opens a desktop window: its Cargo package depends on a desktop toolkit (Dioxus with its "desktop" feature,
Tauri, eframe/egui, iced, GTK, Slint, FLTK, Druid…), or its src/main.rs asks Windows for no console
(``#![windows_subsystem = "windows"]``, a graphical program's mark). Its src/main.rs starts a window, not a command: a desktop
application (a CNIL file-fingerprint tool built on Dioxus desktop), never the command-line tool a binary crate alone suggests."""

from __future__ import annotations

import re
import tomllib

from auditor import safejson
from auditor.lazyre import lazy_compile

# crates that draw a desktop program's windows (not a terminal interface: ratatui, cursive; not a web front end: yew, leptos)
DESKTOP_CRATES = frozenset({"tauri", "eframe", "iced", "gtk", "gtk4", "relm4", "slint", "fltk", "druid", "native-windows-gui", "gpui",
                            "freya", "xilem", "floem", "makepad-widgets", "dioxus-desktop", "libadwaita", "qmetaobject", "cxx-qt"})
_NO_CONSOLE = lazy_compile(r"^[^\S\n]*#!\[(?:cfg_attr\([^()\n]{1,80},[^\S\n]*)?windows_subsystem[^\S\n]*=[^\S\n]*\"windows\"", re.M)
MAX_CARGO_BYTES = 256 * 1024


def _toolkit(cargo: dict) -> str | None:
    """The desktop toolkit a Cargo manifest depends on (its [dependencies] and its targets'), by name, or None."""
    tables = [cargo.get("dependencies")] + [t.get("dependencies") for t in (cargo.get("target") or {}).values() if isinstance(t, dict)]
    found = []
    for deps in tables:
        for name, spec in (deps.items() if isinstance(deps, dict) else []):
            features = spec.get("features") if isinstance(spec, dict) else None
            if name in DESKTOP_CRATES or (name == "dioxus" and isinstance(features, list) and "desktop" in features):
                found.append(name)
    return sorted(found)[0] if found else None


def rust_desktop(ctx) -> tuple[list[str], str]:
    """([Cargo.toml or src/main.rs], the toolkit) for a root Cargo package building a desktop program, else ([], "")."""
    files = ctx.snapshot.files
    if "Cargo.toml" not in files:
        return [], ""
    try:
        cargo = safejson.toml_loads(ctx.snapshot.read_text("Cargo.toml", limit=MAX_CARGO_BYTES) or "")
    except (tomllib.TOMLDecodeError, ValueError):
        cargo = {}
    toolkit = _toolkit(cargo)
    if toolkit:
        return ["Cargo.toml"], toolkit
    if "src/main.rs" in files and _NO_CONSOLE.search(ctx.snapshot.read_head("src/main.rs", 8192) or ""):
        return ["src/main.rs"], "windows_subsystem"
    return [], ""


# Tauri's configuration, which `tauri dev` and `tauri build` read beside the Cargo package of the program opening the window (in
# src-tauri/ of a Tauri application, the web front end that window shows elsewhere in the repository: Yew, React, Vue…)
TAURI_CONFIGS = ("tauri.conf.json", "tauri.conf.json5", "Tauri.toml")
# the tools that package an Electron application into installers: with electron itself, a desktop program
ELECTRON_PACKAGERS = ("electron-builder", "@electron-forge/cli", "electron-packager", "electron-forge")


def desktop_shell(ctx) -> tuple[list[str], str]:
    """([files], shell) for a desktop application built by Tauri or Electron, whatever the interface framework its window shows:
    a Tauri configuration beside a Cargo package depending on tauri (at the root or one folder down, src-tauri/), or a root
    package.json declaring electron with its main script or a packager. Else ([], "")."""
    files = ctx.snapshot.files
    for conf in sorted(p for p in files if p.rsplit("/", 1)[-1] in TAURI_CONFIGS and p.count("/") <= 1):
        cargo_path = conf.rsplit("/", 1)[0] + "/Cargo.toml" if "/" in conf else "Cargo.toml"
        if cargo_path not in files:
            continue
        try:
            cargo = safejson.toml_loads(ctx.snapshot.read_text(cargo_path, limit=MAX_CARGO_BYTES) or "")
        except (tomllib.TOMLDecodeError, ValueError):
            continue
        if _toolkit(cargo) == "tauri":
            return [conf, cargo_path], "Tauri"
    if "package.json" in files:
        try:
            pkg = safejson.loads(ctx.snapshot.read_text("package.json", limit=MAX_CARGO_BYTES) or "{}")
        except ValueError:
            pkg = None
        if isinstance(pkg, dict):
            deps = {}
            for table in ("dependencies", "devDependencies"):
                deps.update(pkg.get(table) if isinstance(pkg.get(table), dict) else {})
            main = pkg.get("main")
            # (electron's main process script, or a packager making its installers: a web application testing with electron has neither)
            if "electron" in deps and ((isinstance(main, str) and main.strip() and main.strip().lstrip("./") in files)
                                       or any(p in deps for p in ELECTRON_PACKAGERS)):
                return ["package.json"], "Electron"
    return [], ""
