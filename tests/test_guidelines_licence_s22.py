"""documentation.readme-sections (issue 12, session 22 b4; s21 reader r4, left open by k10): in a governance charter adapted from
another project's (REIMSMetropole/exemple_gouvernance_eng, from iTowns'), the "Values" item "Operating as free software under the MIT
or CeCILL-B license, … source code at github.com/<the other project>" was read as this repository's licence section. In a README that
is a document of rules (a governance charter, coding guidelines), a sentence naming a licence is one of its rules or the governed
project's licence; it states the document's own licence only when it says so of the document ("Ce document est publié sous
licence…"). A licence chapter, and a software README's licence sentence, count as before."""

from __future__ import annotations

from tests.test_state_facts_s21 import facts

CHARTER = ("Proposition de charte de gouvernance (2025)\n\n## Préambule\n\n"
           "Ce document formalise les valeurs, la structure de la communauté et la gouvernance du commun numérique.\n\n"
           "## Valeurs\n\n"
           "- Le commun est développé collectivement par une communauté de contributeurs, publics et privés.\n"
           "- Distribué comme logiciel libre sous la licence MIT ou EUPL-1.2, il permet la réutilisation sans restriction, "
           "avec le code source accessible sur [https://forge.example.org/commun/outil](https://forge.example.org/commun/outil)\n"
           "- Les évolutions sont discutées publiquement avant leur mise en œuvre.\n\n"
           "## Rôles\n\n- Un contributeur participe aux améliorations du commun.\n- Un financeur soutient son développement.\n")


def sections(tmp_path, readme: str, name: str) -> tuple[list, bool]:
    f, _ = facts(tmp_path, {"README.md": readme, "membres.md": "# Membres du comité\n\n- Ville exemple\n"}, name,
                 only=("documentation.readme-sections",))
    return f["readme"]["sections"], f["readme"]["guidelines"]


def test_a_charters_licence_rule_is_no_licence_section(tmp_path):
    found, guidelines = sections(tmp_path, CHARTER, "charter")
    assert guidelines and "license" not in found, found


def test_a_charters_own_licence_sentence_or_chapter_counts(tmp_path):
    own = CHARTER + "\nLe contenu de ce dépôt est publié sous licence CC-BY-SA 4.0.\n"
    found, _ = sections(tmp_path, own, "own")
    assert "license" in found, found
    chapter = CHARTER + "\n## Licence\n\nPublié sous licence Etalab-2.0.\n"
    found, _ = sections(tmp_path, chapter, "chapter")
    assert "license" in found, found


def test_a_software_readmes_licence_sentence_counts_as_before(tmp_path):
    readme = ("# Outil de cartographie\n\nOutil de cartographie des équipements publics de la commune.\n\n"
              "## Installation\n\n```\nnpm install\n```\n\n"
              "Distribué comme logiciel libre sous la licence MIT ou EUPL-1.2, il permet la réutilisation sans restriction.\n")
    found, guidelines = sections(tmp_path, readme, "software")
    assert not guidelines and "license" in found, found
