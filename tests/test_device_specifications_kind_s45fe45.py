"""Issue 12, session 45 fixer fe45 (Makerspace-Amiens/2025-FirefighterArmband): the documentation site of a GPS armband for
firefighters (Markdown pages of a Jekyll site in docs/) says "Spécifications techniques du brassard" and "spécifications techniques
de l'écran principal": a device's technical specifications. The project fact made it a data specification for the word
"spécifications" alone. A device's technical specifications are no data specification; the specification of a format, an exchange
or data still is. Near misses: "spécifications techniques des données" and a plain "spécification du format" keep the kind.
Written for the test."""

from __future__ import annotations

from auditor.facts.kind_documents import kind_undecided, specifies_data
from tests.test_local_authority_verdicts import judge

SITE = {
    "README.md": "# Brassard GPS\n\nUn brassard qui guide les sapeurs-pompiers vers le point d'eau le plus proche.\n",
    "docs/index.md": "---\ntitle: Accueil\n---\n# Brassard GPS\n\nProjet d'étudiants avec le centre de secours.\n",
    "docs/technique/materiel.md": "# Le matériel\n\n## Spécifications techniques du brassard\n\n- Autonomie : 8 heures\n"
                                  "- Poids : 120 g\n\n## Écran\n\nVoici les spécifications techniques de l'écran principal : 1,3 pouce, OLED.\n",
    "docs/_config.yml": "title: Brassard GPS\ntheme: just-the-docs\n",
}


def _project(tmp_path, files):
    return judge(tmp_path, files, ["documentation.readme"])[0]["facts"]["project"]


def test_a_devices_technical_specifications_are_no_data_specification(tmp_path):
    project = _project(tmp_path, SITE)
    assert not specifies_data(project), project
    assert kind_undecided(project) == "documents-only" or project["kind"] != "data-specification", project


def test_near_miss_specifications_of_data_or_a_format_still_make_one(tmp_path):
    for text in ("## Spécifications techniques des données\n\nChaque relevé donne la position et l'heure.\n",
                 "## Spécification du format\n\nLe fichier liste les points d'eau, un par ligne.\n"):
        project = _project(tmp_path / str(len(text)), {**SITE, "docs/technique/materiel.md": "# Le matériel\n\n" + text})
        assert project["kind"] == "data-specification" and specifies_data(project), (text, project)
