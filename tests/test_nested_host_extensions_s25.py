"""Drupal extensions kept in sub-folders (issue 12, session 25 reader o3, QuentinEcollectivites/LdapAdmin L1): two custom
modules under custom/<module>/<module>.info.yml and a Bootstrap sub-theme under <theme>/<theme>.info.yml were "code of no
recognised kind", with "no dependency manifest" (fail) and "standard packaging: no", because a Drupal declaration was read at
the root only. An extension's declaration named as its folder, one to three folders down, holding most of the code, now makes
the repository a set of Drupal extensions (a library plugged into Drupal); a whole Drupal site (core beside its modules) stays
a web application."""

from __future__ import annotations

from tests.test_reusability_fixtures import build, results, run_audit

CHECKS = ["reusability.dependencies", "reusability.portability", "interoperability.api-spec"]


def _module(folder: str, name: str, kind: str = "module") -> dict:
    base = f"{folder}/{name}" if folder else name
    info = f"name: '{name.title()}'\ntype: {kind}\ndescription: 'Gestion des comptes de l annuaire'\ncore_version_requirement: ^10\n"
    if kind == "module":
        return {f"{base}/{name}.info.yml": info + "package: Custom\n",
                f"{base}/{name}.routing.yml": f"{name}.liste:\n  path: '/admin/{name}'\n  defaults:\n    _controller: '\\\\Drupal\\\\{name}\\\\Controller\\\\ListeController::liste'\n",
                f"{base}/{name}.module": f"<?php\n\n/**\n * Implements hook_help().\n */\nfunction {name}_help($route_name) {{\n  return '';\n}}\n",
                f"{base}/src/Controller/ListeController.php": f"<?php\n\nnamespace Drupal\\{name}\\Controller;\n\nuse Drupal\\Core\\Controller\\ControllerBase;\n\n"
                                                              "class ListeController extends ControllerBase {\n  public function liste() {\n    return ['#markup' => 'liste'];\n  }\n}\n"}
    return {f"{base}/{name}.info.yml": info + "base theme: bootstrap5\n",
            f"{base}/{name}.theme": f"<?php\n\nfunction {name}_preprocess_page(&$variables) {{\n}}\n",
            f"{base}/templates/page.html.twig": "<main>{{ page.content }}</main>\n"}


def _run(tmp_path, files):
    report = run_audit(build(tmp_path / "r", files), tmp_path / "c", CHECKS)
    return report["facts"]["project"], results(report)


def test_drupal_modules_and_a_theme_in_sub_folders_are_drupal_extensions(tmp_path):
    files = {**_module("custom", "annuaire"), **_module("custom", "import_comptes"), **_module("", "sous_theme", "theme")}
    project, res = _run(tmp_path, files)
    assert (project["kind"], project["kind_decided"]) == ("library", True), project
    assert {"path": "custom/annuaire/annuaire.info.yml", "reason": "plugin of Drupal"} in project["kind_evidence"], project["kind_evidence"]
    assert res["reusability.dependencies"]["status"] != "fail" and "Drupal" in res["reusability.dependencies"]["message"]["en"], res
    assert "standard packaging: no" not in res["reusability.portability"]["message"]["en"], res["reusability.portability"]
    # (no route of theirs answers JSON: no API to describe; tests/test_host_served_apis.py keeps a module's JSON routes judged)
    assert res["interoperability.api-spec"]["status"] == "not_applicable", res["interoperability.api-spec"]


def test_a_whole_drupal_site_with_its_custom_modules_is_no_extension(tmp_path):
    """The neighbour: a Drupal site (core's code beside a custom module) is the site, not a plugin of Drupal."""
    core = {f"core/lib/Drupal/Core/Part{i}.php": f"<?php\n\nnamespace Drupal\\Core;\n\nclass Part{i} {{\n}}\n" for i in range(12)}
    files = {"index.php": "<?php\n\nuse Drupal\\Core\\DrupalKernel;\n\n$kernel = new DrupalKernel('prod', $autoloader);\n",
             "composer.json": '{"name": "drupal/recommended-project", "type": "project", "require": {"drupal/core": "^10"}}\n',
             **core, **_module("modules/custom", "annuaire")}
    project, _ = _run(tmp_path, files)
    assert not any(e["reason"] == "plugin of Drupal" for e in project["kind_evidence"]), project["kind_evidence"]


def test_a_module_not_named_as_its_folder_stays_unread(tmp_path):
    """A stray *.info.yml whose name is not its folder's (a copied sample, a test fixture) is no extension's declaration."""
    files = {"README.md": "# Outils\n", "outils/exemple.info.yml": "name: Exemple\ntype: module\ncore_version_requirement: ^10\n",
             "outils/convert.php": "<?php\n\nfunction convert($x) {\n  return $x;\n}\n"}
    project, _ = _run(tmp_path, files)
    assert not any(e["reason"] == "plugin of Drupal" for e in project["kind_evidence"]), project["kind_evidence"]


def test_a_repository_deploying_its_drupal_portal_is_the_site(tmp_path):
    """The neighbour shaped like SIG-Hauts-de-France/Cartotheque: custom modules and a theme beside the container recipe that
    builds the Drupal site (Dockerfile.drupal, a compose file): the portal deployed, not extensions published for other sites."""
    files = {**_module("modules", "carto_compteur"), **_module("modules", "carto_recherche"), **_module("themes", "portail", "theme"),
             "docker/build/Dockerfile.drupal": "FROM php:8.2-apache\nRUN composer create-project drupal/recommended-project /var/www\n",
             "docker/docker-compose.yml": "services:\n  drupal:\n    build:\n      context: build\n      dockerfile: Dockerfile.drupal\n"}
    project, _ = _run(tmp_path, files)
    assert not any(e["reason"] == "plugin of Drupal" for e in project["kind_evidence"]), project["kind_evidence"]
