"""A "usage" chapter that runs the program (an indented command line) stays usage even when its only sentence names the settings
file (issue 12, s21 k13, reader m2; shaped like a Perl batch's README: "#### usage :" over a tab-indented `./traite.pl DOSSIER`
and "DOSSIER doit contenir le fichier reglages.properties"): it was renamed configuration and usage reported missing. A "## Usage"
chapter of settings steps only is still the configuration."""

from __future__ import annotations

from auditor.facts.readme import analyse

HEAD = "# traitement-csv\n\nScripts de préparation des fichiers CSV reçus des établissements avant leur import.\n\n"


def _sections(text: str) -> set[str]:
    return set(analyse(text, "README.md")["sections"])


def test_a_usage_chapter_running_the_program_stays_usage():
    text = HEAD + ("#### usage :\n\n\t./traite.pl DOSSIER\n\toù DOSSIER est le dossier de travail.\n\n"
                   "DOSSIER doit contenir le fichier *reglages.properties* de paramétrage du script.\n\n"
                   "#### Paramètres dans *reglages.properties*\n\n- journal: fichier de journal.\n\n- serveur: adresse du serveur sftp.\n")
    assert "usage" in _sections(text)  # was renamed configuration


def test_a_usage_chapter_of_settings_steps_only_is_the_configuration():
    text = HEAD + ("## Usage\n\nCopier le fichier `config.example.js` en `config.js` et y renseigner la clé d'API et l'URL du flux WFS.\n\n"
                   "Modifier le dossier de travail dans `config.js`.\n\n    cp config.example.js config.js\n")
    secs = _sections(text)
    assert "configuration" in secs and "usage" not in secs, secs
