"""A data dictionary kept as tables: a folder named for it (``dictionnaire_donnees/``, ``data-dictionary/``) holding one CSV,
spreadsheet or document per table (its columns, types and links). It documents a data model as a documentation folder's pages do,
and the ``docs`` fact counts it as one."""

from __future__ import annotations

from auditor.facts.inventory import folder_word
from auditor.lazyre import lazy_compile

# dictionnaire_donnees, dictionnaire-de-donnees, dictionnaires_des_données, dico_donnees, data_dictionary, data-dictionaries, dictionary
DICTIONARY_FOLDER = lazy_compile(r"^(?:(?:dictionnaires?|dico)(?:[ _-]+(?:de[ _-]+|des[ _-]+|d[ _-]+)?donn[ée]es)?|(?:data[ _-]?)?dictionar(?:y|ies))$", 0)
DICTIONARY_EXT = frozenset({"csv", "tsv", "xlsx", "xls", "ods", "md", "pdf", "odt", "docx", "html"})
MAX_DEPTH = 3  # a folder at most three levels down (bdd/doc/dictionnaire_donnees/)


def data_dictionaries(entries: list) -> dict[str, list[str]]:
    """Each data dictionary folder (its path) and the tables or documents in it, sorted: files of ``entries`` (the inventory's
    entries) directly in a folder so named, whose extension is a table's or a document's."""
    out: dict[str, list[str]] = {}
    for e in sorted(entries, key=lambda e: e.path):
        segs = e.path.split("/")[:-1]
        if not segs or len(segs) > MAX_DEPTH or e.kind not in ("file", "executable") or e.ext.lower() not in DICTIONARY_EXT:
            continue
        if DICTIONARY_FOLDER.match(folder_word(segs[-1])):
            out.setdefault("/".join(segs), []).append(e.path)
    return out
