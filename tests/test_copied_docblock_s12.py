"""Session 12 (h2): a mail library's classes copied into a PHP app's classes/ folder beside the app's own, each saying in its doc
block "@package X" and "@link https://github.com/X/X/" (s10 read: a national park's GPS tracking map), were read as the app's code:
the SMTP client's authenticate() made interoperability.auth say "local accounts only" of an app nobody signs in to."""

from __future__ import annotations

from auditor.engine import AuditOptions, audit
from tests.test_local_authority_verdicts import judge

HEAD = ("<?php\n/**\n * {what}\n * @package   MailRelay\n * @link      https://github.com/MailRelay/MailRelay/\n"
        " * @author Someone Else <someone@example.org>\n * @license   http://www.gnu.org/copyleft/lesser.html LGPL\n */\n\n")
MAILER = HEAD.format(what="MailRelay - e-mail creation and transport class.") + (
    "class MailRelay {\n    public $Username = '';\n    public $Password = '';\n    public function send() {\n"
    "        $smtp = new SMTP();\n        if (!$smtp->authenticate($this->Username, $this->Password)) { return false; }\n"
    "        return true;\n    }\n}\n")
SMTP = HEAD.format(what="MailRelay RFC821 SMTP transport class.") + (
    "class SMTP {\n    public function authenticate($username, $password, $authtype = 'LOGIN') {\n"
    "        fwrite($this->conn, 'AUTH LOGIN' . \"\\r\\n\");\n        fwrite($this->conn, base64_encode($username) . \"\\r\\n\");\n"
    "        fwrite($this->conn, base64_encode($password) . \"\\r\\n\");\n        return true;\n    }\n}\n")
OWN = "<?php\n/**\n * Suivi des animaux équipés de balises GPS.\n */\n\n"
FILES = {"README.md": "# Suivi GPS\n\nCarte web des déplacements d'animaux équipés de balises GPS.\n",
         "index.php": OWN + "require 'classes/api.class.php';\n$api = new Api();\necho $api->render();\n",
         "classes/api.class.php": OWN + ("require 'classes/mailrelay.class.php';\nclass Api {\n    public function render() { return '<h1>Suivi</h1>'; }\n"
                                         "    public function alert($text) {\n        $mail = new MailRelay();\n"
                                         "        $mail->Password = config::get('email_password');\n        return $mail->send();\n    }\n}\n"),
         "classes/db.class.php": OWN + "class Db {\n    public static function get() { return new PDO('pgsql:dbname=suivi'); }\n}\n",
         "classes/trace.class.php": OWN + "class Trace {\n    public $points = array();\n}\n",
         "classes/mailrelay.class.php": MAILER, "classes/smtp.class.php": SMTP}


def test_a_library_class_naming_its_own_forge_package_is_a_copy(tmp_path):
    report, res = judge(tmp_path, FILES, ["interoperability.auth"])
    assert res["interoperability.auth"]["status"] == "not_applicable", res["interoperability.auth"]["message"]


def test_the_projects_own_files_naming_its_own_package_stay_its_own(tmp_path):
    own = "<?php\n/**\n * Suivi GPS.\n * @package SuiviGPS\n * @link https://github.com/parc-exemple/SuiviGPS\n */\n\n"
    files = {"README.md": "# Suivi GPS\n\nCarte web des déplacements.\n", "src/a.php": own + "class A {}\n", "src/b.php": own + "class B {}\n",
             "src/c.php": own + "class C {}\n"}
    from tests.gitrepo import make_repo
    report = audit(str(make_repo(tmp_path / "r", [{"files": files}])), AuditOptions(cache_dir=tmp_path / "c", only=["reusability.build-output"]))
    assert report["facts"]["inventory"]["categories"].get("vendored", 0) == 0
