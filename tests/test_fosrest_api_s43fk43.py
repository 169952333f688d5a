"""interoperability.api-spec (issue 12, s43 fk43 = reader rh43, Probesys/abris-non-gardes): a Symfony back office requiring
friendsofsymfony/rest-bundle (FOSRestBundle) whose src/Controller/Api/*.php serve a JSON API (@Rest\\Get routes returning JSON) was
judged "Web application (symfony/framework-bundle) without an API specification: if it exposes data…", warn 4. FOSRestBundle is
Symfony's REST layer: an API is served, without an OpenAPI specification. Near miss: the same Symfony app without it keeps the
web application's reading."""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

COMPOSER = ('{"type": "project", "require": {"php": ">=7.4", "symfony/framework-bundle": "5.4.*", "symfony/twig-bundle": "5.4.*", "twig/twig": "^3.0"%s}}\n')
CONTROLLER = ("<?php\nnamespace App\\Controller\\Api;\n\nuse FOS\\RestBundle\\Controller\\AbstractFOSRestController;\n"
              "use FOS\\RestBundle\\Controller\\Annotations as Rest;\nuse Symfony\\Component\\HttpFoundation\\JsonResponse;\n\n"
              "/**\n * @Rest\\Route(\"/api/refuges\")\n */\nclass ApiRefugeController extends AbstractFOSRestController\n{\n"
              "    /**\n     * @Rest\\Get(\"/liste\")\n     */\n    public function liste(): JsonResponse\n    {\n"
              "        return new JsonResponse([['nom' => 'Refuge du col', 'places' => 12]]);\n    }\n}\n")
PAGE = ("<?php\nnamespace App\\Controller;\n\nuse Symfony\\Bundle\\FrameworkBundle\\Controller\\AbstractController;\n"
        "use Symfony\\Component\\Routing\\Annotation\\Route;\n\nclass AccueilController extends AbstractController\n{\n"
        "    /**\n     * @Route(\"/\")\n     */\n    public function index()\n    {\n        return $this->render('accueil.html.twig');\n    }\n}\n")


def _files(extra: str, api: bool) -> dict:
    files = {"composer.json": COMPOSER % extra, "src/Controller/AccueilController.php": PAGE,
             "templates/accueil.html.twig": "<h1>Refuges</h1>\n", "public/index.php": "<?php\nrequire dirname(__DIR__).'/vendor/autoload.php';\n"}
    if api:
        files["src/Controller/Api/ApiRefugeController.php"] = CONTROLLER
    return files


def test_fosrestbundle_serves_an_api(tmp_path):
    r = check_result(tmp_path, _files(', "friendsofsymfony/rest-bundle": "^3.6"', True), "interoperability.api-spec")
    assert r["status"] == "fail" and "API is served" in r["message"]["en"], r


def test_near_miss_symfony_without_a_rest_layer(tmp_path):
    r = check_result(tmp_path, _files("", False), "interoperability.api-spec")
    assert r["status"] in ("warn", "not_applicable") and "Web application" in r["message"]["en"], r
