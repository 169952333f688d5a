"""interoperability.auth: a PHP register of processings signs local accounts in by comparing the password typed with the stored one
as plain text (`strtolower(trim($passwordSaisi))==strtolower(trim($this->password))`) beside an LDAP sign-in; it was told "sign-in
through the organisation's directory" (5) because signal auth.plain-password knew only dotted members (issue 12, s29 e29). A
hashed compare, a confirmation field and an assignment stay as they were."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

AUTH = ["interoperability.auth"]
LDAP = ("<?php\nclass ldap {\n  function connecter($h) {\n    $c = ldap_connect($h);\n    return ldap_bind($c, $this->dn, $this->mdp);\n"
        "  }\n}\n")
LOGIN = ("<?php\nsession_start();\n$loginSaisi = $_POST['txtLogin'];\n$passwordSaisi = $_POST['txtPassword'];\n"
         "$utilisateur = utilisateur::charger($loginSaisi);\nif ($utilisateur->verifier($passwordSaisi)) { $_SESSION['login'] = $loginSaisi; }\n")


def _user(compare: str) -> str:
    return ("<?php\nclass utilisateur {\n  public $login;\n  public $password;\n\n  function setPassword($password) {\n"
            "    $this->password = $password;\n  }\n\n  function verifier($passwordSaisi) {\n    " + compare + "\n  }\n}\n")


def _auth(tmp_path, compare, name):
    files = {"classes/class.ldap.php": LDAP, "phpCommun/login_trt.php": LOGIN, "classes/class.utilisateur.php": _user(compare),
             "README.md": "# Registre RGPD\n\nRegistre des traitements d'une commune.\n"}
    return judge(tmp_path, files, AUTH, name=name)[1]["interoperability.auth"]


def test_a_php_password_compared_as_plain_text_is_said(tmp_path):
    r = _auth(tmp_path, "return strtolower(trim($passwordSaisi))==strtolower(trim($this->password));", "plain")
    assert r["score"] == 1, r["message"]
    assert r["evidence"][0]["path"] == "classes/class.utilisateur.php" and r["evidence"][0]["line"] == 11


def test_a_hashed_compare_or_a_confirmation_field_stays_a_directory_sign_in(tmp_path):
    for i, compare in enumerate(["return md5($passwordSaisi) == $this->password;",
                                 "return $passwordSaisi == $password2 && hash('sha256', $passwordSaisi) === $this->password;"]):
        r = _auth(tmp_path, compare, f"hashed{i}")
        assert r["score"] == 5 and "LDAP" in r["message"]["en"], (compare, r["message"])
