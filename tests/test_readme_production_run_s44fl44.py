"""documentation.readme-sections (issue 12, s44 fl44 = reader rh44, remifroger/gestion-projet-app): under "# Lancer l'application"
(`npm run dev`), the sentence "En environnement de production (pour définir et paramétrer les environnements, voir la documentation) :"
over `npm start` (a build, then pm2 restart with the production environment) was no deployment section. A sentence introducing the
production run over a fenced command is a short deployment section. Near miss: running the production build locally ("Pour lancer
en local en mode production :") stays no deployment."""

from __future__ import annotations

from auditor.engine import AuditOptions, audit
from tests.gitrepo import make_repo

PACKAGE = ('{"name": "suivi-projets", "scripts": {"dev": "nodemon src/app.js", "start": "pm2 restart ecosystem.config.js --env production"},'
           ' "dependencies": {"express": "^4.18.0"}}\n')
APP = 'const express = require("express");\nconst app = express();\napp.listen(process.env.PORT || 3000);\n'


def readme(sentence: str) -> str:
    return ("# Suivi de projets\n\nCet outil permet à une équipe de suivre ses projets, ses routines et leurs tickets.\n\n"
            "# Installation\n\n```\nnpm install\n```\n\n# Lancer l'application\n\n```\nnpm run dev\n```\n\n"
            f"{sentence}\n\n```\nnpm start\n```\n")


def sections(tmp_path, sentence):
    repo = make_repo(tmp_path / "r", [{"files": {"README.md": readme(sentence), "package.json": PACKAGE, "src/app.js": APP},
                                       "date": "2022-11-09T10:00:00Z", "message": "init"}])
    report = audit(str(repo), AuditOptions(cache_dir=tmp_path / "c", offline=True, only=["documentation.readme-sections"]))
    return report["results"][0]


def test_a_sentence_introducing_the_production_run_over_its_command_is_a_deployment_section(tmp_path):
    r = sections(tmp_path, "En environnement de production (pour définir et paramétrer les environnements, voir la "
                           "[documentation](https://gitlab.example.org/equipe/suivi/-/tree/master/doc/config.md)) :")
    assert "deployment" in r["details"]["found"], r["message"]["en"]


def test_running_the_production_build_locally_is_no_deployment(tmp_path):
    r = sections(tmp_path, "Pour lancer en local en mode production :")
    assert "deployment" in r["details"]["missing"], r["message"]["en"]
