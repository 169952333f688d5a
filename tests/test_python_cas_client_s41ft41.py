"""A Python CAS client (Flask-CAS, django-cas-ng, python-cas) is single sign-on, no local account (issue 12, s41 ft41 =
neogeo-technologies/idgo-mviewerstudio-proxy).

A platform's Flask proxy signs people in through the platform's CAS server (`from flask_cas import CAS, login_required`,
`CAS(app)`, `CAS_SERVER` in its settings, Flask-CAS in setup.py): the auth check read Flask-CAS's `login_required` as local
accounts ("local accounts only"). A CAS client, declared or imported, now counts as a standard sign-in, as phpCAS and Java's
CAS client already did. Near miss: the same proxy on Flask-Login keeps its local accounts.
"""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

APP = '''from flask import Flask, jsonify
from {lib} import {names}

app = Flask(__name__)
app.config.from_pyfile("settings.py")
{setup}

@app.route("/store", methods=["GET"])
@login_required
def list_maps():
    return jsonify([])
'''
SETUP = '''import setuptools

setuptools.setup(
    name="studio-proxy",
    version="0.2.0",
    packages=setuptools.find_packages(),
    install_requires=["Flask>=1.0.0,<1.1.0", "{dep}", "requests"],
)
'''
README = "# Proxy du studio\n\nProxy Flask qui enregistre les cartes du studio.\n"


def _files(lib, names, setup, dep, settings):
    return {"proxy/__init__.py": "", "proxy/app.py": APP.format(lib=lib, names=names, setup=setup),
            "setup.py": SETUP.format(dep=dep), "settings-sample.py": settings, "README.md": README}


def test_flask_cas_declared_and_imported_is_a_standard_sign_in(tmp_path):
    files = _files("flask_cas", "CAS, login_required", 'cas = CAS(app, "/cas")\n', "Flask-CAS>=1.0.0,<1.1.0",
                   'CAS_SERVER = "https://sso.plateforme.example/"\n')
    _, res = judge(tmp_path, files, ["interoperability.auth"])
    r = res["interoperability.auth"]
    assert r["status"] != "fail" and "local accounts" not in r["message"]["en"], r["message"]
    assert "Standard authentication" in r["message"]["en"], r["message"]


def test_a_cas_client_imported_without_a_manifest_is_a_standard_sign_in(tmp_path):
    files = _files("flask_cas", "CAS, login_required", 'cas = CAS(app, "/cas")\n', "Flask-CAS", 'CAS_SERVER = "https://sso.plateforme.example/"\n')
    files.pop("setup.py")
    _, res = judge(tmp_path, files, ["interoperability.auth"], name="n")
    r = res["interoperability.auth"]
    assert "local accounts" not in r["message"]["en"], r["message"]


def test_the_same_proxy_on_flask_login_keeps_its_local_accounts(tmp_path):
    files = _files("flask_login", "LoginManager, login_required", "LoginManager(app)\n", "Flask-Login", 'SECRET_KEY = "change-me"\n')
    _, res = judge(tmp_path, files, ["interoperability.auth"], name="l")
    r = res["interoperability.auth"]
    assert "Standard authentication" not in r["message"]["en"], r["message"]
