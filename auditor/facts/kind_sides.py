"""What a program declares of its own side, read before its manifests decide the kind: a Java program opening a window (a JavaFX
``Application``, a Swing ``JFrame`` or an SWT ``Shell`` started from ``main``) is a desktop application, not the command-line tool
its Maven main class made it; a Rails application set ``config.api_only = true`` serves an API, whatever mail layouts the
generator left in ``app/views/layouts/``; a documentation site kept in a folder of a program (a Go command's Docusaurus site in
``_site/``) is that program's documentation, not the project; an HTML report its tools wrote (OWASP Dependency-Check,
coverage) is no page of it."""

from __future__ import annotations

import re

from auditor.facts.inventory import is_test
from auditor.lazyre import lazy_compile

MAX_JAVA_FILES, JAVA_BYTES = 80, 128 * 1024
# a JavaFX application class: `extends Application` with JavaFX's import, or the qualified name (Kotlin: `: Application()`)
_FX_IMPORT = lazy_compile(r"^[^\S\n]*import[^\S\n]+javafx\.application\.(?:Application|\*)\b", re.M)
_FX_CLASS = lazy_compile(r"\bextends[^\S\n]+(?:javafx\.application\.)?Application\b|\)[^\S\n]*:[^\S\n]*(?:javafx\.application\.)?Application\(\)"
                         r"|\bclass[^\S\n]+\w+[^\S\n]*:[^\S\n]*(?:javafx\.application\.)?Application\(\)")
# a Swing or SWT window opened by the program's main method
_JAVA_MAIN = lazy_compile(r"\bstatic[^\S\n]+void[^\S\n]+main[^\S\n]*\(|^[^\S\n]*fun[^\S\n]+main[^\S\n]*\(", re.M)
_SWING = lazy_compile(r"^[^\S\n]*import[^\S\n]+javax\.swing\.", re.M)
_SWING_WINDOW = lazy_compile(r"\bextends[^\S\n]+J(?:Frame|Dialog)\b|\bnew[^\S\n]+JFrame[^\S\n]*\(")
# (the qualified name needs no import: `public class Frame extends javax.swing.JFrame`, a NetBeans form)
_SWING_QUALIFIED = lazy_compile(r"\bextends[^\S\n]+javax\.swing\.J(?:Frame|Dialog)\b|\bnew[^\S\n]+javax\.swing\.JFrame[^\S\n]*\(")
# a class declaring itself a Swing window, by its short name (with Swing's import) or its qualified one
_SWING_CLASS = lazy_compile(r"\bclass[^\S\n]+(\w+)[^{;]{0,200}?\bextends[^\S\n]+(javax\.swing\.)?J(?:Frame|Dialog)\b")
_SWT = lazy_compile(r"^[^\S\n]*import[^\S\n]+org\.eclipse\.swt\.", re.M)
_SWT_WINDOW = lazy_compile(r"\bnew[^\S\n]+Shell[^\S\n]*\(")


def java_desktop(ctx, files) -> tuple[list[str], str]:
    """(the Java or Kotlin sources opening a desktop window, the toolkit): a JavaFX ``Application`` subclass, or a ``main`` opening a
    Swing ``JFrame`` or an SWT ``Shell``. At most :data:`MAX_JAVA_FILES` read, shallowest first, 128 KB each; tests are not the program.
    The window may be declared apart from ``main``: a ``main`` constructing a class another source declares a Swing window
    (Main.java's ``new Frame(true)``, gui/Frame.java's ``class Frame extends javax.swing.JFrame``) opens it; a window class
    no ``main`` constructs opens nothing."""
    sources = sorted((e.path for e in files if e.ext.lower() in ("java", "kt") and not is_test(e.path)), key=lambda p: (p.count("/"), p))
    out, toolkit = [], ""
    windows: dict[str, str] = {}  # a Swing window class's name -> its source
    mains: list[tuple[str, str]] = []
    for p in sources[:MAX_JAVA_FILES]:
        text = ctx.snapshot.read_text(p, limit=JAVA_BYTES) or ""
        swing = bool(_SWING.search(text))
        for m in _SWING_CLASS.finditer(text):
            if m.group(2) or swing:
                windows.setdefault(m.group(1), p)
        if ("javafx" in text and (_FX_IMPORT.search(text) or "javafx.application.Application" in text) and _FX_CLASS.search(text)):
            found = "JavaFX"
        elif _JAVA_MAIN.search(text) and ((swing and _SWING_WINDOW.search(text)) or _SWING_QUALIFIED.search(text)
                                          or (_SWT.search(text) and _SWT_WINDOW.search(text))):
            found = "SWT" if _SWT.search(text) and not (swing or _SWING_QUALIFIED.search(text)) else "Swing"
        else:
            if _JAVA_MAIN.search(text):
                mains.append((p, text))
            continue
        out.append(p)
        toolkit = toolkit or found
    if not out and windows:
        for p, text in mains:
            opened = sorted(n for n in windows if windows[n] != p and re.search(r"\bnew[^\S\n]+" + re.escape(n) + r"[^\S\n]*\(", text))
            if opened:
                out, toolkit = [p, windows[opened[0]]], "Swing"
                break
    return out[:3], toolkit


_API_ONLY = lazy_compile(r"^[^\S\n]*config\.api_only[^\S\n]*=[^\S\n]*true\b", re.M)


def rails_api_only(ctx) -> str | None:
    """config/application.rb when it sets ``config.api_only = true`` (a Rails application generated with ``rails new --api``)."""
    path = "config/application.rb"
    if path in ctx.snapshot.files and _API_ONLY.search(ctx.snapshot.read_text(path, limit=64 * 1024) or ""):
        return path
    return None


def program_doc_sites(generators: list[str], scripts: list[str], code: list[str]) -> tuple[str, ...]:
    """The folders ("_site/", "website/") holding a static site generator's configuration in a project whose command-line entry points
    (a root main.go, cmd/<name>/main.go, a console script) lie outside them, with at least as many code files outside as inside: that
    site documents the program (a site with one deployment script beside it stays the project)."""
    folders = sorted({g.rsplit("/", 1)[0] + "/" for g in generators if "/" in g})
    return tuple(f for f in folders if any(not s.startswith(f) for s in scripts)
                 and sum(1 for c in code if not c.startswith(f)) >= sum(1 for c in code if c.startswith(f)))


def doc_site_html(html: list[str], folders: tuple[str, ...]) -> list[str]:
    """The HTML pages outside those documentation sites."""
    return [p for p in html if not p.startswith(folders)] if folders else html


# the title a tool gives the HTML report it writes (OWASP Dependency-Check, Istanbul/nyc's and coverage.py's coverage, PHPUnit's code
# coverage, ESLint's and Lighthouse's reports, Mochawesome's test report): a committed tool output, read by the team, no page served
_TOOL_REPORT = lazy_compile(r"<title>\s*(?:Dependency-Check Report|Code coverage report for\b|Coverage report\s*<|Coverage for\b[^<]*:\s*\d"
                            r"|Code Coverage for\b|ESLint Report|Lighthouse Report|Mochawesome Report)", re.I)
REPORT_PROBES, REPORT_HEAD, REPORT_MAX = 60, 4096, 4 * 1024 * 1024  # (a dependency report runs to megabytes: its head is read)


def tool_reports(ctx, pages: list[str]) -> set[str]:
    """The HTML pages (first :data:`REPORT_PROBES`, 4 MB at most, their first 4 KB searched) that a tool wrote as its report: no page
    of the project."""
    return {p for p in pages[:REPORT_PROBES] if _TOOL_REPORT.search((ctx.snapshot.read_text(p, limit=REPORT_MAX) or "")[:REPORT_HEAD])}
