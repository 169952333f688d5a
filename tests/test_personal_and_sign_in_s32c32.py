"""Issue 12, session 32 fixer c32 (airpaca/mes2camp; shapes of local authorities' PHP apps and Microsoft MSAL front ends).

scaling.personal-data passed "no personal-data field" on PHP pages selecting login_utilisateur, nom_utilisateur, prenom_utilisateur
from c_template.utilisateurs (columns named after their table in the singular), on columns with a role or qualifier after the word
(prenom_usager, nom_agent, date_naissance_enfant, adresse_perso) and on a per-user usage table keyed by uid with a timestamp.
interoperability.auth said "no sign-in of people" where the same pages check password_utilisateur = crypt('…' . $pwd . '…') in
their SQL (or password='".md5($_POST['password'])."'), and where a front end signs people in with MSAL (Entra ID, OpenID Connect).
Near misses keep their old reading: nom_commune, nom_voie, adresse_ip; an events table's uid; a password set by an UPDATE; a
daemon's MSAL token for itself."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge
from tests.test_usage_log_and_mail_type_s30 import _found as _warned

PD, AUTH = "scaling.personal-data", "interoperability.auth"
README = {"README.md": "# Campagnes\n\nHistorique des campagnes de mesures de la qualité de l'air.\n"}
LOGIN = ("<?php\n\nif (isset($_POST['login'])) {\n    $login = strip_tags($_POST['login']);\n    $pwd = strip_tags($_POST['pwd']);\n};\n"
         "include 'config.php';\n$conn = pg_connect(\"dbname='\" . $pg_db . \"' user='\" . $pg_lgn . \"' password='\" . $pg_pwd . \"'\");\n\n"
         "$sql = \"\nselect login_utilisateur, nom_utilisateur, prenom_utilisateur, nom_privilege\nfrom c_template.utilisateurs as a\n"
         "left join c_template.utilisateurs_privileges as b using (id_privilege)\nwhere\n\tlogin_utilisateur = '\" . $login . \"'\n"
         "\tand password_utilisateur =  crypt('\" . $pwd . \"', password_utilisateur)\n;\n\";\n$res = pg_query($conn, $sql);\n"
         "header('Content-Type: application/json');\necho json_encode(pg_fetch_all($res));\n")
# the same page reading the campaigns only (names of things), with no password checked
CAMPAIGNS = ("<?php\n\ninclude 'config.php';\n$conn = pg_connect(\"dbname='campagne'\");\n"
             "$sql = \"\nselect id_point, nom_commune, nom_voie, nom_campagne\nfrom c_template.campagnes\nwhere id_point = \" . intval($_GET['id']) . \"\n;\n\";\n"
             "$res = pg_query($conn, $sql);\necho json_encode(pg_fetch_all($res));\n")
MD5_LOGIN = ("<?php\nsession_start();\nif (!empty($_POST['username'])) {\n"
             "\t$user = $pdo->query(\"SELECT * FROM agents WHERE username='\".$_POST['username'].\"' AND password='\".md5($_POST['password']).\"'\")->fetch();\n"
             "\tif (!empty($user['id'])) { $_SESSION['id'] = $user['id']; header('Location: index.php'); }\n}\n")
RESET = ("<?php\nsession_start();\nif (!empty($_POST['password'])) {\n"
         "\t$pdo->query(\"UPDATE agents SET password='\".md5($_POST['password']).\"' WHERE id=\".intval($_GET['id']));\n}\n")
DOSSIERS = ("CREATE TABLE dossiers (\n    id serial PRIMARY KEY,\n    nom_agent varchar(80),\n    prenom_usager varchar(80),\n"
            "    date_naissance_enfant date,\n    adresse_perso text,\n    objet text\n);\n")
VOIES = ("CREATE TABLE troncons (\n    id serial PRIMARY KEY,\n    nom_commune varchar(80),\n    nom_voie varchar(80),\n"
         "    adresse_ip inet,\n    longueur numeric\n);\n")
USAGE = "CREATE TABLE stats_usage (\n    uid integer NOT NULL,\n    visited_at timestamp NOT NULL,\n    page text\n);\n"
EVENTS = "CREATE TABLE evenements (\n    uid varchar(120) NOT NULL,\n    date_debut timestamp,\n    titre text\n);\n"
PACKAGE = '{"name": "portail-agents", "dependencies": {"@azure/msal-browser": "^3.10.0", "react": "^18.2.0", "react-dom": "^18.2.0"}}\n'
MSAL_FRONT = ("import { PublicClientApplication } from '@azure/msal-browser';\n\nexport const msal = new PublicClientApplication({\n"
              "  auth: { clientId: import.meta.env.VITE_CLIENT_ID, authority: import.meta.env.VITE_AUTHORITY },\n});\n\n"
              "export function connexion() {\n  return msal.loginRedirect({ scopes: ['openid', 'profile', 'User.Read'] });\n}\n")
APP = ("import { connexion } from './auth';\n\nexport default function App() {\n"
       "  return <main><h1>Portail des agents</h1><button onClick={connexion}>Se connecter</button></main>;\n}\n")
DAEMON = ("import msal\n\napp = msal.ConfidentialClientApplication(CLIENT_ID, authority=AUTHORITY, client_credential=SECRET)\n\n\n"
          "def jeton():\n    return app.acquire_token_for_client(scopes=['https://graph.microsoft.com/.default'])['access_token']\n")


def test_columns_named_after_their_plural_table_are_people_s(tmp_path):
    _, res = judge(tmp_path, {**README, "src/web_app/scripts/connexion.php": LOGIN}, [PD])
    assert "name" in _warned(res), res[PD]["message"]  # was pass "no personal-data field"
    assert any("prenom_utilisateur" in str(e.get("value")) for e in res[PD]["evidence"]), res[PD]["evidence"]


def test_names_of_things_stay_no_personal_data(tmp_path):
    _, res = judge(tmp_path, {**README, "src/web_app/scripts/campagnes.php": CAMPAIGNS, "bdd/troncons.sql": VOIES}, [PD], name="things")
    assert res[PD]["status"] == "pass", res[PD]["message"]


def test_a_personal_word_before_a_role_or_a_qualifier_is_personal_data(tmp_path):
    _, res = judge(tmp_path, {**README, "bdd/dossiers.sql": DOSSIERS}, [PD], name="dossiers")
    msg = _warned(res)
    assert "name" in msg and "birth" in msg and "postal address" in msg, res[PD]["message"]


def test_a_per_user_usage_table_keyed_by_uid_is_a_usage_log(tmp_path):
    _, res = judge(tmp_path, {**README, "bdd/usage.sql": USAGE}, [PD], name="usage")
    assert "usage log" in _warned(res), res[PD]["message"]
    _, res = judge(tmp_path, {**README, "bdd/agenda.sql": EVENTS}, [PD], name="events")  # an agenda entry's uid: no one's use
    assert "usage log" not in _warned(res), res[PD]["message"]


def test_a_password_checked_by_the_sql_of_php_pages_is_a_local_sign_in(tmp_path):
    for name, path, text in (("crypt", "src/web_app/scripts/connexion.php", LOGIN), ("md5", "admin/login.php", MD5_LOGIN)):
        res = judge(tmp_path, {**README, path: text, "src/web_app/index.php": "<?php include 'scripts/header.php'; ?>\n"}, [AUTH], name=name)[1][AUTH]
        assert res["status"] == "fail" and res["details"]["local_login"] is True, (name, res["message"])  # was not_applicable
        assert any(e.get("path") == path for e in res["evidence"]), res["evidence"]


def test_a_password_set_by_an_update_or_no_password_signs_no_one_in(tmp_path):
    files = {**README, "admin/reset.php": RESET, "src/web_app/scripts/campagnes.php": CAMPAIGNS}
    res = judge(tmp_path, files, [AUTH], name="reset")[1][AUTH]
    assert res["details"].get("local_login") is not True, res["message"]


def test_msal_in_a_front_end_is_openid_connect_with_entra_id(tmp_path):
    files = {**README, "package.json": PACKAGE, "src/auth.js": MSAL_FRONT, "src/App.jsx": APP, "index.html": "<div id=root></div>\n"}
    res = judge(tmp_path, files, [AUTH], name="msal")[1][AUTH]
    assert res["details"].get("entra_id") is True and res["score"] == 7, res["message"]  # was not_applicable "no sign-in"
    assert "Entra ID" in res["message"]["en"]


def test_a_daemon_token_of_msal_is_no_sign_in(tmp_path):
    files = {**README, "package.json": PACKAGE.replace("@azure/msal-browser", "left-pad"), "src/App.jsx": APP, "index.html": "<div id=root></div>\n",
             "jobs/graph.py": DAEMON}
    res = judge(tmp_path, files, [AUTH], name="daemon")[1][AUTH]
    assert res["details"].get("entra_id") is not True, res["message"]
