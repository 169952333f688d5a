"""documentation.language: a second README at the root in French is the README in French (issue 12, s45 fg45 = abotzung/foguefi):
readme.md is English, readme.txt a long French document (installation procedure, features) beside it; "README in English only:
local governments' staff expect French" read readme.md alone. Near miss: an English readme.txt beside it leaves the warning."""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

CID = "documentation.language"
EN = ("# Boot image kit\n\nThis project builds a signed boot image for network installations and adds a boot menu to the imaging "
      "server. It is written for system administrators who deploy workstations across many sites.\n\n## Installation\n\nRun the "
      "installer on the imaging server, then rebuild the boot image with the builder script and copy it to the TFTP folder.\n\n"
      "## Usage\n\nChoose the entry in the boot menu; the workstation then downloads its image and installs it without any help.\n")
FR = ("Kit d'image de démarrage\n\nCe projet construit une image de démarrage signée pour les installations par le réseau et ajoute "
      "un menu de démarrage au serveur de déploiement. Il est écrit pour les administrateurs qui déploient les postes de travail "
      "de nombreux sites.\n\nProcédure d'installation\n\nLancez l'installateur sur le serveur de déploiement, puis reconstruisez "
      "l'image de démarrage avec le script prévu et copiez-la dans le dossier TFTP. Choisissez ensuite l'entrée du menu : le poste "
      "télécharge son image et l'installe sans aucune aide de votre part.\n")


def test_a_french_readme_txt_beside_an_english_readme_md(tmp_path):
    r = check_result(tmp_path, {"readme.md": EN, "readme.txt": FR, "install.sh": "#!/bin/sh\necho ok\n"}, CID)
    assert r["status"] == "pass" and "readme.txt" in r["message"]["en"], r["message"]


def test_near_miss_an_english_readme_txt(tmp_path):
    r = check_result(tmp_path, {"readme.md": EN, "readme.txt": EN.replace("# ", ""), "install.sh": "#!/bin/sh\necho ok\n"}, CID)
    assert r["status"] == "warn", r["message"]
