"""A PHP model's INSERT into a table named after a joined prefix names its fields (issue 12, s45 ff45 = reader rb45's
LexaeART/villeinfo).

villeinfo: models/newsletterModel.php inserts a subscriber with `'INSERT INTO '.self::PREFIX.'newsletter(`prenom`, `nom`, `mail`)
VALUES(…)'` (and users.php its admins the same way). scaling.personal-data said "15 schema(s) or model(s) read without a
personal-data field, but forms collect personal data": the INSERT's column list was read only when the table's name followed
INSERT INTO directly. Rule now: a prefix the code joins to the query ('…'.PREFIX.'table', "…" + PREFIX + "table") is skipped.
Near miss: the same model inserting a non-personal table (a news item's title and file) finds no personal-data field."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

PD = "scaling.personal-data"


def _model(table: str, cols: list[str]) -> str:
    props = "".join(f"    public ${c} = '';\n" for c in cols)
    quoted = ", ".join(f"`{c}`" for c in cols)
    marks = ", ".join(f":{c}" for c in cols)
    binds = "".join(f"        $q->bindValue(':{c}', $this->{c}, PDO::PARAM_STR);\n" for c in cols)
    return (f"<?php\ninclude_once 'config.php';\n\nclass {table} extends dataBase {{\n{props}\n    public function ajouter() {{\n"
            f"        $query = 'INSERT INTO '.self::PREFIX.'{table}({quoted}) VALUES({marks})';\n        $q = $this->db->prepare($query);\n"
            f"{binds}        return $q->execute();\n    }}\n}}\n")


def _files(model: str) -> dict:
    return {"index.php": "<!DOCTYPE html>\n<html lang=\"fr\"><body><h1>Accueil</h1></body></html>\n",
            "models/config.php": "<?php\nclass dataBase {\n    const PREFIX = 'site_';\n    protected $db;\n}\n",
            "models/abonneModel.php": model}


def test_a_prefixed_insert_of_a_subscribers_name_and_mail_is_personal_data(tmp_path):
    _r, res = judge(tmp_path, _files(_model("abonnes", ["prenom", "nom", "courriel"])), [PD], name="pd")
    assert res[PD]["status"] == "warn", res[PD]["message"]
    assert any(e.get("path") == "models/abonneModel.php" for e in res[PD]["evidence"]), res[PD]["evidence"]


def test_near_miss_a_prefixed_insert_of_news_items_holds_no_personal_data(tmp_path):
    _r, res = judge(tmp_path, _files(_model("actus", ["titre", "fichier", "annee"])), [PD], name="news")
    assert res[PD]["status"] != "warn", res[PD]["message"]
