"""interoperability.api-spec, interoperability.data-standards, documentation.docs (issue 12, s37 fh37 = HPSdevs/ParcMachinesSivom).

A plain PHP intranet application ships an installer page: it reads the settings file, creates the database and its user, runs the
SQL script statement by statement, echoing "Création de la base de données<br>" lines and, per statement, a progress fragment
``echo json_encode(array("pour" => $pour, "msg" => "en cours"))``. That echo was read as a PHP page answering JSON: api-spec warned
"1 code file(s) answer HTTP requests themselves … describe them in OpenAPI", data-standards counted JSON as an open format and the
docs check asked for API documentation. A script creating the database or its user that echoes HTML lines is an installer showing
its progress to the person installing, no API.
Near miss: a PHP endpoint answering JSON from the database (no database created, no HTML echoed) stays an API; so does an endpoint
echoing HTML but creating no database.
"""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

INSTALLER = """<?php
  $c = parse_ini_file("../config/database.ini");
  $pdo = new PDO("mysql:host=" . $c['host'], $c['root'], $c['rootpass']);
  echo "Création de la base de données<br>";
  $pdo->exec("CREATE DATABASE IF NOT EXISTS `" . $c['db'] . "`;");
  echo "Création de l'utilisateur<br>";
  $pdo->exec("CREATE USER IF NOT EXISTS " . $c['user'] . " IDENTIFIED BY '" . $c['pass'] . "';");
  $lines = file('../config/schema.sql');
  $n = 0;
  foreach ($lines as $line) {
    $n += 1;
    echo json_encode(array("pour" => round($n / count($lines) * 100), "msg" => "en cours"));
    $pdo->exec($line);
  }
"""

ENDPOINT = """<?php
  require 'mysql.php';
  header('Content-Type: application/json');
  $rows = $pdo->query("SELECT id, designation FROM machine")->fetchAll();
  echo json_encode($rows);
"""

PAGE = """<?php require 'components/header.php';
if (isset($_POST['login'])) { $_SESSION['user'] = $_POST['login']; } ?>
<h1>Parc machines</h1>
<?php foreach ($machines as $m) { echo "<li>" . htmlspecialchars($m['designation']) . "</li>"; } ?>
"""

LOGIN = """<?php require 'components/header.php'; ?>
<form action="index.php" method="post"><input name="login"><input type="password" name="pass"><button>Connexion</button></form>
"""

APP = {"index.php": PAGE, "login.php": LOGIN, "components/header.php": "<?php session_start(); ?>\n<html><body>\n",
       "components/mysql.php": "<?php $pdo = new PDO('mysql:host=localhost;dbname=parc', 'parc', getenv('DB_PASS')); ?>\n",
       "config/database.ini": "host=localhost\ndb=parc\nuser=parc\npass=\nroot=root\nrootpass=\n",
       "config/schema.sql": "CREATE TABLE machine (id INT PRIMARY KEY, designation VARCHAR(80));\n",
       "Readme.md": "# Parc machines\n\nGestion des machines et véhicules d'un atelier intercommunal.\n"}


def test_an_installers_progress_echo_is_no_api(tmp_path):
    files = {**APP, "components/installconfig.php": INSTALLER}
    r = check_result(tmp_path, files, "interoperability.api-spec")
    assert r["status"] == "not_applicable", r["message"]  # was warn 4 "1 code file(s) answer HTTP requests themselves"
    r = check_result(tmp_path / "d", files, "interoperability.data-standards")
    assert "JSON" not in r["message"]["en"], r["message"]  # was fail 3 "Open formats: JSON"
    r = check_result(tmp_path / "k", files, "documentation.docs")
    assert "API" not in r["message"]["en"], r["message"]  # was "missing: …, API"


def test_a_php_page_answering_json_stays_an_api(tmp_path):
    files = {**APP, "components/installconfig.php": INSTALLER, "api/machines.php": ENDPOINT}
    r = check_result(tmp_path, files, "interoperability.api-spec")
    assert r["status"] == "warn" and "api/machines.php" in r["message"]["en"], r["message"]
    # echoing HTML without creating any database: still an answer in JSON
    mixed = ENDPOINT + 'echo "<br>";\n'
    r = check_result(tmp_path / "m", {**APP, "api/machines.php": mixed}, "interoperability.api-spec")
    assert r["status"] == "warn", r["message"]
