"""The portfolio dashboard opened in headless Chromium: sorting and filtering work, hostile names stay text."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from auditor.reports.dashboard import render_dashboard

pytestmark = pytest.mark.browser

LEVELS = [{"id": "ferme", "title": {"fr": "Non ouvert", "en": "Not open"}}, {"id": "publie", "title": {"fr": "Publié", "en": "Published"}},
          {"id": "reutilisable", "title": {"fr": "Réutilisable", "en": "Reusable"}}]
CRITERIA = [{"id": "open_source", "title": {"fr": "Open source", "en": "Open source"}},
            {"id": "scaling", "title": {"fr": "Passage à l'échelle", "en": "Scaling"}}]


def _row(pid, name, phase, tags, level, rank, overall, os_, sc, **kw):
    return {"id": pid, "name": name, "url": f"https://gitlab.example.org/g/{pid}", "phase": phase, "tags": tags, "territory": "T",
            "status": "ok", "level": level, "level_rank": rank, "level_title": LEVELS[rank]["title"], "overall": overall,
            "coverage": 100.0, "criteria": {"open_source": os_, "scaling": sc}, "report_json": f"projects/{pid}.json",
            "report_html": f"projects/{pid}.html", "web_url": f"https://gitlab.example.org/g/{pid}", **kw}


def dashboard_data():
    rows = [
        _row("alpha", "Alpha", "candidate", ["énergie"], "ferme", 0, 20.0, 30.0, 10.0),
        _row("beta", "Beta", "acceleration", ["mobilité", "eau"], "publie", 1, 55.5, 70.0, 41.0, previous_overall=40.0, delta_overall=15.5,
             previous_level="ferme", level_change="up"),
        _row("gamma", "<img src=x onerror=\"document.title='pwned'\">", "acceleration", ["eau"], "reutilisable", 2, 81.0, 90.0, 72.0,
             previous_overall=85.0, delta_overall=-4.0, previous_level="reutilisable", level_change="same"),
        _row("delta", "Delta", "transfer", ["énergie", "eau"], "publie", 1, 47.0, 60.0, 34.0),
        {"id": "omega", "name": "Omega", "url": "git://127.0.0.1:9/x", "phase": "candidate", "tags": [], "status": "failed",
         "kind": "timeout", "reason": "git://127.0.0.1:9/x: clone timed out after 2s"},
    ]
    return {"batch_id": "b1", "generated_at": "2026-06-01T10:00:00+00:00", "rows": rows, "criteria": CRITERIA, "levels": LEVELS,
            "ruleset": {"id": "guichet-selection", "version": "2026.1"}, "invalid": [{"line": 7, "message": "no repository URL"}],
            "portfolio": "portfolio.yml"}


def _chromium() -> str:
    for cand in (os.environ.get("CHROMIUM"), "/usr/bin/chromium", shutil.which("chromium"), shutil.which("chromium-browser"),
                 shutil.which("google-chrome")):
        if cand and Path(cand).exists():
            return cand
    pytest.skip("no Chromium on this machine (apt-get install chromium)")


@pytest.fixture
def page(tmp_path):
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("playwright for Python is not installed (pip install readiness-auditor[test])")
    exe = _chromium()
    args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync"]
    with sync_playwright() as p:
        try:
            browser = p.chromium.launch_persistent_context(str(tmp_path / "profile"), executable_path=exe, args=args, headless=True)
        except Exception as exc:  # noqa: BLE001
            pytest.skip(f"Chromium did not start: {str(exc).splitlines()[0]}")
        pg = browser.new_page()
        yield pg
        browser.close()


def _visible_ids(pg) -> list[str]:
    return pg.eval_on_selector_all("#projects tbody tr", "rows => rows.filter(r => !r.hidden).map(r => r.dataset.id)")


def test_dashboard_sorts_and_filters_in_chromium(page, tmp_path):
    html = tmp_path / "index.html"
    html.write_text(render_dashboard(dashboard_data(), "fr"), encoding="utf-8")
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(html.as_uri())
    assert page.title().startswith("Tableau de bord")  # the hostile name ran nothing
    assert page.locator("#projects img").count() == 0
    assert _visible_ids(page) == ["alpha", "beta", "gamma", "delta", "omega"]
    assert page.inner_text("#shown") == "5"

    # Sort by overall score: ascending, then descending; failed projects (no score) last.
    page.click("th[data-key=overall] button")
    assert _visible_ids(page) == ["alpha", "delta", "beta", "gamma", "omega"]
    assert page.get_attribute("th[data-key=overall]", "aria-sort") == "ascending"
    page.click("th[data-key=overall] button")
    assert _visible_ids(page) == ["gamma", "beta", "delta", "alpha", "omega"]
    # Sort by level (rank) and by a criterion.
    page.click("th[data-key=level] button")
    assert _visible_ids(page) == ["alpha", "beta", "delta", "gamma", "omega"]
    page.click("th[data-key=crit-scaling] button")
    assert _visible_ids(page)[:4] == ["alpha", "delta", "beta", "gamma"]
    page.click("th[data-key=name] button")
    assert _visible_ids(page)[:2] == ["gamma", "alpha"]  # "<img…" sorts before letters

    # Filters: phase, tag, level, minimum criterion score, free text; they combine.
    page.select_option("#f-phase", "acceleration")
    assert sorted(_visible_ids(page)) == ["beta", "gamma"]
    page.select_option("#f-tag", "mobilité")
    assert _visible_ids(page) == ["beta"]
    assert page.inner_text("#shown") == "1"
    page.select_option("#f-phase", "")
    page.select_option("#f-tag", "eau")
    assert sorted(_visible_ids(page)) == ["beta", "delta", "gamma"]
    page.fill("#f-crit-open_source", "65")
    assert sorted(_visible_ids(page)) == ["beta", "gamma"]
    page.fill("#f-crit-open_source", "")
    page.select_option("#f-tag", "")
    page.select_option("#f-level", "publie")
    assert sorted(_visible_ids(page)) == ["beta", "delta"]
    page.select_option("#f-level", "_failed")
    assert _visible_ids(page) == ["omega"]
    page.select_option("#f-level", "")
    page.fill("#f-text", "delt")
    assert _visible_ids(page) == ["delta"]
    page.click("#f-reset")
    for _ in range(100):  # the reset handler re-applies the filters on the next tick (no eval: the CSP forbids it)
        if page.inner_text("#shown") == "5":
            break
        page.wait_for_timeout(20)
    assert len(_visible_ids(page)) == 5

    # The change since the previous batch, the failures with their reasons, links to each report.
    beta = page.inner_text("#projects tr[data-id=beta]")
    assert "+15,5" in beta and "▲" in beta
    assert "−4" in page.inner_text("#projects tr[data-id=gamma]")
    assert "nouveau" in page.inner_text("#projects tr[data-id=alpha]")
    assert "clone timed out after 2s" in page.inner_text("#failures")
    assert page.get_attribute("#projects tr[data-id=beta] a[href$='.html']", "href") == "projects/beta.html"
    assert "Non ouvert" in page.inner_text(".dist")
    assert errors == []
