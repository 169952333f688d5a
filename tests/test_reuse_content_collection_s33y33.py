"""scaling.reuse (issue 12, s33 y33 = RoueLibre73/ReseauExpressVeloGrandChambery): a Nuxt site adapted from Cyclopolis lists its
"Sites partenaires" as a content collection, content/sites-partenaires/*.md, one page per site with a front matter ``link:`` and a
description ("Les bretons de l'association BaPaV ont profité de Cyclopolis…", "La toute première reprise du code de Cyclopolis…"):
the same software running in Brest, Lyon, Marseille, Montpellier. The check read only the README and the docs and said "No reuse
named in the repository (usedBy, instances)" (inconclusive offline). An entry of a collection named for sites, instances or
deployments is now an instance when its front matter links to another site and its words name the project (its README's title).

Near-misses name no instance: a partner's page that does not name the project (its image only kept on the project's site), and a
collection of partners or funders (content/partenaires/) even when they name it."""

from __future__ import annotations

from auditor.engine import AuditOptions, audit
from auditor.facts.scaling.reuse import collection_instances
from tests.gitrepo import make_repo

README = {"README.md": "# Vélopolis\n\n## Qu'est-ce que Vélopolis ?\nUne plateforme web de suivi d'un réseau cyclable.\n",
          "package.json": '{"private": true, "scripts": {"build": "nuxt build"}}\n',
          "pages/sites-partenaires/index.vue": "<template><h2>Sites partenaires</h2></template>\n"}


def _page(city: str, link: str, description: str, image: str = "https://velopolis.example-asso.org/logo.png") -> str:
    return f"---\nimageUrl: {image}\ntitle: Observatoire du plan vélo de {city}\ndescription: {description}\ncity: {city}\nlink: {link}\nindex: 1\n---"


SITES = {
    "content/sites-partenaires/brest.md": _page("Brest", "https://brev.velo-brest-asso.org/", "L'association a profité de Vélopolis pour porter son plaidoyer."),
    "content/sites-partenaires/marseille.md": _page("Marseille", "https://observatoire.velos-marseille-asso.org/", "La première reprise du code de Vélopolis."),
    "content/sites-partenaires/paris.md": _page("Paris", "https://observatoire.paris-velo-asso.fr", "L'avancement du plan vélo municipal.",
                                                image="https://velopolis.example-asso.org/partenaires/paris.png"),
}


def _reuse(tmp_path, files: dict) -> dict:
    repo = make_repo(tmp_path / "p", [{"files": {**README, "components/Map.vue": "<template><div id=\"map\"/></template>\n"},
                                       "date": "2024-03-02T10:00:00Z", "message": "init"},
                                      {"files": files, "date": "2025-11-20T10:00:00Z", "message": "sites partenaires"}])
    report = audit(str(repo), AuditOptions(cache_dir=tmp_path / "c", offline=True, only=["scaling.reuse"]))
    return next(x for x in report["results"] if x["id"] == "scaling.reuse")


def test_partner_sites_naming_the_project_are_its_instances(tmp_path):
    r = _reuse(tmp_path, SITES)
    assert r["status"] == "pass", r["message"]
    assert sorted(e["value"] for e in r["evidence"] if e.get("kind") == "found") == [
        "https://brev.velo-brest-asso.org/", "https://observatoire.velos-marseille-asso.org/"], r["evidence"]


def test_pages_not_naming_the_project_and_a_funders_collection_name_no_instance(tmp_path):
    files = {"content/sites-partenaires/paris.md": SITES["content/sites-partenaires/paris.md"],
             **{p.replace("sites-partenaires", "partenaires"): t for p, t in SITES.items() if "paris" not in p}}
    r = _reuse(tmp_path, files)
    assert [e for e in r["evidence"] if e.get("kind") == "found"] == [], r["evidence"]
    assert r["status"] == "inconclusive" and "No reuse named" in r["message"]["en"], r["message"]


class _Snap:
    def __init__(self, files: dict):
        self.files = files

    def read_text(self, path, limit=None):
        return self.files.get(path)


def test_a_generic_or_short_title_names_no_project():
    snap = _Snap(SITES)  # (names squeezed as project_names squeezes them: "Vélopolis" is "vlopolis")
    assert [f["value"] for f in collection_instances(snap, sorted(SITES), {"vlopolis"})] == [
        "https://brev.velo-brest-asso.org/", "https://observatoire.velos-marseille-asso.org/"]
    assert collection_instances(snap, sorted(SITES), {"observatoire", "plan"}) == []
