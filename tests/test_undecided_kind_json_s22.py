"""The undecided kind, read from the JSON by every renderer (issue 12, session 22 fixer b3, after session 21's documents-only
repositories): a repository of documents saying nothing gets facts.project.kind "data-specification" (the nearest), and only the
report's own project line said "non déterminé : documents seulement". The JSON already carries the marker,
facts.project.kind_decided false (now described in the report schema, with the "documents only:" evidence that tells the
documents-only case); the ranked list of `auditor discover` showed the nearest kind as if decided. Every renderer now says the
kind from the JSON alone through one helper: the project line (HTML, Markdown, terminal), the jury's summary and the discover
list (its rows carry kind_undecided, row version 2). A decided kind is shown as before."""

from __future__ import annotations

from types import SimpleNamespace

from auditor.discover.run import ROW_VERSION, _row_from_report
from auditor.facts.kind_documents import kind_undecided
from auditor.reports.common import project_line
from auditor.reports.discover import table
from auditor.reports.markdown import render as markdown
from auditor.reports.summary import describe
from auditor.reports.terminal import render as terminal
from tests.test_local_authority_verdicts import judge

NOTES = {"README.md": "# Notes de réunion\n\nRéunion du 12 mai : présents, ordre du jour, relevé de décisions.\n"}
WEB = {"README.md": "# Carte des travaux\n\nCarte des chantiers de voirie.\n", "package.json": '{"name": "carte-travaux", "dependencies": {"leaflet": "^1.9.4", "vue": "^3.4.0"}}\n',
       "src/main.js": "import { createApp } from 'vue';\nimport App from './App.vue';\ncreateApp(App).mount('#app');\n",
       "src/App.vue": "<template><div id='carte'></div></template>\n<script>\nimport L from 'leaflet';\nexport default { mounted() { L.map('carte'); } };\n</script>\n",
       "index.html": "<!doctype html><html><body><div id='app'></div><script type='module' src='/src/main.js'></script></body></html>\n"}


def _row(report: dict) -> dict:
    c = SimpleNamespace(entry=SimpleNamespace(url="https://forge.exemple.fr/sig/depot", name="depot", topics=[], description=""),
                        relevance=SimpleNamespace(to_dict=lambda: {"score": 1.0, "themes": [], "evidence": []}), slug="depot")
    row = _row_from_report(c, "full", "abc", report, "", SimpleNamespace(digest="t"))
    row["entry"] = {"url": c.entry.url, "organisation": "Ville", "org_type": "commune", "territory": "", "name": "depot",
                    "description": "", "license": "", "updated": ""}
    row["priority"] = 1.0
    return row


def _kind_cell(row: dict, lang: str) -> str:
    header, cells = table([row], {}, {}, lang)
    return cells[0][header.index("Type de projet" if lang == "fr" else "Project kind")]


def test_documents_saying_nothing_are_said_undecided_by_every_renderer(tmp_path):
    report = judge(tmp_path, NOTES, ["documentation.readme"])[0]
    project = report["facts"]["project"]
    assert project["kind_decided"] is False and kind_undecided(project) == "documents-only", project
    nearest_fr, nearest_en = "spécification ou schéma", "specification or schema"
    for lang, said, nearest in (("fr", "documents seulement", nearest_fr), ("en", "documents only", nearest_en)):
        assert said in project_line(report, lang) and nearest not in project_line(report, lang)
        assert said in describe(report, lang)["kind"]
        assert said in markdown(report, lang) and said in terminal(report, lang)
    row = _row(report)
    assert row["row_version"] == ROW_VERSION == 3 and row["kind_undecided"] == "documents-only"
    assert "documents seulement" in _kind_cell(row, "fr") and "documents only" in _kind_cell(row, "en")


def test_a_nearest_kind_is_said_as_such_in_the_discover_list():
    report = {"facts": {"project": {"kind": "library", "kind_decided": False, "kind_evidence": [{"path": "README.md", "reason": "README: plugin"}]}}}
    row = _row(report)
    assert row["kind_undecided"] == "nearest"
    assert _kind_cell(row, "en") == "not decided by the files (nearest: library or package)"


def test_a_decided_kind_is_shown_as_before(tmp_path):
    report = judge(tmp_path, WEB, ["documentation.readme"])[0]
    project = report["facts"]["project"]
    assert project["kind_decided"] is True and kind_undecided(project) is None, project
    assert "not decided" not in project_line(report, "en") and "web application" in project_line(report, "en").lower()
    row = _row(report)
    assert row["kind_undecided"] is None and _kind_cell(row, "fr") == project["kind"]


def test_a_report_written_before_kind_decided_is_read_as_decided():
    assert kind_undecided({"kind": "data-specification", "kind_evidence": []}) is None
    assert kind_undecided(None) is None
