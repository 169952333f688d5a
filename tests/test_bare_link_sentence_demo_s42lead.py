"""readme.demo and a bare address in a paragraph (issue 12, s42 fq42's note on SocialGouv/1000jours-blues): "L'application a besoin
d'un token instagram … Ajoutez INSTAGRAM_TOKEN=… dans les sealed-secrets. (https://…/sre-tools/ pour encrypter votre token)" gave
the encryption tool's page as the project's demo: a bare address has no label, so the whole paragraph — and its word "application"
— was read as the link's words. A bare address is now found in its own sentence. Near miss: "L'application est en ligne sur
https://…" keeps its demo. Written for the test."""

from __future__ import annotations

from auditor.facts.document import parse_document
from auditor.facts.readme_signals import find_signals

TOOL = ("# Site des jeunes parents\n\n#### Instagram\n\nL'application a besoin d'un jeton pour récupérer les publications et les "
        "afficher. Ajoutez `JETON=votrejeton` dans les secrets scellés. (https://outils-exemple.github.io/chiffrement/ pour chiffrer "
        "votre jeton)\n")
ONLINE = ("# Site des jeunes parents\n\nL'application est en ligne sur https://parents-exemple.fr/ pour les familles du "
          "département.\n")


def test_a_bare_address_is_read_in_its_own_sentence():
    assert find_signals(parse_document(TOOL, "markdown"))["demo"] is None


def test_a_bare_address_in_a_sentence_saying_the_application_is_online_stays_the_demo():  # (near miss)
    demo = find_signals(parse_document(ONLINE, "markdown"))["demo"]
    assert demo and demo["url"] == "https://parents-exemple.fr/", demo
