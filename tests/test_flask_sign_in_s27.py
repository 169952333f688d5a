"""Issue 12, session 27 (measure 19 reader m19o1; s27 lead): interoperability.auth on a map viewer's small Flask back end.

The API signs its users in itself: a ``/signup`` route storing Werkzeug's ``generate_password_hash()`` of the typed password and a
``/login`` route checking it with ``check_password_hash()`` before issuing a token; the check said "no sign-in of people found"
(not applicable). Werkzeug's two functions are a local sign-in, as PHP's ``password_hash()``/``password_verify()`` are. A Flask API
that hashes nothing stays not applicable."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

AUTH = "interoperability.auth"

APP = ("from flask import Flask, request, jsonify\nfrom werkzeug.security import generate_password_hash, check_password_hash\n"
       "import jwt\n\napp = Flask(__name__)\nUSERS = {}\n\n\n@app.route('/signup', methods=['POST'])\ndef signup():\n"
       "    data = request.get_json()\n    USERS[data['email']] = generate_password_hash(data['password'])\n"
       "    return jsonify({'ok': True})\n\n\n@app.route('/login', methods=['POST'])\ndef login():\n    data = request.get_json()\n"
       "    stored = USERS.get(data['email'])\n    if stored and check_password_hash(stored, data['password']):\n"
       "        return jsonify({'token': jwt.encode({'sub': data['email']}, app.config['SECRET_KEY'], algorithm='HS256')})\n"
       "    return jsonify({'error': 'identifiants invalides'}), 401\n")
PLAIN = ("from flask import Flask, jsonify\n\napp = Flask(__name__)\n\n\n@app.route('/communes')\ndef communes():\n"
         "    return jsonify(['Aurillac', 'Saint-Flour'])\n")
PAGE = "<!DOCTYPE html>\n<html lang=\"fr\"><head><title>Carte</title></head><body><div id=\"map\"></div></body></html>\n"
README = "# Carte des équipements\n\nUne carte des équipements et son API Flask.\n"


def test_werkzeug_password_hashing_in_login_routes_is_a_local_sign_in(tmp_path):
    files = {"README.md": README, "dev/app.py": APP, "dev/index.html": PAGE, "dev/requirements.txt": "flask==3.0.3\nPyJWT==2.8.0\n"}
    res = judge(tmp_path, files, [AUTH], name="flask-login")[1][AUTH]
    assert res["status"] != "not_applicable", res["message"]
    assert res["details"]["local_login"] is True, res["details"]
    assert any(e.get("path") == "dev/app.py" for e in res["evidence"]), res["evidence"]


def test_a_flask_api_hashing_no_password_stays_not_applicable(tmp_path):
    files = {"README.md": README, "dev/app.py": PLAIN, "dev/index.html": PAGE, "dev/requirements.txt": "flask==3.0.3\n"}
    res = judge(tmp_path, files, [AUTH], name="flask-plain")[1][AUTH]
    assert res["status"] == "not_applicable", res["message"]
