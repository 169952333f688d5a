"""reusability.territory-neutral: a program named after the page it renders is code, whatever its name (issue 12, s43 fe43 =
Buralis/archives, reader rb43): a commune's archives site includes in every page vues/licence_clique.php, the dialog of its
conditions of use writing the town, its service's mailbox and phone; the file was taken for a licence text (a name opening on
"licence") and its values were missed. Near miss: a LICENCE.txt naming the same town as the holder of the rights stays a licence text,
no value. The files are written for these tests, in the shape of the real repository named above."""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

CID = "reusability.territory-neutral"

INDEX = ("<?php include 'include/pdo.php'; ?>\n<!DOCTYPE html>\n<html><head><title>Archives</title></head>\n<body>\n"
         "<form id=\"recherche\"><input name=\"mot\"></form>\n<?php include 'vues/licence_clique.php'; ?>\n</body></html>\n")
DIALOG = ("<div class=\"modal\" id=\"licence\">\n  <h3>Conditions d'utilisation</h3>\n"
          "  <p>Les numérisations du journal sont la propriété de la ville de Limoges.</p>\n"
          "  <p>Toute réutilisation demande l'accord du service : archives@limoges.fr</p>\n</div>\n")
PDO = "<?php\nclass Pdo2 {\n    public function recherche($mot) {\n        return [];\n    }\n}\n"
BASE = {"README.md": "# archives\n", "index.php": INDEX, "include/pdo.php": PDO}


def _values(res) -> set:
    return {(e.get("path"), str(e.get("value"))) for e in res["evidence"] if e.get("path")}


def test_a_view_named_after_the_licence_dialog_is_code(tmp_path):
    res = check_result(tmp_path, {**BASE, "vues/licence_clique.php": DIALOG}, CID)
    assert res["status"] != "pass" and any(p == "vues/licence_clique.php" for p, _ in _values(res)), (res["message"], res["evidence"])


def test_a_licence_text_naming_the_town_stays_no_value(tmp_path):
    text = "Copyright (c) 2021 Ville de Limoges\n\n" + DIALOG.replace("<", "[").replace(">", "]")
    res = check_result(tmp_path, {**BASE, "LICENCE.txt": text, "vues/licence.txt": text}, CID)
    assert res["status"] == "pass", (res["message"], res["evidence"])
