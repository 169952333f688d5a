"""A framework skeleton's stock README states the framework's licence, no component's (issue 12, s44 fm44 = reader ri44,
AdrienLeveque/Room_Project).

A students' Laravel 5.2 app in room_project/ kept the skeleton's composer.json ("name": "laravel/laravel", "license": "MIT", already
read as the template's, not a declaration) and its stock readme.md, ending "The Laravel framework is open-sourced software licensed
under the MIT license". licensing.open-license said "only a component declares one (MIT in room_project/readme.md)": that sentence
speaks of the framework. Near misses: the same folder under the team's own package name, or a sentence whose subject is the app,
stays a component's statement.
"""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

CID = "licensing.open-license"
README = ("# Laravel PHP Framework\n\nLaravel is a web application framework with expressive, elegant syntax.\n\n"
          "## Official Documentation\n\nDocumentation for the framework can be found on the Laravel website.\n\n"
          "## License\n\nThe Laravel framework is open-sourced software licensed under the [MIT license](http://opensource.org/licenses/MIT).\n")
COMPOSER = ('{"name": "laravel/laravel", "description": "The Laravel Framework.", "license": "MIT", "type": "project",\n'
            ' "require": {"php": ">=5.5.9", "laravel/framework": "5.2.*"}}\n')
CONTROLLER = ("<?php\n\nnamespace App\\Http\\Controllers;\n\nclass SalleController extends Controller\n{\n    public function index()\n"
              "    {\n        return view('salles', ['salles' => \\App\\Salle::all()]);\n    }\n}\n")
FILES = {"README.md": "# Location de salles\n\nProjet étudiant : réservation des salles municipales.\n",
         "salles/readme.md": README, "salles/composer.json": COMPOSER, "salles/app/Http/Controllers/SalleController.php": CONTROLLER,
         "salles/routes.php": "<?php\nRoute::get('/', 'SalleController@index');\n",
         "maquette/index.php": "<?php\necho '<h1>Location de salles</h1>';\n"}


def _components(r: dict) -> str:
    return r["message"]["en"]


def test_the_skeleton_readme_states_the_frameworks_licence(tmp_path):
    r = check_result(tmp_path, FILES, CID)
    assert r["status"] == "fail", r["message"]
    assert "component" not in _components(r) and "salles/readme.md" not in _components(r), r["message"]


def test_the_teams_own_package_keeps_its_readme_statement(tmp_path):
    r = check_result(tmp_path, {**FILES, "salles/composer.json": COMPOSER.replace('"laravel/laravel"', '"orsay/salles"').replace(' "license": "MIT",', '')}, CID)
    assert "salles/readme.md" in _components(r), r["message"]


def test_a_sentence_about_the_app_stays_a_components(tmp_path):
    readme = README.replace("The Laravel framework is", "This room booking application is")
    r = check_result(tmp_path, {**FILES, "salles/readme.md": readme}, CID)
    assert "salles/readme.md" in _components(r), r["message"]
