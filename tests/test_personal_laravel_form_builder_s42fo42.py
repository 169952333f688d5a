"""scaling.personal-data (issue 12, s42 fo42 = reader ra42 linea-gap, fh42's note, Exilz/linea-gap).

A Laravel 4 application writes its forms with the Form builder in Blade views ({{ Form::text('prenom') }}, {{ Form::email('email') }}),
not with <input name>: the check did not read them as form fields, so an application keeping no model the check reads said "No
database schema or model read" although its contact form collects an e-mail address and names. Laravel's Form builder fields are form
fields. Near misses: a label (Form::label('email', …)), a search box (Form::text('arret')) and a contact form left in an HTML or
Blade comment collect no personal data.
"""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

COMPOSER = '{"name": "ville/horaires", "require": {"laravel/framework": "4.2.*"}}\n'
README = "# Horaires\n\nHoraires des bus de la ville.\n"
SEARCH = ("@extends('layouts.public')\n@section('content')\n{{Form::open(array('route' => 'horaires'))}}\n"
          "    {{Form::label('email', 'Recevoir les horaires par courriel')}}\n"
          "    {{Form::text('arret', '', array('placeholder' => 'Nom de l\\'arrêt'))}}\n    {{Form::submit('OK')}}\n{{Form::close()}}\n"
          "<!--{{Form::open(array('action' => 'EmailController@contactSend'))}}-->\n"
          "<!--    {{Form::text('telephone', '', array('placeholder' => 'Téléphone'))}}-->\n"
          "{{-- {{Form::email('courriel')}} --}}\n@stop\n")
CONTACT = ("@extends('layouts.public')\n@section('content')\n{{Form::open(array('action' => 'ContactController@send'))}}\n"
           "    {{Form::label('prenom', 'Prénom')}}\n    {{Form::text('prenom', '', array('required' => 'required'))}}\n"
           "    {{Form::email('email', '', array('placeholder' => 'Email'))}}\n    {{Form::textarea('message')}}\n"
           "{{Form::close()}}\n@stop\n")


def _personal(tmp_path, files, name="r"):
    base = {"composer.json": COMPOSER, "README.md": README, "app/routes.php": "<?php\nRoute::get('/', 'HomeController@index');\n"}
    return judge(tmp_path, {**base, **files}, ["scaling.personal-data"], name=name)[1]["scaling.personal-data"]


def test_laravel_form_builder_fields_collect_personal_data(tmp_path):
    r = _personal(tmp_path, {"app/views/public/search.blade.php": SEARCH, "app/views/public/contact.blade.php": CONTACT})
    assert r["status"] == "inconclusive" and "forms collect personal data" in r["message"]["en"], r  # was not_applicable
    assert {e.get("value") for e in r["evidence"]} >= {"email", "prenom"}, r["evidence"]
    assert not any(e.get("value") in ("telephone", "courriel") for e in r["evidence"]), r["evidence"]


def test_a_label_a_search_box_and_a_commented_form_collect_nothing(tmp_path):
    r = _personal(tmp_path, {"app/views/public/search.blade.php": SEARCH}, name="n")
    assert r["status"] == "not_applicable", r
