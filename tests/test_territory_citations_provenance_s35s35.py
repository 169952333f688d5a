"""reusability.territory-neutral (issue 12, s35 s35 = reader m31o3, PnCevennes/floraOccitania): the ethnobotany application's
data/database.sql writes the reference list of its sources, rows citing publications ("Laurence Pierre, Du paysage et des temps …
Parc national des Cévennes, 2004. T1 431 p", "Le Jardin des plantes, Revue du Parc national des Cévennes n°38-39, 1988."), and gives
'PNC' as the source of the three nomenclature types it creates ('PNC' as source, then UNION SELECT rows repeating it). The check
said "2 territory-specific value(s) hard-coded in 2 code file(s)": a book's publisher and a journal's title are no installing body's
name, and the author of a nomenclature is its provenance, which another park reusing the application keeps. The near misses: the
park written as the managing body of the data ('PNX' AS organisme_gestionnaire) and a dataset's description naming the park with a
year but no citation stay one territory's values."""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

CID = "reusability.territory-neutral"
NOMENCLATURES = """-- Création des nomenclatures
WITH d AS (
    SELECT  'FO_LOCALISATION' as code, 'Localisation' as label, 'Localisation des dénominations' as definition, 'PNX' as source, 'Validé' as statut
    UNION SELECT 'FO_USAGE', 'Usage', 'Usage des plantes en ethnobotanique', 'PNX', 'Validé'
    UNION SELECT 'FO_PARTIE_PLANTE', 'Partie de la plante', 'Partie de la plante ayant des usages', 'PNX', 'Validé'
)
INSERT INTO ref_nomenclatures.bib_nomenclatures_types (mnemonique, label_default, source, statut)
SELECT d.code, d.label, d.source, d.statut
FROM d;

INSERT INTO ref_nomenclatures.t_nomenclatures (id_type, cd_nomenclature, label_default, source, statut)
SELECT b.id_type, 'FEUILLE', 'Feuille', 'PNX' AS source, 'Validé' as statut
FROM ref_nomenclatures.bib_nomenclatures_types b WHERE b.mnemonique = 'FO_PARTIE_PLANTE';
"""
SOURCES = """
INSERT INTO flora_occitania.t_sources (id_source, auteur, titre, citation) VALUES
(8,'Renaux (Alain)', 'Le Savoir en herbe', 'Renaux (Alain), Le Savoir en herbe. Montpellier : Presse du Languedoc,1998. 426 p.'),
(9,'Laurence Pierre', 'Du paysage et des temps. Parc national de Xanadu', 'Laurence Pierre, Du paysage et des temps. Parc national de Xanadu, 2004. T1 431 p , T2 860p.'),
(10,'Le Jardin des plantes', 'Revue du Parc national de Xanadu n°38-39', 'Le Jardin des plantes, Revue du Parc national de Xanadu n°38-39, 1988.');
"""
APP = {
    "README.md": "# Flora Occitania\n\nSaisie des noms occitans des plantes et de leurs usages.\n",
    "backend/server.py": "from flask import Flask\n\napp = Flask(__name__)\n",
    "data/database.sql": NOMENCLATURES + SOURCES,
}


def test_citations_naming_a_park_and_a_nomenclatures_source_are_no_territory_value(tmp_path):
    r = check_result(tmp_path, APP, CID)
    assert r["status"] == "pass", (r["message"], [(e.get("line"), e.get("value")) for e in r["evidence"]])


def test_the_park_as_the_managing_body_of_the_data_stays_one_territorys(tmp_path):
    managed = SOURCES + ("\nINSERT INTO occtax.observation (cle_obs, organisme_gestionnaire_donnees)\n"
                         "SELECT s.id_obs, 'PNX' AS organisme_gestionnaire_donnees\nFROM import.obs s;\n")
    r = check_result(tmp_path, {**APP, "data/database.sql": NOMENCLATURES + managed}, CID)
    assert r["status"] == "warn", r["message"]
    assert any(e.get("value") == "PNX" and e.get("line", 0) > 20 for e in r["evidence"]), r["evidence"]


def test_a_datasets_description_naming_the_park_with_a_year_stays_one_territorys(tmp_path):
    dataset = ("\nINSERT INTO occtax.jdd (jdd_id, jdd_description) VALUES\n"
               "('obs-2019', 'Inventaire 2019 des plantes du Parc national de Xanadu');\n")
    r = check_result(tmp_path, {**APP, "data/database.sql": NOMENCLATURES + SOURCES + dataset}, CID)
    assert r["status"] == "warn", r["message"]
    assert any(e.get("value") == "Parc national de Xanadu" for e in r["evidence"]), r["evidence"]
