"""scaling.personal-data (issue 12, s37 fi37 = reader rc37, Romain64290/zero_dechet): a PHP application's models write their tables in
plain SQL through PDO (modules/sessions/model.inc.php: SELECT * FROM membres …, INSERT INTO membres (id_typemembre, mot_de_passe,
nom_membre, prenom_membre, email, date_inscription)). The check read such a file for the columns its SELECTs name only, so the
members' names and e-mails were unseen: "8 schema(s) or model(s) read without a personal-data field, but forms collect personal
data" (inconclusive). The columns an INSERT names are its table's fields: now read there too. Near miss: a model inserting a
weighing (INSERT INTO pesee (id_membre, poids, date_pesee)) holds no personal field."""

from __future__ import annotations

from tests.test_reusability_fixtures import pd

MODEL = """<?php
class Model {
    public function connexion($email, $password) {
        $req = $this->con->prepare('SELECT * FROM membres
            WHERE email = :email AND mot_de_passe = :pass');
        $req->execute();
        return $req->fetch();
    }
    public function inscription($nom, $prenom, $email, $repassword) {
        $insert = $this->con->prepare('INSERT INTO membres (id_typemembre,mot_de_passe,nom_membre,prenom_membre,email,date_inscription)
VALUES(:id_typemembre,:mot_de_passe,:nom,:prenom,:email,:date)');
        $insert->bindParam(':nom', $nom, PDO::PARAM_STR);
        return $insert->execute();
    }
}
"""
PESEE = """<?php
class Model {
    public function liste() {
        $req = $this->con->prepare('SELECT id_pesee, poids FROM pesee ORDER BY date_pesee');
        $req->execute();
        return $req->fetchAll();
    }
    public function ajout($id, $poids) {
        $insert = $this->con->prepare('INSERT INTO pesee (id_membre, poids, date_pesee) VALUES (:id, :poids, NOW())');
        return $insert->execute();
    }
}
"""
INDEX = "<?php\nheader('Location: admin/index.php');\n"


def test_the_columns_a_models_insert_names_are_its_tables_fields(tmp_path):
    r = pd(tmp_path, {"index.php": INDEX, "modules/sessions/model.inc.php": MODEL, "modules/admin/pesee/model.inc.php": PESEE})
    assert r["status"] == "warn", r["message"]
    fields = {e["value"]["table"]: e["value"]["fields"] for e in r["evidence"] if isinstance(e.get("value"), dict) and "table" in e["value"]}
    assert "email (email)" in fields.get("membres", []) and any(f.startswith("prenom_membre") for f in fields["membres"]), fields
    assert "pesee" not in fields, fields


def test_a_model_inserting_weighings_holds_no_personal_field(tmp_path):
    r = pd(tmp_path, {"index.php": INDEX, "modules/admin/pesee/model.inc.php": PESEE})
    assert r["status"] == "pass", r["message"]
