"""A budget tool keeping its data as XML in data/ (issue 12, session 33 ab33, an aggregator of local budget documents): data/CA/*.xml
(comptes administratifs) and data/plansDeCompte/*.xml (charts of accounts) were no data, so licensing.data-and-docs was
not_applicable "1 file" (the one CSV). XML files in a data folder are data; an XML file of settings in a config folder, or a
single XML beside the code, keeps the old verdict."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

CHECK = "licensing.data-and-docs"
XML = '<?xml version="1.0" encoding="UTF-8"?>\n<DocumentBudgetaire><Budget><LigneBudget><Nature V="6411"/></LigneBudget></Budget></DocumentBudgetaire>\n'
BASE = {
    "README.md": "# Agrégation de documents budgétaires\n\nAgrège les documents budgétaires d'une commune.\n",
    "LICENSE": "MIT License\n\nCopyright (c) 2018 dtc\n\nPermission is hereby granted, free of charge, to any person obtaining a copy\n",
    "scripts/agreger.js": "export function agreger(doc) {\n  return doc.Budget;\n}\n",
    "data/agregation-v13.csv": "Nom;Formule\nDépenses;D 6411\n",
}


def test_xml_files_in_a_data_folder_are_data(tmp_path):
    files = {**BASE, "data/CA/CA_2016.xml": XML, "data/CA/CA_2017.xml": XML,
             "data/plansDeCompte/plan-de-compte-M14-2017.xml": "<Nomenclature><Compte Code=\"6411\"/></Nomenclature>\n"}
    r = judge(tmp_path, files, [CHECK])[1][CHECK]
    assert r["status"] != "not_applicable", r["message"]


def test_settings_xml_outside_a_data_folder_stays_too_little(tmp_path):
    files = {**BASE, "config/app.xml": XML, "scripts/mapping.xml": XML, "data/config/settings.xml": XML}
    r = judge(tmp_path, files, [CHECK])[1][CHECK]
    assert r["status"] == "not_applicable", r["message"]
