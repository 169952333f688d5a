"""interoperability.identifiers: a region's budget file named ``ca-region.csv`` (compte administratif de la région) was taken for a
referential of communes because its name holds the word "region" (issue 12, session 20 reader r2, datagrandest/dge-dataviz-components:
"référentiels/validation : oui", evidence "Référentiel livré dans le dépôt (communes, code officiel géographique…)"). A name says it
is a referential when the places it lists are its head (communes.csv, v_commune_2024.csv, liste-des-communes.csv,
communes-departement-region.csv), not when a geographic word qualifies another subject (ca-region.csv, population-communes.csv)."""

from __future__ import annotations

import json

import pytest

from auditor.checks.interoperability.services import reference_data_name
from tests.gitrepo import make_repo
from tests.test_project_kind import run
from tests.test_reusability_fixtures import results

CID = "interoperability.identifiers"
PAGE = ("export function rowsOf(features) {\n"
        "    return features.map((f) => ({ commune: f.properties.nom, code_insee: f.properties.code_insee }));\n}\n")
BUDGET = "BGT_ANNEE;BGT_NATURE;BGT_FONCTION;BGT_CHAPITRE;BGT_MTREAL\n" + "".join(
    f"2023;{6000 + i % 90};{i % 9}{i % 7};{900 + i % 40};{(i * 7919) % 1000000}.{i % 100:02d}\n" for i in range(900))
COMMUNES = "code_insee;nom;population\n" + "".join(f"67{i:03d};Commune {i};{1000 + i * 3}\n" for i in range(1, 900))


def one(tmp_path, data: dict, name: str) -> dict:
    files = {"README.md": "# Tableaux\n\nTableaux des communes.\n", "src/rows.js": PAGE, **data}
    repo = make_repo(tmp_path / name, [{"files": files, "date": "2026-05-04T10:00:00Z"}])
    return results(run(repo, tmp_path / f"c-{name}", only=[CID]))[CID]


@pytest.mark.parametrize("stem", ["ca-region", "ca-region-2", "population-communes", "budget_region_2023",
                                  "compte_administratif_de_la_region"])
def test_a_geographic_word_qualifying_another_subject_names_no_referential(stem):
    assert not reference_data_name(stem)


@pytest.mark.parametrize("stem", ["commune", "communes", "cog_2024", "init_db_geocodes_sample", "departements", "v_commune_2024",
                                  "liste-des-communes", "communes-departement-region", "table-appartenance-geo-communes-24"])
def test_a_list_named_after_its_places_is_a_referential(stem):
    assert reference_data_name(stem)


def test_a_regions_budget_beside_identifier_fields_is_no_reference_data(tmp_path):
    assert len(BUDGET) >= 20_000 and len(COMMUNES) >= 20_000
    r = one(tmp_path, {"public/data/ca-region.csv": BUDGET, "public/data/ca-region-2.csv": BUDGET}, "budget")
    assert r["details"]["references"] is False and "reference data/validation: no" in r["message"]["en"], r["message"]
    assert not any(e.get("value") == "reference data file" for e in r["evidence"]), r["evidence"]
    # the neighbouring right case: a file of communes beside the same fields stays the reference they are filled from
    r = one(tmp_path, {"public/data/ca-region.csv": BUDGET, "public/data/communes.csv": COMMUNES}, "communes")
    assert r["details"]["references"] is True, r["message"]
    assert [e["path"] for e in r["evidence"] if e.get("value") == "reference data file"] == ["public/data/communes.csv"], r["evidence"]


def test_a_json_list_of_communes_named_as_a_list_is_reference_data(tmp_path):
    rows = json.dumps([{"code": f"35{i:03d}", "nom": f"Commune {i}"} for i in range(1, 700)])
    r = one(tmp_path, {"data/liste-des-communes-2024.json": rows}, "liste")
    assert len(rows) >= 20_000 and r["details"]["references"] is True, r["message"]
