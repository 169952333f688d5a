"""scaling.personal-data (issue 12, s37 fi37 = reader rc37, Romain64290/ecoute_domaine_public): an Ionic/Angular mobile app lets a
citizen report a problem in a public space with a photo, the position and their name, first name and e-mail, asked by a reactive
form (<ion-input formControlName="email" type="email">, FormBuilder's nom/prenom/email) and sent to the authority's API. The check
passed: "1 schema(s) or model(s) read: no personal-data field": the form rule read <input name=…>, $_POST[…] and ExtJS items, not
Angular's controls (formControlName, [(ngModel)]) nor Ionic's <ion-input>. Now those forms are read: inconclusive, the forms collect
personal data the models read do not hold. Near miss: a form whose controls ask a comment and a category only stays a pass."""

from __future__ import annotations

from tests.test_reusability_fixtures import pd

PAGE = """<ion-header><ion-navbar><ion-title>Signalement</ion-title></ion-navbar></ion-header>
<ion-content padding>
  <form [formGroup]="signalementForm">
    <ion-item>
      <ion-label floating>{a}</ion-label>
      <ion-input formControlName="{a}" type="text"></ion-input>
    </ion-item>
    <ion-item>
      <ion-label floating>{b}</ion-label>
      <ion-input [(ngModel)]="signaleur.{b}" type="text"></ion-input>
    </ion-item>
    <ion-item>
      <ion-textarea formControlName="commentaire"></ion-textarea>
    </ion-item>
  </form>
</ion-content>
"""
MODEL = """export class TypeSignalementApiGlobal {
  id: number;
  libelle: string;
  icone: string;
}
"""
PACKAGE = '{"name": "ecoute", "dependencies": {"@angular/core": "4.1.3", "ionic-angular": "3.5.3"}}\n'


def _files(a: str, b: str) -> dict:
    return {"package.json": PACKAGE, "src/models/typesignalement.model.ts": MODEL,
            "src/pages/signalement/signalement.html": PAGE.format(a=a, b=b)}


def test_an_angular_forms_controls_asking_name_and_email_are_read(tmp_path):
    r = pd(tmp_path, _files("email", "prenom"))
    assert r["status"] == "inconclusive", r["message"]  # was pass "1 schema(s) or model(s) read: no personal-data field"
    assert "e-mail address" in r["message"]["en"] and "name" in r["message"]["en"], r["message"]
    assert {e.get("value") for e in r["evidence"]} >= {"email", "prenom"}, r["evidence"]


def test_a_form_asking_a_category_and_a_comment_stays_a_pass(tmp_path):
    r = pd(tmp_path, _files("categorie", "quartier"))
    assert r["status"] == "pass", r["message"]
