"""MkDocs' output folder committed beside mkdocs.yml is build output (issue 12, s38 fd38 = reader rb38's Mirjanaed/cpegeom_2026).

cpegeom_2026: a MkDocs documentation (mkdocs.yml, docs/*.md) whose `mkdocs build` output, site/, was committed: one page per
Markdown source, search/search_index.json, sitemap.xml, 404.html and the theme's and search plugin's copied scripts.
reusability.build-output passed ("no build output committed"), and documentation.code-comments and reusability.maintainability judged
site/search/worker.js and main.js, MkDocs' own scripts, as the project's code. Rule now: a static site generator's output folder
beside its configuration (MkDocs' site_dir, site/ by default; Jekyll's _site/) holding the generator's shape (its index.html with
its search index, sitemap or a page naming MkDocs) is build output. Near miss: a site/ folder of hand-written pages and scripts
with no mkdocs.yml stays the project's sources. And reusability.dependencies, which read the copied theme and search scripts as
libraries committed undeclared, now says what is undeclared: MkDocs itself, installed by pip (as Sphinx's conf.py already said)."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

BUILD = "reusability.build-output"
COMMENTS = "documentation.code-comments"
MAINT = "reusability.maintainability"
DEPS = "reusability.dependencies"

WORKER = ("var index;\nvar documents = {};\n\nfunction getScript(script, callback) {\n  console.log('Loading script: ' + script);\n"
          "  $.getScript(base_url + script).done(function () {\n    callback();\n  });\n}\n\n"
          "function onJSONLoaded(data) {\n  for (var i = 0; i < data.docs.length; i++) {\n    var doc = data.docs[i];\n"
          "    if (doc.location) {\n      documents[doc.location] = doc;\n    } else if (doc.title) {\n      documents[doc.title] = doc;\n"
          "    }\n  }\n  postMessage({config: data.config});\n}\n\n"
          "function search(query) {\n  var results = [];\n  if (!index) {\n    return results;\n  }\n"
          "  index.search(query).forEach(function (r) {\n    results.push(documents[r.ref]);\n  });\n  return results;\n}\n")
MAIN = ("function getSearchTermFromLocation() {\n  var sPageURL = window.location.search.substring(1);\n"
        "  var sURLVariables = sPageURL.split('&');\n  for (var i = 0; i < sURLVariables.length; i++) {\n"
        "    var sParameterName = sURLVariables[i].split('=');\n    if (sParameterName[0] == 'q') {\n"
        "      return decodeURIComponent(sParameterName[1].replace(/\\+/g, '%20'));\n    }\n  }\n}\n\n"
        "function joinUrl(base, path) {\n  if (path.substring(0, 1) === '/') {\n    return path;\n  }\n  return base + '/' + path;\n}\n")


def _page(title: str, source: str) -> str:
    return ("<!DOCTYPE html>\n<html class=\"writer-html5\" lang=\"fr\">\n<head>\n<meta charset=\"utf-8\" />\n"
            f"<title>{title} - Documentation SIG</title>\n<link rel=\"stylesheet\" href=\"../css/theme.css\" />\n"
            f"<script>\n  var mkdocs_page_name = \"{title}\";\n  var mkdocs_page_input_path = \"{source}\";\n</script>\n"
            f"</head>\n<body><h1>{title}</h1>\n<script src=\"../search/main.js\"></script>\n</body>\n</html>\n")


SOURCES = {"mkdocs.yml": "site_name: Documentation SIG\nnav:\n  - Accueil: index.md\n  - Données: donnees.md\ntheme:\n  name: readthedocs\n",
           "docs/index.md": "# Guide utilisateur\n\nCette documentation décrit les traitements cartographiques du réseau.\n",
           "docs/donnees.md": "# Données\n\nLes horaires GTFS et les arrêts sont intégrés dans la base.\n",
           "readme.md": "# Documentation SIG\n\nSources de la documentation, publiée avec MkDocs.\n"}
SITE = {"site/index.html": _page("Guide utilisateur", "index.md"), "site/donnees/index.html": _page("Données", "donnees.md"),
        "site/404.html": _page("404", ""), "site/search.html": _page("Recherche", ""),
        "site/search/search_index.json": '{"config": {"lang": ["fr"]}, "docs": [{"location": "", "title": "Guide utilisateur", "text": ""}]}\n',
        "site/search/worker.js": WORKER, "site/search/main.js": MAIN,
        "site/sitemap.xml": "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset><url><loc>https://example.org/</loc></url></urlset>\n",
        "site/css/theme.css": "body { margin: 0; }\n"}


def test_mkdocs_output_beside_mkdocs_yml_is_build_output(tmp_path):
    _report, res = judge(tmp_path, {**SOURCES, **SITE}, [BUILD, COMMENTS, MAINT, DEPS], name="mk")
    assert res[BUILD]["status"] == "warn" and "MkDocs" in res[BUILD]["message"]["fr"], res[BUILD]["message"]
    assert res[DEPS]["status"] == "fail" and "mkdocs.yml" in res[DEPS]["message"]["fr"], res[DEPS]["message"]
    assert "MkDocs" in str(res[DEPS].get("remediation")), res[DEPS].get("remediation")
    assert all(e["path"].startswith("site/") for e in res[BUILD]["evidence"]), res[BUILD]["evidence"]
    for cid in (COMMENTS, MAINT):
        assert not any(str(e.get("path") or "").startswith("site/") for e in res[cid]["evidence"]), (cid, res[cid]["message"], res[cid]["evidence"])
        assert res[cid]["status"] in ("not_applicable", "inconclusive"), (cid, res[cid]["status"], res[cid]["message"])


def test_near_miss_hand_written_site_folder_without_mkdocs_yml_stays_sources(tmp_path):
    files = {"readme.md": "# Carte du réseau\n\nSite de la carte, écrit à la main.\n",
             "site/index.html": "<!DOCTYPE html>\n<html lang=\"fr\"><head><title>Carte</title></head>\n"
                                "<body><div id=\"map\"></div><script src=\"js/app.js\"></script></body></html>\n",
             "site/js/app.js": MAIN + "\n" + WORKER.replace("postMessage", "console.log"),
             "site/sitemap.xml": SITE["site/sitemap.xml"]}
    _report, res = judge(tmp_path, files, [BUILD, MAINT], name="hand")
    assert res[BUILD]["status"] == "pass", res[BUILD]["message"]
    assert res[MAINT]["details"]["files_measured"] == 1, res[MAINT]["details"]  # (site/js/app.js, the project's own script)
