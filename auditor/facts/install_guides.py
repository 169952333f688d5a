"""Install guides kept as office documents or beside the scripts they run (issue 12, s23 k2): rules shared by the ``install_recipes``,
``load_instructions`` and ``docs`` facts.

- An installation guide written as a PDF, ODT or Word file, named for installing whatever comes before the word ("manuel_installation.pdf",
  "GuideInstallationV2.pdf", "Lea 3.1 - Installation.doc"): the application's install documents (GIP-RECIA/esco-lea's install/).
- A data model's step-by-step guide kept beside its scripts (integration/Communes/maj_communes_nouveau_millesime_bdtopo.mdown beside
  import_communes_en_base.bat and the SQL scripts: "Double-cliquez sur le fichier import_communes_en_base.bat"), named for its subject,
  not for installing (meldig/SQL)."""

from __future__ import annotations

import re

from auditor.facts.inventory import is_doc
from auditor.lazyre import lazy_compile

# (after a separator, a space or a number, or glued to "guide"/"manuel"/"notice": not "uninstall", not "reinstall")
# (and a guide to package or build the program: "Tutoriel pour packager.docx", "Guide de compilation.pdf", packaging.odt)
OFFICE_INSTALL_GUIDE = lazy_compile(r"(?:^|/)[^/]*?(?:(?<![a-z])|(?<=guide)|(?<=manuel)|(?<=manual)|(?<=notice))(?:install|d[ée]ploiement|deployment|"
                                    r"mise[-_ ]en[-_ ](?:production|service)|packag(?:er|ing|e)\b|empaquet|compilation)[^/]*\.(?:pdf|odt|docx?)$", re.I)
MARKDOWN_EXT = ("md", "markdown", "mdown", "mkd", "mkdn")  # the extensions Markdown is written under
NOTE_EXT = frozenset(MARKDOWN_EXT + ("rst", "adoc", "txt"))
SCRIPT_EXT = frozenset({"sql", "bat", "cmd", "sh", "ps1", "psql"})
MAX_NOTES = 10


def notes_beside_scripts(entries: list) -> list[str]:
    """The text documents (Markdown under any of its extensions, reStructuredText, AsciiDoc, plain text) kept in a folder of
    scripts (SQL, batch, shell) at most three folders deep, READMEs aside (read already) and a documentation folder's pages (doc/'s
    fourteen notes holding two example scripts: the guides by name are read there): the first ten by depth, then path."""
    script_dirs = {e.dir for e in entries if e.ext.lower() in SCRIPT_EXT and e.path.count("/") <= 3}
    notes = [e.path for e in entries if e.dir in script_dirs and e.ext.lower() in NOTE_EXT and not e.name.lower().startswith("readme") and not is_doc(e.path)
             and not re.match(r"(?i)(?:licen[cs]e|copying|changelog|authors|notice)\b", e.name)]
    return sorted(notes, key=lambda p: (p.count("/"), p))[:MAX_NOTES]
