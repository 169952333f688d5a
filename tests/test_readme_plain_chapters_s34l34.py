"""Session 34 (l34): README chapters of data apps.

A Streamlit dashboard's README written as plain lines led by pictographs ("🚀 Lancer l'application en local" over "conda env create
-f environment.yml" and "streamlit run 02_streamlit/app.py", "🌐 Déploiement (Streamlit Cloud)", "👥 Auteurs"), with no "#" heading,
gave the purpose only: its chapters were read as sentences. They are its headings; a list of features led by the same pictograph,
or pictograph-led lines in a README that has "#" headings, stay paragraphs.

An observatory's README saying its data sources are "recensées et documentées dans docs/SOURCES.md : rôle, licence, fréquence de
mise à jour…" gave a licence section: the word is a field recorded for each data source, in a list, not the project's licence;
"Licence : voir LICENSE" still gives it. The texts are written for these tests, in the shape of those READMEs."""

from __future__ import annotations

from auditor.facts.readme import analyse
from tests.test_local_authority_verdicts import judge

PLAIN = """📊 Observatoire de la délinquance — Webapp Streamlit

Ce projet propose une analyse exploratoire et interactive du taux de délinquance enregistrée en France.

🎯 Objectifs du projet

Comparer les régions entre elles sur plusieurs années.

📁 Données utilisées
🔹 Données de délinquance

Source : Ministère de l’Intérieur – SSMSI

🚀 Lancer l’application en local (recommandé)

L’environnement du projet est fourni via Conda.

1️⃣ Créer l’environnement
conda env create -f environment.yml

2️⃣ Activer l’environnement
conda activate datacom

3️⃣ Lancer l'application
streamlit run 02_streamlit/app.py

🌐 Déploiement (Streamlit Cloud)

Streamlit Cloud installe les dépendances via environment.yml à chaque mise à jour du dépôt.

👥 Auteurs

Constance Exemple
GitHub : https://github.com/exemple
"""
FEATURES = """Tableau de bord des indicateurs

Un tableau de bord Streamlit des indicateurs par commune.

✅ Installation facile

✅ Export CSV

✅ Cartes par commune
"""


def _sections(text: str, path: str = "README.md") -> dict:
    fact = analyse(text, path)
    return {d["name"]: d for d in fact["section_details"]}


def test_pictograph_led_lines_are_the_chapters_of_a_readme_without_headings():
    got = _sections(PLAIN)
    assert {"install", "deployment", "contact"} <= set(got), got
    assert got["install"]["via"] == "heading" and got["install"]["line"] == 14, got["install"]
    assert got["deployment"]["line"] == 27 and got["contact"]["line"] == 31, got


def test_a_feature_list_or_a_readme_with_headings_keeps_its_lines_as_paragraphs():
    assert "install" not in _sections(FEATURES), _sections(FEATURES)
    marked = "# Observatoire\n\n" + PLAIN.split("\n", 2)[2]
    got = _sections(marked)
    assert not any(d["via"] == "heading" and d["line"] in (14, 27, 31) for d in got.values()), got


def test_the_readme_of_a_conda_streamlit_app_gives_its_instructions(tmp_path):
    files = {"README.md": PLAIN, "environment.yml": "name: datacom\ndependencies:\n  - python=3.12\n  - streamlit\n",
             "02_streamlit/app.py": "import streamlit as st\n\nst.title('Délinquance')\n"}
    res = judge(tmp_path, files, ["reusability.install", "documentation.readme-sections"])[1]
    assert res["reusability.install"]["status"] != "fail" and res["reusability.install"]["details"]["instructions"] is True, res["reusability.install"]
    assert res["documentation.readme-sections"]["status"] != "fail", res["documentation.readme-sections"]["message"]


SOURCES = """# Observatoire de l'offre médico-sociale

Observatoire national de l'offre médico-sociale enfance, construit à partir de données publiques (FINESS).

## Sources de données

Recensées et documentées dans [`docs/08_SOURCES_DONNEES.md`](docs/08_SOURCES_DONNEES.md) : rôle,
licence, fréquence de mise à jour, niveau d'intégration et procédure d'acquisition automatisée
pour chacune.
"""


def test_a_licence_field_listed_for_the_data_sources_is_no_licence_section():
    files = ["README.md", "docs/08_SOURCES_DONNEES.md", "LICENSE"]
    assert "license" not in _sections(SOURCES), _sections(SOURCES)
    stated = SOURCES + "\n## Licence\n\nLicence : voir [LICENSE](LICENSE).\n"
    assert _sections(stated)["license"]["line"] == 11, _sections(stated)
    credits = SOURCES.split("## Sources")[0] + "## Crédits\n\nVoir [CREDITS.md](CREDITS.md) : auteurs, licence, remerciements.\n"
    assert "license" in analyse(credits, "README.md", files + ["CREDITS.md"])["sections"], credits
