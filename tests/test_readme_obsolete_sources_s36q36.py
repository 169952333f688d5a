"""Session 36 (q36), README facts found wrong by reader r18c: an obsolescence notice read as the description.

CEREMA/dtermed.MobiTC's README, once its sources were deleted, says only "Les sources MobiTC qui étaient diffusées ici sont aujourd'hui
obsolètes. Une nouvelle version (au format exe) est disponible via : …" under the logo and "# MOBITC": a notice and a pointer to the new
download, nothing of what MobiTC does. It was the description and the purpose: the notice's subjects were "le projet, ce dépôt, ce
code…" only. The sources, the source code, a version of it are the same subject ("Ces sources ne sont plus maintenues", "This version
is deprecated"). Near miss: a description speaking of its data sources ("Les sources de données utilisées sont …") stays the
description. The texts are written for these tests, in the shape of that README.
"""

from __future__ import annotations

import pytest

from auditor.facts.readme import analyse
from auditor.facts.readme_forms import notice_line
from auditor.facts.document import norm

MOBI = """![](https://github.com/exemple/outil/blob/master/www/logo.png)

# OUTILTC

Les sources OUTILTC qui étaient diffusées ici sont aujourd'hui obsolètes.
Une nouvelle version (au format exe) est disponible via : https://www.exemple.fr/outiltc-logiciel
Venez vous-y inscrire et partager votre expérience de l'utilisation de cet outil
"""


def test_an_obsolescence_notice_of_the_sources_is_no_description():
    info = analyse(MOBI, "Readme.md")
    assert info["description"] is None, info["description"]
    assert "purpose" not in info["sections"], info["section_details"]


@pytest.mark.parametrize("sentence", [
    "Les sources OUTILTC qui étaient diffusées ici sont aujourd'hui obsolètes.",
    "Ces sources ne sont plus maintenues, voir la nouvelle forge.",
    "Ce code source est désormais archivé.",
    "Cette version est obsolète : utilisez la version 3.",
    "Ce dépôt n'est plus maintenu.",
    "This repository is deprecated.",
    "This code is no longer maintained.",
    "This project is archived.",
    "The source code has moved to https://forge.exemple.fr/outil.",
])
def test_notices_of_the_sources_and_versions(sentence):
    assert notice_line(norm(sentence)), sentence


@pytest.mark.parametrize("sentence", [
    "Les sources de données utilisées sont remplacées chaque mois par l'export de la base permanente des équipements.",
    "Les sources de données utilisées sont la BD TOPO et le cadastre.",
    "Cette version remplace l'ancienne application de suivi du trait de côte.",
    "Les sources du calcul sont décrites dans la documentation.",
])
def test_other_sentences_are_no_notice(sentence):
    assert not notice_line(norm(sentence)), sentence


def test_a_description_of_data_sources_stays_the_description():
    text = ("# OUTILTC\n\nLes sources de données utilisées sont les traits de côte historiques, dont l'outil calcule l'évolution "
            "pour chaque commune littorale.\n")
    info = analyse(text, "README.md")
    assert info["description"] is not None and info["description"]["line"] == 3, info["description"]


def test_the_notice_tells_the_repository_is_finished():
    # the same line is the README's notice for maintenance.not-archived (readme_status): the sources are finished, not moved
    from auditor.facts.readme_status import find_notice
    found = find_notice(MOBI)
    assert found is not None and found["line"] == 5 and found["state"] == "finished", found
