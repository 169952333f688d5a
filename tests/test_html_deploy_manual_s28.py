"""An HTML document of the documentation folder titled as an infrastructure or installation manual is deployment documentation
(issue 12, session 28 f28: a commune intranet's docs/manuel-infrastructure.html, measure 19 reader m19o3)."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

def _intranet(manual_title: str) -> dict:
    return {
        "package.json": '{"name": "ent", "private": true, "dependencies": {"next": "14.2.0"}}\n',
        "src/app/page.tsx": "export default function Page() { return <main>Accueil</main> }\n",
        "README.md": "# ENT\n\nL'intranet des agents : tâches, congés, délibérations.\n",
        "docs/guide-agents.md": "# Guide des agents\n\nSe connecter, poser un congé, suivre ses tâches.\n" * 3,
        "docs/manuel.html": (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{manual_title}</title></head><body>\n"
                             f"<h1>🏛️ ENT — {manual_title}</h1>\n<h2><span>1.</span> Vue d'ensemble</h2>\n"
                             "<p>Le code est poussé sur GitHub, Vercel déploie chaque modification, Supabase héberge la base.</p>\n"
                             "<h2><span>2.</span> Les variables d'environnement</h2>\n<p>DATABASE_URL, AUTH_SECRET.</p>\n</body></html>\n"),
    }


def test_an_html_infrastructure_manual_in_docs_is_deployment_documentation(tmp_path):
    report, res = judge(tmp_path, _intranet("Manuel d'infrastructure"), ["documentation.docs"])
    assert report["facts"]["docs"]["deployment"] == ["docs/manuel.html"]
    assert "deployment" not in res["documentation.docs"]["details"]["missing"], res["documentation.docs"]["message"]


def test_an_html_page_titled_for_something_else_is_no_deployment_guide(tmp_path):
    report, res = judge(tmp_path, _intranet("Hébergements et restaurants de la commune"), ["documentation.docs"])
    assert report["facts"]["docs"]["deployment"] == []
    assert "deployment" in res["documentation.docs"]["details"]["missing"], res["documentation.docs"]["message"]
