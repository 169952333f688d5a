"""Secrets reader ra37 found unseen in an agglomeration's PHP parking-permit application (issue 12, session 37 fixer fc37).

Romain64290/stationnement_pesh: include/config.inc.php gives the database's root password as a PHP constant, ``define('DB_PASSWORD',
'<a dictionary word>')``, and keeps a directory service account's password in a line commented out (``//$ldappass = '<20 random
characters>';``); modules/public/upload.php sends the reCAPTCHA secret key in a verification URL's query (``siteverify?secret=<40
characters>&response=…``). reusability.secrets passed ("No secret detected"): a define() was no assignment, a password with no digit no
password, a commented line in a configuration file dropped, and ``secret=`` no key parameter. The fixtures are written for the test.
"""

from __future__ import annotations

from tests.test_reusability_fixtures import sec

CONFIG = ("<?php\n  // Serveur\n  define('DB_SERVEUR', 'localhost');\n  define('DB_LOGIN', 'root');\n  // Mot de passe\n"
          "  define('DB_PASSWORD', 'volcanique');\n  define('DB_NOM', 'stationnement');\n")
LDAP = "<?php\n  define('LDAPSERVEUR', '10.0.0.8');\n//$ldapuser = 'LOCAL\\svc-sync';\n//$ldappass = 'kT8qWm2RtYp4LsXv9BnC';\n"
UPLOAD = ("<?php\nif (isset($_POST['g-recaptcha-response'])) {\n  $captcha = $_POST['g-recaptcha-response'];\n}\n"
          "$response = file_get_contents(\"https://www.google.com/recaptcha/api/siteverify?secret=6LcZx0QTAAAAAKf3Pq9WmXr2Tb7Yn4Vd8sLh1JcE&response=\""
          " . $captcha);\n")
INDEX = "<?php\nsession_start();\necho '<html><body><h1>Stationnement</h1></body></html>';\n"


def _paths(result: dict) -> set[tuple[str, int]]:
    return {(e.get("path"), e.get("line")) for e in result["evidence"] if e.get("kind") == "finding"}


def test_a_defined_password_and_a_commented_one_are_secrets(tmp_path):
    r = sec(tmp_path, {"index.php": INDEX, "include/config.inc.php": CONFIG, "include/ldap.inc.php": LDAP})
    assert r["status"] == "fail", r["message"]
    assert {("include/config.inc.php", 6), ("include/ldap.inc.php", 4)} <= _paths(r), r["evidence"]


def test_a_secret_in_a_verification_urls_query_is_a_secret(tmp_path):
    r = sec(tmp_path, {"index.php": INDEX, "upload.php": UPLOAD})
    assert r["status"] == "fail", r["message"]
    assert ("upload.php", 5) in _paths(r), r["evidence"]


def test_placeholders_field_names_and_secrets_read_from_settings_stay_clear(tmp_path):
    # near misses: a constant left to fill in, a field's name, a word of the password's role, and the secret read from a constant
    config = ("<?php\n  define('DB_PASSWORD', 'A_REMPLIR');\n  define('PASSWORD_FIELD', 'passwd');\n  define('LDAP_PASS', 'motdepasse');\n"
              "  define('RECAPTCHA_SECRET', getenv('RECAPTCHA_SECRET'));\n")
    upload = UPLOAD.replace("secret=6LcZx0QTAAAAAKf3Pq9WmXr2Tb7Yn4Vd8sLh1JcE&response=\"", "secret=\" . RECAPTCHA_SECRET . \"&response=\"")
    r = sec(tmp_path, {"index.php": INDEX, "include/config.inc.php": config, "upload.php": upload})
    assert r["status"] == "pass", (r["message"], r["evidence"])
