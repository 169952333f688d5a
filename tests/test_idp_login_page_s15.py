"""Session 15 (h7): once FreeMarker templates were read as code (server pages, c35c336), a Keycloak theme's login.ftl — a username and
a password posted to ${url.loginAction} — was read by interoperability.auth as the project's own local sign-in. That page is the identity
provider's: people sign in there for applications federated by OpenID Connect. Same for a CAS login view and a LemonLDAP::NG skin."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

_FORM = ('<label for="username">Identifiant</label>\n<input type="text" id="username" name="username" />\n'
         '<label for="password">Mot de passe</label>\n<input type="password" id="password" name="password" />\n'
         '<button type="submit">Se connecter</button>\n</form>\n')

APP = {
    "README.md": "# Aide sociale\n\nDemande en ligne d'une aide, avec un espace des agents.\n",
    "api/package.json": '{"name": "aide-api", "dependencies": {"express": "^4.18.0"}}\n',
    "api/index.js": ("const express = require('express');\nconst app = express();\n"
                     "app.get('/demandes', (req, res) => res.json([]));\napp.listen(3000);\n"),
    "docker/keycloak/theme/login/theme.properties": "parent=keycloak\nimport=common/keycloak\n",
    "docker/keycloak/theme/login/login.ftl": ('<!DOCTYPE html>\n<html lang="fr">\n<head><title>Connexion</title></head>\n<body>\n'
                                              '<form action="${url.loginAction}" method="post">\n' + _FORM + '</body>\n</html>\n'),
}


def _auth(tmp_path, files, name):
    return judge(tmp_path, files, ["interoperability.auth"], name=name)[1]["interoperability.auth"]


def test_a_keycloak_theme_login_page_is_no_local_sign_in(tmp_path):
    res = _auth(tmp_path, APP, "kc")
    assert res["details"].get("local_login") is False, (res["message"], res["evidence"])
    assert "local accounts" not in res["message"]["en"], res["message"]


def test_cas_and_lemonldap_pages_are_no_local_sign_in(tmp_path):
    files = {k: v for k, v in APP.items() if "keycloak" not in k}
    files["cas/src/main/webapp/WEB-INF/view/jsp/default/ui/casLoginView.jsp"] = (
        '<form method="post" id="fm1">\n<spring:message code="screen.welcome.label.netid" />\n' + _FORM)
    files["lemonldap/portal/skins/agents/login.tpl"] = (
        '<form action="#" method="post" class="login">\n<input type="hidden" name="url" value="<TMPL_VAR NAME="AUTH_URL">" />\n' + _FORM)
    res = _auth(tmp_path, files, "cas")
    assert res["details"].get("local_login") is False, (res["message"], res["evidence"])


def test_the_applications_own_login_page_stays_a_local_sign_in(tmp_path):
    files = {k: v for k, v in APP.items() if "keycloak" not in k}
    files["web/templates/login/login.ftl"] = '<form action="${contextPath}/login" method="post">\n' + _FORM
    res = _auth(tmp_path, files, "own")
    assert res["details"].get("local_login") is True, (res["message"], res["evidence"])
