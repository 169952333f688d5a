"""A font only an e-book build embeds is no web font (issue 12, s40 fd40 = opt-nc/odata-referentiel-metiers): a data model publishes
its reference as a Hugo site and as an EPUB; the Taskfile's pandoc step embeds data/static/assets/fonts/fontawesome/fa-solid-900.ttf
(`--epub-embed-font=…`, 420 KB) in the book, and no page of the site loads it. interoperability.accessibility-and-ecodesign counted
it as downloaded by the pages: "Too many downloaded fonts (RGESN 4.8)". The near miss: the same font that the build does not embed
in an EPUB still counts."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

A11Y = "interoperability.accessibility-and-ecodesign"
FONT = "data/static/assets/fonts/fontawesome/fa-solid-900.ttf"
TTF = b"\x00\x01\x00\x00\x00\x0c\x00\x80\x00\x03\x00\x40" + bytes(range(256)) * 1700  # (a TrueType signature, ~430 KB)
BASE = {"README.md": "# Référentiel des métiers\n\nLe référentiel publié en site web et en livre EPUB.\n",
        "site/layouts/index.html": "<!doctype html>\n<html lang=\"fr\"><head><title>Référentiel</title></head>\n"
                                   "<body><main><h1>Métiers</h1></main></body></html>\n",
        "src/generate.py": "import json\n\n\ndef main():\n    print(json.dumps({'ok': True}))\n", FONT: TTF}


def taskfile(extra: str) -> str:
    return ("version: '3'\ntasks:\n  epub:\n    cmds:\n      - |\n        pandoc dist/referentiel.md -o dist/referentiel.epub \\\n"
            f"          --css=etc/themes/epub-style.css {extra}\\\n          --metadata title=Referentiel\n")


def _result(tmp_path, files, name):
    return judge(tmp_path, {**BASE, **files}, [A11Y], name=name)[1][A11Y]


def test_a_font_only_embedded_in_the_epub_is_no_downloaded_font(tmp_path):
    r = _result(tmp_path, {"Taskfile.yml": taskfile(f"--epub-embed-font={FONT} ")}, "epub")
    assert r["details"]["criteria"]["font_budget"] is True and r["details"]["font_bytes"] == 0, (r["message"], r["evidence"])
    assert "EPUB" in r["message"]["en"], r["message"]


def test_the_same_font_not_embedded_by_the_build_still_counts(tmp_path):
    r = _result(tmp_path, {"Taskfile.yml": taskfile("")}, "web")
    assert r["details"]["criteria"]["font_budget"] is False and r["details"]["font_bytes"] > 400_000, (r["message"], r["evidence"])
