"""readme signals (issue 12, s46 fn46 = reader rh46, OPEN-ENT-NG/collaborative-editor): README.md's configuration chapter says
"etherpad-url : *http://host.domaine.fr* est à remplacer par l'url de l'hébergeur du Pad"; documentation.readme-sections took that
address as the project's demo. A host whose registered name is the word "domain" itself (domaine.fr, domain.com) is the form of an
address to fill in, no running service. Near miss: a real demo address on a name that only contains the word (an own domain) stays a
demo. The files are written for these tests, in the shape of that repository."""

from __future__ import annotations

from auditor.facts.document import parse_document
from auditor.facts.readme_signals import find_signals


def _demo(text: str):
    return find_signals(parse_document(text, "markdown"))["demo"]


CONF = ("# Éditeur partagé\n\nModule d'édition collaborative de documents pour l'espace numérique de travail.\n\n## Configuration\n\n"
        "Renseigner l'adresse du service d'édition et sa clef :\n\n"
        " - \"editor-url\" : *{url}* est à remplacer par l'url de l'hébergeur du service d'édition\n\n"
        " - \"editor-key\" : *clef* est à remplacer par la clef fournie par l'hébergeur\n")


def test_a_domaine_placeholder_is_no_demo():
    assert _demo(CONF.format(url="http://host.domaine.fr")) is None
    assert _demo("# Tool\n\nTry the live demo at https://app.domain.com/ to see it running.\n") is None
    assert _demo(CONF.format(url="https://domaine1.fr")) is None  # (numbered: domaine1.fr, domaine2.fr)


def test_a_real_demo_address_stays_a_demo():
    d = _demo("# Tool\n\nTry the live demo at https://demo.mes-domaines.fr/ to see it running.\n")
    assert d and d["url"].startswith("https://demo.mes-domaines.fr")


def test_a_domaine_host_named_in_a_sentence_is_no_demo():
    # (the domain named without a link, in a paragraph that speaks of the online instance)
    assert _demo("# Éditeur\n\nL'instance en ligne se configure avec le domaine domaine.fr, à remplacer par celui de l'hébergeur.\n") is None
