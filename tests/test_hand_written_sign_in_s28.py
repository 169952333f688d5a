"""Issue 12, session 28 (measure 19 readers m19o1 and m19o2; s28 d28): interoperability.auth on sign-ins written by hand.

A Symfony controller signing its users in without the security component (the typed password hashed with ``hash("sha256", …)``,
compared with the account's stored hash, the user put in the session) was "no sign-in of people found": a PHP password hash
compared is a local sign-in. A mobile app running an OAuth2 authorization-code flow against its network's SSO by hand (redirect to
the provider's ``/oauth/authorize`` with ``response_type=code``, the code exchanged with ``grant_type=authorization_code``) was
"local accounts or a local password only": it is a standard sign-in with an external provider. A hashed password stored without a
comparison (a plugin importing users) signs no one in; a client-credentials token of an API client stays no sign-in either."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

AUTH = "interoperability.auth"
README = "# Portail usagers\n\nLe portail des usagers du syndicat : factures, levées, réclamations.\n"
COMPOSER = '{"name": "syndicat/portail", "require": {"php": "^7.1.3", "symfony/framework-bundle": "4.1.*"}}\n'

CONTROLLER = ("<?php\n\nnamespace App\\Controller;\n\nuse Symfony\\Bundle\\FrameworkBundle\\Controller\\AbstractController;\n"
              "use Symfony\\Component\\HttpFoundation\\Request;\nuse App\\Entity\\Compte;\n\n"
              "class AccueilController extends AbstractController {\n\n\tpublic function entreeAction(Request $request) {\n"
              "\t\t$compte = $this->formulaire($request);\n"
              "\t\t$compteBdd = $this->getDoctrine()->getRepository(Compte::class)->findOneByLogin($compte->getLogin());\n"
              "\t\tif ($compteBdd != null && hash(\"sha256\", $compte->getMdp()) == $compteBdd->getMdp()) {\n"
              "\t\t\t$request->getSession()->set(\"user\", $compteBdd->getUtilisateur());\n"
              "\t\t\treturn $this->redirectToRoute(\"index\");\n\t\t}\n"
              "\t\treturn $this->render('accueil/entree.html.twig');\n\t}\n}\n")
# the same accounts' passwords stored hashed, never compared (an import of users into a host application)
IMPORT = ("<?php\n\nclass ImportUsagers {\n\n\tpublic function ligne(array $values) {\n"
          "\t\t$mdp = hash(\"sha256\", $values['mdp']);\n\t\t$this->db->insert('usager', ['login' => $values['login'], 'mdp' => $mdp]);\n"
          "\t}\n}\n")

CONFIG = ("export class AppConfig {\n"
          "  public static readonly OAUTH_REDIRECT_URL = 'http://app.reseau.example/redirection.html';\n"
          "  public static readonly OAUTH_AUTH_URL = 'https://sso.reseau.example/oauth/authorize';\n"
          "  public static readonly OAUTH_TOKEN_URL = 'https://api.reseau.example/oauth/token';\n"
          "  public static readonly OAUTH_CLIENT_ID = 'client';\n\n"
          "  public static authUrl(redirectUrl): string {\n"
          "    return AppConfig.OAUTH_AUTH_URL + '?client_id=' + AppConfig.OAUTH_CLIENT_ID + '&redirect_uri=' +\n"
          "      redirectUrl + '&scope=sso&response_type=code';\n  }\n}\n")
SERVICE = ("import {Injectable} from '@angular/core';\nimport {Http, Headers} from '@angular/http';\n"
           "import {AppConfig} from './app.config';\n\n@Injectable()\nexport class AuthService {\n"
           "  constructor(private http: Http) {}\n\n"
           "  authenticate(success, error): void {\n    window.location.href = AppConfig.authUrl(encodeURIComponent(window.location.href));\n  }\n\n"
           "  handleAuthCallback(callBackUrl, success) {\n    let code = callBackUrl.split('code=')[1].split('&')[0];\n"
           "    let queryParams = 'grant_type=authorization_code&redirect_uri=' + AppConfig.OAUTH_REDIRECT_URL + '&code=' + code;\n"
           "    this.http.post(AppConfig.OAUTH_TOKEN_URL, queryParams, {headers: new Headers({})}).subscribe(() => success());\n  }\n}\n")
PACKAGE = '{"name": "reseau-app", "dependencies": {"@angular/core": "4.4.3", "@angular/http": "4.4.3", "ionic-angular": "3.9.2"}}\n'
# an API client's own token (client credentials): no one signs in
CLIENT = ("export async function jeton(): Promise<string> {\n"
          "  const r = await fetch('https://api.reseau.example/oauth/token', {method: 'POST', body: 'grant_type=client_credentials'});\n"
          "  return (await r.json()).access_token;\n}\n")


def test_a_php_password_hash_compared_and_a_session_set_is_a_local_sign_in(tmp_path):
    files = {"README.md": README, "portail/composer.json": COMPOSER, "portail/src/Controller/AccueilController.php": CONTROLLER}
    res = judge(tmp_path, files, [AUTH], name="php-login")[1][AUTH]
    assert res["status"] == "fail", res["message"]
    assert res["details"]["local_login"] is True, res["details"]
    assert any(e.get("path") == "portail/src/Controller/AccueilController.php" for e in res["evidence"]), res["evidence"]


def test_a_php_password_hash_stored_without_comparison_signs_no_one_in(tmp_path):
    files = {"README.md": README, "portail/composer.json": COMPOSER, "portail/src/ImportUsagers.php": IMPORT}
    res = judge(tmp_path, files, [AUTH], name="php-import")[1][AUTH]
    assert res["status"] == "not_applicable", res["message"]


def test_an_oauth2_authorization_code_flow_written_by_hand_is_a_standard_sign_in(tmp_path):
    files = {"README.md": "# Appli réseau\n\nL'application mobile des membres du réseau.\n", "package.json": PACKAGE,
             "src/providers/app.config.ts": CONFIG, "src/providers/auth.service.ts": SERVICE}
    res = judge(tmp_path, files, [AUTH], name="oauth-code")[1][AUTH]
    assert res["status"] == "warn" and "Standard authentication" in res["message"]["en"], res["message"]
    assert any(e.get("path") == "src/providers/app.config.ts" for e in res["evidence"]), res["evidence"]


def test_an_api_clients_own_token_is_no_sign_in(tmp_path):
    files = {"README.md": "# Client\n\nUn client de l'API du réseau.\n", "package.json": PACKAGE, "src/jeton.ts": CLIENT}
    res = judge(tmp_path, files, [AUTH], name="oauth-client")[1][AUTH]
    assert res["status"] == "not_applicable", res["message"]
