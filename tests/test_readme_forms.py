"""README sections and descriptions read on real repositories of local authorities (session 5's first reads, still wrong), each on
a git fixture shaped like the real case: a title line "Utilisation:" above the command; numbered step headings ("## Etape 1 …") that
make the README a procedure; a descriptive H1 title with a thank-you line further down; a README pointing to its English version,
which points to the technical guide holding "## Local install"; section words in another sense ("Outil d'aide à la contribution SEO",
the SMS service "Contact Everyone", the contributors' pre-commit hooks)."""

from __future__ import annotations

from tests.gitrepo import Symlink
from tests.test_project_kind import run
from tests.test_reusability_fixtures import build, results

CHECKS = ["documentation.readme", "documentation.readme-sections", "reusability.install"]


def audit(tmp_path, files, only=CHECKS):
    report = run(build(tmp_path / "r", files), tmp_path / "c", only=only)
    return report, results(report)


def sections(res) -> tuple[set[str], set[str]]:
    r = res["documentation.readme-sections"]
    return set(r["details"]["found"]), set(r["details"]["missing"])


def test_a_title_line_above_the_command_is_the_usage_section(tmp_path):
    # shaped like a regional SDI's raster extraction script: "Utilisation:" then the php command in a fence, "Détails:" then steps
    readme = ("# Extract Raster\n\nLe script \"extract_raster.php\" permet d'extraire un ensemble de fichiers d'un dossier source vers un "
              "dossier destination à partir d'une liste au format TXT.\n\nUtilisation:\n\n```\nphp extract_raster.php index=D:\\\\index.txt "
              "src=O:\\\\data\\\\ ext=.jp2,.tab\n```\n\nDétails:\n\nPremière étape: produire un fichier \"index.txt\" dans QGIS.\n")
    _, res = audit(tmp_path, {"README.md": readme, "extract_raster.php": "<?php\nforeach ($argv as $a) { echo $a; }\n"})
    found, missing = sections(res)
    assert "usage" in found and "usage" not in missing, res["documentation.readme-sections"]["message"]
    ev = [e for e in res["documentation.readme-sections"]["evidence"] if (e.get("value") or {}).get("section") == "usage"]
    assert ev[0]["line"] == 5 and ev[0]["value"]["text"] == "Utilisation"


def test_numbered_step_headings_are_the_procedure_of_using_or_installing(tmp_path):
    # shaped like a JCMS migration plugin: the README is the migration procedure, "## Etape 1 - …", "## Etape 2 - …", sub-steps
    readme = ("# jPlatformMigrate\n\nCe module détaille les étapes à réaliser pour migrer un fichier store d'un site vers la nouvelle "
              "plateforme.\n\n## Etape 1 - Ajout d'un prefixe pour les portlets\n\nMettre dans le panier les éléments et appliquer la "
              "REGEX suivante.\n\n## Etape 2 - Migration type de contenu\n\n### Etape 2 - 1 / Conversion\n\nDans le BO : Espace "
              "d'administration -> Exploitation -> Convertir les contenus.\n")
    _, res = audit(tmp_path, {"README.md": readme, "plugins/MigratePlugin/jsp/convert.jsp": "<%@ page contentType=\"text/html\" %>\n"})
    found, _ = sections(res)
    assert "usage" in found and "install" not in found, res["documentation.readme-sections"]["message"]
    # the same headings whose chapters clone and install the project are its installation steps
    readme2 = ("# outil\n\nUn outil qui calcule les indicateurs de la collectivité à partir des données du cadastre.\n\n"
               "## Étape 1 : récupérer le code\n\n```\ngit clone https://example.org/outil.git\n```\n\n"
               "## Étape 2 : les paquets Python\n\n```\npip install -r requirements.txt\n```\n")
    _, res2 = audit(tmp_path / "b", {"README.md": readme2, "outil.py": "print('ok')\n", "requirements.txt": "requests==2.31.0\n"})
    found2, _ = sections(res2)
    assert "install" in found2, res2["documentation.readme-sections"]["message"]
    assert [e for e in res2["documentation.readme-sections"]["evidence"]
            if (e.get("value") or {}).get("section") == "install"][0]["value"]["text"] == "Étape 1 : récupérer le code"


def test_a_descriptive_title_is_the_description_and_thanks_are_not(tmp_path):
    # shaped like a regional GIS platform's GDAL recipes: the H1 says what it is, then chapters of commands, a thank-you line far down
    readme = ("# Bonnes pratiques pour la génération de COG (Cloud Optimized GeoTIFF) avec GDAL\n\n![Logo](./img/logo.png)\n\n"
              "## Pré-requis\n\nGDAL version >= 3.1\n\n## Raster 1 bande : MNT, MNE en format ASC par exemple\n\n"
              "```\ngdal_translate in.vrt out.tif -of COG -co COMPRESS=DEFLATE\n```\n\n## Cas particuliers\n\n"
              "Merci à @bchartier pour ces contributions ainsi que les commandes sous Windows.\n")
    report, res = audit(tmp_path, {"README.md": readme})
    desc = report["facts"]["readme"]["description"]
    assert desc["line"] == 1 and desc["first"] and desc["text"].startswith("Bonnes pratiques"), desc
    assert "not placed first" not in res["documentation.readme"]["message"]["en"]
    # a title that is a notice ("Ce code n'est plus d'actualité…") is no description, nor a title of badges
    notice = analyse_desc("# Ce code n'est plus d'actualité, la stack a été rapatriée ailleurs\n\n## Installation\n\nnpm install\n")
    assert notice is None or not notice["text"].startswith("Ce code"), notice


def analyse_desc(text: str):
    from auditor.facts.readme import analyse

    return analyse(text, "README.md")["description"]


GUIDE = ("# Technical Guide\n\n## Plugin architecture\n\nThe plugin owns its Redux state.\n\n## Local install\n\n```\nnpm install\n"
         "npm start\n```\n\n## Configuration notes\n\nSet the layers' rules in the plugin's configuration.\n")


def test_the_readme_chain_to_the_technical_guide_gives_the_installation(tmp_path):
    # shaped like a MapStore extension: README → EN-README.md → docs/technical_guides/index.en.md ("## Local install")
    files = {
        "README.md": ("# MapStore2 Plugin Editor\n\n**EN** : `panelEditor` is a MapStore plugin dedicated to attribute read and edit "
                      "workflows.\n\n## Documentation\n\n- English: [EN-README.md](EN-README.md)\n- Francais : [FR-README.md](FR-README.md)\n"),
        "EN-README.md": ("# ms2-panel-editor\n\n`panel_editor` is a MapStore plugin dedicated to attribute read and edit workflows.\n\n"
                         "## Technical guide\n\nRead it here: [docs/technical_guides/index.en.md](docs/technical_guides/index.en.md)\n"),
        "FR-README.md": "# ms2-panel-editor\n\n`panel_editor` est un plugin MapStore dédié à la lecture et à l'édition d'attributs.\n",
        "docs/technical_guides/index.en.md": GUIDE,
        "js/extension/plugins/Extension.jsx": "import React from 'react';\nexport default () => <div/>;\n",
        "package.json": '{"name": "panel-editor", "dependencies": {"react": "16.14.0"}}\n',
    }
    _, res = audit(tmp_path, files, only=["documentation.readme-sections"])
    found, missing = sections(res)
    assert "install" in found and "install" not in missing, res["documentation.readme-sections"]["message"]
    ev = [e for e in res["documentation.readme-sections"]["evidence"] if (e.get("value") or {}).get("via") == "link"]
    assert ev[0]["path"] == "docs/technical_guides/index.en.md" and ev[0]["line"] == 7, ev
    assert "EN-README.md → docs/technical_guides/index.en.md" in ev[0]["note"]["en"]


def test_the_readme_chain_stays_in_the_repository_and_off_symlinks_and_reports(tmp_path):
    files = {
        "README.md": ("# outil\n\nUn outil qui publie les délibérations du conseil municipal sur le site de la commune.\n\n"
                      "Voir [le guide](docs/guide.md), [l'autre](../outside/notes.md), [l'audit](docs/reports/audit-2026.md) "
                      "et [l'architecture](ARCHITECTURE.md).\n"),
        "docs/guide.md": Symlink("../../elsewhere/guide.md"),
        "docs/reports/audit-2026.md": "# Audit\n\n## Installation non sécurisée\n\nLe setup expose le port.\n",
        "ARCHITECTURE.md": "# Architecture\n\nVoir [la suite](docs/next.md).\n",
        "docs/next.md": GUIDE,
        "app.py": "print('ok')\n",
    }
    _, res = audit(tmp_path, files, only=["documentation.readme-sections"])
    found, _ = sections(res)
    assert "install" not in found and "deployment" not in found, res["documentation.readme-sections"]["message"]


def test_section_words_in_another_sense_give_no_section(tmp_path):
    # a CMS plugin's feature "Outil d'aide à la contribution SEO" (the editors' contribution), a batch job's SMS service
    # "Contact Everyone", and the contributors' pre-commit hooks
    readme = ("# jPlatformSEO\n\nCe module améliore les fonctionnalités SEO du portail de la collectivité et de ses sites.\n\n"
              "## Outil d'aide à la contribution SEO\n\nTableau de bord en back office des propriétés clés du module.\n\n"
              "## Services externes\n\n- Service d'envoi de SMS contact everyone d'orange : <https://contact-everyone.orange-business.com/>\n\n"
              "## Configuration de Pre-Commit\n\n1. **Installer pre-commit** :\n\n```bash\npip install pre-commit\n```\n\n"
              "2. **Installer les hooks** :\n\n```bash\npre-commit install\n```\n\nC'est tout ! Maintenant, à chaque commit, "
              "pre-commit vérifiera automatiquement votre code.\n")
    report, res = audit(tmp_path, {"README.md": readme, "plugins/SEOPlugin/jsp/sitemap.jsp": "<%@ page %>\n"})
    found, _ = sections(res)
    assert not found & {"contributing", "contact", "install", "configuration"}, res["documentation.readme-sections"]["message"]
    assert report["facts"]["readme"]["description"]["line"] == 3
    # the description of a README that gives none is not the hooks' chapter
    bare = analyse_desc("# IA.rbre\n\n## Configuration de Pre-Commit\n\n```bash\npip install pre-commit\n```\n\n"
                        "C'est tout ! Maintenant, à chaque commit, pre-commit vérifiera automatiquement votre code.\n")
    assert bare is None, bare
