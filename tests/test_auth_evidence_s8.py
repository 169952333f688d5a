"""Session 8 (f5): interoperability.auth said what it had not measured (session 7's readers): FranceConnect configured with its
integration host (fcp.integ01.dev-franceconnect.fr) was not seen; SMTP's "SAML FROM:" command, two mentions on one line of a
copied mailer, was "standard authentication"; an LDAP address only queried for look-ups was "sign-in through the directory"; an
outgoing 'Bearer ' + key header was "access checked by a shared token"; a Flask API with flask_jwt_extended's /login "looked
public". Fixtures shaped like grandlyon/glsdk-deploy, CD93/inseinesaintdenis, GIP-RECIA/Bourse-WS, datagora_datatlas_back, maquette_back."""

from __future__ import annotations

import json

from tests.test_local_authority_verdicts import judge

AUTH = ["interoperability.auth"]
SERVER_ENV = ("##### Server Configuration #####\n\nBASE_URL=https://glsdk.example.fr\n\n##### FranceConnect Configuration #####\n\n"
              "FRANCE_CONNECT_BASE_URL=https://fcp.integ01.dev-franceconnect.fr/api/v1\nFRANCE_CONNECT_CLIENT_ID=0123\n"
              "FRANCE_CONNECT_SUCCESS_URL=https://glsdk.example.fr/login/success\n")
EXPRESS = ("const express = require('express')\nconst app = express()\napp.get('/api/data/:id', async (req, res) => {\n"
           "  res.json(await load(req.params.id))\n})\napp.listen(3000)\n")


def test_franceconnect_configured_with_its_integration_host_is_found(tmp_path):
    files = {"docker-compose.yml": "services:\n  server:\n    image: grandlyon/glsdk-server\n    env_file: integration/server.env\n"
                                   "    ports:\n      - 8080:8080\n",
             "integration/server.env": SERVER_ENV, "README.md": "# glsdk deploy\n\nDéploiement du serveur et de l'application.\n"}
    # (the compose file alone is a deployment: the sign-in is judged where the server's code is, here beside it)
    app = {**files, "package.json": json.dumps({"name": "glsdk-server", "dependencies": {"express": "^4.17.1"}}), "server.js": EXPRESS}
    _, res = judge(tmp_path, app, AUTH)
    assert res["interoperability.auth"]["status"] == "pass" and "FranceConnect" in res["interoperability.auth"]["message"]["en"], res
    _, res = judge(tmp_path / "deploy", files, AUTH)
    assert res["interoperability.auth"]["status"] == "not_applicable" and "deployment" in res["interoperability.auth"]["message"]["en"], res


def test_two_mentions_on_one_line_are_not_a_standard_sign_in(tmp_path):
    files = {"package.json": json.dumps({"name": "site", "dependencies": {"express": "^4.17.1"}}), "package-lock.json": "{}",
             "server.js": EXPRESS,
             "lib/smtp.js": "function sendAndMail(from) {\n  return sendCommand('SAML', \"SAML FROM:\" + from, 250)\n}\nmodule.exports = sendAndMail\n"}
    _, res = judge(tmp_path, files, AUTH)
    assert "Standard" not in res["interoperability.auth"]["message"]["en"], res["interoperability.auth"]


def test_a_directory_only_queried_is_not_a_sign_in(tmp_path):
    pom = ("<project><modelVersion>4.0.0</modelVersion><groupId>fr.recia</groupId><artifactId>bourse-ws</artifactId><version>1.0</version>\n"
           "<dependencies>\n<dependency><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-web</artifactId></dependency>\n"
           "<dependency><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-data-ldap</artifactId></dependency>\n"
           "</dependencies></project>\n")
    ctrl = ("package fr.recia.bourse;\n\nimport org.springframework.web.bind.annotation.*;\n\n@RestController\npublic class BourseController {\n"
            "    @GetMapping(\"/api/bourse/{uid}\")\n    public String level(@PathVariable String uid) { return repo.findIneByUid(uid); }\n}\n")
    files = {"pom.xml": pom, "src/main/java/fr/recia/bourse/BourseController.java": ctrl,
             "src/main/resources/application.yml": "spring:\n  ldap:\n    urls: ldap://pigeon.giprecia.net:389\n    base: dc=esco-centre,dc=fr\n"}
    _, res = judge(tmp_path, files, AUTH)
    auth = res["interoperability.auth"]
    assert auth["status"] == "inconclusive" and "directory (LDAP) is queried" in auth["message"]["en"], auth
    assert "annuaire (LDAP) est interrogé" in auth["message"]["fr"]


def test_an_outgoing_bearer_header_checks_nothing_and_a_flask_jwt_login_is_a_local_sign_in(tmp_path):
    notion = {"src/package.json": json.dumps({"name": "datatlas-back", "dependencies": {"express": "^4.17.1", "axios": "^0.21.1"}}),
              "src/package-lock.json": "{}", "src/server.js": EXPRESS,
              "src/helpers/notion.js": "const axios = require('axios')\nmodule.exports = () => axios.post(URL, body, {\n  headers: {\n"
                                       "    'Authorization': 'Bearer ' + process.env.NOTION_API_KEY\n  }\n})\n"}
    _, res = judge(tmp_path, notion, AUTH)
    assert "Bearer" not in res["interoperability.auth"]["message"]["en"], res["interoperability.auth"]
    flask = {"requirements.txt": "Flask==2.2.2\nFlask-JWT-Extended==4.4.4\nconnexion==2.14.1\n",
             "app/__init__.py": "from flask import Flask\nfrom flask_jwt_extended import JWTManager\n\napp = Flask(__name__)\njwt = JWTManager(app)\n",
             "app/views.py": "from flask_jwt_extended import jwt_required, create_access_token\nfrom app import app\n\n\n"
                             "@app.route('/login', methods=['POST'])\ndef login():\n    return {'token': create_access_token('u')}\n\n\n"
                             "@app.route('/models')\n@jwt_required()\ndef models():\n    return []\n"}
    _, res = judge(tmp_path, flask, AUTH, name="f")
    auth = res["interoperability.auth"]
    assert auth["status"] not in ("pass", "not_applicable") and "local accounts" in auth["message"]["en"], auth


def test_an_api_key_filter_and_a_lutece_plugin_do_not_look_public(tmp_path):
    """Session 8 reads: GIP-RECIA/restriction-rentree-api's ApiKeyAuthorizationFilter (Spring) and Lutece plugins' back-office pages
    were "No authentication detected: the service looks public"."""
    pom = ("<project><modelVersion>4.0.0</modelVersion><artifactId>rr-api</artifactId><dependencies><dependency><groupId>org.springframework.boot"
           "</groupId><artifactId>spring-boot-starter-web</artifactId></dependency></dependencies></project>\n")
    flt = ("package fr.recia.rr.security;\n\npublic class ApiKeyAuthorizationFilter extends OncePerRequestFilter {\n"
           "    protected void doFilterInternal(HttpServletRequest req, HttpServletResponse res, FilterChain chain) {}\n}\n")
    ctrl = ("package fr.recia.rr;\n\n@RestController\npublic class RrController {\n    @GetMapping(\"/api/restriction\")\n"
            "    public String get() { return \"{}\"; }\n}\n")
    files = {"pom.xml": pom, "src/main/java/fr/recia/rr/security/ApiKeyAuthorizationFilter.java": flt, "src/main/java/fr/recia/rr/RrController.java": ctrl}
    _, res = judge(tmp_path, files, AUTH)
    assert "looks public" not in res["interoperability.auth"]["message"]["en"] and "API key" in res["interoperability.auth"]["message"]["en"], res
    lutece = {"pom.xml": "<project><artifactId>plugin-contact</artifactId><packaging>lutece-plugin</packaging></project>\n",
              "src/java/fr/paris/lutece/plugins/contact/web/ContactJspBean.java": "package fr.paris.lutece.plugins.contact.web;\npublic class ContactJspBean {}\n",
              "webapp/jsp/admin/plugins/contact/ManageContacts.jsp": "<%@ page errorPage=\"../../ErrorPage.jsp\" %>\n"}
    _, res = judge(tmp_path / "lutece", lutece, AUTH)
    assert "looks public" not in res["interoperability.auth"]["message"]["en"] and "Lutece" in res["interoperability.auth"]["message"]["en"], res
