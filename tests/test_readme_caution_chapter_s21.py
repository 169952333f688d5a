"""An installation heading over a single warning sentence holds no installation (issue 12, s21 k13, reader m2; shaped like a
CMS plugin's README whose last chapter, "## Installation du module", says only "Attention : … prévoir un plan de redirection"):
readme.sections had "install", and reusability.install said "written instructions: yes". The same heading over a warning and then
the steps keeps its installation."""

from __future__ import annotations

from auditor.facts.readme import analyse

HEAD = ("# Module de référencement\n\nCe module ajoute le plan du site et le fichier robots.txt au portail.\n\n"
        "## Configuration\n\n* La propriété *ref.categories* choisit les branches de navigation prises en compte.\n\n")


def _sections(text: str) -> set[str]:
    return set(analyse(text, "README.md")["sections"])


def test_an_installation_heading_over_one_warning_is_no_installation():
    text = HEAD + "## Installation du module\n\nAttention : les adresses des pages changent, prévoir un plan de redirection des URL\n"
    assert "install" not in _sections(text)  # was install
    assert "configuration" in _sections(text)


def test_a_warning_followed_by_steps_is_an_installation():
    text = HEAD + ("## Installation du module\n\nAttention : les adresses des pages changent, prévoir un plan de redirection des URL\n\n"
                   "1. Copier l'archive du module dans le dossier des modules\n2. Redémarrer le portail\n")
    assert "install" in _sections(text)
