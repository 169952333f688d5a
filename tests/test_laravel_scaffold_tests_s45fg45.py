"""reusability.tests-and-ci: Laravel's generated tests and its abstract test base class are no tests (issue 12, s45 fg45 =
WildCodeSchool/remotefr-js-0920-p3-regionsud-identiteterritoire-back): "3 test file(s) for 78 source file(s)" counted
tests/TestCase.php (Laravel's `abstract class TestCase extends BaseTestCase`, no test), tests/Unit/ExampleTest.php
(`$this->assertTrue(true)`) and tests/Feature/ExampleTest.php (GET / → 200), all as `laravel new` writes them: 0 real tests. Near
miss: a feature test of the project's own route, asserting its JSON, keeps counting."""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

CID = "reusability.tests-and-ci"

BASE = "<?php\n\nnamespace Tests;\n\nuse Illuminate\\Foundation\\Testing\\TestCase as BaseTestCase;\n\n" \
       "abstract class TestCase extends BaseTestCase\n{\n    use CreatesApplication;\n}\n"
CREATES = "<?php\n\nnamespace Tests;\n\ntrait CreatesApplication\n{\n    public function createApplication()\n    {\n" \
          "        $app = require __DIR__.'/../bootstrap/app.php';\n        return $app;\n    }\n}\n"
UNIT = "<?php\n\nnamespace Tests\\Unit;\n\nuse PHPUnit\\Framework\\TestCase;\n\nclass ExampleTest extends TestCase\n{\n" \
       "    /**\n     * An example.\n     *\n     * @return void\n     */\n    public function test_example()\n    {\n" \
       "        $this->assertTrue(true);\n    }\n}\n"
FEATURE = "<?php\n\nnamespace Tests\\Feature;\n\nuse Tests\\TestCase;\n\nclass ExampleTest extends TestCase\n{\n" \
          "    public function test_example()\n    {\n        $response = $this->get('/');\n\n        $response->assertStatus(200);\n    }\n}\n"
OWN = "<?php\n\nnamespace Tests\\Feature;\n\nuse Tests\\TestCase;\n\nclass VillesTest extends TestCase\n{\n" \
      "    public function test_une_ville_par_code()\n    {\n        $response = $this->getJson('/api/villes/12345');\n\n" \
      "        $response->assertStatus(200)->assertJsonPath('data.nom', 'Exempleville');\n    }\n}\n"


def files(extra: dict | None = None) -> dict:
    out = {"README.md": "# API des villes\n\nUne API Laravel.\n", "composer.json": '{"require": {"laravel/framework": "^8.0"}}\n',
           "tests/TestCase.php": BASE, "tests/CreatesApplication.php": CREATES, "tests/Unit/ExampleTest.php": UNIT,
           "tests/Feature/ExampleTest.php": FEATURE, **(extra or {})}
    for i in range(6):
        out[f"app/Http/Controllers/Ctrl{i}Controller.php"] = f"<?php\nnamespace App\\Http\\Controllers;\nclass Ctrl{i}Controller {{\n" \
                                                             f"    public function show($id) {{ return response()->json(['id' => $id]); }}\n}}\n"
    return out


def test_laravels_generated_tests_and_base_class_are_no_tests(tmp_path):
    r = check_result(tmp_path, files(), CID)
    assert r["details"]["test_files"] == 0, (r["message"], r["details"])
    assert not [e for e in r["evidence"] if e.get("value") == "test" and e.get("kind") == "found"], r["evidence"]


def test_near_miss_a_test_of_the_projects_route_counts(tmp_path):
    r = check_result(tmp_path, files({"tests/Feature/VillesTest.php": OWN}), CID)
    assert r["details"]["test_files"] == 1, (r["message"], r["details"])
    assert [e["path"] for e in r["evidence"] if e.get("value") == "test" and e.get("kind") == "found"] == ["tests/Feature/VillesTest.php"]
