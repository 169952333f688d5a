"""A README with no chapter telling its user to give the application a file, and listing the file formats it accepts: its usage,
said without a heading (issue 12, s42 fb42, left open by s41 re41 = cigalsace/zaphirweb: "Pour ce faire, charger un fichier et laissez
tourner..." then "Les formats supportés sont:" over XML, XLSX, ZIP, then what the conversion makes of each).

The instruction is a verb having the reader load, upload, drop or select a file ("charger un fichier", "déposez vos fichiers", "upload
a file"), not what the project can do ("permet de charger un fichier", "allows to upload a file": its purpose); the formats are named
as the ones it takes ("formats supportés", "formats acceptés", "supported formats"). The instruction without the formats, or the
formats without the instruction, give nothing; a README with chapters says its usage under them.
"""

from __future__ import annotations

from auditor.facts.document import norm
from auditor.lazyre import lazy_compile

MAX_WORDS = 30
MAX_BLOCKS = 60

# the reader gives the application a file: a verb of loading, uploading or choosing it, then the file, within a few words
_GIVE_FILE = lazy_compile(r"\b(?:charger|chargez|deposer|deposez|glisser|glissez|importer|importez|televerser|televersez|selectionner|selectionnez|"
                          r"choisir|choisissez|envoyer|envoyez|upload|drop|select|choose|load) (?:un|une|des|vos|votre|le|la|les|a|an|your|the|some) "
                          r"(?:\w+ ){0,2}?(?:fichiers?|files?|documents?)\b")
# what the project can do, not the reader's step ("permet de charger un fichier", "allows you to upload a file", "to load a file")
_CAN = lazy_compile(r"\b(?:permet|permettent|permettant|permettre|pouvoir|peut|peuvent|possibilite|capable|allows?|allowing|lets|enables?|"
                    r"(?<!\byou )can|could|able) (?:\w+ ){0,3}?(?:de |d |a |to )?(?:\w+ )?$|\b(?:de|d|to|pour|for) $")
# the formats it accepts, named as such
_FORMATS = lazy_compile(r"\bformats? (?:de fichiers? )?(?:supportes|acceptes|pris en charge|autorises|geres|admis)\b|"
                        r"\b(?:supported|accepted|allowed) (?:file |input )?formats?\b")
_SPLIT = lazy_compile(r"(?<=[.!?;:])\s+")


def file_use(blocks: list, headings: int, aside: set[int]) -> tuple[int, str] | None:
    """(line, sentence) of the first sentence having the reader give the application a file, in a README of one heading at most that
    also names the file formats it accepts; or None."""
    if headings > 1:
        return None
    kept = [b for b in blocks[:MAX_BLOCKS] if b.line not in aside and b.kind != "heading"]
    if not any(_FORMATS.search(norm(b.text)) for b in kept):
        return None
    for b in kept:
        if b.kind != "paragraph":
            continue
        for sentence in _SPLIT.split(b.text)[:20]:
            normed = norm(sentence)
            if len(normed.split()) > MAX_WORDS:
                continue
            if any(not _CAN.search(normed[:m.start()]) for m in _GIVE_FILE.finditer(normed)):  # (the words before the verb)
                return b.line, sentence.strip()[:160]
    return None
