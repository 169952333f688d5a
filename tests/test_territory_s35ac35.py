"""reusability.territory-neutral (issue 12, s35 ac35 = naturalsolutions/ecoteka, cromex-DORA/DORA_app_aws).

- ecoteka's import dialog lists, as the CRS a user may pick, every conic conformal zone ({ value: "epsg:3942", … } to
  "epsg:3950") beside Lambert 93: the national set, no territory. The "three zones or more in the file = national" guard counted
  upper-case EPSG:39xx only, while the signal matched the lower-case values: five findings "hard-coded conic conformal zone
  projection". A file fixing one zone (epsg:3946) stays a finding.
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
