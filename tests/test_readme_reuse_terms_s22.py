"""A chapter on reusing the code states its licence and the brand that may not be taken with it (issue 12, s22 d5 case 5, reader
s22 a3: a State operator's Next.js site, "## Réutilisations de ce code"): the licence named in a long sentence is the README's
licence, and the rebranding guide linked beside the brand is no configuration. A short settings sentence with its guide stays the
configuration; a licence named by a third-party part stays no licence of the project."""

from __future__ import annotations

from auditor.engine import AuditOptions, audit
from auditor.facts.readme import analyse

HEAD = ("# Le site du calculateur\n\nUn calculateur d'empreinte carbone individuelle, à partir d'un modèle publié à part.\n\n"
        "## Installation\n\n```\npnpm install && pnpm dev\n```\n\n")
REUSE = ("## Réutilisations de ce code\n\nAttention : même si la licence AGPL vous autorise à reprendre ce code comme vous le souhaitez, "
         "en indiquant bien que vous partez de notre travail, vous n'avez pas le droit de reprendre la marque Calculo ni son logo. "
         "[Lisez notre guide de personnalisation](https://wiki.example.org/personnaliser-calculo)\n")


def _details(text: str) -> dict:
    return {d["name"]: d for d in analyse(text, "README.md")["section_details"]}


def test_reuse_terms_give_the_licence_and_no_configuration(repo, tmp_path):
    found = _details(HEAD + REUSE)
    assert found["license"]["line"] == 13 and found["license"]["via"] == "sentence"  # was missing
    assert "configuration" not in found  # was claimed from the rebranding guide
    path = repo([{"files": {"README.md": HEAD + REUSE, "package.json": '{"name": "calculo", "license": "AGPL-3.0"}\n'}}])
    report = audit(str(path), AuditOptions(cache_dir=tmp_path / "c", only=["documentation.readme-sections"]))
    assert "license" in report["facts"]["readme"]["sections"] and "configuration" not in report["facts"]["readme"]["sections"]


def test_a_settings_guide_stays_the_configuration():
    text = HEAD + ("## Adapter le site\n\nPour changer les couleurs et les textes, "
                   "[lisez notre guide de personnalisation](https://wiki.example.org/personnaliser-calculo)\n")
    assert "configuration" in _details(text)


def test_a_long_sentence_without_a_licence_named_gives_nothing_and_a_bundled_part_no_licence():
    text = HEAD + ("## Réutilisations\n\nCe code a été repris par plusieurs collectivités qui l'ont adapté à leur territoire, en changeant "
                   "les textes, les couleurs et les données de référence, sans que nous ayons eu besoin de modifier quoi que ce soit de notre côté "
                   "pour la licence ni pour le reste.\n\nLe projet inclut la police Marianne, distribuée sous licence Etalab par son auteur.\n")
    assert "license" not in _details(text)
