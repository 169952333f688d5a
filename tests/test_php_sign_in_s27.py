"""Issue 12, session 27 (measure 18 reader o3; s27 u27): interoperability.auth on a small hand-written PHP site.

A commune's PHP site (no framework) signs its editors in with a "Connexion" modal in includes/header.php, a controller checking the
typed password with PHP's ``password_verify()`` against the accounts table's hash and keeping the person in ``$_SESSION``: the check
said "no sign-in of people found" (not applicable). ``password_verify(`` is now a local sign-in (local accounts only, as a
framework's login). A PHP page with no such check (a contact page) stays not applicable."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

AUTH = "interoperability.auth"

HEADER = ("<?php session_start(); ?>\n<!DOCTYPE html>\n<html lang=\"fr\"><head><meta charset=\"utf-8\"><title>Mairie</title></head><body>\n"
          "<nav><a href=\"index.php\">Accueil</a> <a href=\"#\" data-toggle=\"modal\" data-target=\"#loginModal\">Connexion</a></nav>\n"
          "<form action=\"index.php\" method=\"POST\"><label for=\"userEmail\">Identifiant :</label>"
          "<input type=\"text\" name=\"userEmail\" id=\"userEmail\">\n<label for=\"userPassword\">Mot de passe :</label>"
          "<input type=\"password\" name=\"userPassword\" id=\"userPassword\">\n<button type=\"submit\" name=\"userLogin\">Se connecter</button></form>\n")
CTRL = ("<?php\nif (isset($_POST['userLogin'])) {\n    $users = new users();\n    $users->firstname = htmlspecialchars($_POST['userEmail']);\n"
        "    $infos = $users->getUserInfos();\n    if (password_verify($_POST['userPassword'], $infos->password)) {\n"
        "        $_SESSION['user']['userId'] = $infos->id;\n    } else {\n        $erreur = 'Mot de passe incorrect !';\n    }\n}\n"
        "if (isset($_GET['signOut'])) {\n    unset($_SESSION['user']);\n    header('location: index.php');\n    exit();\n}\n")
MODEL = ("<?php\nclass users {\n    public $firstname = '';\n    public function getUserInfos() {\n"
         "        $query = 'SELECT `id`, `firstname`, `password` FROM `mairie_users` WHERE `firstname` = :firstname';\n"
         "        $statement = $this->db->prepare($query);\n        $statement->bindValue(':firstname', $this->firstname, PDO::PARAM_STR);\n"
         "        $statement->execute();\n        return $statement->fetch(PDO::FETCH_OBJ);\n    }\n}\n")
INDEX = ("<?php include 'controllers/headerCtrl.php'; include 'includes/header.php'; ?>\n<main><h1>Bienvenue à la mairie</h1>\n"
         "<p>Horaires d'ouverture du secrétariat : lundi et jeudi.</p></main></body></html>\n")
PHP_SITE = {"index.php": INDEX, "includes/header.php": HEADER, "controllers/headerCtrl.php": CTRL, "models/users.php": MODEL,
            "assets/css/style.css": "body { margin: 0; }\n"}


def test_php_password_verify_with_a_session_is_a_local_sign_in(tmp_path):
    res = judge(tmp_path, PHP_SITE, [AUTH], name="php-login")[1][AUTH]
    assert res["status"] != "not_applicable", res["message"]
    assert res["details"]["local_login"] is True, res["details"]
    assert "local accounts" in res["message"]["en"], res["message"]
    assert any(e.get("path") == "controllers/headerCtrl.php" for e in res["evidence"]), res["evidence"]


def test_a_php_site_checking_no_password_stays_not_applicable(tmp_path):
    files = {k: v for k, v in PHP_SITE.items() if k != "controllers/headerCtrl.php"}
    files["includes/header.php"] = HEADER.split("<form")[0].replace("Connexion", "Contact")
    files["models/users.php"] = "<?php\n// password_verify() is PHP's check of a typed password\n"
    res = judge(tmp_path, files, [AUTH], name="php-plain")[1][AUTH]
    assert res["status"] == "not_applicable", res["message"]
