"""documentation.readme and readme-sections (issue 12, s44 fl44 = reader rh44, remifroger/gestion-projet-app): a README opening on its
prerequisites and database settings, then "# Documentation" over "Il s'agit d'un outil de gestion de projets. Chaque groupe de travail
contient …", was said to have "no descriptive sentence" and to miss its purpose, the "Documentation" heading read as usage. A
paragraph defining the project ("Il s'agit d'un outil …") under a bare "Documentation" heading is its description and purpose,
wherever it stands (then "not placed first"). Near miss: a "Documentation" chapter pointing to the wiki gives no purpose."""

from __future__ import annotations

from auditor.engine import AuditOptions, audit
from tests.gitrepo import make_repo

PACKAGE = '{"name": "suivi-projets", "scripts": {"dev": "nodemon src/app.js"}, "dependencies": {"express": "^4.18.0", "pug": "^3.0.0"}}\n'
APP = ('const express = require("express");\nconst app = express();\napp.set("view engine", "pug");\n'
       'app.get("/", (req, res) => res.render("index"));\napp.listen(process.env.PORT || 3000);\n')
DEFINITION = ("Il s'agit d'un outil de suivi des projets d'une équipe. Chaque groupe de travail réunit des membres, des projets et des "
              "routines, et des tickets permettent de suivre l'avancement de chacun.")
POINTER = "Voir le wiki de l'équipe pour le détail des écrans, des droits de chaque membre et des notifications envoyées par courriel."


def readme(text: str) -> str:
    return ("# Pré-requis\n\n* [Node.js](https://nodejs.org/)\n* [PM2](https://pm2.keymetrics.io/)\n\n"
            "# Base PostgreSQL et variables d'environnement\n\nL'outil utilise une base PostgreSQL à renseigner dans le fichier .env, "
            "puis exécutez le SQL de data/data.sql pour créer le schéma.\n\n"
            f"# Documentation\n\n{text}\n\n# Installation\n\n```\nnpm install\n```\n")


def judge(tmp_path, text):
    repo = make_repo(tmp_path / "r", [{"files": {"README.md": readme(text), "package.json": PACKAGE, "src/app.js": APP,
                                                 "src/views/index.pug": "html\n  body\n    h1 Projets\n"},
                                       "date": "2022-11-09T10:00:00Z", "message": "init"}])
    report = audit(str(repo), AuditOptions(cache_dir=tmp_path / "c", offline=True,
                                           only=["documentation.readme", "documentation.readme-sections"]))
    return {r["id"]: r for r in report["results"]}


def test_a_project_defined_under_a_documentation_heading_is_its_description_and_purpose(tmp_path):
    res = judge(tmp_path, DEFINITION)
    r = res["documentation.readme"]
    assert "no descriptive sentence" not in r["message"]["en"] and "not placed first" in r["message"]["en"], r["message"]["en"]
    s = res["documentation.readme-sections"]
    assert "purpose" in s["details"]["found"], s["message"]["en"]
    assert not any(e.get("value", {}).get("section") == "usage" and e.get("value", {}).get("text") == "Documentation"
                   for e in s["evidence"] if isinstance(e.get("value"), dict)), s["evidence"]


def test_a_documentation_chapter_pointing_to_the_wiki_gives_no_purpose(tmp_path):
    res = judge(tmp_path, POINTER)
    assert "purpose" in res["documentation.readme-sections"]["details"]["missing"]
    assert "no descriptive sentence" in res["documentation.readme"]["message"]["en"]
