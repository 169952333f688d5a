"""A sentence saying what must be installed on the machine is the installation of a one-file script ("Ce script fonctionne grâce
à PHP qui doit être disponible sur le poste de travail (utiliser Xampp par exemple)"), as a "Prérequis" chapter would be (issue 12,
s22 b2 case 2, reader s21 m2; shaped like a region's raster extraction script: a README of three sentences, "Utilisation:" and the
command). A runtime named without anything to install on the machine gives no installation."""

from __future__ import annotations

from auditor.facts.readme import analyse

BODY = ("Utilisation:\n\n```\nphp decoupe_dalles.php liste=C:\\\\chantier\\\\liste.txt src=E:\\\\ortho\\\\ ext=.jp2\n```\n\n"
        "Détails:\n\nPremière étape : produire la liste des dalles dans QGIS.\n")


def _details(text: str) -> dict:
    return {d["name"]: d for d in analyse(text, "README.md")["section_details"]}


def test_a_runtime_to_have_on_the_workstation_is_the_installation():
    text = ("# Découpe de dalles\n\nLe script \"decoupe_dalles.php\" copie les dalles d'une orthophoto listées dans un fichier texte.\n"
            "Il sert à préparer les livraisons aux partenaires.\nCe script fonctionne avec PHP, qui doit être disponible sur le poste "
            "de travail (utiliser WampServer par exemple, ou le php.exe fourni).\n\n" + BODY)
    found = _details(text)
    assert found["install"]["via"] == "sentence" and found["install"]["line"] == 5  # was missing
    assert found["install"]["text"].startswith("Ce script fonctionne avec PHP")


def test_an_english_prerequisite_sentence_is_the_installation():
    text = ("# tile-cutter\n\nCopies the orthophoto tiles listed in a text file.\n\nPython 3.10 or later must be installed on your computer.\n\n"
            "## Usage\n\n```\npython cut.py tiles.txt\n```\n")
    assert "install" in _details(text)


def test_a_runtime_named_without_a_machine_gives_no_installation():
    text = ("# Découpe de dalles\n\nLe script \"decoupe_dalles.php\" copie les dalles d'une orthophoto listées dans un fichier texte.\n"
            "Il est écrit en PHP et doit rester compatible avec PHP 5.\n\n" + BODY)
    assert "install" not in _details(text)


def test_data_available_for_the_users_gives_no_installation():
    text = ("# Découpe de dalles\n\nLe script copie les dalles d'une orthophoto listées dans un fichier texte. Les dalles produites "
            "doivent être disponibles pour les partenaires.\n\n" + BODY)
    assert "install" not in _details(text)
