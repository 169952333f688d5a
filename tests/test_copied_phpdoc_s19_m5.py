"""documentation.docs (issue 12, session 18 reader c1, a town's PHP web GIS): a mail library copied whole into
application/interface/mail/phpmailer/ (its LICENSE, README, class files and the phpdoc/ reference its authors generated) made
"API" found: that reference documents the copied library, not the project. A copied package's generated reference is the
copy's; the project's own committed reference still counts."""

from __future__ import annotations

from tests.test_reusability_fixtures import build, results, run_audit

_PAGE = "<html><head><title>{0}</title></head><body><h1>{0}</h1></body></html>\n"
_LIB = "application/interface/mail/phpmailer/"
SITE = {
    "README.md": "# SIG de la ville\n\nCartographie des réseaux et du cadastre de la ville.\n",
    "documentation/installation.txt": "Installation du serveur\n\nCopier le dossier application/ sur le serveur web puis créer la base.\n",
    "application/index.php": "<?php\nrequire 'interface/carte.php';\necho carte_afficher($_GET['couche'] ?? 'cadastre');\n",
    "application/interface/carte.php": "<?php\nfunction carte_afficher($couche) {\n  return '<svg id=\"' . htmlspecialchars($couche) . '\"></svg>';\n}\n",
    "application/interface/mail/envoi.php": "<?php\nrequire 'phpmailer/class.phpmailer.php';\n$m = new PHPMailer();\n$m->Send();\n",
    _LIB + "LICENSE": "GNU LESSER GENERAL PUBLIC LICENSE\nVersion 2.1, February 1999\n",
    _LIB + "README": "PHPMailer - a PHP mail transport class\n",
    _LIB + "class.phpmailer.php": "<?php\n/**\n * PHPMailer - PHP mail transport class\n * @version 1.72\n * @license LGPL\n */\nclass PHPMailer {\n"
                                "  public function Send() { return true; }\n}\n",
    _LIB + "class.smtp.php": "<?php\n/**\n * SMTP transport of PHPMailer\n */\nclass SMTP {\n  public function Connect() { return true; }\n}\n",
    _LIB + "phpdoc/package-list": "PHPMailer\n",
    _LIB + "phpdoc/stylesheet.css": "body { color: #333 }\n",
}
for _name in ("allclasses-frame", "index", "index-all", "overview-tree", "help-doc", "phpmailer"):
    SITE[_LIB + f"phpdoc/{_name}.html"] = _PAGE.format(_name)


def test_a_copied_librarys_generated_reference_is_no_api_documentation(tmp_path):
    report = run_audit(build(tmp_path / "r", SITE), tmp_path / "c", ["documentation.docs"])
    docs = results(report)["documentation.docs"]
    assert "phpdoc" not in str(docs["evidence"]), docs["evidence"]
    assert "API" not in docs["message"]["en"].split(";")[0], docs["message"]
