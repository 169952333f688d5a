"""scaling.personal-data: people's records committed as files passed or were only counted as tables (issue 12, session 9's
reads): a city's Java framework with its run's log committed (agents' directory entries: names, logins, e-mail addresses), and
a data-loading kit with a staff list in CSV (names, entry and exit dates). A technical log, a log naming only service mailboxes,
a table of places, a header-only template and a sample file stay as they were."""

from __future__ import annotations

from tests.test_reusability_fixtures import pd

CID = "scaling.personal-data"
JAVA = "package fr.ville.fw;\n\npublic class Annuaire {\n    public String find(String login) { return login; }\n}\n"
README = "# Framework\n\nOutils communs des applications de la ville.\n"


def test_a_committed_log_of_directory_entries_is_personal_data(tmp_path):
    log = ("2012-06-05 13:59:01,477 DEBUG [main] f.v.f.Annuaire [Annuaire.java:66] BASE_DN = dc=ville,dc=fr\n"
           "2012-06-05 13:59:01,524 DEBUG [main] f.v.f.Annuaire [Annuaire.java:104] {givenName=Jeanne, sn=Martin, "
           "sAMAccountName=martinj, mail=jeanne.martin@ville-exemple.fr, telephoneNumber=+33 1 02 03 04}\n"
           "2012-06-05 13:59:02,101 DEBUG [main] f.v.f.Annuaire [Annuaire.java:104] {givenName=Paul, sn=Durand, "
           "sAMAccountName=durandp, mail=paul.durand@ville-exemple.fr}\n")
    r = pd(tmp_path, {"src/main/java/fr/ville/fw/Annuaire.java": JAVA, "log/framework.log": log, "README.md": README})
    assert r["status"] == "warn", r["message"]
    assert r["evidence"][0]["path"] == "log/framework.log" and r["evidence"][0]["line"] == 2
    assert "log" in r["message"]["en"]


def test_a_technical_log_or_a_service_mailbox_is_not_people(tmp_path):
    log = ("2024-01-02 10:00:00 INFO Starting server on port 8080\n2024-01-02 10:00:01 INFO mail sent to noreply@ville-exemple.fr\n"
           "2024-01-02 10:00:02 WARN displayName not set, using default\n2024-01-02 10:00:03 INFO contact@ville-exemple.fr notified\n")
    r = pd(tmp_path, {"src/main/java/fr/ville/fw/Annuaire.java": JAVA, "log/server.log": log, "README.md": README})
    assert r["status"] != "warn", r["message"]


SQL = "CREATE TABLE site (id serial PRIMARY KEY, code varchar(20), surface numeric);\n"


def test_a_committed_staff_list_is_personal_data(tmp_path):
    # a staff list committed as a data resource of a loading script: names, first names, entry and exit dates
    staff = ("Nom,Prénom,Date entrée,Date sortie\nMARTIN,Jeanne,2015-03-01,\nDURAND,Paul,2012-09-01,2019-06-30\n"
             "PETIT,Louise,2018-01-15,\nROUX,Marc,2010-05-01,2016-12-31\n")
    r = pd(tmp_path, {"data/sql/site.sql": SQL, "data/resources/agents.csv": staff, "bin/load.sh": "#!/bin/sh\npsql -f data/sql/site.sql\n",
                      "README.md": README})
    assert r["status"] == "warn", r["message"]
    assert r["evidence"][0]["path"] == "data/resources/agents.csv" and r["evidence"][0]["value"]["rows"] == 4


def test_a_table_of_places_a_header_only_template_and_a_sample_are_no_list_of_people(tmp_path):
    places = "nom,code_insee,population\nLyon,69123,522000\nGrenoble,38185,158000\nAnnecy,74010,130000\n"
    template = "nom;prenom;email\n"
    sample = "prenom,nom,email\nJeanne,Martin,j@ex.fr\nPaul,Durand,p@ex.fr\nLouise,Petit,l@ex.fr\n"
    r = pd(tmp_path, {"data/sql/site.sql": SQL, "data/communes.csv": places, "data/import_template.csv": template,
                      "data/exemple_contacts.csv": sample, "README.md": README})
    assert r["status"] != "warn", r["message"]
