"""licensing.data-and-docs (issue 12, s33 g33 = 3liz/qgis-stareau-plugin): a QGIS plugin that creates a water-network
database ships the national standard's value lists, 67 CSV files under ``<plugin>/install/csv/<standard>/`` (copied from the
CNIG's repository, its README there says), which its installer loads. The check said "No data set or documentation to publish":
only folders named data/, donnees/, datasets/… held data. A folder named after the data format it holds (csv/, xlsx/,
shapefiles/) is a data folder too, wherever it sits; the data's LICENSE goes in that folder (its path, not its bare name).
Near-miss: CSV files elsewhere in the package (a plugin's resources/) stay out, as before."""

from __future__ import annotations

from tests.test_reusability_fixtures import build, results, run_audit

CID = "licensing.data-and-docs"
GPL = "GNU GENERAL PUBLIC LICENSE\nVersion 2, June 1991\n"
PLUGIN = "def classFactory(iface):\n    from .plugin import Plugin\n    return Plugin(iface)\n"
METADATA = "[general]\nname=Reseau Eau\nqgisMinimumVersion=3.28\nversion=0.1.0\nauthor=Exemple\nemail=contact@exemple.org\n"


def _lists(folder: str) -> dict:
    return {f"{folder}/{name}.csv": f"code;libelle\n01;{name} un\n02;{name} deux\n" for name in
            ("aep_contenu_canalisation", "aep_etat_ouverture", "aep_fonction_branchement", "ass_type_reseau")}


def _files(folder: str) -> dict:
    return {"README.md": "# Réseau eau\n\nExtension QGIS pour créer la base du standard.\n", "LICENSE": GPL,
            "reseau/__init__.py": PLUGIN, "reseau/metadata.txt": METADATA, "reseau/plugin.py": "class Plugin:\n    pass\n",
            **_lists(folder)}


def run(tmp_path, files: dict) -> dict:
    return results(run_audit(build(tmp_path / "r", files), tmp_path / "c", [CID]))[CID]


def test_value_lists_in_a_csv_folder_of_the_plugin_are_data(tmp_path):
    r = run(tmp_path, _files("reseau/install/csv/Standard"))
    assert r["status"] == "warn", r["message"]
    assert "data" in r["message"]["en"] and "GPL-2.0" in r["message"]["en"], r["message"]
    assert [e["path"] for e in r["evidence"] if e.get("value") == 4] == ["reseau/install/csv"], r["evidence"]


def test_the_advice_names_the_folder_and_a_readme_sentence_covers_it(tmp_path):
    r = run(tmp_path, _files("reseau/install/csv/Standard"))
    assert "reseau/install/csv" in r["remediation"]["en"] and "csv/LICENSE" not in r["remediation"]["en"], r["remediation"]
    files = _files("reseau/install/csv/Standard")
    files["README.md"] += "\n## Licence\n\nLe code est sous GPL-2.0. Les données (les listes de valeurs de reseau/install/csv) sont publiées sous Licence Ouverte 2.0 (etalab-2.0).\n"
    r = run(tmp_path, files)
    assert r["status"] == "pass", (r["message"], r["evidence"])


def test_csv_files_in_another_folder_of_the_package_stay_out(tmp_path):
    r = run(tmp_path, _files("reseau/resources/Standard"))
    assert r["status"] == "not_applicable", r["message"]
