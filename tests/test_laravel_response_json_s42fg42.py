"""interoperability.api-spec: Laravel 4's Response::json facade answers JSON (issue 12, s42 fg42 = reader ra42, Exilz/linea-gap).

A Laravel 4.2 bus-network site answers its map and mobile pages in JSON through the facade (``return Response::json($lignes);``).
Only Laravel 5's ``response()->json(…)`` was read as a JSON answer, so once a copied editor's scripts stopped counting as the
project's, the site was called "serving its pages: no code answers JSON" (not applicable). Near miss: a Laravel site whose
controllers only render views stays not applicable.
"""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

CID = "interoperability.api-spec"

BASE = {"README.md": "# Réseau de bus\n\nSite des horaires.\n",
        "composer.json": '{"name": "laravel/laravel", "require": {"laravel/framework": "4.2.*"}}\n',
        "app/routes.php": "<?php\nRoute::get('/', 'HomeController@index');\nRoute::get('/plan/lignes', 'PlanController@lignes');\n",
        "app/controllers/HomeController.php": "<?php\nclass HomeController extends BaseController {\n"
                                              "    public function index() { return View::make('home'); }\n}\n",
        "app/views/home.blade.php": "<html><body><h1>Horaires</h1></body></html>\n"}


def test_a_facade_json_answer_is_an_api_served(tmp_path):
    r = check_result(tmp_path, {**BASE, "app/controllers/PlanController.php":
                                "<?php\nclass PlanController extends BaseController {\n    public function lignes() {\n"
                                "        return Response::json(DB::table('ligne')->get());\n    }\n}\n"}, CID)
    assert r["status"] != "not_applicable", r["message"]


def test_near_miss_views_only_serve_pages(tmp_path):
    r = check_result(tmp_path, {**BASE, "app/controllers/PlanController.php":
                                "<?php\nclass PlanController extends BaseController {\n    public function lignes() {\n"
                                "        return View::make('plan', ['lignes' => DB::table('ligne')->get()]);\n    }\n}\n"}, CID)
    assert r["status"] == "not_applicable", r["message"]
