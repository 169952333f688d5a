"""reusability.configuration (issue 12, s38 fg38 = reader rc38): settings of a connection written in the code were "nothing to set".
Batyeste/Outil-De-Supervision-SDIS91: a PHP application's variables.inc, included by every page, writes $servername = "localhost",
$username = "root", $password = "", $dbname = "…": not applicable "writes no key, password or database address". LeBonThib/CD54_GEOCODING:
a .NET command-line geocoder writes database_name = "" and database_login = "" (emptied for publication), a connection string
"Host=…;Username={…};Database={…}" and a token sent as an address's key: not applicable "no setting at all". Empty, a development
default or real, those values are a deployment's: settings left in the code. Near misses: a PHP login form's $username = "" and
$password = "" (no server, no database) stays "nothing to set"; a console program writing none stays not applicable."""

from __future__ import annotations

from auditor.engine import AuditOptions, audit
from tests.gitrepo import make_repo

CSPROJ = ('<Project Sdk="Microsoft.NET.Sdk">\n  <PropertyGroup>\n    <OutputType>Exe</OutputType>\n'
          '    <TargetFramework>net8.0</TargetFramework>\n  </PropertyGroup>\n</Project>\n')


def configuration(tmp_path, files):
    repo = make_repo(tmp_path / "r", [{"files": files, "date": "2026-03-01T10:00:00Z", "message": "init"}])
    report = audit(str(repo), AuditOptions(cache_dir=tmp_path / "c", offline=True, only=["reusability.configuration"]))
    return report["results"][0]


PHP_PAGES = {
    "README.md": "# Supervision\n\nOutil de supervision des équipements réseau du service.\n",
    "index.php": "<?php\ninclude 'connexion.inc';\n$stmt = $conn->query('SELECT nom FROM equipement');\n"
                 "foreach ($stmt as $row) { echo '<li>' . htmlspecialchars($row['nom']) . '</li>'; }\n?>\n",
    "equipements.php": "<?php\ninclude 'connexion.inc';\nheader('Content-Type: text/html');\n"
                       "$rows = $conn->query('SELECT * FROM equipement')->fetchAll();\necho count($rows);\n?>\n",
}
INCLUDE = ('<?php\n// Connexion à la base\n$servername = "localhost";\n$username = "root";\n$password = "";\n$dbname = "supervision";\n\n'
           'try {\n    $conn = new PDO("mysql:host=$servername;dbname=$dbname", $username, $password);\n} catch (PDOException $e) {\n'
           '    echo "Erreur : " . $e->getMessage();\n}\n?>\n')
LOGIN = ('<?php\n$username = "";\n$password = "";\nif ($_SERVER["REQUEST_METHOD"] == "POST") {\n    $username = trim($_POST["username"]);\n'
         '    $password = trim($_POST["password"]);\n}\n?>\n<form method="post"><input name="username"><input name="password" type="password"></form>\n')


def test_a_php_include_writing_the_database_settings_holds_settings_in_the_code(tmp_path):
    r = configuration(tmp_path, {**PHP_PAGES, "connexion.inc": INCLUDE})
    assert r["status"] == "fail", r
    assert any(e["path"] == "connexion.inc" and e["line"] == 3 for e in r["evidence"]), r["evidence"]
    assert "connexion.inc:3" in r["message"]["en"], r["message"]


def test_a_login_forms_empty_username_and_password_are_no_connection_settings(tmp_path):
    r = configuration(tmp_path, {**PHP_PAGES, "connexion.inc": "<?php\n$conn = null;\n?>\n", "login.php": LOGIN})
    assert r["status"] == "not_applicable", r


GEOCODER = '''using System;

string database_name;
string database_login;
string database_password;
database_name = ""; //obfuscated for public sharing
database_login = ""; //obfuscated for public sharing
Console.Write("Mot de passe : ");
database_password = Console.ReadLine();
var db = new Base();
Console.WriteLine(db.Open(database_name, database_login, database_password));
'''
BASE = '''public class Base
{
    public string Open(string name, string user, string password)
    {
        return $"Host=;Username={user};Password={password};Database={name}";
    }
}
'''
TOKEN = '''public class Geocodeur
{
    string jeton_token = ""; // get your own token
    public string Url(string adresse) { return $"https://geo.example.org/search?q={adresse}&key={jeton_token}"; }
}
'''


def test_a_console_program_writing_its_database_settings_and_token_holds_settings_in_the_code(tmp_path):
    r = configuration(tmp_path, {"README.md": "# Géocodage\n\nGéocode les adresses d'une table.\n", "geo/geo.csproj": CSPROJ,
                                 "geo/main.cs": GEOCODER, "geo/Base.cs": BASE, "geo/Geocodeur.cs": TOKEN})
    assert r["status"] == "fail", r
    shown = {(e["path"], e["line"]) for e in r["evidence"]}
    assert {("geo/main.cs", 6), ("geo/Base.cs", 5), ("geo/Geocodeur.cs", 3)} <= shown, shown


def test_a_console_program_writing_no_setting_stays_not_applicable(tmp_path):
    hello = 'using System;\n\nstring name = "";\nname = Console.ReadLine();\nConsole.WriteLine($"Bonjour {name}");\n'
    r = configuration(tmp_path, {"README.md": "# Bonjour\n\nDit bonjour.\n", "geo/geo.csproj": CSPROJ, "geo/main.cs": hello})
    assert r["status"] == "not_applicable", r
