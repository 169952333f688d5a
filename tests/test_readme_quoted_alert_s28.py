"""Every paragraph of a GitHub alert is the notice (issue 12, session 28 lead = reader r5a, betagouv/publicodes-aides-velo).

The README opens on a quoted alert of two paragraphs ("> [!IMPORTANT]" / "> X a décidé de reprendre la maintenance…" / ">" /
"> Bien que nous … ne pouvons garantir que nous pourrons continuer…"), then the title and "Modèle Publicodes pour le calcul des aides
vélo en France.": the alert's second paragraph was the description and the purpose. Every "> " line after the alert's marker, to the
last one, is the notice; a quote that is no alert (a tagline under the title) stays a description."""

from __future__ import annotations

from tests.test_state_facts_s21 import facts

ALERT = ("> [!IMPORTANT]\n> Une autre équipe a décidé de reprendre la maintenance de ce paquet et l'a forké sous un autre nom.\n>\n"
         "> Bien que nous pourrions envisager d'intégrer les mises à jour de ce paquet, nous ne pouvons garantir que nous pourrons "
         "continuer de le faire bénévolement.\n\n")
BODY = "# `aides-velo`\n\nModèle de calcul des aides à l'achat de vélos en France, par commune et par revenu.\n\n## Installation\n\n    npm install aides-velo\n"


def _readme(tmp_path, text, name):
    f, _ = facts(tmp_path, {"README.md": text, "src/index.js": "export const aides = [];\n"}, name)
    return f["readme"]


def test_the_alerts_second_paragraph_is_no_description(tmp_path):
    r = _readme(tmp_path, ALERT + BODY, "alert")
    assert r["description"]["line"] == 8 and r["description"]["text"].startswith("Modèle de calcul"), r["description"]
    purpose = [d for d in r["section_details"] if d["name"] == "purpose"]
    assert all(d["line"] >= 6 for d in purpose), purpose


def test_a_quoted_tagline_stays_the_description(tmp_path):
    text = "# aides-velo\n\n> Modèle de calcul des aides à l'achat de vélos en France, par commune et par revenu.\n\n## Installation\n\n    npm i\n"
    r = _readme(tmp_path, text, "tagline")
    assert r["description"]["line"] == 3, r["description"]
