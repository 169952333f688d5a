"""A PHP script echoing the JSON it kept in a variable answers JSON (issue 12, s45 ff45 = reader rb45's LexaeART/villeinfo).

villeinfo: a commune's PHP site whose controlers/villinfosScript.php and demarchesInfosScript.php read database rows, then
`$encode = json_encode($rows); echo $encode;`, called by the pages' scripts with $.post. interoperability.api-spec said "No served
API detected (… no code answering JSON)": only `echo json_encode(` written in one statement was read. Rule now: `$name =
json_encode(…)` counts when the script then echoes, prints or exits with `$name`. Near miss: JSON kept in a variable and written
to a file (file_put_contents) answers nothing."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

API = "interoperability.api-spec"
PAGE = ("<!DOCTYPE html>\n<html lang=\"fr\"><head><title>Actualités</title></head>\n<body>\n<?php include 'menu.php'; ?>\n"
        "<div id=\"liste\"></div>\n<script src=\"assets/js/actus.js\"></script>\n</body></html>\n")
MODEL = ("<?php\nclass actus {\n    public $annee;\n    public function parAnnee() {\n        $db = new PDO('mysql:host=localhost;dbname=site', 'u', '');\n"
         "        $q = $db->prepare('SELECT titre, fichier FROM actus WHERE annee = :a');\n        $q->execute(['a' => $this->annee]);\n"
         "        return $q->fetchAll(PDO::FETCH_OBJ);\n    }\n}\n")


def _files(tail: str) -> dict:
    return {"index.php": PAGE, "menu.php": "<nav><a href=\"index.php\">Accueil</a></nav>\n", "models/actus.php": MODEL,
            "assets/js/actus.js": "$.post('controleurs/actusScript.php', {annee: 2019}, function (data) { $('#liste').text(data); });\n",
            "controleurs/actusScript.php": ("<?php\ninclude '../models/actus.php';\n$actus = new actus();\n$actus->annee = $_POST['annee'];\n"
                                            "$lignes = $actus->parAnnee();\n$sortie = json_encode($lignes);\n" + tail + "?>\n")}


def test_json_kept_in_a_variable_then_echoed_is_an_answer(tmp_path):
    _r, res = judge(tmp_path, _files("echo $sortie;\n"), [API], name="echo")
    assert res[API]["status"] == "warn", res[API]["message"]
    assert any(e.get("path") == "controleurs/actusScript.php" for e in res[API]["evidence"]), res[API]["evidence"]


def test_near_miss_json_written_to_a_file_answers_nothing(tmp_path):
    _r, res = judge(tmp_path, _files("file_put_contents('cache/actus.json', $sortie);\n"), [API], name="file")
    assert res[API]["status"] == "not_applicable", res[API]["message"]
