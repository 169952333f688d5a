"""What a display name or a mailbox adds around the person (read by :func:`auditor.facts.history.identities`).

- An account or employee number a directory appends to the display name: "Alexis Boizard(32561)" <32561@SDIS01.local>, an agent of
  an SDIS committing from a workstation of its Active Directory, is "Alexis Boizard", the same person as
  ``alexis.boizard@…`` (issue 12, s43 fb43 = alexisboizardsdis01/nexsis-notification). Only a number in brackets closing the name
  is dropped: a number written as a word of the name ("Jean Martin 2") or a bracketed word ("Jean Martin (DSI)") stays.
- A short one-word name that is a no-reply login of the history ("lecoqal" <lecoq.alexisb.fr@gmail.com> beside
  "Alexis Lecoq" <…+lecoqal@users.noreply.github.com>, issue 12, s43 fb43 = lecoqal/pphook): under 8 letters a login alone could
  be two people's choice of the same short word ("Alix Roy"'s login alixroy and another "alixroy" writing as ar.velo@…), so it is
  that account's only when the author's own mailbox also spells a word of the full name the account commits under (the
  surname lecoq in lecoq.alexisb.fr). The whole login must be the name, never a part of it.
- A contractor's mark closing a mailbox's local part: "gdurandiere-ext" <…@almond.consulting> is the login gdurandiere (initial and
  surname) of an external consultant, the same person as guillaume.durandiere@… when that login fits no one else (issue 12, s43 fk43 =
  GuilaumeDurandiere/angular-standalone); "-ext" is no surname of a form (gdurandiere, ext)."""

from __future__ import annotations

import re

MAX_NUMBER_DIGITS = 12
# an external's mark after the login, separated by -, _ or . ("-ext", "_externe", ".prestataire")
_EXTERNAL_MARK = re.compile(r"^([a-z][a-z0-9._-]{2,60}?)[-_.](?:ext|externe?|external|presta|prestataire)$")


def without_external_mark(local: str) -> str:
    """A mailbox's local part without a closing external's mark: "gdurandiere-ext" is "gdurandiere"; "ext" and "jo-ext" (under 3
    characters before the mark) and any other local part are returned as they are."""
    m = _EXTERNAL_MARK.match(local or "")
    return m.group(1) if m else (local or "")


def without_account_number(name: str) -> str:
    """``name`` without a closing bracketed number: "Alexis Boizard(32561)", "Alexis Boizard [32561]" are "Alexis Boizard"."""
    text = (name or "").rstrip()
    if not text.endswith((")", "]")):
        return name or ""
    opening = "(" if text.endswith(")") else "["
    start = text.rfind(opening)
    inner = text[start + 1:-1].strip().lstrip("#") if start > 0 else ""
    if not inner.isdigit() or not inner.isascii() or len(inner) > MAX_NUMBER_DIGITS or not text[:start].strip():
        return name or ""
    return text[:start].rstrip()


def mailbox_spells_owner(email: str, login: str, owner_words: dict[str, set[str]]) -> bool:
    """The local part of ``email`` holds, as a whole word (split on anything not a letter), a word of 3+ letters of a full name
    the no-reply account ``login`` commits under (``owner_words``: login → the words of its full names)."""
    local = (email or "").strip("<> ").lower().split("@", 1)[0].split("+")[-1]
    words = {w for w in re.split(r"[^a-z]+", local) if len(w) >= 3}
    return bool(words & {w for w in owner_words.get(login, set()) if len(w) >= 3})


# The usual short forms of given names, written apart from the full name they shorten (no prefix rule: Jean and Jeanne, Louis and
# Louise, Paul and Pauline are two names, two people): a short form and its full names, letters without accents.
SHORT_FORMS = {"mike": ("michael", "mickael", "mikael", "mickail"), "bob": ("robert",), "bill": ("william",), "will": ("william",),
               "jim": ("james",), "tony": ("anthony", "antony", "antoine"), "rick": ("richard",), "dick": ("richard",),
               "ted": ("edward",), "manu": ("emmanuel",), "nico": ("nicolas",), "seb": ("sebastien",), "fred": ("frederic",),
               "alex": ("alexandre", "alexis"), "max": ("maxime", "maximilien"), "greg": ("gregory", "gregoire"), "steph": ("stephane",),
               "chris": ("christophe", "christian"), "ben": ("benjamin", "benoit"), "tom": ("thomas",), "phil": ("philippe",),
               "pat": ("patrick",), "vince": ("vincent",), "flo": ("florian", "florent")}


def _same_name(a: str, b: str) -> bool:
    return a in SHORT_FORMS.get(b, ()) or b in SHORT_FORMS.get(a, ())


def short_form_links(people: list[tuple[str, str, str]], root, forms) -> list[tuple[str, str]]:
    """Pairs of keys to join: two identities whose full forms (a two-word author name or ``first.last`` address) share a surname of
    4+ letters, their other words a given name and its usual short form (:data:`SHORT_FORMS`: "DELALANDE Michael" and
    delalande.mike@…, issue 12, s43 fb43 = delalandemike-ui/portail-eap-sdis37), when no third identity of the history writes that
    surname (relatives or namesakes sharing it: no one is joined). ``forms(name, email)``: a person's (first, last) pairs
    (:func:`auditor.facts.identity_names._forms`, given by the caller: identity_names reads this module)."""
    by_word: dict[str, list[tuple[str, str]]] = {}  # a word of 4+ letters → (the form's other word, key) of each form holding it
    for key, name, email in sorted(people):
        for first, last in forms(name, email):
            if first != last:
                for word, other in ((first, last), (last, first)):
                    if len(word) >= 4:
                        by_word.setdefault(word, []).append((other, key))
    links = []
    for _surname, held in sorted(by_word.items()):
        if len({root(k) for _o, k in held}) != 2:
            continue  # (one identity alone, or a third one writing that surname)
        for i, (x, ka) in enumerate(held):
            links += [(ka, kb) for y, kb in held[i + 1:] if root(ka) != root(kb) and _same_name(x, y)]
    return links
