"""An HTML page's own inline script is the project's code (issue 12, s40 fi40 = reader rh40's Korno1970/Commissions-mairie-Lestiac).

Commissions-mairie-Lestiac: three pages of a commune's commissions, each carrying a ~3,000-line ``<script type="module">`` (projects,
tasks, minutes, a password gate): reusability.tests-and-ci said "No source code to test", maintainability "No measurable source code"
and documentation.code-comments "No … JavaScript … file to analyse". Rule now: a page whose own inline scripts hold at least
MIN_SCRIPT_LINES lines of code is a source file of JavaScript, counted and measured where it stands. Near misses: a page with a few
lines of inline analytics snippet, or one loading its scripts by src=, holds no measurable code."""

from __future__ import annotations

from auditor.facts.page_scripts import MIN_SCRIPT_LINES, page_script, script_lines
from tests.test_local_authority_verdicts import judge

CHECKS = ["reusability.tests-and-ci", "reusability.maintainability", "documentation.code-comments"]


def _program(n: int) -> str:
    body = []
    for k in range(n):
        body += [f"// Met à jour la liste n°{k} des projets de la commission",
                 f"function renderList{k}(items, filter) {{",
                 "  const out = [];",
                 "  for (const item of items) {",
                 "    if (filter && item.status !== filter) { continue; }",
                 "    out.push(`<li>${item.title}</li>`);",
                 "  }",
                 f"  document.getElementById('list-{k}').innerHTML = out.join('');",
                 "  return out.length;",
                 "}"]
    return "\n".join(body)


def _page(script: str, title: str = "Commission") -> str:
    return ("<!DOCTYPE html>\n<html lang=\"fr\"><head><meta charset=\"utf-8\"><title>" + title + "</title>\n"
            "<link rel=\"stylesheet\" href=\"https://fonts.googleapis.com/css2?family=Sora\"></head>\n<body>\n"
            "<header><h1>" + title + "</h1></header>\n<main id=\"app\"><ul id=\"list-0\"></ul></main>\n" + script + "\n</body></html>\n")


PROGRAM_PAGE = _page("<script type=\"module\">\n" + _program(12) + "\nrenderList0([], null);\n</script>")
ANALYTICS = ("<script async src=\"https://www.googletagmanager.com/gtag/js?id=G-ABC123\"></script>\n<script>\n"
             "  window.dataLayer = window.dataLayer || [];\n  function gtag(){dataLayer.push(arguments);}\n"
             "  gtag('js', new Date());\n  gtag('config', 'G-ABC123');\n</script>")
SNIPPET_PAGE = _page(ANALYTICS, "Mairie")
LOADED_PAGE = _page("<script src=\"js/app.js\"></script>", "Mairie")
MENU = {"index.html": _page("<nav><a href=\"commission-a.html\">Commission A</a></nav>", "Accueil")}


def test_a_page_carrying_a_program_inline_is_measured_source(tmp_path):
    report, res = judge(tmp_path, {**MENU, "commission-a.html": PROGRAM_PAGE, "commission-b.html": PROGRAM_PAGE.replace("Commission", "Commission B")},
                        CHECKS, name="program")
    inv = report["facts"]["source_inventory"]
    assert inv["source"] == 2 and inv["source_languages"] == {"JavaScript": 2}, inv
    assert res["reusability.tests-and-ci"]["status"] == "fail", res["reusability.tests-and-ci"]["message"]
    m = res["reusability.maintainability"]
    assert m["status"] != "not_applicable" and m["details"]["functions"] >= 24, m["message"]
    assert report["facts"]["code"]["by_language"]["JavaScript"]["files"] == 2
    assert res["documentation.code-comments"]["status"] != "not_applicable", res["documentation.code-comments"]["message"]
    # (where it stands: the worst functions' lines are the page's)
    worst = report["facts"]["code"]["worst_functions"]
    assert all(w["path"].endswith(".html") for w in worst)


def test_near_miss_an_analytics_snippet_is_no_code(tmp_path):
    _, res = judge(tmp_path, {**MENU, "contact.html": SNIPPET_PAGE, "plan.html": LOADED_PAGE}, CHECKS, name="snippet")
    assert res["reusability.tests-and-ci"]["status"] == "not_applicable", res["reusability.tests-and-ci"]["message"]
    assert res["reusability.maintainability"]["status"] == "not_applicable", res["reusability.maintainability"]["message"]
    assert res["documentation.code-comments"]["status"] == "not_applicable", res["documentation.code-comments"]["message"]


def test_the_inline_script_keeps_the_page_lines_and_leaves_data_blocks_out():
    page = "<p>a</p>\n<script type=\"application/ld+json\">\n{\"@type\": \"Organization\"}\n</script>\n<script>\nlet x = 1;\n</script>\n"
    script = page_script(page)
    assert script.split("\n")[5] == "let x = 1;" and "Organization" not in script
    assert script_lines(PROGRAM_PAGE) >= MIN_SCRIPT_LINES > script_lines(SNIPPET_PAGE)
