"""Issue 12, session 42 fixer fl42 (slydertheo/mairie-site-final): INSTALLATION_COMPLETE.md, titled "Système de partage - Installation
Terminée ✅", reports that a feature is finished and how to try it (`npm run dev`, the admin page); documentation.docs counted it as
the deployment documentation by its name. A document whose title says an installation is finished is a completion report, no
deployment guide. Near miss: an INSTALLATION.md guide with the same commands, and a French "Installation complète" (a full one),
stay deployment documents."""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

CID = "documentation.docs"
BODY = ("\n\nLe partage d'actualités entre le carrousel et le calendrier est maintenant opérationnel.\n\n"
        "## Pour utiliser le système\n\n### 1. Démarrer le serveur\n\n```bash\nnpm run dev\n```\n\n"
        "### 2. Ouvrir l'administration\n\n```\nhttp://localhost:3000/admin\n```\n\n## Dépannage\n\n"
        "Si une actualité n'apparaît pas, vérifiez la colonne `afficherDans` dans la base.\n")
GUIDE = ("# Guide de partage\n\n" + "Ce guide explique aux agents comment partager une actualité entre les rubriques du site. " * 12 + "\n")
APP = {"README.md": "# Site de la mairie\n\nLe site de la commune, avec son interface d'administration.\n",
       "package.json": '{"name": "mairie", "scripts": {"dev": "next dev", "build": "next build"}, "dependencies": {"next": "15.0.0"}}\n',
       "src/pages/index.jsx": "export default function Home() {\n  return <h1>Bienvenue</h1>;\n}\n", "GUIDE_PARTAGE.md": GUIDE}


def test_a_report_that_an_installation_is_finished_is_no_deployment_document(tmp_path):
    res = check_result(tmp_path, {**APP, "INSTALLATION_COMPLETE.md": "# 🎯 Système de partage d'événements - Installation Terminée ✅" + BODY}, CID)
    assert "deployment" not in res["details"]["found"], (res["message"]["en"], res["details"])  # was found: deployment (warn 5)


def test_an_installation_guide_stays_a_deployment_document(tmp_path):
    for name, title in (("INSTALLATION.md", "# Installation du site"), ("INSTALL_FULL.md", "# Installation complète du site")):
        res = check_result(tmp_path / name.split(".")[0], {**APP, name: title + BODY}, CID)
        assert "deployment" in res["details"]["found"], (name, res["message"]["en"], res["details"])
