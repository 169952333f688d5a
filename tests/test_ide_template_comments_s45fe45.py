"""Issue 12, session 45 fixer fe45 (maxime13/SICTOM): a Java Swing program's six files each open on NetBeans' new-file template
("To change this license header, choose License Headers in Project Properties. To change this template file, choose Tools |
Templates and open the template in the editor."), its main class keeps "TODO code application logic here", while the author's
own comments are French. documentation.code-comments said "comments mostly in English, as DINUM asks" (en 62%): the editor's
English was read as the team's. An IDE's template text is now left out like a generator's stub. Near miss: comments the team
wrote in English stay English. Written for the test."""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

TEMPLATE = ("/*\n * To change this license header, choose License Headers in Project Properties.\n"
            " * To change this template file, choose Tools | Templates\n * and open the template in the editor.\n */\n")


def _file(i: int, own: str) -> str:
    return (TEMPLATE + f"package tournee;\n\n/**\n * {own[0]}\n */\npublic class Vue{i} {{\n\n    /**\n     * {own[1]}\n"
            f"     * @param poids {own[2]}\n     * @return {own[3]}\n     */\n    public int total{i}(int poids) {{\n"
            f"        // {own[4]}\n        int t = poids * {i + 2};\n        return t;\n    }}\n\n"
            "    public static void main(String[] args) {\n        // TODO code application logic here\n    }\n}\n")


FRENCH = ("Fenêtre qui affiche les tournées de collecte de la semaine avec leurs camions et leurs chauffeurs.",
          "Calcule le poids total ramassé pendant la tournée à partir des pesées enregistrées par le camion.",
          "le poids relevé lors de la dernière pesée du camion", "le total des déchets collectés en kilogrammes",
          "on multiplie par le nombre de passages prévus dans la journée")
ENGLISH = ("Window showing the collection rounds of the week with their trucks and their drivers.",
           "Computes the total weight collected during the round from the weighings the truck recorded.",
           "the weight read at the truck's last weighing", "the total waste collected in kilograms",
           "multiply by the number of passes planned in the day")


def _lang(tmp_path, own):
    r = check_result(tmp_path, {f"src/tournee/Vue{i}.java": _file(i, own) for i in range(6)}, "documentation.code-comments")
    found = [e["value"] for e in r["evidence"] if isinstance(e.get("value"), dict) and "comment_language" in e["value"]]
    return found[0]


def test_the_ides_template_is_not_the_teams_language(tmp_path):
    lang = _lang(tmp_path, FRENCH)
    assert lang["comment_language"] == "fr", lang


def test_near_miss_comments_written_in_english_stay_english(tmp_path):
    lang = _lang(tmp_path, ENGLISH)
    assert lang["comment_language"] == "en", lang
