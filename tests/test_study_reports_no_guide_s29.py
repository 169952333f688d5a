"""reusability.install: a study's report, its slides and a workplace booklet at the root are no guide (issue 12, session 29 fixer
d29; reader s28 m20o2: an air-quality observatory's internship repository of modelling scripts, whose root holds
Rapport_modelisation_H2S__Madininair.pdf, Présentation_madininair.pdf and doc_sécurité.pdf, warned "a section or guide exists"
from them). An office document at the root still counts as a guide when its name is not a report's ("Automatisation des
indicateurs SRADDET.pdf", the s22 case, which says which script to run) or names installing ("Rapport_installation.pdf").
"""

from __future__ import annotations

from tests.test_project_kind import run
from tests.test_reusability_fixtures import build, results

CID = "reusability.install"
SQL = ("create materialized view orb_indicateurs.mv_ind as (\nselect extract(year from s.date_min) as annee, count(*) as nb_data\n"
       "from gn_synthese.synthese s group by 1);\n")
KIT = {"requete_sql/ind_general.sql": SQL, "requete_sql/ind_pole.sql": SQL.replace("mv_ind", "mv_ind_pole"),
       "1_refresh_data.R": "library(DBI)\nsource('0_connexion_bdd.R')\ndbSendQuery(con, 'REFRESH MATERIALIZED VIEW orb_indicateurs.mv_ind')\n",
       "0_connexion_bdd.R": "library(DBI)\ncon <- dbConnect(RPostgres::Postgres(), service = 'gn')\n"}
REPORTS = {"Rapport_modelisation_H2S__Madininair.pdf": "%PDF-1.4\n", "Présentation_madininair.pdf": "%PDF-1.4\n",
           "doc_sécurité.pdf": "%PDF-1.4\n"}


def test_a_studys_report_and_slides_are_no_guide(tmp_path):
    r = results(run(build(tmp_path / "r", {**KIT, **REPORTS}), tmp_path / "c", only=[CID]))[CID]
    assert not (r["details"].get("guides") or []), r["details"]  # was the three PDFs, "a section or guide exists"
    assert r["details"].get("instructions") is not True, r


def test_a_root_guide_or_an_install_report_still_counts(tmp_path):
    files = {**KIT, "Automatisation des indicateurs.pdf": "%PDF-1.4\n", "Rapport_installation.pdf": "%PDF-1.4\n"}
    r = results(run(build(tmp_path / "g", files), tmp_path / "c", only=[CID]))[CID]
    assert r["details"]["guides"] == ["Automatisation des indicateurs.pdf", "Rapport_installation.pdf"], r["details"]
