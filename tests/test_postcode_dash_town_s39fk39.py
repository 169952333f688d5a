"""reusability.territory-neutral (issue 12, s39 fk39 = reader rc39: SofianeMohamedStd/Mairie-de-Willer-sur-Thur). A Symfony
citizens' platform made for one commune: its e-mail template's footer writes the town hall's name on one line, then its street and
« <postcode> - <town> » on the last line of an address broken by <br>; its page title and logos write the town bare.

1. « 14520 - Val-Fleuri-sur-Orne » (a postal code, a dash, the town the same text names its town hall after) ending its line after a
   <br> line is the town hall's postal address; the same with a commune of communes.yml (« 29200 - Brest ») too.
2. « Mairie de Val-Fleuri-sur-Orne » spread over an element's lines (">\\n   Mairie de … <") gives the territory's name, so its bare
   echoes in the page title are counted (territory_name_echoes, s39 fc39).
Near misses: a postal code and town as a form field's placeholder stays out; « 12000 - Euros » (a quantity) and a code then a dash
and a label no text names as a town (« 75001 - Rapport ») are no address. Minimal fixtures written for the test (Val-Fleuri-sur-Orne
is made up).
"""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

CID = "reusability.territory-neutral"
TOWN = "Val-Fleuri-sur-Orne"
COMPOSER = '{"type": "project", "require": {"php": ">=7.2.5", "symfony/mailer": "5.2.*"}}\n'
MAIL_BASE = ("<container>\n    <row>\n        <columns>\n            <div class=\"footer\">\n                <p>\n"
             f"                    Mairie de {TOWN} <br>\n                    3, rue de la Poste <br>\n"
             f"                    14520 - {TOWN}\n                </p>\n            </div>\n        </columns>\n    </row>\n</container>\n")
BASE = ("<!DOCTYPE html>\n<html>\n    <head>\n        <meta charset=\"UTF-8\">\n"
        f"        <title>{{% block title %}}Bienvenue{{% endblock %}} | {TOWN} </title>\n    </head>\n"
        "    <body>{% block body %}{% endblock %}</body>\n</html>\n")
FORM = ("{% extends 'base.html.twig' %}\n{% block body %}\n<form>\n"
        f"    <input type=\"text\" name=\"ville\" placeholder=\"14520 - {TOWN}\">\n</form>\n{{% endblock %}}\n")


def _findings(r: dict) -> dict:
    return {(e.get("path"), e.get("line")): e.get("value") for e in r["evidence"] if e.get("kind") == "finding"}


def test_a_postcode_dash_town_ending_a_town_halls_address_is_counted(tmp_path):
    r = check_result(tmp_path, {"composer.json": COMPOSER, "templates/email/base.html.twig": MAIL_BASE, "templates/base.html.twig": BASE,
                                "templates/register.html.twig": FORM}, CID)
    found = _findings(r)
    assert ("templates/email/base.html.twig", 8) in found and "14520" in found[("templates/email/base.html.twig", 8)], r["evidence"]
    assert ("templates/base.html.twig", 5) in found, r["evidence"]  # (the town's name the town hall's gives, echoed)
    assert ("templates/register.html.twig", 4) not in found, r["evidence"]  # (a placeholder)


def test_a_postcode_dash_known_commune_is_an_address(tmp_path):
    page = MAIL_BASE.replace(f"Mairie de {TOWN}", "Mairie de Brest").replace(f"14520 - {TOWN}", "29200 - Brest")
    r = check_result(tmp_path, {"composer.json": COMPOSER, "templates/email/base.html.twig": page}, CID)
    assert ("templates/email/base.html.twig", 8) in _findings(r), r["evidence"]


def test_a_code_dash_label_is_no_address(tmp_path):
    # near miss: a quantity, and a number then a label no text names as a town, after a town hall's name: the old verdict
    page = MAIL_BASE.replace(f"14520 - {TOWN}", "12000 - Euros")
    r = check_result(tmp_path, {"composer.json": COMPOSER, "templates/email/base.html.twig": page}, CID)
    assert ("templates/email/base.html.twig", 8) not in _findings(r), r["evidence"]
    page = MAIL_BASE.replace(f"14520 - {TOWN}", "75001 - Rapport")
    r = check_result(tmp_path, {"composer.json": COMPOSER, "templates/email/base.html.twig": page}, CID)
    assert ("templates/email/base.html.twig", 8) not in _findings(r), r["evidence"]


def test_a_placeholder_alone_stays_clean(tmp_path):
    # near miss: the postcode and town only as a form field's example: no value of the project
    r = check_result(tmp_path, {"composer.json": COMPOSER, "templates/base.html.twig": BASE.replace(TOWN, "Accueil"),
                                "templates/register.html.twig": FORM}, CID)
    assert not _findings(r), r["evidence"]
