"""interoperability.identifiers and interoperability.auth (issue 12, s34 e34 = reader m28o1, allanderrien/carte42-pcrs-demo): a
change-detection pipeline's geocoding scripts hard-code COMMUNES = {"35069": "Châteaugiron", "35039": "Brecé", …} (the communes
of one intercommunality keyed by their INSEE codes) and identifiers said "handles no detectable … identifier" (not applicable);
a batch script fetching its token from a satellite data space (a Keycloak token URL …/protocol/openid-connect/token, grant_type
password, the account read from a credentials file) made auth warn "Standard authentication (OpenID Connect/OAuth2…) without
ProConnect": a client's key to a data API, nobody signs in to the project."""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

README = {"README.md": "# Détection de changements\n\nChaîne de traitement et visionneuse.\n"}
GEOCODE = ('import requests\n\nAPI_URL = "https://api-adresse.data.gouv.fr/search/"\n\nCOMMUNES = {\n    "35069": "Châteaugiron",\n'
           '    "35039": "Brecé",\n    "35099": "Domloup",\n    "35207": "Noyal-sur-Vilaine",\n}\n\n\n'
           'def geocode(adresse, insee):\n    r = requests.get(API_URL, params={"q": f"{adresse} {COMMUNES[insee]}"})\n'
           '    return r.json()\n')
# (near miss: a mapping of tariff codes to labels, five digits too, names no commune)
CODES = ('import requests\n\nAPI_URL = "https://api-adresse.data.gouv.fr/search/"\n\nTARIFS = {\n    "35069": "Forfait A",\n'
         '    "35039": "Forfait B",\n    "35099": "Forfait C",\n    "35207": "Forfait D",\n}\n\n\n'
         'def geocode(adresse):\n    return requests.get(API_URL, params={"q": adresse}).json()\n')
DOWNLOAD = ('import sys\nimport requests\n\nTOKEN_URL = "https://identity.dataspace.example.eu/auth/realms/DS/protocol/openid-connect/token"\n\n\n'
            'def get_token(user, password):\n    """Obtient un access token OAuth2."""\n'
            '    r = requests.post(TOKEN_URL, data={\n        "client_id": "public",\n        "username": user,\n'
            '        "password": password,\n        "grant_type": "password",\n    }, timeout=30)\n'
            '    return r.json()["access_token"]\n\n\nif __name__ == "__main__":\n    print(get_token(sys.argv[1], sys.argv[2]))\n')
# (near miss: a web server posting the password a person typed to the identity provider: a sign-in)
LOGIN = ('import requests\nfrom flask import Flask, request\n\napp = Flask(__name__)\n'
         'TOKEN_URL = "https://sso.example.org/auth/realms/agents/protocol/openid-connect/token"\n\n\n'
         '@app.route("/login", methods=["POST"])\ndef login():\n    """Connexion OAuth2 des agents."""\n    r = requests.post(TOKEN_URL, data={\n'
         '        "client_id": "app", "username": request.form["user"], "password": request.form["password"],\n'
         '        "grant_type": "password"})\n    return r.json()["access_token"]\n\n\nif __name__ == "__main__":\n    app.run()\n')


def test_a_mapping_of_one_territorys_communes_by_insee_code_is_a_hard_coded_identifier(tmp_path):
    r = check_result(tmp_path, {**README, "processing/geocode.py": GEOCODE}, "interoperability.identifiers")
    assert r["status"] == "warn", r["message"]
    assert {(e["path"], e["line"], e["value"]) for e in r["evidence"] if e.get("kind") == "finding"} >= {
        ("processing/geocode.py", 6, "35069"), ("processing/geocode.py", 9, "35207")}, r["evidence"]


def test_five_digit_codes_mapped_to_labels_naming_no_commune_stay_unseen(tmp_path):
    r = check_result(tmp_path, {**README, "processing/geocode.py": CODES}, "interoperability.identifiers")
    assert r["status"] == "not_applicable", r["message"]


def test_a_batch_script_fetching_its_data_api_token_with_a_password_grant_signs_nobody_in(tmp_path):
    r = check_result(tmp_path, {**README, "processing/download.py": DOWNLOAD}, "interoperability.auth")
    assert r["status"] == "not_applicable", r["message"]


def test_a_web_server_posting_the_typed_password_to_the_identity_provider_keeps_the_standard_sign_in(tmp_path):
    r = check_result(tmp_path, {**README, "requirements.txt": "flask\nrequests\n", "app.py": LOGIN}, "interoperability.auth")
    assert r["status"] == "warn" and "Standard authentication" in r["message"]["en"], r["message"]
