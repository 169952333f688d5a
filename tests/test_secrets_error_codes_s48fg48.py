"""reusability.secrets: a service's error code given to a constant named after a password is no secret (issue 12, s48 fg48 =
reader ra48, OPEN-ENT-NG/zimbra-connector).

The connector's constants class lists the mail server's SOAP fault codes (a constant ending in PWD or PASSWORD set to
"account.PASSWORD_LOCKED", "account.INVALID_PASSWORD"…): detect-secrets' keyword rule took each as a password, and the check
listed 5 strings "to review". A code is a lower-case namespace, a dot, then an upper-case name of two words or more; a dotted key
of three parts was already set aside. Near miss: a constant holding a real-looking password stays to review. Fixtures written for
the test."""

from __future__ import annotations

from tests.test_reusability_fixtures import sec

CODES = ("package fr.ville.mail.model;\n\npublic class MailErrors {\n"
         "    public static final String ERROR_AUTHFAILED = \"account.AUTH_FAILED\";\n"
         "    public static final String ERROR_CHANGEPWD = \"account.CHANGE_PASSWORD\";\n"
         "    public static final String ERROR_PWDLOCK = \"account.PASSWORD_LOCKED\";\n"
         "    public static final String ERROR_INVALIDPWD = \"account.INVALID_PASSWORD\";\n"
         "    public static final String ERROR_NOSUCHACCOUNT = \"account.NO_SUCH_ACCOUNT\";\n}\n")
README = "# Messagerie\n\nConnecteur vers le serveur de messagerie.\n"


def test_error_codes_named_after_passwords_are_no_secret(tmp_path):
    r = sec(tmp_path, {"src/main/java/fr/ville/mail/model/MailErrors.java": CODES, "README.md": README})
    assert r["status"] == "pass" and r["details"]["weak"] == 0 and r["details"]["strong"] == 0, r["evidence"]


def test_near_miss_a_password_constant_stays_to_review(tmp_path):
    code = CODES.replace("\"account.PASSWORD_LOCKED\"", "\"Kv8.tr4Q_Lm2x\"")
    r = sec(tmp_path, {"src/main/java/fr/ville/mail/model/MailErrors.java": code, "README.md": README})
    assert r["details"]["weak"] + r["details"]["strong"] >= 1, r
