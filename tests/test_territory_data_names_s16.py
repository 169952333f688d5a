"""reusability.territory-neutral: a QGIS plugin pre-selecting one authority's warehouse tables, named with the département's
number (issue 12, session 15's reads: SIRS-CLS/mos-adeupa-ce's dialog picks 'cadastre_edigeo_29.geo_parcelle',
'ff_d29_2017.d29_2017_pnb10_parcelle', 'rpga_d22_d29_d35_d56_2016'), was 'no territory-specific value in the code'."""

from __future__ import annotations

from tests.test_reusability_fixtures import build, results, run_audit

CID = "reusability.territory-neutral"
README = "# Socle\n\nCrée le socle d'occupation du sol.\n"


def terr(tmp_path, files: dict) -> dict:
    return results(run_audit(build(tmp_path / "r", {"README.md": README, **files}), tmp_path / "c", [CID]))[CID]


DIALOG = ("class SocleDialog:\n    def init_combos(self):\n"
          "        self.cb_parcelle.setCurrentIndex(self.cb_parcelle.findText('cadastre_edigeo_56.geo_parcelle'))\n"
          "        self.cb_bati.setCurrentIndex(self.cb_bati.findText('cadastre_edigeo_56.geo_batiment'))\n"
          "        self.cb_ff.setCurrentIndex(self.cb_ff.findText('ff_d56_2019.d56_2019_pnb10_parcelle'))\n"
          "        self.cb_rpg.setCurrentIndex(self.cb_rpg.findText('donnees_ext.rpg_d29_d56_2018'))\n"
          "        self.cb_other.setCurrentIndex(self.cb_other.findText('donnees_ext.emprise_test'))\n")


def test_warehouse_tables_named_for_one_departement_are_territory_values(tmp_path):
    r = terr(tmp_path, {"plugin/socle_dialog.py": DIALOG})
    assert r["status"] in ("warn", "fail"), r["message"]
    lines = sorted(e["line"] for e in r["evidence"] if e.get("path") == "plugin/socle_dialog.py")
    assert lines == [3, 4, 5, 6], r["evidence"]


OTHERS = ("TABLES = ['ff_d13_2017.parcelle', 'ff_d69_2017.parcelle', 'ff_d75_2017.parcelle', 'ff_d59_2017.parcelle']\n"
          "COLUMNS = {'col_d12': 'x', 'var_d29': 'y'}\nNAME = 'geo_29'\n")


def test_tables_across_france_and_other_names_are_no_territory(tmp_path):
    r = terr(tmp_path, {"plugin/tables.py": OTHERS})
    assert r["status"] == "pass", (r["message"], r["evidence"])
