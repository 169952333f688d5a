"""Issue 12, session 38 fixer fo38 (mmaura/grist-widgets): Grist widgets in npm workspaces — a root package.json that is only a
frame ("private": true, "workspaces": ["widgets/*"], no licence, no code), each widget's package.json "license": "ISC" with its
author written, and a root GPL-3.0 LICENSE. licensing.consistent said "a single source (LICENSE)": a root manifest was taken as
the project's, the widgets' as components. An npm workspaces root declares no package, like the Cargo virtual workspace: the
packages holding the code are the project's, their licence fields its declarations. Near miss: a root package.json without
workspaces (an application with a helper package in a sub-folder) stays the project's manifest."""

from __future__ import annotations

from tests.test_state_files_s15_k5 import audit, license_text

ROOT = '{\n  "name": "widgets",\n  "private": true,\n  "workspaces": [\n    "widgets/*"\n  ],\n  "scripts": {"build:all": "npm run build --workspaces"}\n}\n'
WIDGET = ('{{\n  "name": "{name}",\n  "version": "1.0.0",\n  "description": "Widget {name}",\n  "private": true,\n'
          '  "scripts": {{"build": "vite build"}},\n  "author": "DUPONT Jean",\n  "license": "ISC",\n'
          '  "devDependencies": {{"vite": "^7.0.0"}}\n}}\n')
FILES = {"README.md": "# Widgets\n\nWidgets personnalisés pour Grist.\n", "LICENSE": license_text("GPL-3.0-only"), "package.json": ROOT,
         **{f"widgets/{w}/package.json": WIDGET.format(name=w) for w in ("messages", "notes")},
         **{f"widgets/{w}/src/f{i}.ts": f"export function f{i}(): number {{ return {i}; }}\n" for w in ("messages", "notes") for i in range(3)}}


def test_the_packages_of_an_npm_workspaces_root_declare_the_projects_licence(tmp_path):
    report = audit(tmp_path, FILES, ["licensing.consistent"])
    lic = report["facts"]["license"]
    assert sorted(d["file"] for d in lic["declared"]) == ["widgets/messages/package.json", "widgets/notes/package.json"], lic["declared"]
    res = {r["id"]: r for r in report["results"]}["licensing.consistent"]
    assert res["status"] in ("warn", "fail"), res["message"]  # was pass "a single source"


def test_a_root_package_without_workspaces_stays_the_projects_manifest(tmp_path):
    root = '{\n  "name": "widgets",\n  "private": true,\n  "scripts": {"build": "vite build"}\n}\n'
    report = audit(tmp_path, {**FILES, "package.json": root}, ["licensing.consistent"])
    assert report["facts"]["license"]["declared"] == [], report["facts"]["license"]["declared"]
    assert {r["id"]: r for r in report["results"]}["licensing.consistent"]["status"] == "pass"
