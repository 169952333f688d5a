"""The HTML report in a real headless Chromium (Debian's ``chromium`` driven by Playwright for Python).

It renders without console errors or any network request, the level and the action plan are
visible, the charts have a text alternative in the accessibility tree, headings never skip a level,
text contrast reaches 4.5:1, the injection corpus runs nothing, and screenshots (screen and print)
plus an A4 PDF are saved in the test's tmp dir. Skips, with the reason, where no browser is available.
"""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import pytest

from auditor.reports import render
from tests.test_reports import fixed_report, injection_report

pytestmark = pytest.mark.browser

CHROMIUM = os.environ.get("AUDITOR_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser") or "/usr/bin/chromium"
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync"]

CONTRAST_JS = r"""
() => {
  const parse = c => { const m = c.match(/rgba?\(([^)]+)\)/); if (!m) return null;
    const p = m[1].split(',').map(x => parseFloat(x)); return {r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1}; };
  const lum = c => { const f = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * f(c.r) + 0.7152 * f(c.g) + 0.0722 * f(c.b); };
  const bg = el => { for (let e = el; e; e = e.parentElement) { const c = parse(getComputedStyle(e).backgroundColor);
    if (c && c.a > 0.5) return c; } return {r: 255, g: 255, b: 255, a: 1}; };
  const bad = [];
  for (const el of document.querySelectorAll('body *:not(svg):not(svg *)')) {
    const own = [...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim());
    if (!own || !el.getClientRects().length) continue;
    const fg = parse(getComputedStyle(el).color), b = bg(el);
    const l1 = lum(fg), l2 = lum(b), ratio = (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
    if (ratio < 4.5) bad.push(el.tagName + '.' + el.className + ' ' + ratio.toFixed(2) + ' ' + el.textContent.trim().slice(0, 40));
  }
  return bad;
}
"""


@pytest.fixture(scope="module")
def browser():
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("Playwright for Python is not installed (pip install -e '.[test]'); the HTML is not checked in a browser")
    if not Path(CHROMIUM).exists():
        pytest.skip(f"no Chromium at {CHROMIUM} (apt-get install chromium, or set AUDITOR_CHROMIUM)")
    pw = sync_playwright().start()
    try:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
    except Exception as exc:  # noqa: BLE001 - a browser that cannot start is an environment problem
        pw.stop()
        pytest.skip(f"Chromium at {CHROMIUM} could not start: {exc}")
    yield b
    b.close()
    pw.stop()


def _open(browser, html_path: Path):
    page = browser.new_page(viewport={"width": 1100, "height": 900})
    events: dict[str, list] = {"console": [], "errors": [], "requests": [], "dialogs": []}
    page.on("console", lambda m: events["console"].append((m.type, m.text)))
    page.on("pageerror", lambda e: events["errors"].append(str(e)))
    page.on("request", lambda r: events["requests"].append(r.url))
    page.on("dialog", lambda d: (events["dialogs"].append(d.message), d.dismiss()))
    page.goto(html_path.as_uri(), wait_until="load")
    return page, events


def test_html_report_in_chromium(browser, tmp_path):
    html_path = tmp_path / "report.html"
    html_path.write_text(render(fixed_report(), "html", "fr"), encoding="utf-8")
    page, events = _open(browser, html_path)
    try:
        # the level and its ladder, the criteria, the action plan: visible on screen
        level = page.locator(".level-name")
        assert level.is_visible() and "Publié" in level.inner_text()
        assert page.get_by_role("heading", name="Plan d'action").is_visible()
        first_action = page.locator("#plan ol.plan > li").first
        assert first_action.is_visible() and "Un README présente le projet" in first_action.inner_text()
        assert "+9,4 points" in first_action.inner_text()
        crit = page.locator("#jury .criterion h3").first
        assert crit.is_visible() and "Open source" in crit.inner_text()
        # charts: an accessible name and description from their <title>/<desc>, plus a data table
        fam = page.get_by_role("img", name=re.compile("Score de chaque famille"))
        assert fam.count() == 1 and fam.is_visible()
        desc = page.evaluate("() => document.getElementById('fam-desc').textContent")
        assert "Licence" in desc and "87,5/100" in desc
        trend = page.get_by_role("img", name=re.compile("Évolution du score"))
        assert trend.count() == 1
        assert page.get_by_role("table", name="Scores et couverture par famille").is_visible()
        # headings in order, language declared
        levels = page.evaluate("() => [...document.querySelectorAll('h1,h2,h3,h4,h5,h6')].map(h => +h.tagName[1])")
        assert levels[0] == 1 and all(b - a <= 1 for a, b in zip(levels, levels[1:])), levels
        assert page.evaluate("() => document.documentElement.lang") == "fr"
        # passed checks are folded until opened
        assert not page.locator("#check-licensing\\.license-file").is_visible()
        page.locator("#family-licensing summary").click()
        assert page.locator("#check-licensing\\.license-file").is_visible()
        # contrast of every visible text (WCAG AA, 4.5:1)
        assert page.evaluate(CONTRAST_JS) == []
        page.screenshot(path=str(tmp_path / "report.png"), full_page=True)
        page.emulate_media(media="print")
        page.screenshot(path=str(tmp_path / "report-print.png"), full_page=True)
        page.pdf(path=str(tmp_path / "report.pdf"), format="A4", print_background=True)
    finally:
        page.close()
    assert (tmp_path / "report.png").stat().st_size > 10_000
    assert (tmp_path / "report.pdf").read_bytes().startswith(b"%PDF")
    assert [c for c in events["console"] if c[0] in ("error", "warning")] == []
    assert events["errors"] == []
    assert [u for u in events["requests"] if not u.startswith(("file:", "data:"))] == []


def test_html_injection_corpus_runs_nothing(browser, tmp_path):
    for lang in ("fr", "en"):
        html_path = tmp_path / f"evil.{lang}.html"
        html_path.write_text(render(injection_report(), "html", lang), encoding="utf-8")
        page, events = _open(browser, html_path)
        try:
            page.locator("details").evaluate_all("els => els.forEach(d => d.open = true)")
            assert page.get_by_text("<script>alert(1)</script>.md").first.is_visible()
            assert page.evaluate("() => document.querySelectorAll('script, iframe, img, [onerror], [onload]').length") == 0
            page.screenshot(path=str(tmp_path / f"evil.{lang}.png"), full_page=True)
        finally:
            page.close()
        assert events["dialogs"] == [] and events["errors"] == []
        assert [c for c in events["console"] if c[0] == "error"] == []
        assert [u for u in events["requests"] if not u.startswith(("file:", "data:"))] == []


# --- the jury's page and the printed report ---------------------------------------------------------

def _pages(pdf: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page[^s]", pdf))


def _large_report() -> dict:
    """A report as big as a large real project's: every family full of checks, long messages, many findings,
    a full history and scaling risks."""
    import copy as _copy

    rep = _copy.deepcopy(fixed_report())
    long = ("Le service appelle directement un fournisseur de cartes propriétaire et lit ses réglages dans le code ; "
            "une autre collectivité devrait modifier plusieurs fichiers avant de l'installer chez elle. ") * 2
    base = rep["results"][0]
    for fam in ("licensing", "documentation", "reusability", "interoperability", "maintenance"):
        for i in range(6):  # 40 checks in all, as many as the largest ruleset
            status = ("fail", "warn", "pass", "warn", "fail", "inconclusive")[i]
            r = _copy.deepcopy(base)
            r.update({"id": f"{fam}.extra-{i}", "family": fam, "status": status,
                      "score": {"fail": 0.0, "warn": 5.0, "pass": 10.0}.get(status),
                      "title": {"fr": f"Contrôle supplémentaire {i} de la famille", "en": f"Extra check {i} of the family"},
                      "message": {"fr": long, "en": long}, "rationale": {"fr": long * 2, "en": long * 2},
                      "remediation": {"fr": long, "en": long},
                      "evidence": [{"path": f"src/module{j}/fichier_{j}.py", "line": j + 1, "kind": "finding",
                                    "note": {"fr": "valeur écrite en dur", "en": "hard-coded value"}, "value": f"Ville-{j}"} for j in range(40)],
                      "evidence_total": 40})
            rep["results"].append(r)
    rep["scaling_risks"] = {"risks": [{"check": "reusability.install", "level": 2,
                                       "text": {"fr": "Un seul contributeur actif : le projet dépend d'une personne.", "en": "One active contributor."}}] * 3}
    return rep


def _pdf(browser, tmp_path: Path, html: str, name: str, css: str = "") -> bytes:
    path = tmp_path / f"{name}.html"
    path.write_text(html.replace("</head>", f"<style>{css}</style></head>") if css else html, encoding="utf-8")
    page = browser.new_page()
    try:
        page.goto(path.as_uri(), wait_until="load")
        page.emulate_media(media="print")
        cut = page.evaluate("""() => [...document.querySelectorAll('.jury *')].filter(e => e.getClientRects().length
            && e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX !== 'visible').map(e => e.tagName + '.' + e.className)""")
        page.pdf(path=str(tmp_path / f"{name}.pdf"), format="A4", print_background=True)
    finally:
        page.close()
    assert cut == [], f"text cut in the jury's page: {cut}"
    return (tmp_path / f"{name}.pdf").read_bytes()


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("which", ["fixed", "large"])
def test_the_jury_page_prints_on_one_a4_page(browser, tmp_path, lang, which):
    report = fixed_report() if which == "fixed" else _large_report()
    html = render(report, "html", lang)
    only_summary = _pdf(browser, tmp_path, html, f"jury-{which}-{lang}", css="@media print { .appendix, footer { display: none !important; } }")
    assert _pages(only_summary) == 1
    whole = _pdf(browser, tmp_path, html, f"full-{which}-{lang}")
    pages = _pages(whole)
    assert pages <= 12, pages
