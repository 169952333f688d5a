"""CakePHP (issue 12, s32 t32 = reader m26o1, atolcd/webrsa): a CakePHP 2 application (composer.json requiring
cakephp/cakephp 2.10.22, app/Controller, app/View/*.ctp, app/webroot) was a "library, no file decides the kind", and
scaling.end-of-life named only its old jQuery copies, CakePHP being absent from the end-of-life data. CakePHP is now a server
framework whose .ctp views are the pages it renders (a web application), and its cycles come from endoflife.date."""

from __future__ import annotations

from datetime import date

from auditor.facts.scaling.eol import judge
from tests.test_eol_vendor_systems_s26 import _eol
from tests.test_project_kind import run
from tests.test_reusability_fixtures import build

COMPOSER = '{\n    "name": "acme/rsa",\n    "require": {\n        "cakephp/cakephp": "2.10.22"\n    }\n}\n'
CONTROLLER = ("<?php\nclass DossiersController extends AppController {\n    public $uses = array('Dossier');\n\n"
              "    public function index() {\n        $this->set('dossiers', $this->Dossier->find('all'));\n    }\n}\n")
VIEW = "<h1><?php echo __('Dossiers'); ?></h1>\n<?php foreach ($dossiers as $d): ?>\n<p><?php echo h($d['Dossier']['nom']); ?></p>\n<?php endforeach; ?>\n"
FILES = {"README.md": "# RSA\n\nGestion des dossiers.\n", "composer.json": COMPOSER,
         "app/Controller/DossiersController.php": CONTROLLER, "app/Controller/AppController.php": "<?php\nclass AppController extends Controller {\n}\n",
         "app/Model/Dossier.php": "<?php\nclass Dossier extends AppModel {\n    public $useTable = 'dossiers';\n}\n",
         "app/View/Dossiers/index.ctp": VIEW, "app/View/Layouts/default.ctp": "<html><body><?php echo $this->fetch('content'); ?></body></html>\n",
         "app/webroot/index.php": "<?php\nrequire dirname(__DIR__) . '/Config/bootstrap.php';\n"}


def test_a_cakephp_application_with_its_views_is_a_web_application(tmp_path):
    proj = run(build(tmp_path / "r", FILES), tmp_path / "c", only=["scaling.end-of-life"])["facts"]["project"]
    assert proj["kind"] == "web-application", (proj["kind"], proj.get("reason"), proj["scores"])


def test_cakephp_without_views_stays_no_web_application(tmp_path):  # (near miss: no page, the framework serves an API at most)
    files = {p: t for p, t in FILES.items() if not p.endswith(".ctp")}
    proj = run(build(tmp_path / "r", files), tmp_path / "c", only=["scaling.end-of-life"])["facts"]["project"]
    assert proj["kind"] != "web-application", (proj["kind"], proj["scores"])


def test_cakephp_2_is_past_its_end_of_life(tmp_path):
    fact, res = _eol(tmp_path, FILES)
    assert [(f["name"], f["cycle"]) for f in fact["findings"]] == [("CakePHP", "2.10")], fact["findings"]
    assert res["status"] in ("warn", "fail"), res["message"]


def test_supported_cakephp_cycles_are_not_past():
    as_of = date(2026, 12, 5)
    assert judge("cakephp", "^5.2", as_of)["past"] is False
    assert judge("cakephp", "2.8.3", as_of)["past"] is True  # (a cycle listed without a date: the next listed one's, 2.10)
    assert judge("cakephp", "^4.4", date(2026, 3, 1))["past"] is False
