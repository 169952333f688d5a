"""Grails domain classes are a data model (issue 12, s38 ff38 = reader rc38, AXESS-EDUC/eliot-tdbase).

TD Base's plugin holds GORM domain classes (grails-app/domain/…/annuaire/Personne.groovy: ``String nom``, ``String prenom``,
``Date dateNaissance``, ``String telephonePortable``, ``String adresse``, ``String email`` of pupils and teachers, table ent.personne
set in ``static mapping``). Readers found scaling.personal-data "7 schema(s) or model(s) read: no personal-data field": the domain
classes were never read. A domain class of things (a subject's title, a mark's value) holds no one's data; variables of its methods
and its static closures are no columns.
"""

from __future__ import annotations

from tests.test_project_kind import run
from tests.test_reusability_fixtures import build, results

PERSONNE = """package org.demo.annuaire

class Personne {

  static final String NOM_TABLE = 'ent.personne'

  String nom
  String prenom
  Date dateNaissance
  String telephonePortable
  String adresse
  String email // contact
  Etablissement etablissement

  static mapping = {
    table(Personne.NOM_TABLE)
    id column: 'id', generator: 'sequence'
  }

  static transients = ['nomAffichage']

  static constraints = {
    email(nullable: true)
  }

  String getNomAffichage() {
    String courriel = email
    return "$prenom $nom"
  }
}
"""
SUJET = """package org.demo

class Sujet {
  String titre
  Integer points
  Date dateCreated

  static constraints = {
    titre(blank: false)
  }

  String resume() {
    String email = 'noreply@example.org'
    titre.take(20)
  }
}
"""


def base() -> dict:
    return {"README.md": "# Demo\n\nBanque d'exercices.\n",
            "app/application.properties": "app.grails.version=2.1.1\n",
            "app/grails-app/controllers/demo/SujetController.groovy": "package demo\n\nclass SujetController {\n  def index() {}\n}\n",
            "app/grails-app/views/sujet/index.gsp": "<html><body>Sujets</body></html>\n",
            "app/grails-app/domain/org/demo/Sujet.groovy": SUJET}


def personal(tmp_path, files, name="p"):
    return results(run(build(tmp_path / name, files), tmp_path / f"c-{name}", only=["scaling.personal-data"]))["scaling.personal-data"]


def test_a_grails_domain_class_of_people_holds_personal_data(tmp_path):
    r = personal(tmp_path, {**base(), "plugin/grails-app/domain/org/demo/annuaire/Personne.groovy": PERSONNE})
    assert r["status"] in ("warn", "fail"), r
    assert "Personne" in r["message"]["en"] or any("Personne.groovy" in (e.get("path") or "") for e in r["evidence"]), r


def test_a_domain_class_of_things_holds_none(tmp_path):
    # (near miss: a subject's title and points; the e-mail is a variable of a method, no column)
    r = personal(tmp_path, base(), name="q")
    assert r["status"] in ("pass", "not_applicable"), r
