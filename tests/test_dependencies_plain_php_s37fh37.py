"""reusability.dependencies (issue 12, s37 fh37 = HPSdevs/ParcMachinesSivom).

A plain PHP + MySQL intranet (no framework: PDO, password_hash, mail(), its own scripts and a few JavaScript files of its own)
has no dependency manifest, and needs none: it loads nothing beyond PHP and its extensions. The check said fail "No dependency
manifest" while dependency-updates said not applicable. With no manifest and no copied library, PHP and JavaScript code loading no
Composer autoloader, no namespace the project does not declare, no package by its bare name and no script from a CDN has no
dependency to declare.
Near misses: the same application requiring vendor/autoload.php and using PHPMailer's namespace, or loading jQuery from a CDN, keeps
"No dependency manifest".
"""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

CID = "reusability.dependencies"

INDEX = """<?php
session_start();
require_once 'components/mysql.php';
if (isset($_POST['login'])) {
  $st = $pdo->prepare('SELECT pass FROM utilisateur WHERE login = ?');
  $st->execute([$_POST['login']]);
  if (password_verify($_POST['pass'], $st->fetchColumn())) { $_SESSION['user'] = $_POST['login']; }
}
?>
<html><head><script src="assets/js/menu.js"></script></head>
<body><form action="index.php" method="post"><input name="login"><input type="password" name="pass"><button>Connexion</button></form></body></html>
"""

MAIL = """<?php
function envoyer($to, $sujet, $texte) {
  return mail($to, $sujet, $texte, 'From: atelier@example.org');
}
"""

FILES = {"index.php": INDEX, "components/mysql.php": "<?php\n$pdo = new PDO('mysql:host=localhost;dbname=parc', 'parc', getenv('DB_PASS'));\n",
         "components/functions-email.php": MAIL, "assets/js/menu.js": "function ouvrir(id) { document.getElementById(id).classList.toggle('open'); }\n",
         "Readme.md": "# Parc machines\n\nGestion des machines et véhicules d'un atelier intercommunal.\n"}


def test_plain_php_on_its_extensions_has_no_dependency_to_declare(tmp_path):
    r = check_result(tmp_path, FILES, CID)
    assert r["status"] == "not_applicable", r["message"]  # was fail "No dependency manifest."
    assert "PHP" in r["message"]["en"], r["message"]


def test_a_composer_library_or_a_cdn_script_keeps_the_manifest_expected(tmp_path):
    mailer = "<?php\nrequire __DIR__ . '/../vendor/autoload.php';\nuse PHPMailer\\PHPMailer\\PHPMailer;\n\nfunction envoyer($to) { $m = new PHPMailer(); }\n"
    r = check_result(tmp_path, {**FILES, "components/functions-email.php": mailer}, CID)
    assert r["status"] == "fail", r["message"]
    cdn = INDEX.replace('<script src="assets/js/menu.js"></script>', '<script src="https://code.jquery.com/jquery-3.7.1.min.js"></script>')
    r = check_result(tmp_path / "c", {**FILES, "index.php": cdn}, CID)
    assert r["status"] == "fail", r["message"]
