"""Site content taken for documentation, and generated output (issue 12, session 34 fixer f34), on git fixtures shaped like the
real cases.

- tmartty/observatoire_plan_velo_amp, PNPC-CaPeL/capel-portal, RoueLibre73/ReseauExpressVeloGrandChambery: Nuxt applications
  declaring @nuxt/content, whose content/ folder holds the site's pages (content/lignes/ligne-1.md: a front matter, then the text
  of each bike line the site shows; content/fr/reglementation.md edited through Decap CMS). documentation.docs found "7 written
  guides beside the code they describe": a folder a site framework renders as its pages is the product, not its documentation.
- MathieuChailloux/MitiConnect: a QGIS plugin (metadata.txt "name=MitiConnect") with MitiConnect.zip, the packaged plugin, committed
  at the root ("Add archive to git. Release candidate for 1.0.2"). reusability.build-output passed: a zip named after the plugin
  or package the repository holds is its packaged release, build output.
- foncier-eco/foncier-eco.github.io: an MkDocs wiki's deployment branch (one commit "Deploy to GitHub pages", index.html's generator
  "mkdocs-1.1.2, mkdocs-material-5.5.12", no mkdocs.yml nor Markdown source). reusability.build-output passed though the whole
  repository is the generator's output; reusability.territory-neutral failed on the partners' names and links of its rendered pages;
  documentation.docs took its section references/guides/ (summaries of planning guides, index.html pages) for a documentation folder.
- dataforgoodfr/13_potentiel_solaire: reusability.territory-neutral warned on a methodology page's text (methodologie.tsx: a link to
  data.iledefrance.fr, "environ 1800 bâtiments scolaires en Île-de-France", a dataset used for comparison): a source cited.
"""

from __future__ import annotations

import json

from tests.gitrepo import make_repo
from tests.test_reusability_fixtures import check_result, results, run_audit

README = ("# Observatoire du plan vélo\n\nSuivi de l'avancement du plan vélo de la métropole.\n\n## Installation\n\n```bash\nnpm install\n"
          "npm run dev\n```\n\n## Build\n\n```bash\nnpm run generate\n```\n")


def _line(n: int) -> str:
    return (f"---\nname: Voie Lumineuse {n}\ncolor: '#C2185B'\nfrom: Marseille\nto: Aubagne\ndistance: 1{n} km\n---\n\n"
            f"## Présentation\n\nLa ligne {n} relie le centre aux communes voisines par un itinéraire continu et sécurisé. "
            + "Elle dessert les établissements scolaires, les gares et les zones d'activité du parcours. " * 12
            + "\n\n## Sections\n\n::overview\n::\n")


def _app(content_module: str | None, folder: str = "content/lignes") -> dict:
    deps = {"nuxt": "^3.11.0", "maplibre-gl": "^4.1.0"}
    if content_module:
        deps[content_module] = "^2.12.0"
    files = {
        "README.md": README,
        "package.json": json.dumps({"name": "observatoire", "private": True, "scripts": {"dev": "nuxt dev", "generate": "nuxt generate"},
                                    "dependencies": deps}),
        "nuxt.config.ts": "export default defineNuxtConfig({ modules: ['@nuxt/content'], ssr: true })\n",
        "pages/[_ligne]/index.vue": "<template><ContentDoc :path=\"`/lignes/${route.params._ligne}`\" /></template>\n"
                                    "<script setup>\nconst route = useRoute()\n</script>\n",
        "components/Map.vue": "<template><div id=\"map\" /></template>\n<script setup>\nimport maplibregl from 'maplibre-gl'\n</script>\n",
    }
    files.update({f"{folder}/ligne-{n}.md": _line(n) for n in range(1, 5)})
    return files


def _docs(tmp_path, files: dict) -> dict:
    repo = make_repo(tmp_path / "r", [{"files": files, "date": "2024-03-12T09:00:00Z", "message": "initial"},
                                      {"files": {"content/lignes/ligne-1.md" if "content/lignes/ligne-1.md" in files else "README.md":
                                                 (files.get("content/lignes/ligne-1.md") or README) + "\n"},
                                       "date": "2024-05-02T09:00:00Z", "message": "mise à jour"}])
    return results(run_audit(repo, tmp_path / "c", ["documentation.docs"]))["documentation.docs"]


def test_nuxt_content_pages_are_no_written_guides(tmp_path):
    r = _docs(tmp_path, _app("@nuxt/content"))
    assert "folder" in r["details"]["missing"], r["message"]
    assert not any((e.get("path") or "").startswith("content/") for e in r["evidence"])
    assert r["status"] == "fail"


def test_the_same_pages_without_a_content_module_stay_guides(tmp_path):
    # (no site framework renders them: Markdown sheets beside the code are its written guides, as before)
    r = _docs(tmp_path, _app(None, folder="methodes"))
    assert "folder" in r["details"]["found"], r["message"]
    assert any((e.get("path") or "").startswith("methodes/") for e in r["evidence"])


def test_a_documentation_theme_content_folder_is_documentation(tmp_path):
    # (Docus renders content/ as a documentation site: its pages are the documentation)
    files = _app("@nuxt/content")
    pkg = json.loads(files["package.json"])
    pkg["dependencies"]["@nuxt-themes/docus"] = "^1.15.0"
    files["package.json"] = json.dumps(pkg)
    r = _docs(tmp_path, files)
    assert "folder" in r["details"]["found"], r["message"]


METADATA = ("# This file contains metadata for your plugin.\n\n[general]\nname=MitiConnect\nqgisMinimumVersion=3.0\n"
            "description=Connectivité écologique dans la séquence éviter-réduire-compenser.\nversion=1.0.2\nauthor=M. C.\n")
PLUGIN = {
    "README.md": "# MitiConnect\n\nPlugin QGIS de connectivité écologique.\n",
    "metadata.txt": METADATA,
    "__init__.py": "def classFactory(iface):\n    from .miti_connect import MitiConnect\n    return MitiConnect(iface)\n",
    "miti_connect.py": "class MitiConnect:\n    def __init__(self, iface):\n        self.iface = iface\n\n    def initGui(self):\n        pass\n",
    "Makefile": "zip:\n\tzip -r MitiConnect.zip . -x '*.git*'\n",
}


def test_the_packaged_plugin_zip_is_build_output(tmp_path):
    r = check_result(tmp_path, {**PLUGIN, "MitiConnect.zip": b"PK\x03\x04" + bytes(range(256)) * 8}, "reusability.build-output")
    assert r["status"] == "warn", r["message"]
    assert [e["path"] for e in r["evidence"]] == ["MitiConnect.zip"]


def test_a_zip_of_data_named_otherwise_is_no_build_output(tmp_path):
    r = check_result(tmp_path, {**PLUGIN, "exemple/zones_humides.zip": b"PK\x03\x04" + bytes(range(256)) * 8}, "reusability.build-output")
    assert r["status"] == "pass", r["message"]


def _page(title: str, body: str, generator: bool = True) -> str:
    meta = '<meta name="generator" content="mkdocs-1.1.2, mkdocs-material-5.5.12">\n' if generator else ""
    return (f"<!doctype html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"utf-8\">\n{meta}<title>{title} - Foncier Eco</title>\n"
            '<link rel="stylesheet" href="/assets/stylesheets/main.4dd2dd8d.min.css">\n</head>\n<body>\n<article>\n'
            f"<h1>{title}</h1>\n{body}\n</article>\n<script src=\"/assets/javascripts/bundle.e9fe3281.min.js\"></script>\n</body>\n</html>\n")


PARTNERS = ("<p>Le wiki est animé par le collectif foncier de Normandie avec ses partenaires :</p>\n<ul>\n"
            '<li><a href="https://www.normandie.cci.fr">CCI Normandie</a></li>\n'
            '<li><a href="https://normandie.fr">Région Normandie</a></li>\n'
            '<li><a href="https://normandie.chambreagri.fr">Chambre d\'agriculture de Normandie</a></li>\n</ul>')
GUIDE = ("<p>Synthèse du guide régional d'évaluation du potentiel foncier des zones d'activité, publié en 2018. " * 4 + "</p>")


def _site(generator: bool = True) -> dict:
    return {
        ".nojekyll": "",
        "index.html": _page("Accueil", "<p>Le wiki du foncier économique : outils, références et retours d'expérience.</p>", generator),
        "404.html": _page("Page introuvable", "<p>Cette page n'existe pas.</p>", generator),
        "a_propos/partenaires/index.html": _page("Partenaires", PARTNERS, generator),
        "references/guides/evaluer_potentiel_foncier/index.html": _page("Évaluer le potentiel foncier", GUIDE, generator),
        "references/guides/livre_blanc_zae/index.html": _page("Livre blanc des ZAE", GUIDE, generator),
        "search/search_index.json": json.dumps({"config": {"lang": ["fr"]}, "docs": [{"location": "", "text": "Accueil", "title": "Accueil"}]}),
        "sitemap.xml": "<?xml version=\"1.0\"?>\n<urlset><url><loc>https://foncier-eco.github.io/</loc></url></urlset>\n",
        "assets/javascripts/bundle.e9fe3281.min.js": "!function(){var e=document.querySelector('article');e&&e.focus()}();\n",
        "assets/stylesheets/main.4dd2dd8d.min.css": "article{margin:0 auto}\n",
    }


def _site_results(tmp_path, files: dict) -> dict:
    repo = make_repo(tmp_path / "r", [{"files": files, "date": "2021-02-08T16:20:00Z", "message": "Deploy to GitHub pages"}])
    return results(run_audit(repo, tmp_path / "c", ["reusability.build-output", "reusability.territory-neutral", "documentation.docs"]))


def test_a_site_generators_output_alone_is_build_output_and_its_pages_content(tmp_path):
    res = _site_results(tmp_path, _site())
    build = res["reusability.build-output"]
    assert build["status"] == "warn" and "MkDocs" in build["message"]["en"], build["message"]
    assert [e["path"] for e in build["evidence"]] == ["index.html"]
    territory = res["reusability.territory-neutral"]
    assert territory["status"] in ("pass", "not_applicable"), territory["message"]
    docs = res["documentation.docs"]
    # (s35 b35: the output alone is the published site, not applicable; its references/ section is still no documentation folder)
    assert docs["status"] == "not_applicable" and not any((e.get("path") or "").startswith("references/") for e in docs["evidence"])


def test_a_hand_written_site_keeps_its_verdicts(tmp_path):
    # (no generator names itself: the pages are written by hand, their partners' links are the site's own text as before)
    res = _site_results(tmp_path, _site(generator=False))
    assert res["reusability.build-output"]["status"] == "pass"
    assert res["reusability.territory-neutral"]["status"] in ("warn", "fail")


def test_the_same_output_beside_its_sources_is_no_output_only_site(tmp_path):
    files = {**_site(), "mkdocs.yml": "site_name: Foncier Eco\ntheme:\n  name: material\n", "docs/index.md": "# Accueil\n"}
    assert "none of its sources" not in _site_results(tmp_path, files)["reusability.build-output"]["message"]["en"]


METHOD = """export default function Methodologie() {
  return (
    <section>
      <h2>Comparaison avec d'autres sources</h2>
      <p>
        Nous avons également comparé nos résultats avec une{' '}
        <a href='https://data.iledefrance.fr/explore/dataset/le-potentiel-solaire-des-toitures/information/' target='_blank'>
          base de données d’Île-de-France
        </a>
        . Sur les bâtiments en commun avec notre étude (environ 1800 bâtiments
        scolaires en Île-de-France), on a pu constater un écart moyen de 8.7%.
      </p>
    </section>
  )
}
"""
NEXT = {
    "README.md": "# Potentiel solaire des écoles\n\nCarte du potentiel solaire des toits des établissements scolaires de France.\n",
    "application/package.json": json.dumps({"name": "potentiel-solaire", "private": True, "scripts": {"dev": "next dev", "build": "next build"},
                                            "dependencies": {"next": "14.2.3", "react": "18.3.1", "maplibre-gl": "^4.1.0"}}),
    "application/app/page.tsx": "import Map from './components/map'\nexport default function Home() {\n  return <Map />\n}\n",
    "application/app/components/map.tsx": "'use client'\nimport maplibregl from 'maplibre-gl'\nexport default function Map() {\n  return <div id='map' />\n}\n",
}


def _territory(tmp_path, files: dict) -> dict:
    return check_result(tmp_path, files, "reusability.territory-neutral")


def test_a_methodology_pages_cited_sources_are_no_hard_coded_territory(tmp_path):
    r = _territory(tmp_path, {**NEXT, "application/app/content/methodologie.tsx": METHOD})
    assert r["status"] == "pass", r["message"]


def test_the_same_text_in_another_component_stays_a_finding(tmp_path):
    r = _territory(tmp_path, {**NEXT, "application/app/components/bandeau.tsx": METHOD.replace("Methodologie", "Bandeau")})
    assert r["status"] in ("warn", "fail"), r["message"]
    assert {e["path"] for e in r["evidence"] if e.get("kind") == "finding"} == {"application/app/components/bandeau.tsx"}
