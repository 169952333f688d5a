"""reusability.territory-neutral (issue 12, s35 ac35 = naturalsolutions/ecoteka, cromex-DORA/DORA_app_aws).

- ecoteka's import dialog lists, as the CRS a user may pick, every conic conformal zone ({ value: "epsg:3942", … } to
  "epsg:3950") beside Lambert 93: the national set, no territory. The "three zones or more in the file = national" guard counted
  upper-case EPSG:39xx only, while the signal matched the lower-case values: five findings "hard-coded conic conformal zone
  projection". A file fixing one zone (epsg:3946) stays a finding.
- DORA (a Flask tool for the GEMAPI syndicates of Nouvelle-Aquitaine) names its dataframes' columns 'Département PAOT' and
  'Département Pilote PAOT' (the plan's département): read as "hard-coded name of a local government", while the real values
  were missed — creation_bb_REF("DEP","33"), Gironde's bounding box asked by the échelon and its code, and
  list_CODE_REF = ["16","17",…,"87"], the twelve départements of one région under a key naming no département. A
  "Département X" with no preposition names a département only when X is one (Département Gironde); a quoted list that is one
  région's whole set of départements is that région, whatever its key; an échelon's name then a code is that département.
  Near misses: 'Département de la Gironde' stays a finding; a list of codes across France, or months "01"…"12", is none.
"""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

CID = "reusability.territory-neutral"

CRS_PICKER = """import React from "react";

export default function MissingDatas() {
  const crsColumnChoices = [
    { value: "epsg:4326", label: "EPSG:4326" },
    { value: "epsg:3942", label: "Lambert CC42 (Zone 1)" },
    { value: "epsg:3943", label: "Lambert CC43 (Zone 2)" },
    { value: "epsg:3944", label: "Lambert CC44 (Zone 3)" },
    { value: "epsg:3945", label: "Lambert CC45 (Zone 4)" },
    { value: "epsg:3946", label: "Lambert CC46 (Zone 5)" },
    { value: "epsg:3947", label: "Lambert CC47 (Zone 6)" },
    { value: "epsg:3948", label: "Lambert CC48 (Zone 7)" },
    { value: "epsg:3949", label: "Lambert CC49 (Zone 8)" },
    { value: "epsg:3950", label: "Lambert CC50 (Zone 9)" },
    { value: "epsg:2154", label: "Lambert 93" },
  ];
  return <select>{crsColumnChoices.map((c) => <option key={c.value} value={c.value}>{c.label}</option>)}</select>;
}
"""

ONE_ZONE = """export const projection = { crs: "epsg:3946", label: "Lambert CC46" };
"""

APP = {"package.json": '{"name": "front", "private": true, "dependencies": {"react": "^17.0.2", "next": "11.1.0"}}\n',
       "pages/index.tsx": "export default function Home() { return null; }\n"}


def test_every_conic_zone_in_lower_case_is_the_national_set(tmp_path):
    r = check_result(tmp_path, {**APP, "components/Import/MissingDatas.tsx": CRS_PICKER}, CID)
    assert not any(str(e.get("value", "")).lower().startswith("epsg:39") for e in r["evidence"]), r["evidence"]


def test_one_conic_zone_in_lower_case_stays_a_finding(tmp_path):
    r = check_result(tmp_path, {**APP, "components/map/projection.ts": ONE_ZONE}, CID)
    assert any(e.get("value") == "epsg:3946" for e in r["evidence"]), r["evidence"]


FRAMES = """import pandas as pd


def col_departement(df, mapping):
    df['Département PAOT'] = df['CODE_ME'].apply(lambda x: mapping.get(x))
    df['Code des départements*'] = df['Département PAOT']
    df['Département Pilote PAOT'] = 33
    return df
"""

CODES = """class DictGdfCompletREF(dict):
    def garder_dep_entite(self, initial_entite):
        if initial_entite == "NAQ":
            list_CODE_REF = ["16","17","19","23","24","33","40","47","64","79","86","87"]
        self['gdf_DEP'] = self['gdf_DEP'].loc[self['gdf_DEP']["CODE_DEP"].isin(list_CODE_REF)]
        return self
"""

CALL = """from flask import Flask, jsonify
from app.DORApy import creation_carte

app = Flask(__name__)


@app.route('/bbox')
def bbox():
    dict_bb_box = creation_carte.creation_bb_REF("DEP","33")
    return jsonify(dict_bb_box)
"""

PY = {"requirements.txt": "flask\npandas\n", "app/__init__.py": ""}


def test_a_departements_column_label_is_no_place(tmp_path):
    r = check_result(tmp_path, {**PY, "app/frames.py": FRAMES}, CID)
    assert not any("PAOT" in str(e.get("value")) for e in r["evidence"]), r["evidence"]


def test_a_departements_name_with_or_without_preposition_stays_a_finding(tmp_path):
    named = FRAMES.replace("df['Département Pilote PAOT'] = 33", "df['pilote'] = 'Département de la Gironde'\n    df['autre'] = 'Département Gironde'")
    r = check_result(tmp_path, {**PY, "app/frames.py": named}, CID)
    values = {str(e.get("value")) for e in r["evidence"]}
    assert any("de la Gironde" in v for v in values) and any(v.strip("'") == "Département Gironde" for v in values), r["evidence"]


def test_one_regions_whole_set_of_departements_and_an_echelons_code_are_found(tmp_path):
    r = check_result(tmp_path, {**PY, "app/classes.py": CODES, "app.py": CALL}, CID)
    paths = {e.get("path") for e in r["evidence"] if e.get("kind") == "finding"}
    assert {"app/classes.py", "app.py"} <= paths, r["evidence"]


def test_codes_across_france_or_months_are_no_territory(tmp_path):
    spread = CODES.replace('["16","17","19","23","24","33","40","47","64","79","86","87"]', '["01","02","03","04","05","06","07","08","09","10","11","12"]')
    call = CALL.replace('creation_bb_REF("DEP","33")', 'creation_bb_REF("ZONE","33")')
    r = check_result(tmp_path, {**PY, "app/classes.py": spread, "app.py": call}, CID)
    assert not any(e.get("kind") == "finding" for e in r["evidence"]), r["evidence"]
