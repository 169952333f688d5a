"""A library is asked no lockfile for its own package manifest (issue 12, session 23 readers m1 and m2, a transport syndicate's
Symfony bundle): reusability.dependencies failed a bundle (composer.json "type": "symfony-bundle", installed with
``composer require`` into its host application) for "Manifest without a lockfile: the install is not reproducible" and advised
``composer update --lock``. Composer, npm and pip never read a dependency's lockfile: the application that installs the library
locks. An application's manifest without a lockfile is still a finding."""

from __future__ import annotations

import json

from auditor.engine import AuditOptions, audit

BUNDLE = {
    "composer.json": json.dumps({"name": "exemple-transports/horaires-bundle", "type": "symfony-bundle", "license": "AGPL-3.0-only",
                                 "description": "Gestion des horaires du réseau",
                                 "require": {"php": ">=7.4", "exemple-transports/noyau-bundle": "~2.1.0", "exemple-transports/referentiel-bundle": "~2.1.0"},
                                 "autoload": {"psr-4": {"Exemple\\HorairesBundle\\": ""}}}, indent=2),
    "README.md": "# Horaires bundle\n\nGestion des horaires du réseau.\n\n## Installation\n\n```\ncomposer require exemple-transports/horaires-bundle\n```\n",
    "HorairesBundle.php": "<?php\nnamespace Exemple\\HorairesBundle;\n\nuse Symfony\\Component\\HttpKernel\\Bundle\\Bundle;\n\nclass HorairesBundle extends Bundle\n{\n}\n",
    "DependencyInjection/HorairesExtension.php": "<?php\nnamespace Exemple\\HorairesBundle\\DependencyInjection;\n\nclass HorairesExtension\n{\n"
                                                 "    public function load(array $configs)\n    {\n        return $configs;\n    }\n}\n",
    "Entity/Ligne.php": "<?php\nnamespace Exemple\\HorairesBundle\\Entity;\n\nclass Ligne\n{\n    private $nom;\n\n"
                        "    public function getNom()\n    {\n        return $this->nom;\n    }\n}\n",
}

NPM_LIBRARY = {
    "package.json": json.dumps({"name": "@exemple/format-siret", "version": "1.2.0", "main": "index.js", "license": "MIT",
                                "dependencies": {"luhn": "^2.4.1"}}, indent=2),
    "index.js": "const luhn = require('luhn');\n\nmodule.exports = function valide(siret) {\n  return luhn.validate(siret);\n};\n",
    "README.md": "# format-siret\n\nValide un numéro SIRET.\n\n```js\nconst valide = require('@exemple/format-siret');\n```\n",
}

APPLICATION = {
    "composer.json": json.dumps({"name": "exemple/portail", "type": "project", "license": "MIT",
                                 "require": {"php": ">=8.1", "symfony/framework-bundle": "^6.4", "symfony/twig-bundle": "^6.4"}}, indent=2),
    "README.md": "# Portail\n\nLe portail de la collectivité.\n",
    "public/index.php": "<?php\nuse App\\Kernel;\n\nrequire_once dirname(__DIR__).'/vendor/autoload_runtime.php';\n\n"
                        "return function (array $context) {\n    return new Kernel($context['APP_ENV'], (bool) $context['APP_DEBUG']);\n};\n",
    "src/Controller/AccueilController.php": "<?php\nnamespace App\\Controller;\n\nuse Symfony\\Component\\Routing\\Annotation\\Route;\n\n"
                                            "class AccueilController\n{\n    #[Route('/', name: 'accueil')]\n    public function index()\n    {\n"
                                            "        return 'ok';\n    }\n}\n",
    "templates/accueil.html.twig": "<html><body><h1>{{ titre }}</h1></body></html>\n",
}


def _audit(repo, tmp_path, files, name):
    report = audit(str(repo([{"files": files}], name=name)), AuditOptions(cache_dir=tmp_path / ("c" + name), only=["reusability.dependencies"]))
    return report["facts"]["project"], report["results"][0]


def test_a_bundle_is_asked_no_lockfile_only_the_update_tool(repo, tmp_path):
    project, r = _audit(repo, tmp_path, BUNDLE, "bundle")
    assert project["kind"] == "library" and project["kind_decided"], project
    assert r["details"]["unlocked"] == [], r
    assert not [e for e in r["evidence"] if e["kind"] == "finding"], r["evidence"]
    assert r["status"] == "warn", r
    assert "lock" not in r["remediation"]["en"].lower() and "Dependabot" in r["remediation"]["en"], r["remediation"]
    assert "library's manifest" in r["message"]["en"], r["message"]


def test_a_published_npm_library_is_asked_no_lockfile(repo, tmp_path):
    project, r = _audit(repo, tmp_path, NPM_LIBRARY, "npmlib")
    assert project["kind"] == "library", project
    assert r["details"]["unlocked"] == [] and r["status"] == "warn", r


def test_an_application_without_a_lockfile_is_still_asked_one(repo, tmp_path):
    project, r = _audit(repo, tmp_path, APPLICATION, "app")
    assert project["kind"] != "library", project
    assert r["details"]["unlocked"] == ["composer.json"], r
    assert "composer update --lock" in r["remediation"]["fr"], r["remediation"]
