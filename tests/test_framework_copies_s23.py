"""A PHP framework committed under a folder of the project's naming, and the application folder started from the framework's
distribution (issue 12, s23 k1 = m1 urbanlab/plusbellelasemaine): CodeIgniter's system/ renamed CI_system/ was measured as the
project's code (maintainability, code-comments, auth's evidence…) while html/ — the application, with CodeIgniter's readme.rst,
license.txt and composer.json "codeigniter/framework" at its top as its distribution ships them — was set aside whole as a copied
package. A framework is now told by its marker file and version line wherever it sits; a framework's application shell, or a folder
whose own manifest names the project, is the project's. Git fixtures shaped like the real case, with files of our own."""

from __future__ import annotations

import json

from tests.test_copies_s15_k1 import categories
from tests.test_reusability_fixtures import build, results, run_audit

MIT = "The MIT License (MIT)\n\nCopyright (c) 2014 - 2016, An Institute of Technology\n\nPermission is hereby granted, free of charge.\n"
SHELL = json.dumps({"description": "The CodeIgniter framework", "name": "codeigniter/framework", "type": "project", "license": "MIT",
                    "support": {"source": "https://github.com/frameworkers/CodeIgniter"}, "require": {"php": ">=5.3.7"}}, indent=1)
# a long branchy method, as the framework's loader has: listed by maintainability when measured
BRANCHY = "".join(f"    if ($a == {k}) {{ $r .= 'x{k}'; }} elseif ($b == {k}) {{ $r .= 'y{k}'; }}\n" for k in range(14))


def _framework(folder: str, version_line: bool = True) -> dict:
    core = (f"<?php\n/**\n * CodeIgniter\n *\n * @package\tCodeIgniter\n * @license\thttps://opensource.org/licenses/MIT\tMIT License\n */\n"
            + ("\tconst CI_VERSION = '3.1.9';\n" if version_line else "") + "require_once BASEPATH.'core/Common.php';\n")
    files = {f"{folder}/core/CodeIgniter.php": core,
             f"{folder}/core/Common.php": "<?php\n/**\n * CodeIgniter\n * @package\tCodeIgniter\n */\nfunction is_php($v) { return TRUE; }\n"}
    for name in ("Loader", "Router", "Output"):
        files[f"{folder}/core/{name}.php"] = (f"<?php\n/**\n * CodeIgniter\n * @package\tCodeIgniter\n */\nclass CI_{name} {{\n"
                                             f"  /** Loads. */\n  public function load_{name.lower()}($a, $b) {{\n    $r = '';\n{BRANCHY}    return $r;\n  }}\n}}\n")
    return files


def _game(shell: bool = True, bower_name: str | None = None) -> dict:
    """A serious game: CodeIgniter's system/ moved out of the web root as CI_system/, the application in html/ started from the
    framework's distribution (its top documents and composer.json), its own modules, views and front end."""
    files = {"README.md": "# Un jeu de la semaine\n\nJeu sérieux porté par la métropole.\n", "LICENSE": "MIT License\n\nCopyright (c) 2017 La métropole\n",
             "docker-compose.yml": "services:\n  web:\n    build: .\n",
             "html/index.php": "<?php\n$system_path = '../CI_system';\n$application_folder = 'application';\nrequire_once BASEPATH.'core/CodeIgniter.php';\n",
             "html/license.txt": MIT, "html/readme.rst": "###################\nWhat is CodeIgniter\n###################\n\nA framework.\n",
             "html/contributing.md": "# Contributing to CodeIgniter\n\nPull requests welcome.\n",
             "html/application/config/config.php": "<?php\n$config['base_url'] = getenv('BASE_URL');\n",
             "html/application/modules/stats/controllers/Admin_stats.php": (
                 "<?php\nclass Admin_stats extends MY_Controller {\n  public function usage($from, $to) {\n"
                 "    $rows = $this->stats_model->usage($from, $to);\n    return $this->load->view('stats/usage_view', array('rows' => $rows));\n  }\n}\n"),
             "html/application/modules/stats/models/Stats_model.php": (
                 "<?php\nclass Stats_model extends CI_Model {\n  public function usage($from, $to) {\n"
                 "    return $this->db->where('played >=', $from)->where('played <=', $to)->get('games')->result();\n  }\n}\n"),
             "html/application/modules/stats/views/usage_view.php": "<table><?php foreach ($rows as $r): ?><tr><td><?php echo $r->played; ?></td></tr><?php endforeach; ?></table>\n",
             "html/application/modules/admin/views/home_view.php": "<h1>Administration</h1>\n<a href=\"stats\">Statistiques</a>\n",
             # the back office's sign-in page, named in French ("identification"), posting a password field
             "html/application/modules/admin/views/identification_view.php": (
                 "<form action=\"<?php echo base_url('login'); ?>\" method=\"post\">\n<input name=\"login\" type=\"email\">\n"
                 "<input name=\"password\" type=\"password\">\n</form>\n"),
             "html/app/app.js": "angular.module('jeu', []).controller('Jeu', function ($scope) { $scope.semaine = 1; });\n",
             **_framework("CI_system")}
    if shell:
        files["html/composer.json"] = SHELL
    if bower_name:
        files["html/bower.json"] = json.dumps({"name": bower_name, "license": "MIT", "dependencies": {"moment": "^2.17.1"}}, indent=1)
    return files


def test_a_renamed_framework_folder_is_the_frameworks_and_the_application_folder_is_the_projects(tmp_path):
    """plusbellelasemaine's shape: CI_system/ was the project's 'source', html/ (its modules, views, front end) all 'vendored'."""
    path = build(tmp_path / "r", _game())
    cat = categories(path)
    assert cat["CI_system/core/Loader.php"] == "vendored" and cat["CI_system/core/CodeIgniter.php"] == "vendored", cat
    assert cat["html/application/modules/stats/controllers/Admin_stats.php"] == "source", cat
    assert cat["html/app/app.js"] == "source" and cat["html/index.php"] == "source", cat
    # the framework's distribution documents at the application folder's top stay the framework's
    assert cat["html/license.txt"] == "vendored" and cat["html/composer.json"] == "vendored" and cat["html/readme.rst"] == "vendored", cat
    report = run_audit(path, tmp_path / "c", ["reusability.maintainability", "reusability.dependencies", "licensing.consistent",
                                              "interoperability.auth"])
    res = results(report)
    assert report["facts"]["project"]["kind"] == "web-application", report["facts"]["project"]
    assert [(lib["name"], lib["version"]) for lib in report["facts"]["inventory"]["libraries"]] == [("codeigniter", "3.1.9")]
    assert "CI_system/" not in str(res["reusability.maintainability"]["evidence"]), res["reusability.maintainability"]
    # the framework's composer.json declares the framework's licence, not the project's
    assert report["facts"]["license"]["declared"] == [], report["facts"]["license"]
    assert res["licensing.consistent"]["evidence"][0]["path"] == "LICENSE" and len(res["licensing.consistent"]["evidence"]) == 1, res["licensing.consistent"]
    # the project's own sign-in page is read (the framework's password polyfill no longer stands in for it)
    auth = res["interoperability.auth"]
    assert auth["status"] == "fail" and auth["evidence"][0]["path"].endswith("identification_view.php"), auth


def test_an_applications_stats_module_is_its_usage_indicators(tmp_path):
    """The game's back office module stats/ (its controller and views: usage per period) is where it measures its use: impact-indicators
    said "no /stats page" (PAGE expected pages/, views/, routes/… named stats); a module named otherwise is no indicator."""
    res = results(run_audit(build(tmp_path / "r", _game()), tmp_path / "c", ["scaling.impact-indicators"]))["scaling.impact-indicators"]
    assert "modules/stats/" in str(res["evidence"]), res
    files = {k.replace("/stats/", "/jeux/"): v for k, v in _game().items()}
    res = results(run_audit(build(tmp_path / "s", files), tmp_path / "d", ["scaling.impact-indicators"]))["scaling.impact-indicators"]
    assert "modules/jeux/" not in str(res["evidence"]), res


def test_a_folder_whose_own_manifest_names_the_project_is_the_projects(tmp_path):
    """The same folder without the framework's composer.json but with the framework's licence and a package manifest naming another
    forge owner beside a bower.json named like the project: the project's folder, not a copy."""
    files = _game(shell=False, bower_name="un-jeu-de-la-semaine")
    files["html/package.json"] = json.dumps({"name": "ci-starter", "bugs": "https://github.com/frameworkers/ci-starter/issues"})
    cat = categories(build(tmp_path / "r", files))
    assert cat["html/application/modules/stats/controllers/Admin_stats.php"] == "source", cat


def test_a_copied_application_and_a_look_alike_bootstrap_file_are_unchanged(tmp_path):
    """Neighbours: another project's application copied into a folder (its licence, a composer.json of type project naming its forge,
    no framework of the repository named) is still a copy; a file named core/CodeIgniter.php without the framework's version line,
    in a folder not named system/, is the project's own."""
    files = {"README.md": "# Portail\n\nLe portail de la commune.\n", "LICENSE": "MIT License\n\nCopyright (c) 2020 La commune\n",
             "portail/index.php": "<?php\necho 'Bienvenue';\n",
             "outil/LICENSE": MIT, "outil/composer.json": json.dumps({"name": "editeur/outil", "type": "project",
                                                                      "support": {"source": "https://github.com/editeur/outil"}}),
             "outil/src/Outil.php": "<?php\nclass Outil {\n  public function run($a) { return $a; }\n}\n",
             **_framework("moteur", version_line=False)}
    cat = categories(build(tmp_path / "r", files))
    assert cat["outil/src/Outil.php"] == "vendored", cat
    assert cat["moteur/core/Loader.php"] == "source" and cat["portail/index.php"] == "source", cat


def test_a_framework_is_told_by_its_marker_wherever_it_sits(tmp_path):
    """Zend Framework 1's library/Zend/ and CodeIgniter 2's system/ under any parent: each is the framework, named with its version."""
    files = {"README.md": "# Application\n", "LICENSE": "MIT License\n\nCopyright (c) 2012 La commune\n",
             "lib/zf/Zend/Version.php": "<?php\nfinal class Zend_Version\n{\n    const VERSION = '1.12.3';\n}\n",
             "lib/zf/Zend/Db.php": "<?php\nclass Zend_Db {\n  public static function factory($a) { return $a; }\n}\n",
             "app/controllers/IndexController.php": "<?php\nclass IndexController extends Zend_Controller_Action {\n  public function indexAction() {}\n}\n",
             "app/views/scripts/index/index.phtml": "<h1><?php echo $this->title; ?></h1>\n",
             "app/views/scripts/index/list.phtml": "<ul></ul>\n"}
    path = build(tmp_path / "r", files)
    cat = categories(path)
    assert cat["lib/zf/Zend/Db.php"] == "vendored" and cat["app/controllers/IndexController.php"] == "source", cat
    libs = run_audit(path, tmp_path / "c", ["reusability.dependencies"])["facts"]["inventory"]["libraries"]
    assert ("zendframework", "1.12.3", "BSD-3-Clause") in [(lib["name"], lib["version"], lib["license"]) for lib in libs], libs
