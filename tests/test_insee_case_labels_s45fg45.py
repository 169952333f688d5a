"""territory-neutral and identifiers: INSEE codes as a switch's case labels are hard-coded (issue 12, s45 fg45 =
WildCodeSchool/remotefr-js-0920-p3-regionsud-identiteterritoire-back): app/Http/Controllers/CommunesController.php and
FakyController.php branch `switch ($code_insee) { case '06088': … }` on four communes of one région, each with its own text and
images; the case labels were not read ("hard-coded values: 0"), and territory-neutral named only one commune's name. A branch per
commune is code written for those communes: one more territory rewrites it, so the labels are no table of every territory. Near
miss: a switch on another variable (a type's five-digit code) holds no territory value."""

from __future__ import annotations

from tests.test_reusability_fixtures import build, results, run_audit

CHECKS = ["interoperability.identifiers", "reusability.territory-neutral"]


def controller(var: str) -> str:
    cases = "".join(f"            case '{code}':\n                $fiche['titre'] = 'Accueil';\n                $fiche['image'] = url('/img/{i}.jpg');\n"
                    "                break;\n" for i, code in enumerate(("84007", "13001", "05061")))
    return ("<?php\n\nnamespace App\\Http\\Controllers;\n\nclass FichesController extends Controller\n{\n"
            f"    public function show($code_insee, $type)\n    {{\n        $fiche = Fiche::where('code_insee', $code_insee)->first()->toArray();\n"
            f"        switch (${var}) {{\n{cases}        }}\n        return response()->json($fiche);\n    }}\n}}\n")


def audit(tmp_path, var):
    files = {"README.md": "# API des fiches\n\nFiches des communes.\n", "composer.json": '{"require": {"laravel/framework": "^8.0"}}\n',
             "app/Http/Controllers/FichesController.php": controller(var)}
    return results(run_audit(build(tmp_path / "r", files), tmp_path / "c", CHECKS))


def test_insee_codes_as_case_labels_are_hard_coded(tmp_path):
    r = audit(tmp_path, "code_insee")
    ids, terr = r["interoperability.identifiers"], r["reusability.territory-neutral"]
    assert ids["details"]["hard_coded"] == 3 and "hard-coded values: 3" in ids["message"]["en"], ids["message"]
    assert terr["status"] == "warn", terr["message"]
    lines = [e["line"] for e in terr["evidence"] if e.get("kind") == "finding"]
    assert len(lines) == 3, terr["evidence"]


def test_near_miss_a_switch_on_another_variable(tmp_path):
    r = audit(tmp_path, "type")
    assert r["interoperability.identifiers"]["details"].get("hard_coded", 0) == 0, r["interoperability.identifiers"]["message"]
    assert r["reusability.territory-neutral"]["status"] == "pass", r["reusability.territory-neutral"]["message"]
