"""Composer's vendor/ committed is a package manager's install folder (issue 12, s44 fm44 = reader ri44, AdrienLeveque/Room_Project).

A Laravel 5.2 app committed room_project/vendor/ (5,106 files: vendor/autoload.php, vendor/composer/installed.json, the packages)
(its .gitignore lists /vendor): reusability.build-output said "No build output is committed", while it warns on node_modules.
Composer writes vendor/composer/installed.json on every install: that vendor/ is its install folder. Near miss: a vendor/ of libraries
copied by hand (no Composer record) stays no install.
"""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

CID = "reusability.build-output"
CONTROLLER = ("<?php\n\nnamespace App\\Http\\Controllers;\n\nclass SalleController extends Controller\n{\n    public function index()\n"
              "    {\n        return view('salles');\n    }\n}\n")
FILES = {"README.md": "# Salles\n\nRéservation des salles.\n", "salles/.gitignore": "/node_modules\n.env\n",
         "salles/composer.json": '{"name": "orsay/salles", "require": {"laravel/framework": "5.2.*"}}\n',
         "salles/app/Http/Controllers/SalleController.php": CONTROLLER,
         "salles/vendor/autoload.php": "<?php\n\nrequire_once __DIR__ . '/composer/autoload_real.php';\n\nreturn ComposerAutoloaderInit::getLoader();\n",
         "salles/vendor/composer/installed.json": '[{"name": "monolog/monolog", "version": "1.19.0"}]\n',
         "salles/vendor/composer/autoload_real.php": "<?php\n\nclass ComposerAutoloaderInit\n{\n    public static function getLoader()\n    {\n    }\n}\n",
         "salles/vendor/monolog/monolog/src/Monolog/Logger.php": "<?php\n\nnamespace Monolog;\n\nclass Logger\n{\n}\n"}


def test_a_committed_composer_vendor_is_installed_output(tmp_path):
    r = check_result(tmp_path, FILES, CID)
    assert r["status"] == "warn", r["message"]
    assert "salles/vendor/" in r["message"]["en"] and "package manager" in r["message"]["en"], r["message"]


def test_a_vendor_folder_of_copied_libraries_is_not(tmp_path):
    files = {k: v for k, v in FILES.items() if "/composer/" not in k and not k.endswith("autoload.php")}
    r = check_result(tmp_path, files, CID)
    assert r["status"] == "pass", r["message"]
