"""A README sentence that says what must be installed on the machine for the project to run ("Ce script fonctionne grâce à PHP
qui doit être disponible sur le poste de travail (utiliser Xampp par exemple)", "Python 3 must be installed on your computer",
"Il faut avoir Java installé sur le serveur"): the prerequisites, which a "## Prérequis" chapter would give as the installation.
A one-file script whose only installation is its runtime has no other install section (reader s21 m2: a region's raster
extraction script).

Judged by the sentence: a need (must, doit, il faut, requires, nécessite…) and software installed or available on the machine,
computer, workstation or server, both in the same sentence of at most :data:`MAX_WORDS` words (a normalised sentence, one at a time).
"""

from __future__ import annotations

from auditor.facts.document import norm
from auditor.lazyre import lazy_compile

MAX_WORDS = 60

_NEED = lazy_compile(r"\b(?:doit|doivent|devra|devront|devez|faut|necessite|necessitent|requiert|requierent|requis|requise|prerequis|"
                     r"must|need|needs|needed|requires?|required|should|has to|have to)\b")
_ON_THE_MACHINE = lazy_compile(r"\b(?:installee?s?|installed|disponibles?|available|presente?s?|present) (?:\w+ ){0,2}?(?:sur|on|dans|in) "
                               r"(?:le|la|les|l|votre|vos|sa|son|ses|ce|cet|cette|chaque|your|the|this|each|its|their) (?:\w+ )?"
                               r"(?:poste|postes|machine|machines|ordinateur|ordinateurs|computer|computers|workstation|pc|serveur|serveurs|server|servers)\b")


# "In order to run this prototype, please install Microsoft Visual Studio 2017, ArcObjects SDK 10.6, …": the software to install first
# (not the tests': "To run the tests, install the development dependencies")
_INSTALL_TO_RUN = lazy_compile(r"^(?:in order to|so as to|to|pour|afin de) (?:run|use|build|compile|execute|launch|lancer|utiliser|executer|compiler|faire tourner) "
                               r"(?!(?:the |les |des |le )?(?:\w+ )?(?:tests?|testing)\b)(?:\w+ ){0,4}?(?:please |veuillez |merci d |you (?:must|need to|have to|should) |vous devez |il faut )?(?:install|installer|installez)\b")


def runtime_needed(normed: str) -> bool:
    """The normalised sentence says that software must be installed or available on the machine that runs the project, or has the
    reader install it to run the project."""
    return len(normed.split()) <= MAX_WORDS and (bool(_ON_THE_MACHINE.search(normed)) and bool(_NEED.search(normed)) or bool(_INSTALL_TO_RUN.match(normed)))


def needs_sentence(paragraphs: list, lines: list[str], splitter) -> tuple[int, str] | None:
    """The first sentence of ``paragraphs`` (blocks, in order; ``splitter``: the README's sentence splitter) that says what must be
    installed on the machine, with the line it starts on (``lines``: the README's), or None."""
    for b in paragraphs:
        for sentence in splitter.split(b.text)[:20]:
            if runtime_needed(norm(sentence)):
                head = sentence.strip()[:30]
                line = next((k + 1 for k in range(b.line - 1, min(b.line + 40, len(lines))) if head and head in lines[k]), b.line)
                return line, sentence.strip()
    return None
