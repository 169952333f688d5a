"""scaling.personal-data (issue 12, s37 fc37 = reader ra37, Romain64290/stationnement_pesh): a citizens' parking-permit request table
keeps, beside the requester's name and e-mail, the vehicle's licence plate (immatriculation) and the sender's IP address
(ip_adresse, French word order), and the report listed only "e-mail address, name". A plate beside a person names its holder (the
registration file), and ip_adresse is an IP address. Near misses: a commune's own fleet (immatriculation, marque, modele) and a
company's registration number name no one. The fixtures are written for the test."""

from __future__ import annotations

from tests.test_reusability_fixtures import pd

REQUESTS = ("CREATE TABLE `demande_badge` (\n  `id` int(11) NOT NULL AUTO_INCREMENT,\n  `civilite` varchar(10) NOT NULL,\n"
            "  `nom` varchar(255) NOT NULL,\n  `prenom` varchar(255) NOT NULL,\n  `email` varchar(255) NOT NULL,\n"
            "  `immatriculation` varchar(20) NOT NULL,\n  `date_demande` datetime NOT NULL,\n  `ip_adresse` varchar(45) NOT NULL,\n"
            "  PRIMARY KEY (`id`)\n);\n")
INDEX = "<?php\nsession_start();\necho '<html><body>Demandes</body></html>';\n"


def test_a_plate_and_an_ip_address_beside_a_requester_are_personal_data(tmp_path):
    r = pd(tmp_path, {"index.php": INDEX, "data/base.sql": REQUESTS})
    assert r["status"] == "warn", r["message"]
    assert "licence plate" in r["message"]["en"] and "IP address" in r["message"]["en"], r["message"]


def test_a_fleets_and_a_companys_registration_name_no_one(tmp_path):
    sql = ("CREATE TABLE vehicule (\n  id int PRIMARY KEY,\n  immatriculation varchar(20),\n  marque varchar(50),\n  modele varchar(50)\n);\n"
           "CREATE TABLE entreprise (\n  id int PRIMARY KEY,\n  raison_sociale varchar(100),\n  immatriculation varchar(30)\n);\n")
    r = pd(tmp_path, {"index.php": INDEX, "data/base.sql": sql})
    assert "licence plate" not in r["message"]["en"] and r["status"] in ("pass", "not_applicable"), r["message"]
