"""Apache's SetEnv lines in a committed .htaccess sample hand a plain PHP application its getenv() values (issue 12, session
15): the file was not read as settings, so the variables the code reads were "undocumented" and no template was found. The
SetEnv names now document them, the file with placeholder values is a settings template. On a git fixture shaped like the case."""

from __future__ import annotations

from tests.test_kind_first_reads import kind_and_results

FILES = {
    "README.md": "# Réservation de salles\n\nApplication PHP de réservation des salles municipales.\n",
    "index.php": "<?php\nsession_start();\n$db = new PDO('pgsql:host=' . getenv('SALLES_DB_HOST'), getenv('SALLES_DB_USER'), getenv('SALLES_DB_PASSWORD'));\n"
                 "if (isset($_POST['salle'])) { echo 'ok'; }\n",
    "reserver.php": "<?php\nsession_start();\n$mail = getenv('SALLES_MAIL_FROM');\nif (isset($_GET['id'])) { echo $mail; }\n",
    "htaccess.dist": "# copier en .htaccess et renseigner\nSetEnv SALLES_DB_HOST localhost\nSetEnv SALLES_DB_USER salles\n"
                     "SetEnv SALLES_DB_PASSWORD changeme\nSetEnv SALLES_MAIL_FROM <adresse>\n",
}


def test_setenv_lines_of_an_htaccess_sample_document_the_settings(tmp_path):
    _, res = kind_and_results(tmp_path, FILES, ["reusability.configuration"])
    conf = res["reusability.configuration"]
    assert conf["details"]["undocumented"] == [], conf
    assert "htaccess.dist" in conf["details"]["templates"]
