"""Session 9 (g2): sign-ins and vendors misread in the session's first reads. Fixtures shaped like lutece-build-plugin-releaser
(a Lutece plugin whose back-office pages send credentials with Lutece's signrequest: "a shared secret the service checks itself"),
cbn-alpin/gefiproj-webapp (@auth0/angular-jwt, an MIT helper, read as Auth0 and as OpenID Connect), urbanlab/Galerie-monitoring-projets
(FastAPI's OAuth2 password flow on the app's own password read as standard authentication) and Tisseo/api (@mapbox/geojson-extent,
an ISC helper, called a proprietary mapping library)."""

from __future__ import annotations

import json

from tests.test_auth_evidence_s8 import EXPRESS
from tests.test_local_authority_verdicts import judge


def test_a_lutece_plugins_admin_pages_sending_signed_calls_sign_people_in_through_the_host(tmp_path):
    base = "src/java/fr/paris/lutece/plugins/releaser/"
    files = {"pom.xml": "<project><artifactId>plugin-releaser</artifactId><packaging>lutece-plugin</packaging></project>\n",
             base + "util/github/GitUtils.java": (
                 "package fr.paris.lutece.plugins.releaser.util.github;\n\nimport fr.paris.lutece.util.signrequest.BasicAuthorizationAuthenticator;\n\n"
                 "public class GitUtils {\n    public static String call(String url, String login, String pwd) {\n"
                 "        return new HttpAccess().doGet(url, new BasicAuthorizationAuthenticator(login, pwd), null);\n    }\n}\n"),
             base + "web/ManageSiteReleaseJspBean.java": (
                 "package fr.paris.lutece.plugins.releaser.web;\n\nimport fr.paris.lutece.portal.web.admin.MVCAdminJspBean;\n\n"
                 "public class ManageSiteReleaseJspBean extends MVCAdminJspBean {\n    public String getManageSite(HttpServletRequest r) {\n"
                 "        return getPage(\"releaser.title\", \"admin/plugins/releaser/manage_site.html\", model());\n    }\n}\n"),
             "webapp/WEB-INF/templates/admin/plugins/releaser/manage_site.html": "<div class=\"content\"><h1>#i18n{releaser.title}</h1></div>\n",
             "webapp/jsp/admin/plugins/releaser/ManageSiteRelease.jsp": (
                 "<jsp:useBean id=\"manageSite\" scope=\"session\" class=\"fr.paris.lutece.plugins.releaser.web.ManageSiteReleaseJspBean\" />\n"
                 "<% String strContent = manageSite.processController(request, response); %>\n<%@ include file=\"../../AdminHeader.jsp\" %>\n"
                 "<%= strContent %>\n<%@ include file=\"../../AdminFooter.jsp\" %>\n")}
    auth = judge(tmp_path, files, ["interoperability.auth"])[1]["interoperability.auth"]
    assert auth["status"] == "not_applicable" and "sign in through the Lutece site" in auth["message"]["en"], auth
    assert "shared secret" not in auth["message"]["en"] and "se connectent par le site Lutece" in auth["message"]["fr"]


def test_the_angular_jwt_helper_is_neither_auth0_nor_openid_connect(tmp_path):
    files = {"package.json": json.dumps({"name": "gefiproj-webapp", "dependencies": {"@angular/core": "~10.0.0", "@auth0/angular-jwt": "^5.0.1"}}),
             "package-lock.json": "{}",
             "src/app/services/auth.service.ts": (
                 "import { JwtHelperService } from '@auth0/angular-jwt';\n\nexport const LOGIN_URL = '/api/auth/login';\n\n"
                 "export class AuthService {\n  login(login: string, password: string) {\n"
                 "    return this.http.post(LOGIN_URL, { login, password });\n  }\n}\n"),
             "src/app/components/connexion/connexion.component.html": (
                 "<form (ngSubmit)=\"onSubmit()\">\n  <input type=\"text\" formControlName=\"login\">\n"
                 "  <input type=\"password\" formControlName=\"password\">\n  <button type=\"submit\">Connexion</button>\n</form>\n"),
             "src/index.html": "<!doctype html><html lang=\"fr\"><body><app-root></app-root></body></html>\n"}
    res = judge(tmp_path, files, ["interoperability.auth", "scaling.vendor-lock-in"])[1]
    auth = res["interoperability.auth"]
    assert auth["status"] == "fail" and "local accounts" in auth["message"]["en"], auth
    assert "Auth0" not in res["scaling.vendor-lock-in"]["message"]["en"], res["scaling.vendor-lock-in"]


def test_fastapis_oauth2_password_flow_on_its_own_password_is_a_local_password(tmp_path):
    auth_py = ("from fastapi import Depends, HTTPException\nfrom fastapi.security import OAuth2PasswordBearer\nimport bcrypt\nimport jwt\n\n"
               "oauth2_scheme = OAuth2PasswordBearer(tokenUrl=\"auth/login\")\n\n\n"
               "def check_password(password: str) -> bool:\n    return bcrypt.checkpw(password.encode(), HASHED)\n\n\n"
               "async def is_valid_user(token: str = Depends(oauth2_scheme)) -> bool:\n    return jwt.decode(token, SECRET, algorithms=[\"HS256\"])\n")
    main_py = ("from fastapi import FastAPI, Depends\nfrom utils.auth import is_valid_user, check_password\n\napp = FastAPI()\n\n\n"
               "@app.post(\"/auth/login\")\ndef login(credentials: dict):\n    return {\"ok\": check_password(credentials[\"password\"])}\n\n\n"
               "@app.get(\"/projects\")\ndef projects(valid=Depends(is_valid_user)):\n    return []\n")
    files = {"backend/requirements.txt": "fastapi==0.110.0\nbcrypt==4.1.2\npyjwt==2.8.0\n", "backend/utils/auth.py": auth_py,
             "backend/main.py": main_py}
    auth = judge(tmp_path, files, ["interoperability.auth"])[1]["interoperability.auth"]
    assert auth["status"] == "fail" and "local accounts or a local password" in auth["message"]["en"], auth


def test_mapbox_open_source_helpers_are_not_a_proprietary_mapping_library(tmp_path):
    files = {"package.json": json.dumps({"name": "pelias-api", "dependencies": {"express": "^4.17.0", "@mapbox/geojson-extent": "^1.0.0",
                                                                                 "geojson": "^0.5.0"}}),
             "package-lock.json": "{}", "index.js": EXPRESS,
             "helper/geojsonify.js": ("const extent = require('@mapbox/geojson-extent')\nconst GeoJSON = require('geojson')\n\n"
                                      "module.exports = (docs) => {\n  const geojson = GeoJSON.parse(docs, { Point: ['lat', 'lng'] })\n"
                                      "  geojson.bbox = extent(geojson)\n  return geojson\n}\n")}
    geo = judge(tmp_path, files, ["interoperability.geo"])[1]["interoperability.geo"]
    assert "proprietary" not in geo["message"]["en"] and not geo["details"]["proprietary"], geo


def test_a_google_service_accounts_settings_are_no_sign_in(tmp_path):
    env = ("DATABASE_PASSWORD=changeme\nGS_TYPE=service_account\nGS_AUTH_PROVIDER=\"https://www.googleapis.com/oauth2/v1/certs\"\n"
           "GS_AUTH_URI=\"https://accounts.google.com/o/oauth2/auth\"\nGS_CLIENT_EMAIL=export@project.iam.gserviceaccount.com\n"
           "GS_PRIVATE_KEY=\"-----BEGIN PRIVATE KEY-----\\nxxx\\n-----END PRIVATE KEY-----\\n\"\nGS_TOKEN_URI=\"https://oauth2.googleapis.com/token\"\n"
           "JWT_SECRET=changeme\n")
    app = ("from flask import Flask, request\nimport bcrypt\n\napp = Flask(__name__)\n\n\n@app.route('/api/auth/login', methods=['POST'])\n"
           "def login():\n    user = find(request.json['login'])\n    return {'ok': bcrypt.checkpw(request.json['password'].encode(), user.hash)}\n")
    files = {"requirements.txt": "flask==2.0.0\nbcrypt==3.2.0\ngspread==4.0.0\n", ".env.sample": env, "src/api/app.py": app}
    auth = judge(tmp_path, files, ["interoperability.auth"])[1]["interoperability.auth"]
    assert auth["status"] == "fail" and "local accounts" in auth["message"]["en"], auth


def test_google_identity_services_sign_in_is_not_local_accounts(tmp_path):
    page = ("declare const google: any;\n\nexport class ConnectionPageComponent {\n  private codeClient: any;\n\n  ngOnInit(): void {\n"
            "    google.accounts.id.initialize({ client_id: environment.googleClientId, callback: (r: any) => this.onIdToken(r) });\n"
            "    google.accounts.id.prompt();\n    this.codeClient = google.accounts.oauth2.initCodeClient({ client_id: environment.googleClientId });\n"
            "  }\n\n  onIdToken(r: any) { this.http.post('/api/auth/google', { token: r.credential }); }\n}\n")
    files = {"package.json": json.dumps({"name": "gtt-webapp", "dependencies": {"@angular/core": "^15.0.0"}}), "package-lock.json": "{}",
             "src/index.html": "<!doctype html><html lang=\"fr\"><head><script src=\"https://accounts.google.com/gsi/client\" async defer>"
                               "</script></head><body><app-root></app-root></body></html>\n",
             "src/app/components/connection-page/connection-page.component.ts": page,
             "src/app/components/login/login.component.html": "<form><input type=\"password\" name=\"pin\"></form>\n"}
    auth = judge(tmp_path, files, ["interoperability.auth"])[1]["interoperability.auth"]
    assert auth["status"] == "warn" and "Standard authentication" in auth["message"]["en"], auth


def test_a_login_pages_openid_option_is_a_standard_sign_in(tmp_path):
    page = ("import { useSelector } from 'react-redux';\n\nconst LoginPage = () => {\n"
            "  const openIdEnabled = useSelector((state) => state.session.server.openIdEnabled);\n"
            "  const openIdForced = useSelector((state) => state.session.server.openIdEnabled && state.session.server.openIdForce);\n"
            "  const handleOpenIdLogin = () => { document.location = '/api/session/openid/auth'; };\n"
            "  return (<form><input type=\"password\" name=\"password\" />{openIdEnabled && (<button onClick={handleOpenIdLogin}>OpenID</button>)}</form>);\n"
            "};\n\nexport default LoginPage;\n")
    files = {"package.json": json.dumps({"name": "traccar-web", "dependencies": {"react": "^18.2.0", "react-redux": "^8.0.0"}}),
             "package-lock.json": "{}", "src/login/LoginPage.jsx": page, "index.html": "<!doctype html><html><body><div id=\"root\"></div></body></html>\n"}
    auth = judge(tmp_path, files, ["interoperability.auth"])[1]["interoperability.auth"]
    assert auth["status"] == "warn" and "Standard authentication" in auth["message"]["en"], auth


LARAVEL_QUEUE = ("<?php\n\nreturn [\n    'default' => env('QUEUE_CONNECTION', 'sync'),\n    'connections' => [\n"
                 "        'sync' => ['driver' => 'sync'],\n        'sqs' => [\n            'driver' => 'sqs',\n"
                 "            'key' => env('AWS_ACCESS_KEY_ID'),\n"
                 "            'prefix' => env('SQS_PREFIX', 'https://sqs.us-east-1.amazonaws.com/your-account-id'),\n"
                 "            'queue' => env('SQS_QUEUE', 'your-queue-name'),\n        ],\n    ],\n];\n")
LARAVEL_HASHING = ("<?php\n\nreturn [\n    /* Supported: \"bcrypt\", \"argon\", \"argon2id\" */\n    'driver' => 'bcrypt',\n"
                   "    'bcrypt' => ['rounds' => env('BCRYPT_ROUNDS', 10)],\n    'argon' => ['memory' => 1024],\n];\n")


def test_laravels_shipped_defaults_are_neither_aws_nor_a_sign_in(tmp_path):
    files = {"composer.json": json.dumps({"name": "laravel/laravel", "require": {"php": "^7.1.3", "laravel/framework": "5.8.*"}}),
             "config/queue.php": LARAVEL_QUEUE, "config/hashing.php": LARAVEL_HASHING,
             "routes/api.php": "<?php\n\nRoute::get('items', 'ItemController@index');\nRoute::post('items', 'ItemController@store');\n",
             "routes/web.php": "<?php\n\nRoute::get('/', function () {\n    return view('welcome');\n});\n",
             "app/Http/Controllers/ItemController.php": "<?php\n\nnamespace App\\Http\\Controllers;\n\nclass ItemController extends Controller\n{\n"
                                                        "    public function index() { return response()->json(Item::all()); }\n}\n"}
    res = judge(tmp_path, files, ["interoperability.auth", "scaling.vendor-lock-in"])[1]
    assert res["interoperability.auth"]["status"] == "not_applicable", res["interoperability.auth"]
    assert "Amazon" not in res["scaling.vendor-lock-in"]["message"]["en"], res["scaling.vendor-lock-in"]
    # the skeleton's sign-in, once routed, is one
    files["routes/web.php"] = "<?php\n\nAuth::routes();\n\nRoute::get('/home', 'HomeController@index');\n"
    auth = judge(tmp_path, files, ["interoperability.auth"], name="routed")[1]["interoperability.auth"]
    assert auth["status"] == "fail" and "local accounts" in auth["message"]["en"], auth


def test_credentials_to_fetch_other_feeds_are_not_the_services_sign_in(tmp_path):
    base = "src/main/java/org/entur/lamassu/"
    files = {"pom.xml": POM_SPRING,
             base + "model/provider/Authentication.java": (
                 "package org.entur.lamassu.model.provider;\n\nimport org.entur.gbfs.authentication.Oauth2ClientCredentialsGrantRequestAuthenticator;\n\n"
                 "public class Authentication {\n  public RequestAuthenticator getRequestAuthenticator() {\n"
                 "    if (scheme == AuthenticationScheme.OAUTH2_CLIENT_CREDENTIALS_GRANT) {\n"
                 "      return new Oauth2ClientCredentialsGrantRequestAuthenticator(tokenUrl, clientId, clientPassword);\n    }\n"
                 "    return null;\n  }\n}\n"),
             base + "controller/FeedController.java": ("package org.entur.lamassu.controller;\n\n@RestController\npublic class FeedController {\n"
                                                       "  @GetMapping(\"/gbfs\")\n  public String feeds() { return \"{}\"; }\n}\n")}
    auth = judge(tmp_path, files, ["interoperability.auth"])[1]["interoperability.auth"]
    assert "Standard authentication" not in auth["message"]["en"], auth


POM_SPRING = ("<project><modelVersion>4.0.0</modelVersion><groupId>org.entur</groupId><artifactId>lamassu</artifactId><version>1.0</version>\n"
              "<dependencies><dependency><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-web</artifactId></dependency>\n"
              "</dependencies></project>\n")


def test_a_login_page_of_password_components_or_a_shared_password_is_a_sign_in(tmp_path):
    page = ("import { Form, Input, Button } from 'antd';\nimport { useAuth } from '../../../_hooks/auth';\n\nexport default function Login() {\n"
            "  const { login } = useAuth();\n  async function handleSubmit(values: { email: string; password: string }) {\n"
            "    await login(values.email, values.password);\n  }\n  return (<Form onFinish={handleSubmit}><Form.Item name=\"email\"><Input /></Form.Item>\n"
            "    <Form.Item name=\"password\"><Input.Password /></Form.Item><Button htmlType=\"submit\">Connexion</Button></Form>);\n}\n")
    files = {"package.json": json.dumps({"name": "trajectoires", "dependencies": {"react": "^18.2.0", "antd": "^5.0.0"}}), "package-lock.json": "{}",
             "index.html": "<!doctype html><html><body><div id=\"root\"></div></body></html>\n", "src/_pages/[public]/login/index.tsx": page}
    auth = judge(tmp_path, files, ["interoperability.auth"])[1]["interoperability.auth"]
    assert auth["status"] == "fail" and "local accounts or a local password" in auth["message"]["en"], auth
    store = ("import { writable, get } from 'svelte/store';\nimport { env } from '$env/dynamic/public';\n\nexport const auth = writable('');\n\n"
             "export const login = (password: string) => {\n    if (password === env.PUBLIC_PASSWORD) {\n        auth.set(password);\n"
             "        return true;\n    }\n    return false;\n};\n")
    files = {"package.json": json.dumps({"name": "gestion-inventaire", "devDependencies": {"@sveltejs/kit": "^2.0.0", "svelte": "^4.0.0"}}),
             "package-lock.json": "{}", "src/lib/store.ts": store, "svelte.config.js": "import adapter from '@sveltejs/adapter-node';\n"
                                                                          "export default { kit: { adapter: adapter() } };\n",
             "src/lib/components/Basket.svelte": "<script>\n  export let items = [];\n</script>\n<ul>{#each items as i}<li>{i.name}</li>{/each}</ul>\n",
             "src/lib/components/Nav.svelte": "<script>\n  export let title = '';\n</script>\n<nav><h1>{title}</h1></nav>\n",
             "src/routes/api/items/+server.ts": "import { json } from '@sveltejs/kit';\n\nexport async function GET() {\n  return json([]);\n}\n",
             "src/app.html": "<!doctype html><html lang=\"fr\"><head>%sveltekit.head%</head><body>%sveltekit.body%</body></html>\n",
             "src/routes/+page.svelte": "<script>\n  import { login } from '$lib/store';\n  let pwd = '';\n</script>\n"
                                        "<input bind:value={pwd} /><button on:click={() => login(pwd)}>Entrer</button>\n"}
    auth = judge(tmp_path, files, ["interoperability.auth"], name="svelte")[1]["interoperability.auth"]
    assert auth["status"] == "fail" and "local accounts or a local password" in auth["message"]["en"], auth
