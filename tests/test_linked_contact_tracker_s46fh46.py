"""The issue tracker a linked contributing guide offers for questions is the README's contact.

Real case (issue 12, s46 fh46 = IGNF/cartes.gouv.fr-documentation): the README's "Prise en main" links CONTRIBUTING.md, whose
"## Contributions autres que du code" says to put any proposal, question or bug report "dans une [nouvelle issue](…/issues/new/choose)".
readme.sections.contact was false: a linked guide's contact sentence counted only with an e-mail address, and the verb "formuler"
(to put a request in words) was not read as posting to the tracker.
"""

from __future__ import annotations

from tests.test_reusability_fixtures import build, results, run_audit

README = ("# Site d'aide\n\nCe dépôt construit le site d'aide statique d'un service cartographique.\n\n## Prise en main\n\n"
          "- [Guide de contribution](CONTRIBUTING.md)\n- [Documentation rédacteur](docs/redaction.md)\n")
ASK = ("N'hésitez pas à formuler toute proposition de page, question, signalement d'anomalie ou demande d'évolution dans une "
       "[nouvelle issue](https://github.com/exemple-org/site-aide/issues/new/choose).\n")
CONTRIBUTING = ("# Contribuer\n\nToute contribution est bienvenue.\n\n## Contributions autres que du code\n\n" + ASK +
                "\n## Modifier le code\n\nFaites vos modifications dans un fork et proposez une pull request.\n")
TREE = {"README.md": README, "CONTRIBUTING.md": CONTRIBUTING, "docs/redaction.md": "# Rédaction\n\nLes pages sont dans content/.\n",
        "content/index.md": "# Accueil\n", "package.json": "{\"name\": \"site-aide\", \"private\": true}\n"}


def _found(tmp_path, tree: dict) -> list[str]:
    report = run_audit(build(tmp_path / "r", tree), tmp_path / "c", ["documentation.readme-sections"])
    return results(report)["documentation.readme-sections"]["details"]["found"]


def _sources(tmp_path, tree: dict) -> dict:
    report = run_audit(build(tmp_path / "r", tree), tmp_path / "c", ["documentation.readme-sections"])
    return report["facts"]["readme"]


def test_the_tracker_a_linked_contributing_guide_offers_for_questions_is_the_contact(tmp_path):
    readme = _sources(tmp_path, TREE)
    assert "contact" in readme["sections"] and readme["section_sources"]["contact"] == "CONTRIBUTING.md"


def test_near_miss_a_bug_report_alone_is_no_contact(tmp_path):
    tree = {**TREE, "CONTRIBUTING.md": CONTRIBUTING.replace(ASK, "Si vous trouvez un bug, ouvrez une "
                                                                 "[issue](https://github.com/exemple-org/site-aide/issues/new).\n")}
    assert "contact" not in _found(tmp_path, tree)


def test_near_miss_the_same_sentence_in_a_linked_guide_counts_by_headings_only(tmp_path):
    tree = {**TREE, "CONTRIBUTING.md": "# Contribuer\n\nProposez une pull request.\n",
            "docs/redaction.md": "# Rédaction\n\nLes pages sont dans content/.\n\n## Écrire une page\n\n" + ASK}
    assert "contact" not in _found(tmp_path, tree)
