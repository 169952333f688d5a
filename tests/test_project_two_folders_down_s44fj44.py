"""Session 44 (fj44), a web application kept two folders down: the root holds only Stage/, which holds only bdc/.

rmoubarak/Documentation-Stage: Stage/bdc/ holds the Symfony application, its README.md, its docs/ of text notes and a copied
Bootstrap template under assets/. The tool took the README of "the one folder that holds the whole project" one level down only
(Stage/, no README: documentation.readme fail 0 "No README at the root"), and the copied template's walk up to a folder holding a
README took Stage/bdc/ itself for a copied package, its docs/ the copy's (documentation.docs "Found: —", data-and-docs n/a). A
monorepo of two projects (front/, back/, each with its README) names no README, as before.
"""

from __future__ import annotations

from auditor.engine import AuditOptions, audit

BOOTSTRAP = ("/*!\n * Bootstrap  v5.3.2 (https://getbootstrap.com/)\n * Copyright 2011-2023 The Bootstrap Authors\n"
             " * Licensed under MIT (https://github.com/twbs/bootstrap/blob/main/LICENSE)\n */:root{--bs-blue: #007bff}\n")
README = ("# Modèle d'application Symfony\n\nCe modèle sert de base aux applications web internes : authentification, gestion des "
          "utilisateurs, journal des accès et envoi de courriels. Il "
          "regroupe les briques communes que chaque équipe reprend pour démarrer une nouvelle application sans repartir de zéro, avec une "
          "base de connaissances de fiches classées par catégorie et un historique des modifications de chaque fiche.\n\n## Fonctionnalités disponibles\n\n- connexion\n- double facteur\n")


def _app(top: str) -> dict:
    return {f"{top}/README.md": README,
            f"{top}/composer.json": '{"name": "acme/app", "type": "project", "require": {"php": ">=8.2", "symfony/framework-bundle": "7.2.*"}}\n',
            f"{top}/src/Controller/HomeController.php": "<?php\nnamespace App\\Controller;\n\nclass HomeController\n{\n    public function index(): string\n    {\n        return 'ok';\n    }\n}\n",
            f"{top}/assets/styles/bootstrap_template/core.css": BOOTSTRAP,
            f"{top}/docs/Elise.txt": "Le service de gestion électronique des documents est appelé pour classer les pièces jointes.\n",
            f"{top}/docs/Web Services.txt": "Services web appelés : annuaire interne, géocodage des adresses, envoi de courriels.\n",
            f"{top}/docs/A faire.txt": "Reste à faire : export des articles, recherche plein texte, droits par catégorie.\n"}


CHECKS = ["documentation.readme", "documentation.readme-sections", "documentation.docs", "documentation.language", "licensing.data-and-docs"]


def _audit(repo, tmp_path, files: dict):
    path = repo([{"files": {".gitignore": "/vendor/\n", **files}, "date": "2025-04-25T09:00:00Z"}], name=f"r{len(list(tmp_path.iterdir()))}")
    report = audit(str(path), AuditOptions(cache_dir=tmp_path / "cache", only=CHECKS))
    return {r["id"]: r for r in report["results"]}, report["facts"]


def test_the_project_two_folders_down_is_the_repository(repo, tmp_path):
    res, facts = _audit(repo, tmp_path, _app("Stage/bdc"))
    assert facts["readme"]["path"] == "Stage/bdc/README.md", facts["readme"]
    assert res["documentation.readme"]["status"] != "fail", res["documentation.readme"]["message"]  # (short, not at the root)
    assert "Stage/bdc/" in res["documentation.readme"]["message"]["en"]
    assert res["documentation.readme-sections"]["score"] > 0, res["documentation.readme-sections"]["message"]
    assert "documentation folder" in res["documentation.docs"]["message"]["en"].split(";")[0], res["documentation.docs"]["message"]
    assert res["licensing.data-and-docs"]["status"] == "fail", res["licensing.data-and-docs"]["message"]


def test_one_folder_down_keeps_its_docs_beside_a_copied_template(repo, tmp_path):
    res, _facts = _audit(repo, tmp_path, _app("bdc"))
    assert res["documentation.readme"]["status"] != "fail"
    assert "documentation folder" in res["documentation.docs"]["message"]["en"].split(";")[0], res["documentation.docs"]["message"]


def test_two_projects_below_one_folder_name_no_readme(repo, tmp_path):
    files = {**_app("Stage/front"), **{k.replace("Stage/front", "Stage/back"): v for k, v in _app("Stage/front").items()}}
    res, facts = _audit(repo, tmp_path, files)
    assert not facts["readme"].get("path"), facts["readme"]
    assert res["documentation.readme"]["status"] == "fail"
