"""interoperability.data-standards and licensing.data-and-docs agree on the project's data files (issue 12, s34 s34 =
abauzac/budgets-publics): a Next.js static dashboard of local budgets ships its reference lists in public/json/ (the COG's
communes, 3.7 MB; the collectivités with their SIREN; the M14 and M57 nomenclatures), imported by its code. data-standards said
"No data of the project's own: no data file, no database model, only JSON messages" (not_applicable) while licensing.data-and-docs,
in the same report, counted "public/json: 4 data files". Both now take a large JSON file outside a data folder as data (the one
rule, ``_json_data`` and the 100 KB bound, main 2403d41f): the same files counted by both. The near miss: a static dashboard whose
public/json/ holds only small lists (a menu of régions) has no data file for either check."""

from __future__ import annotations

import json

from tests.test_reusability_fixtures import build, results, run_audit

STD, LIC = "interoperability.data-standards", "licensing.data-and-docs"
APP = {"package.json": '{"name": "budgets", "scripts": {"dev": "next dev", "build": "next build"}, '
                       '"dependencies": {"next": "14.2.3", "react": "^18", "react-dom": "^18"}}\n',
       "next.config.mjs": 'const nextConfig = {\n    output: "export",\n    reactStrictMode: true,\n};\n\nexport default nextConfig;\n',
       "README.md": "# Budgets publics\n\nTableau de bord des budgets des communes, départements et régions.\n\n"
                    "Données sous licence CC BY 4.0 (voir License.md).\n",
       "License.md": "CC BY 4.0 - Tableau de bord des communes et collectivités\n\n# Attribution 4.0 International\n\n"
                     "Creative Commons Attribution 4.0 International Public License\n",
       "src/app/_utils/utils.ts": 'import comptesM14 from "../../../public/json/m14.json";\nimport comptesM57 from "../../../public/json/m57.json";\n\n'
                                  "export async function balances(url: string) {\n  const response = await fetch(url)\n"
                                  "  const json = await response.json()\n  return json.results\n}\n\nexport { comptesM14, comptesM57 }\n",
       "src/app/page.tsx": 'import regions from "../../public/json/regions.json";\n\nexport default function Home() {\n'
                           "  return <ul>{regions.map(r => <li key={r.REG}>{r.LIBELLE}</li>)}</ul>\n}\n"}


def communes(rows: int) -> str:
    return json.dumps([{"COM": f"{1000 + i:05d}", "DATE_FIN": "", "NCCENR": f"Commune numéro {i}"} for i in range(rows)], indent=4, ensure_ascii=False)


def nomenclature(rows: int) -> str:
    return json.dumps([{"TYPE": "nature", "CLASS": "chapitres", "CODE": f"{i:03d}", "LIBELLE": "Résultat de fonctionnement reporté"}
                       for i in range(rows)], indent=4, ensure_ascii=False)


REGIONS = json.dumps([{"REG": "44", "LIBELLE": "Grand Est"}, {"REG": "52", "LIBELLE": "Pays de la Loire"}], indent=4, ensure_ascii=False)


def check(tmp_path, files):
    res = results(run_audit(build(tmp_path / "r", {**APP, **files}), tmp_path / "c", [STD, LIC]))
    return res[STD], res[LIC]


def counted(lic) -> int:
    return sum(e["value"] for e in lic["evidence"] if e.get("path") == "public/json" and isinstance(e.get("value"), int))


def test_the_json_reference_lists_are_data_for_both_checks(tmp_path):
    std, lic = check(tmp_path, {"public/json/communes.json": communes(2500), "public/json/m57.json": nomenclature(1500),
                                "public/json/m14.json": nomenclature(1500), "public/json/regions.json": REGIONS})
    assert std["status"] != "not_applicable", std["message"]  # was: no data of the project's own
    assert "JSON" in std["details"]["formats"]
    assert counted(lic) == 3, lic["evidence"]
    assert std["details"]["data_files"] == counted(lic)  # the same files, counted by both checks
    assert {e.get("path") for e in std["evidence"]} & {"public/json/communes.json", "public/json/m14.json", "public/json/m57.json"}


def test_small_json_lists_are_no_data_for_either_check(tmp_path):
    std, lic = check(tmp_path, {"public/json/regions.json": REGIONS, "public/json/departements.json": REGIONS})
    assert std["status"] == "not_applicable" and std["details"]["data_files"] == 0, std["message"]
    assert counted(lic) == 0, lic["evidence"]
