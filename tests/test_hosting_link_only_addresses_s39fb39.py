"""scaling.hosting (issue 12, s39 fb39 = re-reader vf38's romain-kerdigital/cd29.rpa-solutions.io): an MkDocs site whose theme
override builds a "view source" button, ``{% set view = "https://raw.githubusercontent.com/<account>/<repo>" %}`` used only in
``<a href="{{ page.edit_url | replace(edit, view) }}">``, and whose giscus.json lists the sites allowed to show its comments
(``"origins": ["https://<account>.github.io"]``). The check said "Loads files or code from a person's or third party's account
(raw.githubusercontent.com …)": nothing is loaded from either. Rule now: a template variable used only in the href of links is a
link target; a list under an "origins" key is an allow-list of origins. Near miss: the same variable given to a <script src> or a
stylesheet's <link href> is loaded, and stays a person's account."""

from __future__ import annotations

from datetime import date

from auditor.engine import AuditOptions, audit
from tests.gitrepo import make_repo

ACTIONS = ("<!-- Edit and view button -->\n{% if page.edit_url %}\n"
           "  {% set edit = \"https://github.com/jdupont-docs/theme-docs/edit\" %}\n"
           "  {% set view = \"https://raw.githubusercontent.com/jdupont-docs/theme-docs\" %}\n"
           "  <a href=\"{{ page.edit_url }}\" title=\"Modifier\" class=\"md-content__button\">✎</a>\n"
           "  <a\n    href=\"{{ page.edit_url | replace(edit, view) }}\"\n    title=\"Voir la source\"\n  >\n    👁\n  </a>\n{% endif %}\n")
GISCUS = "{\n  \"origins\": [\"https://jdupont-docs.github.io\"]\n}\n"
MKDOCS = "site_name: Documentation RPA\ntheme:\n  name: material\n  custom_dir: overrides\n"
FILES = {"mkdocs.yml": MKDOCS, "overrides/partials/actions.html": ACTIONS, "giscus.json": GISCUS,
         "docs/index.md": "# Documentation\n\nGuide des robots du département.\n", "README.md": "# Documentation RPA\n\nSite MkDocs.\n"}


def run(tmp_path, files=FILES) -> dict:
    commits = [{"files": files if i == 0 else {f"docs/p{i}.md": f"# Page {i}\n"}, "author": ("Agent Docs", "agent.docs@gmail.com"),
                "message": f"docs {i}", "date": f"2026-0{i + 1}-10T10:00:00Z"} for i in range(4)]
    path = make_repo(tmp_path / "r", commits)
    report = audit(str(path), AuditOptions(cache_dir=tmp_path / "c", offline=True, as_of=date(2026, 6, 30), only=["scaling.hosting"]))
    return report["results"][0], report["facts"]["hosting_dependencies"]


def test_a_view_source_links_variable_and_an_origins_allow_list_are_no_host(tmp_path):
    r, f = run(tmp_path)
    assert f["hosts"] == [], f["hosts"]
    assert "account" not in r["message"]["en"] and r["status"] == "pass", r["message"]


def test_the_same_variable_given_to_a_script_or_a_stylesheet_stays_a_persons_account(tmp_path):
    for use in ("<script src=\"{{ view }}/main/extra.js\"></script>\n", "<link\n  rel=\"stylesheet\"\n  href=\"{{ view }}/main/extra.css\">\n"):
        files = {**FILES, "overrides/partials/actions.html": ACTIONS + use}
        r, f = run(tmp_path / str(len(use)), files)
        assert {h["host"]: h["class"] for h in f["hosts"]}.get("raw.githubusercontent.com") == "personal", (use, f["hosts"])
        assert "account" in r["message"]["en"], r["message"]
