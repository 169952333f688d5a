"""Session 9 (f5): sign-ins interoperability.auth did not see or misdescribed in session 8's first reads. Fixtures shaped like
SICTIAM/stela (Ozwillo's OpenID Connect gateway, OpenIdConnectConfiguration, called "local accounts only"), the DansMaRue Android app
(AppAuth), SDIS62/metarisc-prevarisc-importer (an authorization-code flow through a client SDK, "looks public"), SDIS62/toolbox (an
OAuth consumer controller), plainecommune's REST module (requests signed with Lutece's signrequest), departement-loire-atlantique/
publik-themes (Publik's FranceConnect login block), GrandNancy/modeify (Stormpath, "local password only") and datalocale/drupal7 (a
whole Drupal site, "looks public")."""

from __future__ import annotations

import json

from tests.test_auth_evidence_s8 import EXPRESS
from tests.test_local_authority_verdicts import judge

AUTH = ["interoperability.auth"]
POM = ("<project><modelVersion>4.0.0</modelVersion><groupId>fr.sictiam</groupId><artifactId>api-gateway</artifactId><version>1.0</version>\n"
       "<dependencies><dependency><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-web</artifactId></dependency>\n"
       "</dependencies></project>\n")


def _auth(tmp_path, files, name="r"):
    return judge(tmp_path, files, AUTH, name=name)[1]["interoperability.auth"]


def test_an_openid_connect_gateway_configured_by_class_is_standard_not_local(tmp_path):
    base = "src/main/java/fr/sictiam/stela/apigateway/"
    files = {"pom.xml": POM,
             base + "config/OpenIdConnectConfiguration.java": (
                 "package fr.sictiam.stela.apigateway.config;\n\nimport org.oasis_eu.spring.kernel.security.StaticOpenIdCConfiguration;\n\n"
                 "public class OpenIdConnectConfiguration extends StaticOpenIdCConfiguration {\n    public boolean requireAuthenticationForPath(String p) "
                 "{ return true; }\n}\n"),
             base + "config/WebSecurityConfig.java": (
                 "package fr.sictiam.stela.apigateway.config;\n\nimport org.oasis_eu.spring.kernel.security.OpenIdCConfiguration;\n\n"
                 "public class WebSecurityConfig {\n    public OpenIdCConfiguration openIdCConfiguration() {\n"
                 "        return new OpenIdConnectConfiguration();\n    }\n}\n"),
             base + "service/LocalAuthenticationService.java": (
                 "package fr.sictiam.stela.apigateway.service;\n\npublic class LocalAuthenticationService {\n"
                 "    public Object login(String user, String pass) { return manager.authenticate(token(user, pass)); }\n}\n"),
             base + "controller/ActeController.java": ("package fr.sictiam.stela.apigateway.controller;\n\n@RestController\npublic class ActeController {\n"
                                                       "    @GetMapping(\"/api/acte\")\n    public String list() { return \"[]\"; }\n}\n")}
    auth = _auth(tmp_path, files)
    assert auth["status"] == "warn" and "Standard authentication" in auth["message"]["en"], auth


def test_an_authorization_code_flow_through_a_client_sdk_is_a_standard_sign_in(tmp_path):
    files = {"composer.json": json.dumps({"name": "sdis62/importer", "require": {"twig/twig": "^3.0", "guzzlehttp/guzzle": "^7.0",
                                                                                 "metarisc/metarisc-php": "dev-main"}}),
             "composer.lock": "{}",
             "index.php": "<?php\nrequire __DIR__ . '/vendor/autoload.php';\nheader('Location: src/connection.php');\n",
             "src/connection.php": ("<?php\n$auth_url = \\Metarisc\\Metarisc::authorizeUrl([\n    'client_id' => 'integration-import',\n"
                                    "    'redirect_uri' => 'http://localhost:8080/src/access.php',\n    'scope' => 'openid profile email',\n]);\n"
                                    "echo $twig->load('connected.html.twig')->render(['link' => $auth_url]);\n"),
             "src/access.php": ("<?php\n$metarisc = new \\Metarisc\\Metarisc([\n    'grant_type' => 'code',\n    'code' => $_GET['code'],\n"
                                "    'redirect_uri' => 'http://localhost:8080/src/access.php',\n]);\n"),
             "templates/connected.html.twig": "<html><body><a href=\"{{ link }}\">Se connecter</a></body></html>\n"}
    auth = _auth(tmp_path, files)
    assert "looks public" not in auth["message"]["en"] and "Standard authentication" in auth["message"]["en"], auth


def test_an_oauth_consumer_controller_is_a_standard_sign_in(tmp_path):
    ctrl = ("<?php\n\nclass SDIS62_Controller_Action_OauthConsumer extends Zend_Controller_Action\n{\n    private $consumer;\n\n"
            "    public function init()\n    {\n        $this->setConsumer(new Zend_Oauth_Consumer(array('callbackUrl' => $config->oauth->callback)));\n"
            "    }\n\n    private function setConsumer(Zend_Oauth_Consumer $consumer)\n    {\n        $this->consumer = $consumer;\n    }\n\n"
            "    public function indexAction()\n    {\n        $_SESSION['request_token'] = serialize($this->consumer->getRequestToken());\n"
            "        $this->consumer->redirect();\n    }\n\n    public function callbackAction()\n    {\n"
            "        $token = $this->consumer->getAccessToken($_GET, unserialize($_SESSION['request_token']));\n    }\n}\n")
    files = {"composer.json": json.dumps({"name": "sdis62/toolbox", "require": {"zendframework/zendframework1": "1.12.*"}}),
             "library/SDIS62/Controller/Action/OauthConsumer.php": ctrl,
             "library/SDIS62/Rest/Server.php": "<?php\nclass SDIS62_Rest_Server extends Zend_Rest_Server\n{\n    public function handle($request = false)\n    {\n"
                                                 "        if (!$request) {\n            $request = $_REQUEST;\n        }\n    }\n}\n"}
    auth = _auth(tmp_path, files)
    assert auth["status"] == "warn" and "Standard authentication" in auth["message"]["en"], auth


def test_requests_signed_with_a_shared_secret_are_access_control_not_the_host_sites_sign_in(tmp_path):
    svc = ("package fr.paris.lutece.plugins.dansmarue.modules.rest.service;\n\nimport fr.paris.lutece.util.signrequest.RequestAuthenticator;\n\n"
           "public class ManageSignalementService {\n    private RequestAuthenticator _authenticator;\n\n"
           "    public boolean isRequestAuthenticated(HttpServletRequest r) { return _authenticator.isRequestAuthenticated(r); }\n}\n")
    rest = ("package fr.paris.lutece.plugins.dansmarue.modules.rest.rs;\n\nimport javax.ws.rs.*;\n\n@Path(\"/rest/signalement\")\n"
            "public class SignalementRestService {\n    @POST\n    @Path(\"api\")\n    @Produces(\"application/json\")\n"
            "    public String api(String body) { return \"{}\"; }\n}\n")
    files = {"pom.xml": "<project><artifactId>module-dansmarue-rest</artifactId><packaging>lutece-plugin</packaging></project>\n",
             "src/java/fr/paris/lutece/plugins/dansmarue/modules/rest/service/ManageSignalementService.java": svc,
             "src/java/fr/paris/lutece/plugins/dansmarue/modules/rest/rs/SignalementRestService.java": rest,
             "webapp/WEB-INF/templates/skin/plugins/dansmarue/modules/rest/wadl.html": "<html><body><h1>API DansMaRue</h1>#{rest.wadl}</body></html>\n"}
    auth = _auth(tmp_path, files)
    assert auth["status"] == "not_applicable" and "signature of requests" in auth["message"]["en"], auth
    assert "signature des requêtes" in auth["message"]["fr"]


def test_publiks_franceconnect_login_block_is_franceconnect(tmp_path):
    login = ("{% extends \"authentic2/login.html\" %}\n{% block login-blocks %}\n    {% for id, login_block in blocks.items %}\n"
             "    {% if login_block.authenticator.type == \"oidc\" %}\n      <div class=\"block block-oidc\">{{ login_block.content|safe }}</div>\n"
             "    {% endif %}\n    {% endfor %}\n    {# bloc FranceConnect #}\n    {% for id, login_block in blocks.items %}\n"
             "    {% if login_block.authenticator.type == \"fc\" %}\n      <div class=\"block block-fc\">{{ login_block.content|safe }}</div>\n"
             "    {% endif %}\n    {% endfor %}\n{% endblock %}\n")
    files = {"templates/authentic2/login.html": login, "templates/portal/base.html": "<html><body>{% block content %}{% endblock %}</body></html>\n",
             "static/style.css": "body { color: #222; }\n", "README.md": "# Thèmes Publik\n\nThèmes du portail du département.\n",
             "publik-base-theme/templates/oidc.html": "<a href=\"/accounts/oidc/login/\">OpenID Connect</a>\n"}
    auth = _auth(tmp_path, files)
    assert auth["status"] == "pass" and "FranceConnect" in auth["message"]["en"], auth


def test_a_hosted_identity_service_is_not_a_local_password(tmp_path):
    files = {"package.json": json.dumps({"name": "modeify", "dependencies": {"express": "^4.13.0", "express-stormpath": "^3.2.0",
                                                                              "stormpath": "^0.20.1", "bcryptjs": "^2.3.0", "mongoose": "^4.4.0"}}),
             "package-lock.json": "{}", "server.js": EXPRESS,
             "lib/stormpath.js": "const stormpath = require('express-stormpath')\nmodule.exports = (app) => app.use(stormpath.init(app, {\n"
                                 "  website: true\n}))\n",
             "lib/user/model.js": "const bcrypt = require('bcryptjs')\nmodule.exports = (pw) => bcrypt.hash(pw, 10)\n"}
    auth = _auth(tmp_path, files)
    assert auth["status"] == "warn" and "hosted identity service (express-stormpath" in auth["message"]["en"], auth
    assert "service d'identité hébergé" in auth["message"]["fr"]


def test_a_whole_drupal_site_signs_in_with_its_own_accounts(tmp_path):
    files = {"index.php": "<?php\ndefine('DRUPAL_ROOT', getcwd());\nrequire_once DRUPAL_ROOT . '/includes/bootstrap.inc';\n"
                          "drupal_bootstrap(DRUPAL_BOOTSTRAP_FULL);\nmenu_execute_active_handler();\n",
             "includes/bootstrap.inc": "<?php\nfunction drupal_bootstrap($phase) {\n  return $phase;\n}\n",
             "modules/user/user.module": "<?php\nfunction user_login_submit($form, &$form_state) {\n  global $user;\n}\n",
             "modules/node/node.module": "<?php\nfunction node_view($node) {\n  return array();\n}\n",
             "sites/all/modules/custom/datalocale/datalocale.module": "<?php\nfunction datalocale_menu() {\n  return array();\n}\n",
             "sites/default/default.settings.php": "<?php\n$databases = array();\n", "README.md": "# Datalocale\n\nLe site Drupal.\n"}
    auth = _auth(tmp_path, files)
    assert auth["status"] == "fail" and "Drupal" in auth["message"]["en"] and "Drupal" in auth["message"]["fr"], auth


def test_a_whole_spip_site_signs_in_with_its_own_accounts(tmp_path):
    files = {"spip.php": "<?php\ninclude 'ecrire/inc_version.php';\ninclude _DIR_RESTREINT_ABS . 'public.php';\n",
             "ecrire/inc_version.php": "<?php\n$spip_version_branche = '4.2.8';\n",
             "ecrire/public.php": "<?php\nfunction public_assembler($fond) {\n  return $fond . $_GET['page'];\n}\n",
             "ecrire/index.php": "<?php\nsession_start();\n$exec = isset($_GET['exec']) ? $_GET['exec'] : 'accueil';\ninclude 'inc_version.php';\n",
             "squelettes/sommaire.html": "<html><body><BOUCLE_art(ARTICLES)>#TITRE</BOUCLE_art></body></html>\n",
             "squelettes/css/site.css": "body { margin: 0; }\n", "README.md": "# Site de la commune\n\nLe site SPIP.\n"}
    auth = _auth(tmp_path, files)
    assert auth["status"] == "fail" and "SPIP" in auth["message"]["en"], auth
