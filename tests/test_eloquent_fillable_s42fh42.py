"""scaling.personal-data (issue 12, session 42 fixer fh42 = Exilz/linea-gap, reader ra42 §1 item 14): a Laravel 4 application's
Eloquent models name their table's columns only in ``$fillable`` (``['nomClient', 'prenomClient', 'emailClient', 'adresseClient']``),
with no migration: "18 models read: no personal-data field". An Eloquent model's property lists ($fillable, $hidden, $guarded,
$visible, $dates, $casts' keys) are its table's fields, and a column named after its table in camel case (nomClient in the table
client) is read as the word before the table's name, as NOM_CLIENT is. Near miss: a model of bus stops (nomArret, latArret) and one
of news items keep "no personal-data field". The fixtures are written for the test."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

CID = "scaling.personal-data"
CUSTOMER = """<?php

use Illuminate\\Auth\\UserTrait;
use Illuminate\\Auth\\UserInterface;

class Usager extends Eloquent implements UserInterface {

\tuse UserTrait;

\tprotected $table = 'usager';
\tpublic $timestamps = false;
\tpublic $fillable = ['nomUsager', 'prenomUsager', 'loginUsager', 'mdpUsager', 'emailUsager', 'adresseUsager'];
\tprotected $hidden = ['mdpUsager'];
\tpublic $primaryKey = 'idUsager';
}
"""
STOP = """<?php

class Arret extends Eloquent {

\tpublic $primaryKey = 'idArret';
\tpublic $timestamps = false;
\tprotected $table = 'arret';
\tpublic $fillable = ['nomArret', 'accesArret', 'latArret', 'longArret'];
}
"""
NEWS = """<?php

class Actualite extends Eloquent {

\tprotected $table = 'actualite';
\tpublic $fillable = ['titreActualite', 'contenuActualite', 'dateActualite', 'slug'];
}
"""
ROUTES = "<?php\nRoute::get('/', 'FrontController@index');\n"


def _result(tmp_path, models, name):
    files = {"README.md": "# Reseau\n\nSite du reseau de bus.\n", "composer.json": '{"require": {"laravel/framework": "4.2.*"}}\n',
             "app/routes.php": ROUTES, **{f"app/models/{k}.php": v for k, v in models.items()}}
    return judge(tmp_path, files, [CID], name=name)[1][CID]


def test_an_eloquent_model_s_fillable_columns_are_read(tmp_path):
    r = _result(tmp_path, {"Usager": CUSTOMER, "Arret": STOP, "Actualite": NEWS}, "a")
    assert r["status"] in ("warn", "fail"), (r["message"], r["evidence"])
    fields = " ".join(" ".join(e["value"]["fields"]) for e in r["evidence"] if isinstance(e.get("value"), dict) and e["value"].get("table") == "usager")
    assert "emailUsager (email)" in fields and "prenomUsager (identity)" in fields, r["evidence"]


def test_models_of_stops_and_news_hold_no_personal_data(tmp_path):
    # near miss (verdict unchanged): the same shape of model, its columns a stop's and a news item's
    r = _result(tmp_path, {"Arret": STOP, "Actualite": NEWS}, "b")
    assert r["status"] == "pass", (r["message"], r["evidence"])
