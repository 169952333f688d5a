"""A host application's extension keeps its interface and its own data layout (issue 12, session 25, verifier v5 regressions 2
and 3, QuentinEcollectivites/LdapAdmin): once Drupal modules and a sub-theme in sub-folders became a decided library (a plugin of
Drupal), interoperability.public-building-blocks said "DSFR: not judged (no interface)" though the repository ships a theme's
templates and the modules' forms, and interoperability.data-standards said "processes the data it is given, no data model of its
own" though a module imports a CSV whose columns it dictates itself. An extension's templates, theme or forms are an interface
(inside its host's pages), and an extension reading or writing files of its own layout has data of its own; a plain library with
no page, passing its caller's data through, keeps "no interface" and "no schema expected"."""

from __future__ import annotations

from tests.test_reusability_fixtures import build, results, run_audit

BLOCKS = "interoperability.public-building-blocks"
DATA = "interoperability.data-standards"
GEOCODE = ("<?php\n\nnamespace Agglo\\Adresses;\n\nclass Geocodeur\n{\n    public function chercher(string $q): array\n    {\n"
           "        $url = 'https://api-adresse.data.gouv.fr/search/?q=' . urlencode($q);\n"
           "        return json_decode(file_get_contents($url), true);\n    }\n}\n")


def _drupal(extra: dict | None = None) -> dict:
    info = "name: '{n}'\ntype: {t}\ndescription: 'Annuaire des agents'\ncore_version_requirement: ^10\n"
    return {"README.md": "# Annuaire\n\nModules Drupal de gestion des comptes.\n",
            "custom/annuaire/annuaire.info.yml": info.format(n="Annuaire", t="module") + "package: Custom\n",
            "custom/annuaire/annuaire.module": "<?php\n\nfunction annuaire_help($route_name) {\n  return '';\n}\n",
            "custom/annuaire/src/Geocodeur.php": GEOCODE.replace("Agglo\\Adresses", "Drupal\\annuaire"),
            "sous_theme/sous_theme.info.yml": info.format(n="Sous theme", t="theme") + "base theme: bootstrap5\n",
            "sous_theme/sous_theme.theme": "<?php\n\nfunction sous_theme_preprocess_page(&$variables) {\n}\n",
            "sous_theme/templates/layout/page.html.twig": "<main class=\"annuaire\">{{ page.content }}</main>\n",
            "sous_theme/css/style.css": ".annuaire { margin: 0 auto; }\n", **(extra or {})}


def _library(extra: dict | None = None) -> dict:
    return {"README.md": "# Adresses\n\nBibliothèque PHP de géocodage.\n",
            "composer.json": '{"name": "agglo/adresses", "type": "library", "autoload": {"psr-4": {"Agglo\\\\Adresses\\\\": "src/"}}}\n',
            "src/Geocodeur.php": GEOCODE, **(extra or {})}


def _run(tmp_path, files, cid):
    report = run_audit(build(tmp_path / "r", files), tmp_path / "c", [cid])
    return report["facts"]["project"], results(report)[cid]


def test_a_drupal_theme_and_modules_have_an_interface(tmp_path):
    project, r = _run(tmp_path, _drupal(), BLOCKS)
    assert project["kind"] == "library" and any(e["reason"] == "plugin of Drupal" for e in project["kind_evidence"]), project
    assert r["details"]["ui"] is True, r
    assert "no interface" not in r["message"]["en"] and "pas d'interface" not in r["message"]["fr"], r["message"]  # was "no interface"
    assert "reserved to State services" in r["message"]["en"], r["message"]


def test_a_plain_php_library_without_pages_has_none(tmp_path):
    project, r = _run(tmp_path, _library(), BLOCKS)
    assert project["kind"] == "library", project
    assert r["details"]["ui"] is False and "no interface" in r["message"]["en"], r["message"]


IMPORT = ("<?php\n\nfunction annuaire_importer($chemin) {\n  $agents = [];\n  if (($f = fopen($chemin, 'r')) !== FALSE) {\n"
          "    while (($ligne = fgetcsv($f, 1000, ';')) !== FALSE) {\n      $agents[] = ['nom' => $ligne[0], 'prenom' => $ligne[1], "
          "'courriel' => $ligne[2], 'service' => $ligne[3]];\n    }\n    fclose($f);\n  }\n  return $agents;\n}\n")
READER = ("<?php\n\nnamespace Agglo\\Adresses;\n\nclass Lecteur\n{\n    public function lignes($f): \\Generator\n    {\n"
          "        while (($ligne = fgetcsv($f, 0, ';')) !== false) {\n            yield $ligne;\n        }\n    }\n}\n")


def test_a_drupal_module_importing_a_csv_it_lays_out_has_data_of_its_own(tmp_path):
    project, r = _run(tmp_path, _drupal({"custom/annuaire/annuaire.import.inc": IMPORT}), DATA)
    assert project["kind"] == "library", project
    assert r["status"] != "not_applicable", r  # was "processes the data it is given … no schema expected"
    assert "CSV" in r["details"]["formats"], r


def test_a_drupal_module_without_a_file_of_its_own_keeps_no_schema_expected(tmp_path):
    _, r = _run(tmp_path, _drupal(), DATA)
    assert r["status"] == "not_applicable", r


def test_a_plain_library_handing_csv_rows_to_its_caller_keeps_no_schema_expected(tmp_path):
    _, r = _run(tmp_path, _library({"src/Lecteur.php": READER}), DATA)
    assert r["status"] == "not_applicable" and "processing the data it is given" in r["message"]["en"], r
