"""reusability.install (issue 12, s31 n31 = reader s31 m23o2, PatPercot/cd56-connecteur-asalae): a Département's command-line
connector documents its installation in Documentation/Utilisation.txt, a plain-text guide whose chapters are titled after a rule
("----------------- 2) Installation du connecteur": download the executables' ZIP, unzip, ready to use), and the check said
"written instructions: no" — plain-text documents were never read, and such a title was no heading.

A .txt document of a documentation folder is read as prose, a title led by a rule of dashes is a chapter title; a plain-text
document without an install chapter gives no instructions."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

POM = ("<project><modelVersion>4.0.0</modelVersion><groupId>fr.morbihan</groupId><artifactId>connecteur-asalae</artifactId>"
       "<version>1.0</version><packaging>jar</packaging></project>\n")
GUIDE = ("\t\t\tUtilisation du connecteur As@laé\n\n\t\t\t\t\tConseil départemental\n\n---------------------------------------------\n"
         "1) Rôle du connecteur\n2) Installation du connecteur\n3) Paramétrage du connecteur\n---------------------------------------------\n\n\n"
         "---------------------------------------------\n----------------- 1) Rôle du connecteur\n\n"
         "Le connecteur sert à transférer des archives dans le système d'archivage électronique.\n\n"
         "---------------------------------------------\n----------------- 2) Installation du connecteur\n\n\n"
         "Sur l'interface Web de Git, récupérer le ZIP du projet des exécutables du connecteur.\n\n"
         "Se placer dans le répertoire à partir duquel on souhaite exécuter le connecteur.\nDézipper le fichier ZIP.\n\n"
         "Le logiciel est prêt à être utilisé.\n\n---------------------------------------------\n----------------- 3) Paramétrage du connecteur\n\n"
         "Le paramétrage du connecteur est fait dans le fichier param.config, copié depuis param.config.sample.\n")


def _connector(guide: str) -> dict:
    return {"README.md": "# Connecteur As@laé\n\nTransfère des archives SEDA dans le système d'archivage As@laé.\n",
            "pom.xml": POM, "Documentation/Utilisation.txt": guide,
            "src/main/java/fr/morbihan/asalae/Connecteur.java":
                "package fr.morbihan.asalae;\n\npublic class Connecteur {\n    public static void main(String[] args) {\n        System.out.println(args.length);\n    }\n}\n"}


def test_the_plain_text_install_chapter_is_written_instructions(tmp_path):
    report, res = judge(tmp_path, _connector(GUIDE), ["reusability.install"])
    assert "Documentation/Utilisation.txt" in report["facts"]["docs"]["deployment"], report["facts"]["docs"]["deployment"]
    assert res["reusability.install"]["details"]["instructions"] is True, res["reusability.install"]["message"]  # was "no"


def test_a_plain_text_guide_without_an_install_chapter_gives_none(tmp_path):
    guide = GUIDE.replace("2) Installation du connecteur", "2) Historique du connecteur")
    report, res = judge(tmp_path, _connector(guide), ["reusability.install"])
    assert "Documentation/Utilisation.txt" not in report["facts"]["docs"]["deployment"]
    assert res["reusability.install"]["details"]["instructions"] is False, res["reusability.install"]["message"]
