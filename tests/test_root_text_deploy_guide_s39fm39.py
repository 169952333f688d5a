"""A root plain-text guide giving the rebuild and redeployment steps is deployment documentation (issue 12, s39 fm39 = re-reader vb39
on Carto42/SDE35-DEMO).

A Vite demo map keeps EDITION.txt at its root: the constant to change in src/config.js, then ``npm run build`` and "Redéployer sur
GitHub Pages (push sur master déclenche le workflow)". documentation.docs said "missing: deployment". Rule: a root .txt holding a build
or publish command line and a word of deployment documents the deployment, whatever its name. Near miss: a root NOTES.txt of remarks
without such steps stays nothing.
"""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

DOCS = "documentation.docs"
APP = {"README.md": "# Carte des priorités\n\nCarte de démonstration des priorités d'intervention.\n",
       "package.json": '{"name": "demo-carte", "scripts": {"build": "vite build", "dev": "vite"}, "devDependencies": {"vite": "^5.0.0"}}\n',
       "index.html": '<!doctype html>\n<html><body><div id="map"></div><script type="module" src="/src/main.js"></script></body></html>\n',
       "src/config.js": "export const EDIT_MODE = false\n",
       "src/main.js": "import { EDIT_MODE } from './config.js'\n\nif (EDIT_MODE) { document.body.classList.add('edit') }\n"}
GUIDE = ("ACTIVER LE MODE ÉDITION\n=======================\n\nLes fonctions d'édition sont désactivées pour la démo.\n\n"
         "FICHIER À MODIFIER\n------------------\n  src/config.js :\n\n    export const EDIT_MODE = true\n\n"
         "PUIS REBUILDER\n--------------\n  npm run build\n\n  Le dossier dist/ est mis à jour. Redéployer sur GitHub Pages\n"
         "  (un push sur master déclenche le workflow).\n")
NOTES = ("NOTES DE RÉUNION\n================\n\nLes couleurs des étoiles sont à revoir avec le client.\n"
         "Le fond de plan 2025 est plus net que celui de 2020.\nPrévoir une légende pour les axes.\n")


def test_a_root_txt_with_rebuild_and_redeploy_steps_is_deployment_documentation(tmp_path):
    report, res = judge(tmp_path, {**APP, "EDITION.txt": GUIDE}, [DOCS], name="demo")
    assert "EDITION.txt" in report["facts"]["docs"]["deployment"], report["facts"]["docs"]["deployment"]
    assert "deployment" not in res[DOCS]["details"]["missing"], res[DOCS]["message"]


def test_near_miss_a_root_txt_of_notes_stays_nothing(tmp_path):
    report, res = judge(tmp_path, {**APP, "NOTES.txt": NOTES}, [DOCS], name="demo")
    assert "NOTES.txt" not in report["facts"]["docs"]["deployment"]
    assert "deployment" in res[DOCS]["details"]["missing"], res[DOCS]["message"]
