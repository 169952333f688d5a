"""A static site's folders of pages, not its folders of assets (issue 12, session 37, re-reader vg37:
Mvince11/Observatoire-de-la-vulnerabilite-aux-inondations-Vienne---Clain, whose licensing.data-and-docs named js/ — copied libraries
and their readme.md noting versions — and Images/ — 70 pictures and logos beside one Markdown file — as documentation to license).

A folder's own README is a note on that folder; one prose file among tens of images is no folder of pages. A folder of articles, or a
docs/ README, stays pages.
"""

from __future__ import annotations

from types import SimpleNamespace

from auditor.facts.doc_pages import site_pages

PROJECT = {"kind": "static-site", "kind_evidence": [{"path": "_config.yml", "reason": "static site generator"}]}


def _entry(path: str):
    return SimpleNamespace(path=path, ext=path.rsplit(".", 1)[-1].lower() if "." in path.rsplit("/", 1)[-1] else "")


def _tree(paths: list[str]):
    return [_entry(p) for p in paths]


def test_asset_folders_and_folder_notes_are_no_pages():
    tree = _tree(["index.md", "a-propos.md", "_config.yml", "js/readme.md", "js/maplibre-gl.js", "js/pmtiles.js",
                  "Images/mentions.md"] + [f"Images/logo_{i}.png" for i in range(40)]
                 + ["articles/crue-1982.md", "articles/crue-2016.md", "articles/reperes.md"])
    pages = site_pages(PROJECT, tree)
    assert "js" not in pages and "Images" not in pages, pages
    assert pages.get("articles") == 3 and pages.get(".") == 2, pages


def test_a_docs_readme_and_a_small_folder_of_pages_stay_pages():
    tree = _tree(["index.md", "_config.yml", "docs/README.md", "docs/installer.md", "guide/lire-la-carte.md", "guide/carte.png"])
    pages = site_pages(PROJECT, tree)
    assert pages.get("docs") == 2 and pages.get("guide") == 1, pages
