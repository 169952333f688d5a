"""MkDocs' site/ committed without its HTML pages is still build output (issue 12, s45 ff45 = reader rb45's Tristan14123/cpgeom_doc).

cpgeom_doc: a MkDocs documentation (mkdocs.yml with the material theme, docs/*.md) whose site/ — MkDocs' default site_dir — was
committed without any page: 59 files, the theme's assets (hashed bundle, lunr search scripts, hashed palette stylesheet) and the
copies `mkdocs build` makes of docs/'s images and shell scripts. The output rule needed site/index.html, so build-output passed,
maintainability measured lunr's tinyseg.js as the project's code and dependencies named palette.<hash> and search.<hash> as
libraries copied in. Rule now: MkDocs' output folder is also known by the copies of its pages folder's other files (MkDocs copies
every non-Markdown file of docs_dir there), and library files inside a generator's output folder are the build's copies, no library.
Near miss: a site/ beside mkdocs.yml holding hand-written files that copy nothing of docs/ stays the project's sources."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

BUILD = "reusability.build-output"
MAINT = "reusability.maintainability"
DEPS = "reusability.dependencies"

SEGMENTER = ("function Segmenter() {\n  this.table = {};\n}\n\n"
             "Segmenter.prototype.kind = function (ch) {\n  if (/[0-9]/.test(ch)) {\n    return 'N';\n  }\n"
             "  if (/[a-z]/i.test(ch)) {\n    return 'A';\n  }\n  return 'O';\n};\n\n"
             "Segmenter.prototype.split = function (text) {\n  var out = [];\n  var word = '';\n"
             "  for (var i = 0; i < text.length; i++) {\n    if (this.kind(text[i]) === 'O') {\n      out.push(word);\n      word = '';\n"
             "    } else {\n      word += text[i];\n    }\n  }\n  out.push(word);\n  return out;\n};\n")
SCRIPT = "#!/bin/sh\n# Télécharge les couches de référence et les convertit\nwget -q \"$1\" -O couche.7z\n7z x couche.7z\n"
SOURCES = {"mkdocs.yml": "site_name: Notes de stage\ntheme:\n  name: material\n  language: fr\nnav:\n  - Accueil: index.md\n  - Outils: outils.md\n",
           "docs/index.md": "# Notes de stage\n\nCe carnet rassemble les méthodes vues pendant la formation.\n",
           "docs/outils.md": "# Outils\n\nLe script telecharger.sh récupère les couches, convertir.sh les reprojette.\n",
           "docs/telecharger.sh": SCRIPT, "docs/convertir.sh": SCRIPT.replace("wget -q \"$1\" -O couche.7z", "ogr2ogr -t_srs EPSG:2154 sortie.gpkg \"$1\""),
           "docs/img/schema.png": "\x89PNG fictif 1\n", "docs/img/carte.png": "\x89PNG fictif 2\n",
           "readme.md": "# Notes\n\nMes notes de formation.\n"}
SITE = {"site/telecharger.sh": SOURCES["docs/telecharger.sh"], "site/convertir.sh": SOURCES["docs/convertir.sh"],
        "site/img/schema.png": SOURCES["docs/img/schema.png"], "site/img/carte.png": SOURCES["docs/img/carte.png"],
        "site/assets/javascripts/bundle.1a2b3c4d.min.js": "!function(){var a=1;window.app=a}();\n",
        "site/assets/javascripts/lunr/segmenter.js": SEGMENTER,
        "site/assets/javascripts/lunr/min/lunr.fr.min.js": "!function(e,r){r()(e.lunr)}(this,function(){return function(e){e.fr=1}});\n",
        "site/assets/javascripts/workers/search.5e6f7a8b.min.js": "!function(){self.onmessage=function(e){postMessage(e.data)}}();\n",
        "site/assets/stylesheets/palette.9c8d7e6f.min.css": "[data-md-color-scheme=slate]{--md-hue:232}\n"}


def test_mkdocs_output_without_its_pages_is_build_output_and_no_library(tmp_path):
    _report, res = judge(tmp_path, {**SOURCES, **SITE}, [BUILD, MAINT, DEPS], name="mk")
    assert res[BUILD]["status"] == "warn", res[BUILD]["message"]
    assert all(e["path"].startswith("site/") for e in res[BUILD]["evidence"]), res[BUILD]["evidence"]
    assert res[MAINT]["status"] in ("not_applicable", "inconclusive"), res[MAINT]["message"]
    assert not res[DEPS]["details"].get("libraries"), res[DEPS]["message"]
    assert "palette" not in res[DEPS]["message"]["en"] and "mkdocs.yml" in res[DEPS]["message"]["en"], res[DEPS]["message"]


def test_near_miss_hand_written_site_folder_beside_mkdocs_yml_stays_sources(tmp_path):
    files = {**SOURCES, "site/outils/decouper.js": SEGMENTER, "site/outils/lancer.sh": "#!/bin/sh\nnode decouper.js \"$@\"\n"}
    _report, res = judge(tmp_path, files, [BUILD, MAINT], name="hand")
    assert res[BUILD]["status"] == "pass", res[BUILD]["message"]
    assert res[MAINT]["details"]["files_measured"] == 1, res[MAINT]["details"]
