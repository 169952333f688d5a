"""A CodeIgniter 4 application told by its folder layout (issue 12, session 35 fixer p35).

- cseoneohs/ficheTerritoire: a CodeIgniter 4 application (app/Config/Routes.php, app/Config/Paths.php pointing at
  vendor/codeigniter4/framework/system, controllers in app/Controllers/ extending BaseController, views in app/Views/), neither the
  framework nor composer.json committed: its kind was right (web application) for a false reason, "PHP pages handling requests (no
  framework)", its controllers' $_SESSION taken for plain PHP pages. The same controllers without CodeIgniter's Routes.php and
  Paths.php stay plain PHP pages.
"""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

CONTROLLER = ("<?php\n\nnamespace App\\Controllers;\n\n/**\n * Classe {name} : affichage d'une fiche territoire\n */\nclass {name} extends BaseController\n"
              "{{\n    public function index()\n    {{\n        $_SESSION['territoire'] = $this->request->getPost('territoire');\n"
              "        return view('{view}', ['territoire' => $_SESSION['territoire']]);\n    }}\n}}\n")
APP = {
    "favicon.ico": b"\x00\x00\x01\x00" + b"\x00" * 32,
    "app/Config/Routes.php": ("<?php\n\nnamespace Config;\n\nuse CodeIgniter\\Router\\RouteCollection;\n\n$routes->get('/', 'Start::index');\n"
                              "$routes->group('fiche', ['namespace' => 'App\\Controllers'], function ($routes) {\n"
                              "    $routes->add('show', 'Fiche::index');\n    $routes->post('perimetre', 'Perimetre::index');\n});\n"),
    "app/Config/Paths.php": ("<?php\n\nnamespace Config;\n\nclass Paths\n{\n    public $systemDirectory = __DIR__ . '/../../vendor/codeigniter4/framework/system';\n"
                             "    public string $appDirectory = __DIR__ . '/..';\n    public string $viewDirectory = __DIR__ . '/../Views';\n}\n"),
    "app/Config/Database.php": ("<?php\n\nnamespace Config;\n\nuse CodeIgniter\\Database\\Config;\n\nclass Database extends Config\n{\n"
                                "    public array $default = ['hostname' => 'localhost', 'database' => 'fiches', 'DBDriver' => 'MySQLi'];\n}\n"),
    "app/Controllers/BaseController.php": ("<?php\n\nnamespace App\\Controllers;\n\nuse CodeIgniter\\Controller;\n\nabstract class BaseController extends "
                                           "Controller\n{\n    protected $helpers = ['url', 'form'];\n}\n"),
    "app/Controllers/Start.php": CONTROLLER.format(name="Start", view="page/accueil"),
    "app/Controllers/Fiche.php": CONTROLLER.format(name="Fiche", view="page/fiche"),
    "app/Controllers/Perimetre.php": CONTROLLER.format(name="Perimetre", view="page/perimetre"),
    "app/Views/template.php": "<!DOCTYPE html>\n<html lang=\"fr\"><head><title>Fiches territoire</title></head>\n<body><?= $this->renderSection('content') ?></body></html>\n",
    "app/Views/page/accueil.php": "<?= $this->extend('template') ?>\n<?= $this->section('content') ?>\n<h1>Fiches territoire</h1>\n<?= $this->endSection() ?>\n",
    "app/Views/page/fiche.php": "<?= $this->extend('template') ?>\n<?= $this->section('content') ?>\n<h1><?= esc($territoire) ?></h1>\n<?= $this->endSection() ?>\n",
    "public/index.php": ("<?php\n\ndefine('FCPATH', __DIR__ . DIRECTORY_SEPARATOR);\nrequire FCPATH . '../app/Config/Paths.php';\n$paths = new Config\\Paths();\n"
                         "require rtrim($paths->systemDirectory, '\\\\/ ') . DIRECTORY_SEPARATOR . 'bootstrap.php';\n"
                         "$app = Config\\Services::codeigniter();\n$app->initialize();\n$app->run();\n"),
    "public/js/carte.js": "var map = L.map('carte').setView([46.5, 2.5], 6);\n",
}


def test_a_codeigniter4_application_without_composer_json_is_recognised_by_its_layout(tmp_path):
    project = judge(tmp_path, APP, ["reusability.configuration"])[0]["facts"]["project"]
    assert project["kind"] == "web-application", project
    reasons = [e["reason"] for e in project["kind_evidence"]]
    assert project["kind_evidence"][0]["path"] == "app/Config/Routes.php" and reasons[0].startswith("CodeIgniter 4 application"), project
    assert not any("no framework" in r for r in reasons), reasons


def test_the_same_controllers_without_codeigniters_routes_stay_plain_php_pages(tmp_path):
    files = {k: v for k, v in APP.items() if k not in ("app/Config/Routes.php", "app/Config/Paths.php")}
    project = judge(tmp_path, files, ["reusability.configuration"])[0]["facts"]["project"]
    assert not any(e["reason"].startswith("CodeIgniter 4") for e in project["kind_evidence"]), project
