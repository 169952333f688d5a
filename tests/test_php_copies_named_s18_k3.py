"""A PHP library copied by hand into a folder of its own name is listed among the copied libraries with its version (issue 12,
s18 c1; shaped like an old PHP intranet of a commune: a mail library's release copied whole under its interface's mail folder, a
PDF library under the application, beside the application's own pages)."""

from __future__ import annotations

from tests.test_project_kind import run
from tests.test_reusability_fixtures import build, results

FILES = {
    "README": "Intranet de la ville\n",
    "application/index.php": "<?php\nsession_start();\necho $_GET['page'];\n",
    "application/apps/contacts.php": "<?php\nrequire '../interface/mail/mailer/class.mailer.php';\necho $_POST['nom'];\n",
    "application/interface/mail/phpmailer/class.phpmailer.php": ("<?php\n// PHPMailer - PHP email class\n// License: LGPL, see LICENSE\n"
                                                                 "class PHPMailer {\n    var $Version = \"1.72\";\n    function Send() {\n        return true;\n    }\n}\n"),
    "application/interface/mail/phpmailer/class.smtp.php": "<?php\nclass SMTP {\n    function Connect($host) {\n        return true;\n    }\n}\n",
    "application/interface/mail/phpmailer/LICENSE": "GNU LESSER GENERAL PUBLIC LICENSE\nVersion 2.1, February 1999\n",
    "application/fpdf/fpdf.php": "<?php\ndefine('FPDF_VERSION','1.53');\nclass FPDF {\n    function Output() {\n        return '';\n    }\n}\n",
}


def test_php_libraries_copied_into_folders_of_their_name_are_listed_with_their_version(tmp_path):
    report = run(build(tmp_path / "r", FILES), tmp_path / "c", only=["reusability.dependencies"])
    libs = {lib["name"]: lib["version"] for lib in report["facts"]["inventory"]["libraries"]}
    assert libs.get("phpmailer") == "1.72" and libs.get("fpdf") == "1.53", libs  # were vendored but not listed
    assert "phpmailer 1.72" in results(report)["reusability.dependencies"]["message"]["en"]
