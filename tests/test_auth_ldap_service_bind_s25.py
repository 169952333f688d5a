"""interoperability.auth (issue 12, session 25, reader o3: QuentinEcollectivites/LdapAdmin): a module that administers the
directory binds with its service account, ``ldap_bind($conn, BIND_DN, BIND_PASS)``, to create and modify entries; the check
said "Sign-in through the organisation's directory (LDAP)". A bind whose password is a constant, a literal, a setting read
from the configuration or none (anonymous) opens the directory for the service: nobody signs in by it; and ldap_connect alone
connects, it checks no one's credentials.

Neighbour unchanged: a sign-in page binding with the login and password a person typed (``ldap_bind($ds, 'uid='.$login.…,
$pass)``) is still a sign-in through the directory."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

AUTH = ["interoperability.auth"]
PAGE = "<?php\ninclude 'annuaire.php';\n$vue = isset($_GET['vue']) ? $_GET['vue'] : 'liste';\n?>\n<html><body><h1>Comptes des agents</h1><form method=\"post\" action=\"creer.php\"><input name=\"nom\"></form></body></html>\n"
ADMIN = ("<?php\ndefine('SERVEUR', 'annuaire.interne');\ndefine('COMPTE_DN', 'cn=gestion,dc=agglo,dc=fr');\n"
         "define('COMPTE_MDP', getenv('ANNUAIRE_MDP'));\n\nfunction creer_agent($nom) {\n"
         "    $cx = ldap_connect(SERVEUR, 389);\n    ldap_set_option($cx, LDAP_OPT_PROTOCOL_VERSION, 3);\n"
         "    if (ldap_bind($cx, COMPTE_DN, COMPTE_MDP)) {\n        ldap_add($cx, 'cn=' . $nom . ',ou=agents,dc=agglo,dc=fr', array('cn' => $nom));\n"
         "    }\n    ldap_close($cx);\n}\n")
LOGIN = ("<?php\nsession_start();\n$login = $_POST['login'];\n$pass = $_POST['pass'];\n$ds = ldap_connect('annuaire.interne');\n"
         "$ok = @ldap_bind($ds, 'uid=' . $login . ',ou=agents,dc=agglo,dc=fr', $pass);\nif ($ok) {\n    $_SESSION['agent'] = $login;\n"
         "    header('Location: index.php');\n}\n?>\n<form method=\"post\"><input name=\"login\"><input type=\"password\" name=\"pass\"></form>\n")


WEB = {"README.md": "# Annuaire des agents\n\nApplication web de gestion des comptes des agents, servie par Apache et PHP.\n"}


def _auth(tmp_path, files, name="r"):
    report, results = judge(tmp_path, {**WEB, **files}, AUTH, name=name)
    assert report["facts"]["project"]["kind"] in ("web-application", "api-service"), report["facts"]["project"]
    return results["interoperability.auth"]


def test_a_service_account_bind_is_no_sign_in(tmp_path):
    auth = _auth(tmp_path, {"index.php": PAGE, "creer.php": "<?php\ninclude 'annuaire.php';\ncreer_agent($_POST['nom']);\n", "annuaire.php": ADMIN})
    assert "directory (LDAP)" not in auth["message"]["en"] or auth["status"] == "inconclusive", auth  # was warn "Sign-in through the directory"
    assert auth["status"] not in ("warn", "pass"), auth


def test_a_bind_with_the_typed_credentials_is_still_a_sign_in(tmp_path):
    auth = _auth(tmp_path, {"index.php": PAGE, "connexion.php": LOGIN, "annuaire.php": ADMIN}, name="s")
    assert auth["status"] == "warn" and "Sign-in through the organisation's directory" in auth["message"]["en"], auth
