"""documentation.readme-sections (issue 12, s40 fk40 = Cedrico59/signalement_travaux): a README whose chapter "Activer la synchro
Google Sheets (optionnel)" opens with the step "1. Déployez une WebApp Google Apps Script" (then puts its URL in a constant of the
code) was told "missing: deployment": the heading names no deployment, the step is one. A step opening with the imperative
"Déployez" / "Deploy" and its object is the deployment section. Near miss: a README that only mentions deployment as a noun keeps
"missing: deployment"."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

README = ("# Signalement de travaux\n\nCette application web permet de signaler des travaux sur une carte.\n\n## Lancer en local\n"
          "Ouvrez `index.html` dans un navigateur.\n\n## Activer la synchro (optionnel)\n{STEP}\n"
          "2. Adaptez votre script pour enregistrer les champs.\n")
APP = "const API_URL = '';\nfunction envoyer(fiche) {\n  return fetch(API_URL, { method: 'POST', body: JSON.stringify(fiche) });\n}\n"
INDEX = "<!doctype html>\n<html lang=\"fr\"><head><title>Signalement</title></head><body><script src=\"app.js\"></script></body></html>\n"


def _sections(tmp_path, step):
    files = {"README.md": README.replace("{STEP}", step), "app.js": APP, "index.html": INDEX}
    return judge(tmp_path, files, ["documentation.readme-sections"])[1]["documentation.readme-sections"]


def test_a_step_deploying_the_back_end_is_the_deployment_section(tmp_path):
    r = _sections(tmp_path, "1. Déployez une WebApp Google Apps Script et copiez son adresse.")
    assert "deployment" in r["message"]["en"].split("missing")[0], r["message"]
    assert any((e.get("value") or {}).get("section") == "deployment" and e.get("line") == 9 for e in r["evidence"]
               if isinstance(e.get("value"), dict)), r["evidence"]


def test_deployment_named_as_a_noun_is_no_step(tmp_path):
    r = _sections(tmp_path, "1. Le déploiement se fait par l'équipe informatique.")
    assert "deployment" in r["message"]["en"].split("missing")[-1], r["message"]
