"""R Markdown slides whose render copied its libraries outside ``<doc>_files/`` (issue 12, s33 n33 = datactivist/AUAT).

An R training repository commits its xaringan slides' render: index.html beside index.Rmd, the libraries the page loads in
``libs/`` (htmlwidgets.js, remark-latest.min.js, leaflet, Proj4Leaflet's proj4.js, leaflet-providers with its bower.json and
package.json) and widgetframe's widget pages in ``widgets/`` with their ``leaflet_libs/``. The report read the copied libraries'
manifests as the project's (reusability.dependencies fail "2 manifests (bower, npm) without a lockfile"), measured proj4.js and
leaflet.js as the project's code (maintainability, code-comments), while the project's own code is a few R scripts."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

PROJ4 = ("(function(){\nfunction getLetterDesignator(lat) {\n  var letter = 'Z';\n"
         + "".join(f"  if ((84 >= lat) && (lat >= {72 - 8 * i})) {{ letter = '{chr(88 - i)}'; }}\n" for i in range(16))
         + "  return letter;\n}\nwindow.proj4 = {getLetterDesignator: getLetterDesignator};\n})();\n")
HTMLWIDGETS = "(function() {\n  window.HTMLWidgets = {widgets: []};\n  function staticRender() { return 1; }\n})();\n"
PROVIDERS_PKG = '{"name": "leaflet-providers", "version": "1.1.17", "license": "BSD-2-Clause", "devDependencies": {"mocha": "^3.0.0"}}\n'
PROVIDERS_BOWER = '{"name": "leaflet-providers", "main": "leaflet-providers.js", "dependencies": {"leaflet": "*"}}\n'
LIBS = {
    "htmlwidgets/htmlwidgets.js": HTMLWIDGETS,
    "Proj4Leaflet/proj4.js": PROJ4,
    "leaflet-providers/package.json": PROVIDERS_PKG,
    "leaflet-providers/bower.json": PROVIDERS_BOWER,
    "leaflet-providers/leaflet-providers.js": "(function () {\n  L.TileLayer.Provider = {};\n}());\n",
    "leaflet-providers/license.md": "Copyright (c) 2013 Leaflet Providers contributors\n\nRedistribution and use in source and binary forms ...\n",
}
WIDGET = ('<!DOCTYPE html>\n<html>\n<head>\n<meta charset="utf-8"/>\n<script src="leaflet_libs/htmlwidgets/htmlwidgets.js"></script>\n'
          '<script src="leaflet_libs/Proj4Leaflet/proj4.js"></script>\n</head>\n<body>\n<div id="htmlwidget_container"></div>\n</body>\n</html>\n')
PAGE = ('<!DOCTYPE html>\n<html>\n<head>\n<title>Analyse de données</title>\n<script src="libs/htmlwidgets/htmlwidgets.js"></script>\n'
        '<link rel="stylesheet" href="assets/slides.css" type="text/css" />\n</head>\n<body>\n<textarea id="source">\n# Analyse\n'
        '</textarea>\n<script src="libs/remark-latest.min.js"></script>\n</body>\n</html>\n')
R = "library(dplyr)\nlibrary(sf)\ncommunes <- st_read('data/communes.geojson')\nsummary(communes)\n"
SLIDES = {
    "index.Rmd": ("---\ntitle: Analyse de données\noutput:\n  xaringan::moon_reader:\n    lib_dir: libs\n    css: assets/slides.css\n---\n\n"
                  "```{r}\nlibrary(leaflet)\nlibrary(widgetframe)\nframeWidget(leaflet() %>% addTiles())\n```\n"),
    "index.html": PAGE,
    "assets/slides.css": ".remark-slide-content { font-size: 20px; }\n",
    "libs/remark-latest.min.js": "var remark=function(){return 1}();\n",
    **{f"libs/{k}": v for k, v in LIBS.items()},
    "widgets/widget_unnamed-chunk-3.html": WIDGET,
    "index_files/figure-html/unnamed-chunk-2-1.png": b"\x89PNG\r\n\x1a\n\x00\x00",
    "index_files/figure-html/widgets/leaflet_libs/htmlwidgets/htmlwidgets.js": HTMLWIDGETS,
    **{f"widgets/leaflet_libs/{k}": v for k, v in LIBS.items()},
    **{f"{name}.R": R for name in ("cartes", "modeles", "quantiles", "ponderation", "resume", "export")},
    "sql/schema.sql": "CREATE TABLE nodes (id bigint PRIMARY KEY, version int, user_id int, tstamp timestamp);\n",
    "sql/indices.sql": "CREATE INDEX idx_nodes ON nodes (id);\n",
    "osmosis.sh": "#!/bin/sh\nosmosis --read-pbf extrait.osm.pbf --write-pgsql database=osm\n",
}
CHECKS = ["reusability.dependencies", "reusability.maintainability", "reusability.build-output", "licensing.open-license"]


def test_a_render_s_library_folders_are_its_output_not_the_project_s_code(tmp_path):
    report, res = judge(tmp_path, SLIDES, CHECKS)
    dep = res["reusability.dependencies"]
    assert "bower" not in dep["message"]["en"] and "npm" not in dep["message"]["en"], dep["message"]
    assert not any("leaflet-providers" in str(e.get("path")) for e in dep["evidence"]), dep["evidence"]
    maint = res["reusability.maintainability"]
    assert "proj4" not in str(maint), maint["message"]
    build = res["reusability.build-output"]
    assert build["status"] == "warn" and "libs/" in build["message"]["en"], build["message"]
    assert "libs/Proj4Leaflet/" not in build["message"]["en"], build["message"]  # (the library folder, not each of its libraries)
    assert "index_files/figure-html/" not in build["message"]["en"], build["message"]  # (nor one inside index_files/)
    assert res["licensing.open-license"]["status"] == "fail", res["licensing.open-license"]["message"]  # no BSD from a copied library
    assert report["facts"]["project"]["kind"] == "analysis", report["facts"]["project"]
    inv = report["facts"]["inventory"]
    assert inv["categories"]["build"] >= 2 * len(LIBS) + 3, inv["categories"]


def test_without_a_document_or_beside_the_project_s_own_scripts_the_folder_stays_as_it_was(tmp_path):
    # no R Markdown source: a site whose libs/ the authors keep; and a lib folder holding an R script of the project's is no render's
    files = {k: v for k, v in SLIDES.items() if k != "index.Rmd"}
    report, res = judge(tmp_path, files, ["reusability.build-output"], name="site")
    assert res["reusability.build-output"]["status"] == "pass", res["reusability.build-output"]["message"]
    mixed = {**SLIDES, "libs/outils.R": R}
    report, res = judge(tmp_path, mixed, ["reusability.build-output"], name="mixed")
    msg = res["reusability.build-output"]["message"]["en"]
    assert "(libs/" not in msg and " libs/" not in msg and "widgets/leaflet_libs/" in msg, msg
