"""Session 27 (f27, measure 17 reader o3, lutece-secteur-public/ecom-module-workflow-tipi): a payment module whose whole purpose
is the State's payment block TIPI/PayFiP scored warn 4.0/10 and was told to call API Adresse, geo.api.gouv.fr, IGN and API
Entreprise, though it handles no address, place, map or SIREN; the same check says not applicable of a service using no block
and handling nothing. Using the right block never scores worse than none; the advice names only the blocks for what is handled."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge
from tests.test_payfip_block_s16_k6 import PAYMENT_MODULE

BB = "interoperability.public-building-blocks"
MODULE = PAYMENT_MODULE  # (the payment module of session 16's test: a Lutece plugin calling TIPI/PayFiP)


def test_a_payment_module_on_the_payment_block_does_all_that_is_asked(tmp_path):
    res = judge(tmp_path, MODULE, [BB])[1][BB]
    assert res["details"]["building_blocks"] == ["TIPI / PayFiP (DGFiP)"], res["details"]
    assert res["status"] == "pass" and res["score"] == 10, (res["score"], res["message"])
    advice = res["remediation"]["en"]
    assert "API Adresse" not in advice and "API Entreprise" not in advice and "Géoplateforme" not in advice, advice


def test_the_same_module_handling_addresses_is_told_of_the_address_block_only(tmp_path):
    files = dict(MODULE)
    files["src/java/fr/ville/paiement/Payeur.java"] = ("package fr.ville.paiement;\n\npublic class Payeur\n{\n"
                                                       "    private String codePostal;\n    private String adressePostale;\n}\n")
    res = judge(tmp_path, files, [BB], name="adresse")[1][BB]
    assert res["status"] == "warn" and res["score"] == 4, (res["score"], res["message"])
    advice = res["remediation"]["en"]
    assert "API Adresse" in advice and "API Entreprise" not in advice, advice


MAP_APP = {"README.md": "# Carte des équipements\n", "requirements.txt": "Flask==2.3.0\n",
           "app.py": ("from flask import Flask, render_template\n\napp = Flask(__name__)\n\n\n@app.route('/')\ndef index():\n"
                      "    return render_template('index.html')\n"),
           "package.json": '{"name": "carte", "version": "1.0.0", "dependencies": {"leaflet": "^1.9.4"}}\n', "package-lock.json": "{}\n",
           "templates/index.html": "<html><body><div id=\"map\"></div><script src=\"/static/map.js\"></script></body></html>\n",
           "static/map.js": ("import L from 'leaflet';\n\nconst map = L.map('map').setView([47.2, -1.55], 12);\n"
                          "L.tileLayer('https://data.geopf.fr/wmts?SERVICE=WMTS&REQUEST=GetTile&LAYER=GEOGRAPHICALGRIDSYSTEMS.PLANIGNV2"
                          "&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}').addTo(map);\n")}


def test_a_map_drawn_on_the_geoplateforme_takes_what_it_handles_from_the_block(tmp_path):
    res = judge(tmp_path, MAP_APP, [BB], name="carte")[1][BB]
    assert "Géoplateforme IGN" in res["details"]["building_blocks"], res["details"]
    assert res["status"] == "pass" and res["score"] == 10, (res["score"], res["message"])


def test_a_map_with_addresses_and_no_address_block_is_half_served(tmp_path):
    files = {**MAP_APP, "static/form.js": "export const champs = {codePostal: '', adressePostale: ''};\n"}
    res = judge(tmp_path, files, [BB], name="carte-adresse")[1][BB]
    assert res["status"] == "warn" and res["score"] < 10 and "API Adresse" in res["remediation"]["en"], (res["score"], res["remediation"])
    assert "Géoplateforme" not in res["remediation"]["en"], res["remediation"]


def test_the_organisations_page_in_publiccode_yml_is_no_block_used(tmp_path):
    # (django-magicauth: its publiccode.yml links the ministry's page of the Annuaire de l'administration; the code calls nothing)
    files = {"README.md": "# Connexion par lien magique\n", "requirements.txt": "Django==4.2\n",
             "publiccode.yml": ("publiccodeYmlVersion: '0.2'\nname: magicauth\nlegal:\n  license: MIT\n  mainCopyrightOwner: Ministère\n"
                                "  repoOwner: Ministère\nmaintenance:\n  type: internal\n  contacts:\n    - name: Équipe\n"
                                "it:\n  riuso:\n    codiceIPA: x\ndescription:\n  fr:\n    documentation: "
                                "https://lannuaire.service-public.fr/gouvernement/da837b24-afa7-46ab-b56a-427dd4bcc159\n"),
             "magicauth/views.py": ("from django.http import HttpResponse\n\n\ndef login(request):\n"
                                    "    return HttpResponse('lien envoyé')\n"),
             "magicauth/urls.py": "from django.urls import path\n\nfrom magicauth import views\n\nurlpatterns = [path('login/', views.login)]\n"}
    res = judge(tmp_path, files, [BB], name="magic")[1][BB]
    assert res["details"]["building_blocks"] == [], res["details"]
