"""reusability.territory-neutral (issue 12, session 42 fixer fh42 = Exilz/linea-gap, reader ra42 §1 item 15): a bus network's
autocomplete list of its ~150 stops (``var arrets = ["Academie", "Albert borel", …]``) was called "a table of one territory's
communes" because three of its names (Verdun, Saint Jean, Les Lilas) are communes' names too. A table of communes needs the
communes to be most of its proper names; a handful of homonyms among many stops, streets or places is a list of something else.
Near miss: a short table of four communes keeps its finding. The fixtures are written for the test."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

CID = "reusability.territory-neutral"
NOTE = "a table of one territory's communes"
STOPS = ["Gare routiere", "College Mistral", "Piscine", "Hopital", "Mairie annexe", "Pont neuf", "Stade", "Les Tilleuls", "Lycee agricole",
         "Rond point des Alpes", "Zone artisanale", "Marche couvert", "Clinique", "Place de la Liberte", "Ecole Pasteur", "Cimetiere",
         "Parc des sports", "Residence du lac", "Mediatheque", "Caserne", "Les Cedres", "Route de Briancon", "Chemin des vignes",
         "Champ de foire", "Verdun", "Saint Jean", "Les Lilas", "Poste centrale", "Haut du bourg", "La Tour"]
COMMUNES = ["Montboucher-sur-Jabron", "Saint-Gervais-sur-Roubion", "Bonlieu-sur-Roubion", "Chantemerle-lès-Grignan"]


def _files(names):
    listing = ",".join(f'"{n}"' for n in names)
    script = ("$(function () {\n    /**\n     * AUTOCOMPLETE\n     */\n    var arrets = [" + listing + "];\n"
              "    $('#arret').typeahead({source: arrets});\n});\n")
    return {"README.md": "# Reseau de bus\n\nSite du reseau.\n", "public/js/script.js": script}


def _tables(res):
    return [e for e in res["evidence"] if e.get("kind") == "finding" and NOTE in e.get("note", {}).get("en", "")]


def test_a_list_of_stops_with_a_few_commune_homonyms_is_no_commune_table(tmp_path):
    r = judge(tmp_path, _files(STOPS), [CID])[1][CID]
    assert _tables(r) == [], r["evidence"]


def test_a_short_table_of_communes_is_still_one(tmp_path):
    # near miss (verdict unchanged): four communes, one other name
    r = judge(tmp_path, _files(COMMUNES + ["Autre"]), [CID])[1][CID]
    assert _tables(r), (r["message"], r["evidence"])
