"""A README sentence that says how the project's files are set up before they are used, with no installation heading (reader s22
a1: a street-lighting PostGIS data model whose numbered plain-text chapter says of its first SQL script "Il doit être exécuté dans
une base de données précédemment créée"; reader s22 a4: a notebook analysis whose plain-text README says "Pour exécuter les
notebooks dans de bonnes conditions, veuillez exécuter :" over its requirements file): the installation.

Judged by the text, a normalised sentence at a time (at most :data:`MAX_WORDS` words): a script of the project to be executed,
loaded or run in a database (a need, the verb and the database in one sentence); or a paragraph asking to run or install whose
text, or the list items right below it, names a dependency manifest that is in the repository (requirements*.txt,
environment*.yml, Pipfile, renv.lock).
"""

from __future__ import annotations

from auditor.facts.document import norm
from auditor.facts.readme_needs import _NEED
from auditor.lazyre import lazy_compile

MAX_WORDS = 60
MAX_ITEMS = 4  # list items read below the asking paragraph

_IN_A_DATABASE = lazy_compile(r"\b(?:executee?s?|executer|lancee?s?|lancer|jouee?s?|jouer|chargee?s?|charger|executed|run|loaded|applied|appliquee?s?|appliquer) "
                              r"(?:\w+ ){0,4}?(?:dans|sur|in|on|into|against) (?:\w+ ){0,2}?"
                              r"(?:base de donnees|bases de donnees|base|bdd|database|databases|db|postgresql|postgres|postgis)\b")
_ASKS_TO_RUN = lazy_compile(r"\b(?:veuillez|merci d|il faut|vous devez|please|you need to|you must|you should) (?:\w+ ){0,1}?"
                            r"(?:executer|installer|lancer|run|install|execute)\b|\b(?:executez|installez|lancez)\b")
_MANIFEST = lazy_compile(r"(?<![\w.-])(requirements[\w-]{0,40}\.txt|environment[\w-]{0,40}\.ya?ml|Pipfile|renv\.lock)\b")


def _item(b) -> bool:
    return b.kind == "paragraph" and (b.item or b.text[:2] in ("- ", "* ", "• "))  # (a plain-text README's items keep their dash)


def loading_sentence(blocks: list, splitter, files=None) -> tuple[int, str] | None:
    """(line, text) of the first paragraph of ``blocks`` (the README's blocks, in order, asides left out; ``splitter``: its sentence
    splitter; ``files``: the repository's paths, None when unknown) that says how the project's files are set up, or None."""
    names = None if files is None else {p.rsplit("/", 1)[-1] for p in files}
    for k, b in enumerate(blocks):
        if b.kind != "paragraph":
            continue
        for sentence in splitter.split(b.text)[:20]:
            normed = norm(sentence)
            if len(normed.split()) <= MAX_WORDS and _NEED.search(normed) and _IN_A_DATABASE.search(normed):
                return b.line, sentence.strip()
        if _item(b) or not _ASKS_TO_RUN.search(norm(b.text[:600])):
            continue
        below = [b]
        for x in blocks[k + 1:k + 1 + MAX_ITEMS]:
            if not _item(x):
                break
            below.append(x)
        if any(names is None or m in names for x in below for m in _MANIFEST.findall(x.text[:2000])):
            return b.line, b.text.strip()
    return None
