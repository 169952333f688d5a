"""files.docs (issue 12, s32 f32 = reader r10a, betagouv/mdph): client/assets/documents/ — the PDF forms an AngularJS front serves
(CM.pdf, gevasco_*.pdf), its client/index.html beside client/assets/ — was the documentation folder, while the documentation is
documentation_fonctionnelle.md at the root (309 lines). A page application's assets/ folder is what it serves, not documentation;
a substantial root document named for documentation is the documentation when no folder is."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

GUIDE = ("# Documentation fonctionnelles générales MDPH en ligne\n\n"
         + "".join(f"## Étape {n}\n\nLa personne remplit la partie {n} du formulaire de demande ; l'agent de la MDPH la vérifie, "
                   "puis la transmet à l'équipe d'évaluation qui rend son avis.\n\n" for n in range(1, 12)))
APP = {"README.md": "# MDPH en ligne\n\nTéléservice de demande à la MDPH.\n\n## Running\n\n```\nnpm start\n```\n",
       "package.json": '{"name": "mdph", "version": "1.0.0", "dependencies": {"express": "^4.13.0", "angular": "~1.5.0"}}\n',
       "server/app.js": "const express = require('express');\nconst app = express();\napp.use(express.static('client'));\napp.listen(9000);\n",
       "client/index.html": '<!doctype html>\n<html ng-app="impactApp">\n<head><title>MDPH en ligne</title></head>\n<body><div ui-view></div>'
                            '<script src="app/app.js"></script></body>\n</html>\n',
       "client/app/app.js": "angular.module('impactApp', ['ui.router']);\n",
       "client/assets/documents/CM.pdf": "%PDF-1.4\n" + "x" * 2000,
       "client/assets/documents/gevasco_reexamen.pdf": "%PDF-1.4\n" + "y" * 2000,
       "client/assets/documents/teleservice_medecin_14.pdf": "%PDF-1.4\n" + "z" * 2000,
       "client/assets/images/logo.png": "\x89PNG\r\n",
       "documentation_fonctionnelle.md": GUIDE}


def test_a_page_application_s_assets_are_no_documentation(tmp_path):
    report, res = judge(tmp_path, APP, ["documentation.docs"])
    assert report["facts"]["files"]["docs"] == "documentation_fonctionnelle.md", report["facts"]["files"]["docs"]
    found = [e["path"] for e in res["documentation.docs"]["evidence"] if e.get("kind") == "found"]
    assert "documentation_fonctionnelle.md" in found and not [p for p in found if p.startswith("client/")], found


def test_a_documentation_folder_still_comes_first(tmp_path):
    files = {**APP, "docs/guide.md": GUIDE, "docs/installation.md": "# Installation\n\n" + GUIDE}
    report, _ = judge(tmp_path, files, ["documentation.docs"])
    assert report["facts"]["files"]["docs"] == "docs/", report["facts"]["files"]["docs"]
