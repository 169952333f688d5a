"""Session 44 (fj44), a web application whose install script is kept with its documentation (docs/Installation.sh).

rmoubarak/Documentation-Stage: Stage/bdc/docs/Installation.sh creates the uploads folder, runs composer, sets each secret with
bin/console secrets:set and compiles the assets; install scripts were read only at the root, in scripts/ or bin/, or in an install/
folder: reusability.install fail 0 "No reproducible way to run the service". A script of another job in docs/ (docs/export.sh)
installs nothing.
"""

from __future__ import annotations

from auditor.engine import AuditOptions, audit

SCRIPT = ("#!/bin/sh\n# Installation de l'application\nmkdir -p public/uploads\nphp ../composer.phar install\n"
          "# Définir les variables nécessaires pour chaque environnement (a minima DATABASE_PASSWORD)\n"
          "php bin/console secrets:set DATABASE_PASSWORD\nphp bin/console importmap:install\nphp bin/console asset-map:compile\n")
APP = {"composer.json": '{"type": "project", "require": {"php": ">=8.2", "symfony/framework-bundle": "7.2.*"}}\n',
       "README.md": "# Base de connaissances\n\nApplication Symfony de fiches internes.\n",
       "public/index.php": "<?php\nrequire dirname(__DIR__).'/vendor/autoload_runtime.php';\n",
       "src/Controller/HomeController.php": "<?php\nnamespace App\\Controller;\n\nclass HomeController\n{\n    public function index(): string\n    {\n        return 'ok';\n    }\n}\n"}


def _audit(repo, tmp_path, name: str):
    path = repo([{"files": {**APP, f"docs/{name}": SCRIPT}, "date": "2025-04-25T09:00:00Z"}], name=f"r{len(list(tmp_path.iterdir()))}")
    report = audit(str(path), AuditOptions(cache_dir=tmp_path / "cache", only=["reusability.install"]))
    return {r["id"]: r for r in report["results"]}["reusability.install"]


def test_an_install_script_in_docs_is_install_tooling(repo, tmp_path):
    res = _audit(repo, tmp_path, "Installation.sh")
    assert "scripts" in res["message"]["en"], res["message"]


def test_a_script_of_another_job_in_docs_is_none(repo, tmp_path):
    res = _audit(repo, tmp_path, "export.sh")
    assert "scripts" not in res["message"]["en"], res["message"]
