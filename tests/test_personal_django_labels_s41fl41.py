"""scaling.personal-data (issue 12, s41 fl41 = reader rc41 styx #1 and smmaranim #1, SMMAR11/styx, SMMAR11/smmaranim).

A syndicat mixte's Django application names its fields in abbreviations: its agents' TTechnicien has n_techn ('Nom de famille')
and pren_techn ('Prénom'); its TUtilisateur extends django.contrib.auth's User (login, e-mail, first and last names) and adds
port_util, tel_util (phone-number fields, 'Numéro de téléphone'); a booking's referent has courr_rr, an EmailField ('Courriel du
contact référent'), and tel_rr. The check said "7 models read: no personal-data field" (styx) or listed only the prenom_* fields
(smmaranim). A Django field's label (verbose_name, or its first positional string) says what it holds as a COMMENT ON does, an
EmailField holds an e-mail address, a phone-number field a phone number, and a model extending auth's User holds its user's names
and e-mail address. Near misses: a model of things labelled in French (a river's name, a programme's code) keeps no personal data; an
establishment's own address ('Courriel de l'établissement') is no person's.
"""

from __future__ import annotations

from tests.test_reusability_fixtures import pd

HEAD = "from django.contrib.auth.models import User\nfrom django.contrib.gis.db import models\n\n\n"

THINGS = '''class TRiviere(models.Model):
    id_riv = models.AutoField(primary_key=True)
    n_riv = models.CharField(max_length=255, verbose_name='Nom de la rivière')
    code_prg = models.CharField('Code du programme', max_length=20)
    geom = models.LineStringField(srid=2154)

    class Meta:
        db_table = 't_riviere'

'''

PEOPLE = '''class TTechnicien(models.Model):

    \'\'\'Ensemble des agents\'\'\'

    id_techn = models.AutoField(primary_key=True)
    en_act = models.BooleanField(default=True, verbose_name='Est-il en activité ?')
    n_techn = models.CharField(max_length=255, verbose_name='Nom de famille')
    pren_techn = models.CharField(max_length=255, verbose_name='Prénom')

    class Meta:
        db_table = 't_technicien'


class TUtilisateur(User):

    id_util = models.OneToOneField(User, on_delete=models.CASCADE, primary_key=True, parent_link=True)
    port_util = PhoneNumberField(blank=True, verbose_name='Numéro de téléphone portable')
    tel_util = PhoneNumberField(blank=True)

    class Meta:
        db_table = 't_utilisateur'


class TReferentReservation(models.Model):
    id_rr = models.AutoField(primary_key=True)
    courr_rr = models.EmailField(
        blank=True, verbose_name='Courriel du contact référent de l\\'établissement'
    )
    courr_etab = models.EmailField(verbose_name="Courriel de l'établissement")
    tel_rr = models.CharField('Numéro de téléphone du contact référent', max_length=20, blank=True)
'''

BASE = {"README.md": "# Gestion des programmes\n\nApplication web de gestion des programmes de travaux en rivière.\n",
        "requirements.txt": "Django==4.2\n"}


def tables(r):
    return {e["value"]["table"]: e["value"]["fields"] for e in r["evidence"] if isinstance(e.get("value"), dict) and "table" in e["value"]}


def test_labels_field_types_and_the_auth_user_say_what_django_models_hold(tmp_path):
    r = pd(tmp_path, {**BASE, "app/models/tables.py": HEAD + THINGS + PEOPLE})
    assert r["status"] in ("warn", "fail"), r  # was pass 10 "7 models read: no personal-data field"
    t = tables(r)
    assert set(t) == {"TTechnicien", "TUtilisateur", "TReferentReservation"}, t
    assert any(f.startswith("n_techn") for f in t["TTechnicien"]) and any(f.startswith("pren_techn") for f in t["TTechnicien"]), t
    assert {f.split(" ")[0] for f in t["TUtilisateur"]} >= {"email", "first_name", "last_name", "port_util", "tel_util"}, t
    assert {f.split(" ")[0] for f in t["TReferentReservation"]} == {"courr_rr", "tel_rr"}, t
    assert "Personal data in 3 " in r["message"]["en"], r["message"]


def test_a_django_model_of_things_keeps_no_personal_data(tmp_path):
    r = pd(tmp_path, {**BASE, "app/models/tables.py": HEAD + THINGS})
    assert r["status"] == "pass", r
