"""reusability.territory-neutral: a commune welcomed by name in the code ("Bienvenue à <commune>") is a territory value.

Real case (issue 12, s46 fd46 = WildCodeSchool/remotefr-js-0920-p3-regionsud-identiteterritoire-back):
app/Http/Controllers/CommunesController.php switches on INSEE codes (case '06088':) and sets a page title "Bienvenue à Nice",
"Bienvenue à Forcalquier", "Bienvenue à Bargème"; only "Toulon", a large city of the gazetteer, was found. Nice is also an English
word (left out of the lists), Bargème too small for any list. A place a string welcomes is now one when the tool knows the commune
or a territory cue stands on its line or the two above (the case label's INSEE code); a person welcomed is not.
"""

from __future__ import annotations

from auditor.engine import AuditOptions, audit

CONTROLLER = """<?php
namespace App\\\\Http\\\\Controllers;

class VillesController extends Controller
{
    public function accueil($code_insee)
    {
        $page = [];
        switch ($code_insee) {
            case '06088':
                $page['titre'] = "Bienvenue à Nice";
                break;
            case '04088':
                $page['titre'] = "Bienvenue à Forcalquier";
                break;
            case '83010':
                $page['titre'] = "Bienvenue à Bargème";
                break;
        }
        return response()->json($page);
    }
}
"""
TEAM = """<?php
namespace App\\\\Http\\\\Controllers;

class EquipeController extends Controller
{
    public function accueil($user)
    {
        $message = "Bienvenue à Marie";
        return response()->json(['message' => $message, 'user' => $user]);
    }
}
"""


def territory(repo, tmp_path, files):
    report = audit(str(repo([{"files": {"composer.json": '{"require": {"laravel/framework": "^8.0"}}', **files}}])),
                   AuditOptions(cache_dir=tmp_path / "c", only=["reusability.territory-neutral"]))
    return report["results"][0]


def test_communes_welcomed_by_name_are_found(repo, tmp_path):
    r = territory(repo, tmp_path, {"app/Http/Controllers/VillesController.php": CONTROLLER})
    values = {e.get("value") for e in r["evidence"]}
    assert {"Nice", "Forcalquier", "Bargème"} <= values


def test_near_miss_a_person_welcomed_is_no_place(repo, tmp_path):
    r = territory(repo, tmp_path, {"app/Http/Controllers/EquipeController.php": TEAM})
    assert r["status"] == "pass" and "Marie" not in {e.get("value") for e in r["evidence"]}
