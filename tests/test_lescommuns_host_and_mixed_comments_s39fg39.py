"""Two evidence notes found false by reader rb39 (issue 12, s39 fg39).

1. interoperability.public-building-blocks (data-players/PETR_MSB_tiers-lieux): a SemApps application's docker-compose sets
   SEMAPPS_OIDC_ISSUER=https://login.lescommuns.org/auth/realms/master/, the single sign-on of another organisation whose domain holds
   the word "lescommuns"; it was read as ANCT's Les Communs / Recoco (pass 8). ANCT's Les Communs is its host
   (lescommuns.anct.gouv.fr) or its name alone, not a label of another host. Near miss: a call to lescommuns.anct.gouv.fr stays it.
2. documentation.code-comments (Carte42/SDE35-DEMO): comments half English, half French were "mostly in English, as DINUM asks".
   Mostly needs a majority: an even split is said mixed. Near miss: comments all in English stay "mostly in English".
"""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

BLOCKS = "interoperability.public-building-blocks"
COMMENTS = "documentation.code-comments"
COMPOSE = ("services:\n  middleware:\n    image: semapps/middleware:latest\n    environment:\n      - SEMAPPS_HOME_URL=http://localhost:3000/\n"
           "      - SEMAPPS_OIDC_ISSUER=https://login.lescommuns.org/auth/realms/master/\n      - SEMAPPS_OIDC_CLIENT_ID=tiers-lieux\n"
           "  frontend:\n    build: ./frontend\n    ports:\n      - 4000:4000\n")
APP = {"README.md": "# tiers-lieux\nAnnuaire des tiers-lieux du territoire.\n", "docker-compose.yaml": COMPOSE,
       "frontend/package.json": '{"name": "tiers-lieux-front", "dependencies": {"react": "^17.0.0", "react-admin": "^3.19.0"}}\n',
       "frontend/src/App.js": "import React from 'react';\nimport { Admin } from 'react-admin';\n\nconst App = () => <Admin title=\"Tiers-lieux\" />;\n"
                              "export default App;\n",
       "frontend/public/index.html": "<!DOCTYPE html>\n<html><head><title>Tiers-lieux</title>\n<script>var _paq = window._paq = [];\n"
                                     "_paq.push(['trackPageView']);\n(function() { var u='https://matomo.exemple.fr/'; "
                                     "_paq.push(['setTrackerUrl', u+'matomo.php']); })();\n</script></head><body><div id=\"root\"></div></body></html>\n"}


def _blocks(r: dict) -> str:
    return r["message"]["en"]


def test_another_organisations_host_holding_the_word_is_no_les_communs(tmp_path):
    r = check_result(tmp_path, APP, BLOCKS)
    assert "Les Communs" not in _blocks(r) and "Matomo" in _blocks(r), _blocks(r)


def test_anct_les_communs_host_stays_it(tmp_path):
    files = {**APP, "frontend/src/projects.js": "export async function projects() {\n"
                                                "  const res = await fetch('https://lescommuns.anct.gouv.fr/api/projects/');\n  return res.json();\n}\n"}
    r = check_result(tmp_path, files, BLOCKS)
    assert "Les Communs" in _blocks(r), _blocks(r)


EN = ["// Draw the detected features on the map with their own colour.", "// Keep the selected feature when the map is moved again.",
      "// Return the report of the commune chosen in the side panel.", "// Close the detail panel when the user clicks outside it."]
FR = ["// Affiche les objets détectés sur la carte avec leur couleur.", "// Garde l'objet choisi quand la carte est de nouveau déplacée.",
      "// Renvoie le rapport de la commune choisie dans le panneau latéral.", "// Ferme le panneau de détail quand on clique en dehors."]


def _code(comments: list[str], name: str) -> str:
    return "\n".join(f"{c}\nexport function {name}{i}(map) {{\n  return map.layer({i});\n}}\n" for i, c in enumerate(comments))


def _language_note(tmp_path, first: list[str], second: list[str]) -> dict:
    files = {"README.md": "# carte\nDémonstration de la détection de changements.\n",
             "src/map.js": _code(first, "drawLayer"), "src/panel.js": _code(second, "showPanel")}
    r = check_result(tmp_path, files, COMMENTS)
    return next(e for e in r["evidence"] if isinstance(e.get("value"), dict) and "comment_language" in e["value"])


def test_comments_half_english_half_french_are_mixed(tmp_path):
    e = _language_note(tmp_path, EN, FR)
    assert "mostly" not in e["note"]["en"] and "mixed" in e["note"]["en"], e
    assert e["kind"] == "finding"


def test_comments_in_english_stay_mostly_english(tmp_path):
    e = _language_note(tmp_path, EN, EN)
    assert e["note"]["en"].startswith("Comments mostly in English"), e
