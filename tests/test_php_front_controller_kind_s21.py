"""A PHP HTTP service whose composer.json keeps composer's default ``"type": "library"`` is an API service when its web root's
front controller builds the PSR-7 request from the globals and hands it to its pipeline (issue 12, s21 k13, reader m2; shaped like
a fire service's PHP API skeleton: public/index.php, a router, an Apache container image, a setting read from the environment).
A Composer library without a served front controller stays a library."""

from __future__ import annotations

from tests.test_project_kind import run
from tests.test_reusability_fixtures import build, results

COMPOSER = ('{\n  "name": "acme/service-squelette",\n  "type": "library",\n  "require": {"php": "^8.1", "league/route": "^5.1",'
            ' "guzzlehttp/psr7": "^2.0"},\n  "autoload": {"psr-4": {"Acme\\\\": "src/"}}\n}\n')

SERVICE = {
    "composer.json": COMPOSER,
    "Dockerfile": "FROM php:8.1-apache\nENV PORT 8080\nCOPY public public\nCOPY src src\nCOPY config config\n",
    "config/settings.php": "<?php\nreturn ['debug' => (bool) getenv('APP_DEBUG')];\n",
    "public/index.php": ("<?php\nrequire __DIR__ . '/../vendor/autoload.php';\nuse GuzzleHttp\\Psr7\\ServerRequest;\nuse Acme\\Kernel;\n"
                         "$kernel = new Kernel(require __DIR__ . '/../config/settings.php');\n"
                         "$reponse = $kernel->handle(ServerRequest::fromGlobals());\nAcme\\emit($reponse);\n"),
    "src/Kernel.php": ("<?php\nnamespace Acme;\nuse League\\Route\\Router;\nfinal class Kernel\n{\n    public function handle($request)\n    {\n"
                       "        $router = new Router();\n        $router->map('GET', '/sante', new Sante());\n        return $router->dispatch($request);\n    }\n}\n"),
    "src/Sante.php": "<?php\nnamespace Acme;\nfinal class Sante\n{\n    public function __invoke($request)\n    {\n        return null;\n    }\n}\n",
}

LIBRARY = {
    "composer.json": COMPOSER.replace("service-squelette", "outils-dates"),
    "src/Dates.php": ("<?php\nnamespace Acme;\nfinal class Dates\n{\n    public static function jourOuvre(string $jour): bool\n    {\n"
                      "        return date('N', strtotime($jour)) < 6;\n    }\n}\n"),
    "src/Feries.php": "<?php\nnamespace Acme;\nfinal class Feries\n{\n    public const PAQUES = 'paques';\n}\n",
    # (a demonstration server outside the web root does not serve the library)
    "exemples/serveur.php": "<?php\nuse GuzzleHttp\\Psr7\\ServerRequest;\n$r = ServerRequest::fromGlobals();\n",
}


def test_a_psr7_front_controller_makes_a_composer_library_an_api_service(tmp_path):
    report = run(build(tmp_path / "r", SERVICE), tmp_path / "c", only=["reusability.configuration"])
    proj = report["facts"]["project"]
    assert proj["kind"] == "api-service", (proj["kind"], proj.get("scores"))  # was library (composer's "type": "library")
    conf = results(report)["reusability.configuration"]
    assert conf["status"] != "not_applicable", conf["message"]


def test_a_composer_library_without_a_served_front_controller_stays_a_library(tmp_path):
    report = run(build(tmp_path / "r", LIBRARY), tmp_path / "c", only=["reusability.configuration"])
    assert report["facts"]["project"]["kind"] == "library", report["facts"]["project"].get("scores")
