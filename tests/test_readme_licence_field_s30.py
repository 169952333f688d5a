"""documentation.readme-sections (issue 12, s30 f30 = reader m21o3, MNourrisson/deliberations): a plain-text README of
"Label : value" fields ends with "Licence : GNU General Public License v3.0" (readme.md:20); licensing.open-license cites that line,
yet readme-sections said "missing: license": a sentence on the licence counted only when it pointed somewhere or named the licence
by a short name (GPL, MIT). A licence named in full gives it as its short name does; a licence field naming none does not."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

README = ("Nom du projet : Délibérations\n\nAuteur : Marie Martin - Parc naturel régional\n\nDescription du projet :\n"
          "Gestion des délibérations (ajout, modification) par axes de la charte du Parc et par date des réunions. Possibilité d'export "
          "sous forme de tableau Excel.\n\nInstallation :\nUtiliser le script fourni pour créer la base de données (sql/structure.sql)\n"
          "Compléter le fichier de connexion avec vos identifiants (classes/connect.php)\n\n"
          "Licence : GNU General Public License v3.0\n\nLangages : HTML, CSS, PHP, jQuery\n")
FILES = {"readme.md": README, "index.php": "<?php\nrequire 'classes/connect.php';\necho 'Délibérations';\n",
         "classes/connect.php": "<?php\n$bdd = new PDO('mysql:host=localhost;dbname=deliberations', 'user', 'secret');\n",
         "sql/structure.sql": "CREATE TABLE deliberation (id INT PRIMARY KEY, titre VARCHAR(255));\n"}


def _sections(tmp_path, readme, name):
    report, res = judge(tmp_path, {**FILES, "readme.md": readme}, ["documentation.readme-sections"], name=name)
    return report["facts"]["readme"], res["documentation.readme-sections"]


def test_a_licence_field_naming_the_licence_in_full_is_the_licence_section(tmp_path):
    readme, r = _sections(tmp_path, README, "g")
    assert "license" in readme["sections"], readme["section_details"]
    assert any(d["name"] == "license" and d["line"] == 12 for d in readme["section_details"]), readme["section_details"]
    assert "license" not in r["details"]["missing"], r["message"]  # was "missing: …, license, contact"


def test_a_licence_field_naming_no_licence_is_none(tmp_path):
    readme, r = _sections(tmp_path, README.replace("GNU General Public License v3.0", "à définir avec la direction"), "n")
    assert "license" not in readme["sections"], readme["section_details"]
