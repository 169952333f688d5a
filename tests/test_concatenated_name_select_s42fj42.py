"""scaling.personal-data (issue 12, s42 fj42 = reader re42's ISPF/Truc): a query building a person's name from its parts,
``select distinct Prénom + ' ' + Nom as Nom from dbo.Gestionnaire`` (SQL Server) or ``prenom || ' ' || nom as nom_complet``, selects
the first name and the surname it joins: personal data, where the tool read only the alias and said "no personal-data field". Near
miss: a code joined to a label (``code || '-' || libelle as cle``) is no person's field. The fixtures are written for the test."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

CHECKS = ["scaling.personal-data"]
README = "# Suivi de collecte\n\nTableau de bord du suivi de l'enquête.\n"


def script(select):
    return ('library(DBI)\n\ngetGestionnaires <- function(con, collecte) {\n'
            f'  dbGetQuery(con, paste("select distinct {select} FROM dbo.Gestionnaire G INNER JOIN ", collecte, '
            '".AffectationZone AZ on G.IdGest = AZ.IdGest", sep=""))\n}\n')


def test_a_name_built_from_first_name_and_surname_is_personal(tmp_path):
    _, res = judge(tmp_path, {"src/functions.R": script("Prénom + ' ' + Nom as Nom"), "README.md": README}, CHECKS, name="name")
    r = res["scaling.personal-data"]
    assert r["status"] == "warn" and "Prénom" in str(r["evidence"]), (r["message"], r["evidence"])


def test_near_miss_a_code_joined_to_a_label_is_no_personal_field(tmp_path):
    _, res = judge(tmp_path, {"src/functions.R": script("Code + '-' + Libelle as Cle"), "README.md": README}, CHECKS, name="code")
    r = res["scaling.personal-data"]
    assert r["status"] == "pass", r["message"]
