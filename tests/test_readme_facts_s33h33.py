"""README facts of real READMEs (issue 12, session 33 fixer h33 = readers r11a, m26o3).

- SocialGouv/monitorer: '<h1 align="center">Monitorer</h1>' then '<h2 align="center">A highly customizable deploy-in-one-click
  application<br> to monitor your web services uptime and latency.</h2>': the tagline, the description (it was a deployment heading,
  for "deploy", and the README had no description).
- InseeFr/ipc-calcul: "L'IPC est l'instrument de mesure de l'inflation. …" defines the field's term; the paragraph after it, "Dans ce
  module on trouve les méthodes d'agrégation de l'IPC …", says what the repository holds: the description.
- DGFiP/Test-Compta-Demat: "Récupération des sources du programme" (clone) and "Récupération des distributions Windows" (the release's
  .exe) are the installation; and the CeCILL texts in src/testeur/, the folder holding the whole program, are the program's licence
  texts (seen nowhere before: license_files and folders empty).
- vivreanantes/animationtrinantesmetropole: 'Bien choisir "SDK Tools Only" (exemple : installer_r24.3.3-windows.exe)' (which download
  to pick), then list items that are setup steps ("- (une seule fois) Installer android et les plugins : ionic cordova …") and an error
  met on the way with its fix: no description (it was the purpose, and documentation.readme passed).
"""

from __future__ import annotations

from auditor.engine import AuditOptions, audit
from tests.gitrepo import make_repo
from tests.test_docs_folder_licence_k6_s17 import license_text
from tests.test_readme_facts_s32e32 import _readme, _section
from tests.test_scaling import ctx_for


def _result(tmp_path, check: str) -> dict:
    report = audit(str(tmp_path), AuditOptions(cache_dir=tmp_path.parent / f"cache-{tmp_path.name}", offline=True, only=[check]))
    return report["results"][0]


NODE_APP = {"package.json": '{"name": "monitorer", "scripts": {"start": "node index.js"}}\n', "index.js": "console.log(1);\n",
            "CONTRIBUTING.md": "# Contributing\n\nOpen a pull request.\n"}
MONITOR_TAIL = ("**⌚️ One-Click Deployment**: Deploy Monitorer on the most popular PaaS in seconds.\n\n"
                "**🍰 Painless Configuration**: A single YAML file to configure everything.\n\n---\n\n## Live Example\n\n"
                "Watch a live example of our monitor at: https://example-monitor.herokuapp.com.\n\n## Getting Started\n\n"
                "Please read [our documentation](https://example.org/docs).\n\n## One-Click Deployment\n\n### Heroku\n\n"
                "[![Deploy to Heroku](https://img.shields.io/badge/-Deploy%20to%20Heroku-7056bf)](https://heroku.com/deploy)\n\n"
                "## Contribute\n\nPlease check the [contributing documentation](CONTRIBUTING.md).\n")


def _monitor(tagline: str) -> str:
    return ("[![Build Status](https://img.shields.io/travis/com/x/y.svg)](https://travis-ci.com/x/y)\n\n---\n\n"
            f'<h1 align="center">Monitorer</h1>\n\n<h2 align="center">\n  {tagline}\n</h2>\n\n' + MONITOR_TAIL)


def test_a_sentence_set_in_a_heading_under_the_title_is_the_tagline(tmp_path):
    info = _readme(tmp_path, _monitor("A highly customizable deploy-in-one-click application<br>\n  to monitor your web services uptime and latency."), NODE_APP)
    assert info["description"] and info["description"]["line"] == 7 and info["description"]["first"], info["description"]
    assert _section(info, "purpose")["line"] == 7
    assert _section(info, "deployment")["text"] == "One-Click Deployment"  # (the chapter with the deploy button, not the tagline)
    r = _result(tmp_path, "documentation.readme")
    assert "no descriptive sentence" not in r["message"]["en"], r["message"]


def test_a_chapter_name_under_the_title_stays_a_heading(tmp_path):
    info = _readme(tmp_path, _monitor("Deploy it in one click on Heroku"), NODE_APP)  # (no sentence: a chapter's name)
    assert info["description"] is None and _section(info, "purpose") is None
    assert _section(info, "deployment")["line"] == 7


JAVA_MODULE = {"pom.xml": "<project><artifactId>ipc-calcul</artifactId></project>\n", "src/main/java/Agregation.java": "class Agregation {}\n"}
IPC_DEFINITION = ("L’IPC est l’instrument de mesure de l’inflation. Il permet d’estimer, entre deux périodes données, la variation du niveau "
                  "général des prix des biens et des services consommés par les ménages. [Lien vers la définition](https://www.insee.fr/ipc).\n\n")
IPC_TAIL = ("Ce code est utilisé à partir de septembre 2023.\n\n# Quick start\nIl s'agit d'un module java 11 avec maven.\n\n"
            "Pour récupérer le module\n```\ngit clone https://github.com/example/ipc-calcul.git\n```\n")


def test_what_the_module_holds_is_preferred_to_the_definition_of_the_field(tmp_path):
    text = ("# Module ipc-calcul\n" + IPC_DEFINITION + "Dans ce module on trouve les méthodes d'agrégation de l'IPC au niveau POSTE et "
            "supérieur de la Coicop (Classification des fonctions de consommation des ménages).\n\n" + IPC_TAIL)
    info = _readme(tmp_path, text, JAVA_MODULE)
    assert info["description"]["line"] == 4 and info["description"]["text"].startswith("Dans ce module on trouve"), info["description"]
    assert _section(info, "purpose")["line"] == 4


def test_the_definition_stays_when_nothing_after_it_says_what_the_repository_holds(tmp_path):
    text = "# Module ipc-calcul\n" + IPC_DEFINITION + "Les indices sont publiés chaque mois par l'Insee sur son site internet.\n\n" + IPC_TAIL
    assert _readme(tmp_path, text, JAVA_MODULE)["description"]["line"] == 2


def test_an_opening_that_names_the_project_stays_the_description(tmp_path):
    text = ("# ipc-calcul\nipc-calcul est la bibliothèque de calcul de l'indice des prix à la consommation de l'Insee, du poste "
            "jusqu'à l'ensemble.\n\nCe module contient aussi les tests de non-régression des agrégats.\n\n" + IPC_TAIL)
    assert _readme(tmp_path, text, JAVA_MODULE)["description"]["line"] == 2


PROGRAM = {"src/testeur/init.pl": "print 1;\n", "src/testeur/trt_xml.pl": "print 2;\n", "src/testeur/init.sh": "#!/bin/sh\nperl init.pl\n",
           "src/testeur/SQL/ECRITURE.sql": "CREATE TABLE ecriture (id int);\n", "src/rapports/.gitignore": "*\n",
           "doc/Notice.pdf": "%PDF-1.4\n"}
CECILL = license_text("CECILL-2.1")
FEC_README = ("Test-Compta-Demat\n=================\n\nCe logiciel permet de contrôler le respect des normes des fichiers d'écritures "
              "comptables (FEC) conformément aux dispositions du livre des procédures fiscales.\n\nCe logiciel est régi par la licence "
              "CeCILL V2.1 soumise au droit français.\n\n{first}\n=====================================\nPour les visualiser se rendre "
              "dans le dossier src/.\nPour cela, cloner le dépôt git (cf doc de git).\n\n{second}\n=====================================\n"
              "Le programme est disponible sous la forme d'une distribution exécutable livrée dans une archive autoextractive.\n\n"
              "Version windows 32 bits\n-----------------------\nCliquer sur release pour voir les exécutables windows puis cliquer "
              "sur le bouton vert qui correspond à la version windows (x86.exe) pour le télécharger.\n")


def test_getting_the_sources_or_the_release_executables_is_the_installation(tmp_path):
    info = _readme(tmp_path, FEC_README.format(first="Récupération des sources du programme", second="Récupération des distributions Windows"), PROGRAM)
    assert _section(info, "install") == {"name": "install", "via": "heading", "line": 8, "text": "Récupération des sources du programme"}


def test_getting_data_is_no_installation(tmp_path):
    info = _readme(tmp_path, FEC_README.format(first="Récupération des données", second="Téléchargement des données"), PROGRAM)
    assert _section(info, "install") is None


def _licence(tmp_path, files: dict) -> dict:
    make_repo(tmp_path, [{"files": {"README.md": FEC_README.format(first="Sources", second="Distributions"), **files}, "date": "2024-03-04T10:00:00Z"}])
    return ctx_for(tmp_path).fact("license")


def test_the_licence_texts_of_the_folder_holding_the_whole_program_are_read(tmp_path):
    lic = _licence(tmp_path, {**PROGRAM, "src/testeur/Licence_CeCILL_V2.1-fr.txt": CECILL, "src/testeur/Licence_CeCILL_V2.1-en.txt": CECILL})
    assert lic["folders"] == {"src/testeur": "CECILL-2.1"}, lic["folders"]
    assert {f["path"] for f in lic["license_files"]} == {"src/testeur/Licence_CeCILL_V2.1-fr.txt", "src/testeur/Licence_CeCILL_V2.1-en.txt"}
    r = _result(tmp_path, "licensing.license-file")
    assert r["status"] == "fail" and "src/testeur/Licence_CeCILL_V2.1-en.txt" in r["message"]["en"], r["message"]


def test_a_vendored_library_s_licence_stays_a_third_party_s(tmp_path):
    lic = _licence(tmp_path, {"src/vendor/lib/mailer.php": "<?php\n", "src/vendor/lib/LICENSE": CECILL,  # (a copy: its licence)
                              "README.txt": "notes\n"})
    assert lic["folders"] == {} and lic["license_files"] == []
    lic = _licence(tmp_path.parent / "b", {**PROGRAM, "scripts/run.sh": "#!/bin/sh\n", "src/testeur/Licence_CeCILL_V2.1-fr.txt": CECILL})
    assert lic["folders"] == {}  # (the program's code outside src/testeur too: that folder is one part of it)


IONIC_APP = {"package.json": '{"name": "animation-tri", "dependencies": {"@ionic/angular": "5.0.0"}}\n', "config.xml": "<widget id=\"fr.tri\"/>\n",
             "src/app/app.component.ts": "export class AppComponent {}\n"}
SDK_STEPS = ("Voir page wiki sur github\n\n  Bien choisir \"SDK Tools Only\" (exemple : installer_r24.3.3-windows.exe )\n"
             "  http://developer.android.com/sdk/index.html#download\n\n\nC:\\dev\\android-sdk\n\n"
             "- (une seule fois) Installer android et les plugins : ionic cordova platform add android\n\n"
             "- (une seule fois) Accepter la licence android SDK :\n  - message d'erreur : \"You have not accepted the license agreements of the "
             "following SDK components\"\n  - résolution : \n      lancer l'invite de commande windows \n      cd C:\\dev\\android-sdk\\tools\\bin\n"
             "      sdkmanager --licenses\n\n- Générer l’APK :\n  SET ANDROID_HOME=C:\\dev\\android-sdk\n  ionic cordova build —prod —release android\n")


def test_setup_tips_and_steps_are_no_description(tmp_path):
    info = _readme(tmp_path, SDK_STEPS, IONIC_APP)
    assert info["description"] is None and _section(info, "purpose") is None, info["description"]
    r = _result(tmp_path, "documentation.readme")
    assert r["status"] == "warn" and "no descriptive sentence" in r["message"]["en"], r["message"]


def test_a_description_above_the_steps_stays_and_feature_items_stay_features(tmp_path):
    text = SDK_STEPS.replace("Voir page wiki sur github", "Application mobile qui recense les animations du tri proposées à Nantes Métropole.")
    assert _readme(tmp_path, text, IONIC_APP)["description"]["line"] == 1
    text = ("# Tri\n\n## Objectif\nLes objectifs poursuivis sont de :\n- construire un référentiel partagé des animations du tri de la métropole "
            "(les écoles, les associations)\n- définir le cycle de vie du référentiel\n")
    info = _readme(tmp_path.parent / "b", text, IONIC_APP)
    assert info["description"] and info["description"]["line"] == 4, info["description"]
