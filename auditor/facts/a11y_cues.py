"""When a word of an accessibility statement found by the ``a11y.declaration`` text signal is one (see
:mod:`auditor.facts.signals`), for ``interoperability.accessibility-and-ecodesign``: a developer's note in a code comment citing a
criterion, a roadmap's to-do, a specification's requirement, a criterion cited by its number, a statement said to be missing are no
published statement."""

from __future__ import annotations

import re

from auditor.facts.scaling.signals import code_note, in_block_comment
from auditor.facts.territory_values import _line_of, in_base64
from auditor.lazyre import lazy_compile

UNTICKED = lazy_compile(r"^\s*(?:[-*+]|\d+[.)])\s+\[ \]")  # an unticked item of a to-do list: planned, not done
# What a line says is still to do, required or aimed at (a roadmap's to-do, a specification's requirement or target), or still being
# written ("La déclaration d'accessibilité de ce site est en cours de rédaction": a placeholder page, s39 vc39): no statement
_PLANNED = lazy_compile(r"\b(?:obligatoire|mandatory|todo|to-do|[àa] (?:faire|pr[ée]voir|r[ée]diger|cr[ée]er|ajouter|mettre en place)|pr[ée]vue?s?|vis[ée]e?s?(?! (?:[àa]|par|au|aux)\b)|planned|aimed|cible|objectifs?|target|goal"
                          r"|en cours d(?:e |['’])(?:r[ée]daction|[ée]laboration|pr[ée]paration|construction|finalisation)"
                          r"|(?:being|to be) (?:written|drafted|prepared)|under (?:construction|preparation))\b", re.I)
# a criterion of the RGAA cited by its number (RGAA 7.4, 9.1, 12.7: its themes 5 to 13), no version of the referential
_RGAA_CRITERION = lazy_compile(r"RGAA[^\S\n]*(?:[5-9]|1[0-3])\.\d")
# a statement said to be missing: the words just before it on its line ("sans déclaration de conformité RGAA globale", "aucune
# déclaration d'accessibilité publiée", "no accessibility statement yet") or just after it ("déclaration d'accessibilité absente",
# "… non publiée"); never a statement of non-conformity, "Accessibilité : non conforme", which is one
_NEGATED_BEFORE = lazy_compile(r"(?<![\w'’])(?:sans|aucune?|pas[^\S\n]+(?:de|d['’])|absence[^\S\n]+(?:de|d['’])|faute[^\S\n]+(?:de|d['’])"
                               r"|manque[^\S\n]+(?:de|d['’])|no|without|lack(?:ing)?(?:[^\S\n]+of)?|missing)[^\S\n]+(?:[\w'’-]{1,20}[^\S\n]+){0,2}$", re.I)
_NEGATED_AFTER = lazy_compile(r"^[^\n.;:,]{0,30}?[^\S\n](?:absente?s?|manquante?s?|inexistante?s?|non[^\S\n]+(?:publi[ée]e?s?|r[ée]dig[ée]e?s?|r[ée]alis[ée]e?s?)|missing|not[^\S\n]+(?:yet[^\S\n]+)?published)\b", re.I)
NEGATION_WINDOW = 40
# a page saying it is a placeholder: "Page en cours de rédaction", "La déclaration d'accessibilité de ce site est en cours de rédaction",
# "This page is under construction": its "Déclaration d'accessibilité" heading states nothing yet (s39 lead = re-reader vc39, mairie-lepin)
_PLACEHOLDER_PAGE = lazy_compile(r"\b(?:page|d[ée]claration[^\S\n]+d['’]accessibilit[ée](?:[^\S\n]+d[eu][^\S\n]+(?:ce|notre)[^\S\n]+site)?)"
                                 r"[^\S\n]+(?:est[^\S\n]+)?en[^\S\n]+cours[^\S\n]+de[^\S\n]+(?:r[ée]daction|construction)"
                                 r"|\bpage[^\S\n]+(?:is[^\S\n]+)?under[^\S\n]+construction|\bstatement[^\S\n]+is[^\S\n]+(?:being|yet[^\S\n]+to[^\S\n]+be)[^\S\n]+(?:written|drafted)", re.I)
# a link's address around a match: its scheme, then no space, quote, bracket or parenthesis up to the match
_URL_BEFORE = lazy_compile(r"https?://[^\s'\"()<>\[\]]{0,300}$", re.I)
_URL_SEGMENT_END = lazy_compile(r"[^/?#\s'\"()<>\[\]]{0,200}")
# a linked page that is a statement: its segment is the word alone or names the statement ("/accessibilite", "declaration-accessibilite.html")
# (or the word and what a statement's page adds to it: "accessibilite-numerique", "accessibility-statement", "accessibilite-du-site")
_STATEMENT_SEGMENT = lazy_compile(r"^(?:accessibilit[ée]|accessibility)(?:[-_](?:num[ée]rique|digital|du[-_]site|site|web|statement|declaration|rgaa"
                                  r"|conformit[ée]|\d{4}))*(?:\.\w{1,5})?$|^(?:[\w-]{0,40}[-_])?(?:d[ée]claration|statement)[-_][\w-]{0,60}?(?:\.\w{1,5})?$", re.I)


def linked_topic(m) -> bool:
    """The match is a word inside another page's address whose segment names some other topic than a statement (a health
    ministry's study "…/accessibilite-aux-soins-de-premier-recours-…": access to care, not the site's accessibility)."""
    s = m.string
    before = _URL_BEFORE.search(s, max(0, m.start() - 300), m.start())
    if not before:
        return False
    seg = s[s.rfind("/", before.start(), m.start()) + 1:m.start()] + m.group(0) + _URL_SEGMENT_END.match(s, m.end()).group(0)
    return not _STATEMENT_SEGMENT.match(seg)


def negated(m) -> bool:
    """The words around match ``m`` on its line say that what it names is missing (see :data:`_NEGATED_BEFORE`)."""
    s = m.string
    start = max(s.rfind("\n", 0, m.start()) + 1, m.start() - NEGATION_WINDOW)
    end = s.find("\n", m.end(), m.end() + NEGATION_WINDOW)
    return bool(_NEGATED_BEFORE.search(s, start, m.start()) or _NEGATED_AFTER.match(s[m.end():end if end != -1 else m.end() + NEGATION_WINDOW]))


def statement_link(m) -> bool:
    """A link matched by the ``a11y.statement-link`` signal leads to a statement's page by its last segment, not to a page on some
    other kind of access (a study's "accessibilite-aux-soins-de-premier-recours")."""
    seg = m.group(0).rstrip("/").rsplit("/", 1)[-1]
    return bool(_STATEMENT_SEGMENT.match(seg))


# a form field's label or placeholder (`<Field label="Audit RGAA site web">`, `<TextField label="Déclaration RGAA" …>`): a value an
# entity fills in a form of the domain (an establishment's own website audit in a tourism base's editor), no statement of the
# project's accessibility (issue 12, s42 fp42 = D-OTIsud/Bertel)
_FIELD_LABEL = lazy_compile(r"""<(?:Field|FormField|TextField|Input|input|Select|select|Checkbox|FormItem|Form\.Item|FormControl|textarea|Textarea)\b"""
                            r"""[^<>\n]{0,200}?\b(?:label|placeholder)[ \t]*=[ \t]*\{?[ \t]*["'`][^"'`\n]{0,120}$""")


def a11y_statement_cue(m) -> bool:
    """A word of an accessibility statement that is one: not in a code comment (a developer's note citing a criterion,
    "// … (RGAA 9.1 — pas de saut de niveau)"), nor on a to-do or requirement line ("- [ ] Audit RGAA complet", "Page
    « déclaration d'accessibilité » obligatoire"), nor a criterion cited by its number ("RGAA 12.7 bloquant")."""
    if in_base64(m) or code_note(m) or linked_topic(m) or _PLACEHOLDER_PAGE.search(m.string, 0, 512 * 1024):
        return False
    line = _line_of(m)
    if _FIELD_LABEL.search(m.string, m.string.rfind("\n", 0, m.start()) + 1, m.start()):
        return False
    if UNTICKED.match(line) or _PLANNED.search(line) or _RGAA_CRITERION.match(m.string, m.start(), m.start() + 12) or negated(m):
        return False
    return not (line.lstrip().startswith(("//", "/*", "<!--", "{/*", "{#")) or in_block_comment(m))
