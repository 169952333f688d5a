"""reusability.install (issue 12, session 44 fixer fb44 = readers rf43/vb43's nicolasaunai/ccpl-news): a static page listing the
news that a PHP script of the repository, "exécuté par une tâche planifiée (cron)", fetches and writes as JSON passed 10 "A static
site served as it is …; tooling: none needed", while nothing says which PHP the script needs nor the command the cron runs. A static
site fed by a scheduled script of its own is judged on that script's set-up too: warn, naming what is missing. Near misses: a plain
static site keeps "none needed"; a README giving the crontab line and the PHP version keeps the pass. The fixtures are written for
the test."""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

INSTALL = "reusability.install"
PAGE = ("<!doctype html>\n<html lang=\"fr\"><head><meta charset=\"utf-8\"><title>Actualités</title></head>\n<body><ul id=\"liste\"></ul>\n"
        "<script>\nfetch('data/actus.json').then(function (r) { return r.json(); }).then(function (items) {\n"
        "  items.forEach(function (a) { var li = document.createElement('li'); li.textContent = a.titre; "
        "document.getElementById('liste').appendChild(li); });\n});\n</script>\n</body></html>\n")
SCRIPT = ("<?php\nif (php_sapi_name() !== 'cli') {\n    http_response_code(403);\n    exit('Interdit');\n}\n\n"
          "function lire_flux(string $url): array\n{\n    $xml = simplexml_load_string(file_get_contents($url));\n"
          "    $out = [];\n    foreach ($xml->channel->item as $i) {\n        $out[] = ['titre' => (string) $i->title];\n    }\n"
          "    return $out;\n}\n\nfile_put_contents(__DIR__ . '/../data/actus.json', json_encode(lire_flux('https://mairie.example.fr/feed/')));\n")
README = """# Actualités des communes

Une page qui rassemble les actualités des sites des communes voisines.

## Fonctionnement

- **`cron/actus_cron.php`** — script PHP exécuté par une tâche planifiée (cron). Il lit les flux RSS et écrit `data/actus.json`.
- **`index.html`** — page statique qui charge `data/actus.json`.

## Déploiement

Déployé sur `https://mairie.example.fr/apps/actus/index.html`, hébergement mutualisé. Le cron s'exécute côté serveur.
"""
FILES = {"README.md": README, "index.html": PAGE, "cron/actus_cron.php": SCRIPT, "data/actus.json": "[]\n"}


def test_a_static_site_fed_by_an_unexplained_cron_script_is_warned(tmp_path):
    r = check_result(tmp_path, FILES, INSTALL)
    assert r["status"] == "warn", r["message"]  # was pass 10 "tooling: none needed"
    assert "cron/actus_cron.php" in r["message"]["en"] and "PHP version" in r["message"]["en"], r["message"]
    assert "none needed" not in r["message"]["en"]
    assert any(e["path"] == "cron/actus_cron.php" and e["kind"] == "missing" for e in r["evidence"])
    assert "crontab" in r["remediation"]["en"]


def test_near_miss_a_plain_static_site_needs_no_tooling(tmp_path):
    files = {"README.md": README.replace("- **`cron/actus_cron.php`** — script PHP exécuté par une tâche planifiée (cron). Il lit les flux RSS "
                                         "et écrit `data/actus.json`.\n", "").replace(" Le cron s'exécute côté serveur.", ""),
             "index.html": PAGE, "data/actus.json": "[]\n"}
    r = check_result(tmp_path, files, INSTALL)
    assert r["status"] == "pass" and "none needed" in r["message"]["en"], r["message"]


def test_near_miss_a_readme_giving_the_crontab_line_and_the_php_version_keeps_the_pass(tmp_path):
    readme = README + "\n## Installation\n\nPrérequis : PHP >= 8.0 avec curl et SimpleXML.\n\n```\n*/30 * * * * php /var/www/actus/cron/actus_cron.php\n```\n"
    r = check_result(tmp_path, {**FILES, "README.md": readme}, INSTALL)
    assert r["status"] == "pass" and "none needed" in r["message"]["en"], r["message"]
