"""interoperability.data-standards and licensing.data-and-docs (issue 12, s34 w34 = foncier-eco/foncier-eco.github.io): the
deployment branch of an MkDocs wiki (root index.html naming mkdocs-1.1.2 in its head, its rendered pages, the theme's assets) holds
search/search_index.json, the 300 KB search index MkDocs writes from the pages, and 404.html carries the theme's interface strings
as JSON in a <script type="application/json">. Since a large JSON anywhere became data (2403d41f), data-standards failed "Open
formats: JSON, no Table Schema" on the index. A site generator's search index (MkDocs' search_index.json, Sphinx's
searchindex.json, a Lunr or Fuse index, Pagefind's folder) is the site's pages indexed by the build: no data of the project's own,
for both checks alike. The near miss: the same site with large JSON files of its own (its activity zones, year by year) stays data."""

from __future__ import annotations

import json

from tests.test_reusability_fixtures import build, results, run_audit

STD, LIC = "interoperability.data-standards", "licensing.data-and-docs"
HEAD = ('<!doctype html>\n<html lang="fr">\n<head>\n<meta charset="utf-8">\n<meta name="generator" content="mkdocs-1.1.2, mkdocs-material-5.5.12">\n'
        "<title>Foncier et économie</title>\n</head>\n")
LANG = ('<script id="__lang" type="application/json">{"clipboard.copy": "Copier dans le presse-papier", "search.config.lang": "fr", '
        '"search.result.none": "Aucun document trouvé", "search.result.one": "1 document trouvé"}</script>\n')


def page(title: str, extra: str = "") -> str:
    body = "".join(f"<p>{title} : outil de mobilisation du foncier d'activité, paragraphe {i}.</p>\n" for i in range(30))
    return HEAD + f"<body>\n<h1>{title}</h1>\n{body}" + '<script src="assets/javascripts/bundle.min.js"></script>' + extra + "</body>\n</html>\n"


def search_index(pages: int) -> str:
    return json.dumps({"config": {"lang": ["fr"], "min_search_length": 3, "prebuild_index": False, "separator": "[\\s\\-]+"},
                       "docs": [{"location": f"outils/outil_{i}/", "title": f"Outil {i}",
                                 "text": "Ce site sur le foncier et l'économie présente les outils et méthodes foncières. " * 5}
                                for i in range(pages)]}, ensure_ascii=False)


SITE = {"index.html": page("Accueil"), "404.html": page("Page introuvable", LANG),
        **{f"outils/outil_{i}/index.html": page(f"Outil {i}") for i in range(6)},
        **{f"references/guides/guide_{i}/index.html": page(f"Guide {i}") for i in range(4)},
        "assets/stylesheets/main.css": "body{margin:0}\n", "sitemap.xml": "<?xml version=\"1.0\"?>\n<urlset></urlset>\n"}


def check(tmp_path, files):
    res = results(run_audit(build(tmp_path / "r", {**SITE, **files}), tmp_path / "c", [STD, LIC]))
    return res[STD], res[LIC]


def data_paths(lic) -> set:
    return {e.get("path") for e in lic["evidence"] if (e.get("note") or {}).get("en") == "data files"}


def test_a_site_generators_search_index_is_no_data(tmp_path):
    std, lic = check(tmp_path, {"search/search_index.json": search_index(600)})
    assert std["status"] == "not_applicable" and std["details"]["data_files"] == 0, std["message"]  # was: fail "Open formats: JSON"
    assert "search/search_index.json" not in {e.get("path") for e in std["evidence"]}
    assert "search" not in data_paths(lic), lic["evidence"]


def test_a_large_json_of_the_sites_own_stays_data_for_both(tmp_path):
    zones = json.dumps([{"code": f"ZA{i:04d}", "nom": f"Zone d'activité {i}", "surface_ha": i % 90, "commune": "Commune"} for i in range(2500)],
                       ensure_ascii=False)
    std, lic = check(tmp_path, {"search/search_index.json": search_index(600), **{f"carte/zones_{y}.json": zones for y in (2019, 2021, 2023)}})
    assert std["status"] != "not_applicable", std["message"]
    assert std["details"]["data_files"] == 3 and "carte/zones_2019.json" in {e.get("path") for e in std["evidence"]}
    assert data_paths(lic) == {"carte"}, lic["evidence"]
