"""scaling.personal-data (issue 12, s41 fu41 = reader rg41, Romain64290/formulaire-drh).

An agglomeration's HR forms app (plain PHP) inserts a new agent's welcome form into a table whose columns are named after the
form's numbered questions (quest0_nom, quest0_matricule, quest5_tetanos, adresse_ip): the table was not read as personal data,
the matcher comparing whole names only. Rule: a column named "<numbered form part>_<field>" (quest0_, q3_, etape2_) is that
field; a tetanus vaccination is health data. Near miss: a thing's name (nom_fichier), nombre, and numbered parts holding no
personal field (quest1_service) keep the table unread.
"""

from __future__ import annotations

from tests.test_reusability_fixtures import pd

MEMBERS = """<?php
class Sessions {
  function login($login) {
    $q = $this->con->prepare('SELECT id_membre, mot_de_passe FROM membres WHERE login = :login');
  }
  function add($nom, $prenom, $email) {
    $q = $this->con->prepare('INSERT INTO membres (nom_membre, prenom_membre, email) VALUES (:nom, :prenom, :email)');
  }
}
"""
FICHE = """<?php
class Accueil {
  function liste() {
    $q = $this->con->prepare('SELECT id, date_inscription FROM accueil_fiche ORDER BY date_inscription DESC');
  }
  function save() {
    $insert = $this->con->prepare('INSERT INTO accueil_fiche
(
  date_inscription,adresse_ip,{cols}
)
VALUES(
  :date,:ip,{vals}
)');
  }
}
"""


def _fiche(cols):  # (and the form's other questions, a column list longer than 800 characters)
    cols = cols + [f"quest{q}_{w}_{s}" for q in (6, 7) for w in ("formation", "signalisation", "hauteur", "chimique") for s in ("personne", "delai")] * 3
    return FICHE.replace("{cols}", ",".join(cols)).replace("{vals}", ",".join(":" + c for c in cols))


def test_numbered_question_columns_are_the_fields_they_name(tmp_path):
    cols = ["quest0_nom", "quest0_service", "quest0_matricule", "quest1_service_delai", "quest5_tetanos"]
    r = pd(tmp_path, {"modules/sessions/model.inc.php": MEMBERS, "modules/admin/accueil/model.inc.php": _fiche(cols)})
    assert "2 table" in r["message"]["en"], r["message"]  # was « Personal data in 1 table(s) or model(s): e-mail address, name. »
    assert "staff number" in r["message"]["en"] and "health" in r["message"]["en"], r["message"]


def test_a_things_name_and_numbered_parts_with_no_personal_field_stay_unread(tmp_path):
    cols = ["quest0_service", "quest1_objet", "nom_fichier", "nombre", "quest2_locaux_delai"]
    r = pd(tmp_path, {"modules/sessions/model.inc.php": MEMBERS, "modules/admin/accueil/model.inc.php": _fiche(cols)})
    assert "1 table" in r["message"]["en"], r["message"]
    assert "staff number" not in r["message"]["en"], r["message"]
