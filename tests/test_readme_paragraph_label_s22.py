"""A paragraph that opens on a title alone on its line, ending with a colon ("Installation :"), its steps on the next lines, is
that section, as "**Installation** : …" or a heading would be (issue 12, s22 d5 case 6, reader s22 a2: a region's Windows service,
"Installation : / Cliquer sur install.bat / cela copie les fichiers … et installe le service Windows."). A sentence that merely
ends with a colon over more text is no title."""

from __future__ import annotations

from auditor.facts.readme import analyse

HEAD = ("Projet Visual Studio écrit en C# pour .NET 8.\n\n# PowerSaver\nService Windows nommé PowerSaverService :\nCe service mesure "
        "le temps sans session ouverte et éteint le poste au bout d'une heure.\n\n")


def _sections(text: str) -> dict:
    return {d["name"]: d for d in analyse(text, "README.md")["section_details"]}


def test_a_label_line_over_its_steps_is_the_section():
    text = HEAD + "Installation : \nLancer setup.bat\ncela copie les fichiers dans C:\\PowerSaver\\ et enregistre le service.\n"
    found = _sections(text)
    assert found["install"]["line"] == 7 and found["install"]["text"] == "Installation"  # was missing


def test_a_sentence_ending_with_a_colon_is_no_title():
    text = HEAD + "Les fichiers du dépôt sont les suivants :\nsetup.bat et le dossier bin.\n"
    assert "install" not in _sections(text)
