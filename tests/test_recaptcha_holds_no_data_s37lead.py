"""Google reCAPTCHA is a bot check, not a forms service: it holds none of the application's data (issue 12, session 37, re-reader
vc37: Romain64290/zero_dechet's data-standards was judged only because reCAPTCHA was filed among the forms services, whose hosted
data make an application's data its own). A real forms service (Typeform) still counts as hosted data.
"""

from __future__ import annotations

from auditor.engine import AuditOptions, audit
from tests.gitrepo import make_repo

PAGE = ("<?php\nsession_start();\n?>\n<html><body><form method=\"post\" action=\"inscription.php\">\n"
        "<input name=\"pseudo\">\n{widget}\n<button>Envoyer</button></form></body></html>\n")
RECAPTCHA = '<div class="g-recaptcha" data-sitekey="6LcXXXXAAAAAAAAA"></div><script src="https://www.google.com/recaptcha/api.js"></script>'
TYPEFORM = '<div data-tf-live="01HXYZ"></div><script src="https://embed.typeform.com/next/embed.js"></script>'
CONNECT = "<?php\n$db = new PDO('mysql:host=localhost;dbname=ateliers', DB_LOGIN, DB_PASSWORD);\n"
SCHEMA = "CREATE TABLE inscrits (id INT PRIMARY KEY AUTO_INCREMENT, pseudo VARCHAR(50), cree_le DATETIME);\n"
ADMIN = ("<?php\nsession_start();\nrequire '../include/connexion.inc.php';\nif (!isset($_SESSION['admin'])) { header('Location: ../index.php'); }\n"
         "foreach ($db->query('SELECT pseudo FROM inscrits') as $row) { echo '<li>' . htmlspecialchars($row['pseudo']) . '</li>'; }\n")
MODEL = "<?php\nfunction inscrire($db, $pseudo) {\n  $db->query(\"INSERT INTO inscrits (pseudo, cree_le) VALUES ('$pseudo', NOW())\");\n}\n"


def _result(tmp_path, widget: str) -> dict:
    make_repo(tmp_path, [{"files": {"README.md": "# Inscriptions\n\nInscriptions aux ateliers.\n", "index.php": PAGE.replace("{widget}", widget),
                                    "inscription.php": MODEL, "include/connexion.inc.php": CONNECT, "sql/schema.sql": SCHEMA,
                                    "admin/index.php": ADMIN}, "date": "2021-03-02T10:00:00Z"}])
    return audit(str(tmp_path), AuditOptions(cache_dir=tmp_path.parent / f"cache-{tmp_path.name}", only=["interoperability.data-standards"]))["results"][0]


def test_recaptcha_holds_none_of_the_applications_data(tmp_path):
    r = _result(tmp_path, RECAPTCHA)
    assert r["status"] == "not_applicable", r["message"]


def test_a_forms_service_still_holds_the_applications_data(tmp_path):
    r = _result(tmp_path, TYPEFORM)
    assert r["status"] == "fail", r["message"]
