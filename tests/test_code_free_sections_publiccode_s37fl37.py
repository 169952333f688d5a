"""Session 37 (fl37 = reader mb37), issue 12: a repository holding no code at all (a README describing a local standard for network
data, a logo) is asked no installation, configuration or deployment chapter, and its suggested publiccode.yml names no web platform.

sigagglocompiegne/reseau_urba, the documentation of a GIS service's approach to network data models (a common trunk model, national
standards used as exchange formats): reusability.install and reusability.configuration ruled "No code in the repository
(documentation only): nothing to install / configure", while documentation.readme-sections asked "## Installation, ## Configuration,
## Déploiement", and `auditor publiccode suggest` gave platforms ["web"], softwareType "standalone/web" (the fallback when no
language is detected). Near misses: a README over a small Python tool keeps the three chapters asked; a PHP web application stays
"web" / "standalone/web". Files written for these tests, in the shape of that repository."""

from __future__ import annotations

from auditor.publiccode import validate
from tests.gitrepo import make_repo
from tests.test_cli import run
from tests.test_reusability_fixtures import results, run_audit

CID = "documentation.readme-sections"
README = ("# Réseaux : schéma des standards locaux\n\n"
          "![logo](img/logo.png)\n\n"
          "- [x] Tronc commun\n- [ ] Eau potable (en cours de rédaction)\n\n"
          "## Contexte\n\n"
          "Ce document présente la démarche du service SIG pour modéliser les données des réseaux de l'agglomération : un modèle "
          "commun à tous les réseaux, complété par un modèle propre à chaque réseau, et les standards nationaux du COVADIS (RAEPA) "
          "utilisés comme formats d'échange avec les concessionnaires et les bureaux d'études.\n\n"
          "## Schéma des standards locaux des réseaux\n\n"
          "Le tronc commun décrit les objets partagés par tous les réseaux : les canalisations, les ouvrages et les appareils, leur "
          "matériau, leur diamètre, leur date de pose et la qualité de leur géolocalisation.\n")
FILES = {"README.md": README, "img/logo.png": b"\x89PNG\r\n\x1a\n" + bytes(64)}


def _repo(tmp_path, files):
    return make_repo(tmp_path / "r", [{"files": files, "date": "2020-06-02T10:00:00Z", "message": "rédaction"},
                                      {"files": {"README.md": files["README.md"] + "\nMise à jour.\n"}, "date": "2020-09-15T10:00:00Z",
                                       "message": "mise à jour"}])


def _sections(tmp_path, files):
    return results(run_audit(_repo(tmp_path, files), tmp_path / "c", [CID, "reusability.install"]))


def test_a_code_free_readme_is_asked_no_install_configuration_or_deployment(tmp_path):
    res = _sections(tmp_path, FILES)
    assert res["reusability.install"]["status"] == "not_applicable", res["reusability.install"]["message"]
    r = res[CID]
    for name in ("install", "configuration", "deployment"):
        assert name not in r["details"]["missing"], r["details"]  # were missing: installation, configuration, déploiement
    assert "Installation" not in r["remediation"]["en"] and "Configuration" not in r["remediation"]["en"], r["remediation"]
    assert "Déploiement" not in r["remediation"]["fr"], r["remediation"]
    assert "usage" in r["details"]["missing"] and "contact" in r["details"]["missing"], r["details"]


def test_a_small_python_tool_is_still_asked_its_installation(tmp_path):
    files = {"README.md": README, "tools/convert.py": "import sys\n\nfor line in sys.stdin:\n    print(line.strip().upper())\n"}
    r = _sections(tmp_path, files)[CID]
    assert "install" in r["details"]["missing"], r["details"]


def _suggest(tmp_path, files):
    out = run("publiccode", "suggest", str(_repo(tmp_path, files)), "--cache-dir", str(tmp_path / "cache"))
    assert out.returncode == 0, out.stderr
    assert validate(out.stdout).valid, out.stdout
    return out.stdout


def test_a_code_free_repository_is_suggested_no_web_platform(tmp_path):
    text = _suggest(tmp_path, FILES)
    assert '"web"' not in text and 'softwareType: "standalone/other"' in text, text  # was platforms ["web"], "standalone/web"
    assert "aucun code dans le dépôt" in text, text


def test_a_php_web_application_is_still_web(tmp_path):
    files = {"README.md": README, "index.php": "<?php session_start(); ?>\n<h1>Réseaux</h1>\n",
             "liste.php": "<?php $pdo = new PDO('pgsql:host=localhost'); ?>\n<table></table>\n"}
    text = _suggest(tmp_path, files)
    assert 'platforms:\n  - "web"' in text and 'softwareType: "standalone/web"' in text, text
