"""Session 35 (b35): README sections and documentation, backlog of session 34's readers.

- ConstanceKEITA/Projet_Data_Management: the last chapter of a Streamlit dashboard's README, "📜 Licence et usage" (the data's
  licences and "fourni à des fins pédagogiques"), was its usage section: a licence chapter whose heading joins the use to the licence
  ("Licence et usage", "License and usage") gives the terms of use, not how to use the software. "Usage & licence" (the use first)
  still names the use.
The texts are written for these tests, in the shape of those READMEs.
"""

from __future__ import annotations

from auditor.facts.readme import analyse

PLAIN = """📊 Observatoire — Webapp Streamlit

Ce projet propose une analyse exploratoire et interactive d'indicateurs publics par commune.

🎯 Objectifs du projet

Comparer les régions entre elles sur plusieurs années.

🚀 Lancer l’application en local (recommandé)

1️⃣ Créer l’environnement
conda env create -f environment.yml

2️⃣ Lancer l'application
streamlit run app/app.py

👥 Auteurs

Une Autrice
GitHub : https://github.com/exemple

📜 {heading}

{body}
"""
TERMS = ("Les données utilisées sont publiques et soumises aux licences des plateformes sources (data.gouv.fr, INSEE).\n\n"
         "Le code de ce projet est fourni à des fins pédagogiques et analytiques.")


def _sections(text: str) -> dict:
    return {d["name"]: d for d in analyse(text, "README.md")["section_details"]}


def test_a_licence_and_use_chapter_gives_terms_not_a_usage():
    got = _sections(PLAIN.format(heading="Licence et usage", body=TERMS))
    assert "usage" not in got, got["usage"]
    got = _sections(PLAIN.format(heading="License and usage", body=TERMS))
    assert "usage" not in got, got["usage"]


def test_a_use_and_licence_chapter_still_names_the_use():
    body = "Ouvrez l'application, choisissez une région puis une année dans le menu de gauche.\n\nLicence MIT, voir LICENSE."
    got = _sections(PLAIN.format(heading="Usage & licence", body=body))
    assert got["usage"]["text"] == "📜 Usage & licence", got
