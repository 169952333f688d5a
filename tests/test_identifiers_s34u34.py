"""s34 u34: a list of one métropole's commune INSEE codes (FelixBesancon/Hackathon_Bdx_Metropole, BORDEAUX_METRO_INSEE_CODES in a
TypeScript service) stays hard-coded identifiers; its list commas are no COG correction (ifelse(insee == "27676","27058",insee))."""

from __future__ import annotations

from tests.gitrepo import make_repo
from tests.test_project_kind import run
from tests.test_reusability_fixtures import results

SERVICE = ('const MAX_RETRIES = 2;\n\nconst BORDEAUX_METRO_INSEE_CODES = [\n'
           '  "33449", "33063", "33281", "33318", "33376", "33056", "33004", "33273", "33003", "33550",\n'
           '  "33312", "33192", "33519", "33487", "33075", "33162", "33434", "33039", "33032", "33200",\n];\n\n'
           'export async function sync() {\n  for (const code of BORDEAUX_METRO_INSEE_CODES) {\n'
           '    await fetch(`https://data.example.org/records?where=insee=${code}`);\n  }\n}\n')


def _results(tmp_path, files):
    repo = make_repo(tmp_path / "r", [{"files": files, "date": "2026-11-02T10:00:00Z"}])
    return results(run(repo, tmp_path / "c", only=["interoperability.identifiers", "reusability.territory-neutral"]))


def _values(r):
    return " ".join(str(e.get("value")) + str(e.get("path")) for e in r["evidence"]) + str(r["message"])


def test_a_list_of_one_areas_commune_codes_is_hard_coded(tmp_path):
    rs = _results(tmp_path, {"package.json": '{"name": "backend"}\n', "src/services/data-sync.service.ts": SERVICE})
    assert "33449" in _values(rs["reusability.territory-neutral"]), rs["reusability.territory-neutral"]
    assert "data-sync.service.ts" in _values(rs["interoperability.identifiers"]), rs["interoperability.identifiers"]


def test_near_miss_a_cog_correction_stays_no_finding(tmp_path):
    code = 'export const fix = (insee) => insee === "27676" ? "27058" : insee;\n'
    rs = _results(tmp_path, {"package.json": '{"name": "backend"}\n', "src/services/cog.ts": code})
    assert "27676" not in _values(rs["reusability.territory-neutral"]), rs["reusability.territory-neutral"]
