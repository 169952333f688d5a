"""docs fact, documentation.docs (issue 12, session 20 reader r2): a README's link to the application's demo on a pages host was
"a documentation site". A budget dataviz (datalocale/dataviz-finances-gironde) says "déploiement de la [démo][] depuis master",
the reference pointing at <account>.github.io/<project>/public/: any *.github.io link was a documentation site. The link's
text (or a bare address's paragraph) now tells: a demo or the application is no documentation; a documentation link stays one."""

from __future__ import annotations

from auditor.engine import AuditOptions, audit
from tests.gitrepo import make_repo

CODE = {"src/main.js": "export function draw(data) {\n  return data.map((d) => d.montant);\n}\n",
        "package.json": '{"name": "budget-viz", "version": "1.0.0", "scripts": {"build": "browserify src/main.js -o build/app.js"}}\n'}


def docs_fact(tmp_path, readme: str) -> dict:
    repo = make_repo(tmp_path / "r", [{"files": {"README.md": readme, **CODE}, "date": "2026-03-02T10:00:00Z", "message": "init",
                                       "author": ("Alice Martin", "alice@example.org")}])
    report = audit(str(repo), AuditOptions(cache_dir=tmp_path / "c", offline=True, only=["documentation.docs"]))
    return report["facts"]["docs"]


DEMO = ("# budget-viz\n\nVisualisation des comptes du département.\n\n## Déploiement\n\n"
        "* déploiement de la [démo][] depuis _master_ ;\n* production sur le site du département.\n\n"
        "[démo]: https://collectivite-exemple.github.io/budget-viz/public/\n")


def test_a_demo_link_on_a_pages_host_is_no_documentation_site(tmp_path):
    assert docs_fact(tmp_path, DEMO)["site"] == []


def test_a_bare_address_in_a_paragraph_about_the_live_application_is_none_either(tmp_path):
    readme = "# budget-viz\n\nVisualisation des comptes.\n\nApplication en ligne : https://collectivite-exemple.github.io/budget-viz/\n"
    assert docs_fact(tmp_path, readme)["site"] == []


def test_a_documentation_link_on_a_pages_host_stays_a_site(tmp_path):
    readme = DEMO + "\nLa [documentation](https://collectivite-exemple.github.io/budget-viz/docs/) décrit les jeux de données.\n"
    site = docs_fact(tmp_path, readme)["site"]
    assert [s["url"] for s in site] == ["https://collectivite-exemple.github.io/budget-viz/docs/"], site
