"""reusability.territory-neutral (issue 12, s34 i34 = melanie-charbonne/gironville-sur-essonnes): a commune's Next.js site writes
"Mairie de Gironville-sur-Essonnes" in three pages' <title>, twice followed by a section after a separator ("… | Actualités"): the
check counted "1 value in 1 file" (only the title ending at its tag). A page title's separator ends the name as the tag does, and a
value is counted without the quotes or tag marks around it: 1 value in 3 files. The near miss: a title naming no place
("Mairie | Actualités", "Ville de Test | Agenda") is no finding."""

from __future__ import annotations

from tests.test_reusability_fixtures import build, results, run_audit

CID = "reusability.territory-neutral"


def page(title: str) -> str:
    return ("import Head from 'next/head'\n\nexport default function Page() {\n    return (\n        <>\n            <Head>\n"
            f"                <title>{title}</title>\n            </Head>\n            <main>Bienvenue</main>\n        </>\n    )\n}}\n")


def check(tmp_path, pages):
    files = {"README.md": "# Site\n\nLe site de la commune.\n", "package.json": '{"name": "site", "dependencies": {"next": "13.1.6", "react": "18.2.0"}}\n'}
    files.update({f"pages/{name}.tsx": page(t) for name, t in pages.items()})
    return results(run_audit(build(tmp_path / "r", files), tmp_path / "c", [CID]))[CID]


def test_a_commune_named_in_every_page_title_is_one_value_in_each_file(tmp_path):
    r = check(tmp_path, {"index": "Mairie de Gironville-sur-Essonnes", "actualites/index": "Mairie de Gironville-sur-Essonnes | Actualités",
                         "agenda/index": "Mairie de Gironville-sur-Essonnes | Agenda"})
    assert r["status"] == "warn", r["message"]
    assert r["message"]["en"].startswith("1 territory-specific value(s) hard-coded in 3 code file(s)"), r["message"]  # was 1 in 1 file
    assert sorted(e["path"] for e in r["evidence"] if e.get("kind") == "finding") == \
        ["pages/actualites/index.tsx", "pages/agenda/index.tsx", "pages/index.tsx"]


def test_a_title_naming_no_place_is_no_finding(tmp_path):
    r = check(tmp_path, {"index": "Mairie | Accueil", "actualites/index": "Mairie | Actualités", "agenda/index": "Ville de Test | Agenda"})
    assert r["status"] == "pass", r["message"]
