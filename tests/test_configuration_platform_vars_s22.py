"""Session 22 (b1, case 1): SDIS62/prevarisc-skeleton-php, a PHP service reading getenv('DEBUG') beside the PORT its Dockerfile gives
Apache, was said "only DEBUG, PORT, set by the platform" (fail 0): DEBUG is the project's own switch (as APP_DEBUG is), counted as a
setting read; the variables that are no setting of the project are each said for what they are (PORT set by the platform, NODE_ENV
the run mode). The files are written for these tests, in the shape of that repository."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

CONF = ["reusability.configuration"]

# -- 1. a PHP service's own DEBUG switch -------------------------------------------------------------------------------------------
PHP_SERVICE = {
    "composer.json": '{"name": "exemple/squelette", "type": "library", "require": {"php": "^8.0", "laminas/laminas-diactoros": "^2.11",'
                     ' "league/route": "^5.1"}, "autoload": {"psr-4": {"App\\\\": "src/"}}}\n',
    "public/index.php": ("<?php\n\nrequire __DIR__ . '/../vendor/autoload.php';\n\n$config = require __DIR__ . '/../config/config.php';\n"
                         "$request = Laminas\\Diactoros\\ServerRequestFactory::fromGlobals();\n$pipeline = new App\\Http\\Pipeline($config);\n"
                         "$response = $pipeline->handle($request);\n(new Laminas\\HttpHandlerRunner\\Emitter\\SapiEmitter())->emit($response);\n"),
    "config/config.php": "<?php\n\nreturn [\n    'debug' => filter_var(getenv('DEBUG'), \\FILTER_VALIDATE_BOOLEAN),\n];\n",
    "src/Http/Pipeline.php": ("<?php\n\nnamespace App\\Http;\n\nuse League\\Route\\Router;\n\nclass Pipeline\n{\n    public function __construct(private array $config)\n"
                              "    {\n    }\n\n    public function handle($request)\n    {\n        $router = new Router();\n"
                              "        $router->map('GET', '/_sante', fn () => new \\Laminas\\Diactoros\\Response\\JsonResponse(['ok' => true]));\n"
                              "        return $router->dispatch($request);\n    }\n}\n"),
    "config/apache2.conf": "<VirtualHost *:${PORT}>\n    DocumentRoot /var/www/html/public\n    FallbackResource /index.php\n</VirtualHost>\n",
    "Dockerfile": ("FROM php:8.2-apache\nENV PORT 80\nCOPY config/apache2.conf /etc/apache2/sites-available/000-default.conf\n"
                   "RUN echo \"Listen \\${PORT}\" > /etc/apache2/ports.conf\nCOPY . /var/www/html\n"),
}


def test_a_debug_switch_read_from_the_environment_is_the_projects_setting(tmp_path):
    res = judge(tmp_path, PHP_SERVICE, CONF, name="d")[1]["reusability.configuration"]
    assert res["status"] != "not_applicable", res["message"]
    assert res["details"]["env_vars"] == 1 and res["details"]["undocumented"] == ["DEBUG"], res["details"]
    assert "set by the platform" not in res["message"]["en"] and "DEBUG" not in (res["details"].get("standard_vars") or []), res["message"]
    assert any(e.get("value") == "DEBUG" and e.get("path") == "config/config.php" for e in res["evidence"]), res["evidence"]


def test_the_same_switch_listed_in_a_template_is_documented(tmp_path):
    res = judge(tmp_path, {**PHP_SERVICE, ".env.example": "# 1 pour afficher les erreurs\nDEBUG=0\n"}, CONF, name="t")[1]["reusability.configuration"]
    assert res["details"]["undocumented"] == [] and res["status"] == "pass", res


# a Node server reading only its port and its run mode, a map token written in the code: each variable said for what it is
NODE_SERVER = {
    "package.json": '{"name": "carte", "private": true, "scripts": {"start": "node server.js"}, "dependencies": {"express": "^4.19.2"}}\n',
    "server.js": ("const express = require('express')\nconst app = express()\nconst prod = process.env.NODE_ENV === 'production'\n"
                  "app.use(express.static('public', { maxAge: prod ? '1d' : 0 }))\napp.listen(process.env.PORT || 3001)\n"),
    "public/index.html": "<!doctype html><html lang=\"fr\"><body><div id=\"carte\"></div><script src=\"carte.js\"></script></body></html>\n",
    "public/carte.js": ("mapboxgl.accessToken = 'pk.eyJ1IjoiZXhlbXBsZSIsImEiOiJja3h5ejEyMzQwMDBhMnBxcjVsN3p4Y2RlIn0.AbCdEfGhIjKlMnOpQrStUv'\n"
                        "const carte = new mapboxgl.Map({ container: 'carte', style: 'mapbox://styles/mapbox/streets-v12' })\n"),
}


def test_the_platforms_port_and_the_run_mode_are_each_said_for_what_they_are(tmp_path):
    res = judge(tmp_path, NODE_SERVER, CONF, name="n")[1]["reusability.configuration"]
    assert res["status"] == "fail" and res["details"]["standard_vars"] == ["NODE_ENV", "PORT"], res
    en, fr = res["message"]["en"], res["message"]["fr"]
    assert "PORT, set by the platform" in en and "NODE_ENV, the run mode" in en and "NODE_ENV, PORT, set by" not in en, en
    assert "PORT, que fixe la plateforme" in fr and "NODE_ENV, le mode d'exécution" in fr, fr
