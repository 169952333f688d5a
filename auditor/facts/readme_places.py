"""Where a README line sits, for its description and purpose: a bold label inside a chapter about something else, the lines of a
GitHub alert typed without its blockquote, a chapter that only maps the repository's folders, a chapter on the tests, a header
list's "Description : …" field. Texts are :func:`auditor.facts.document.norm` forms unless said."""

from __future__ import annotations

import re

from auditor.facts.document import norm
from auditor.facts.readme_cues import ALERT
from auditor.facts.readme_forms import mission_line
from auditor.lazyre import lazy_compile

# A chapter on the tests ("## Tests Cypress", "## Lancer les tests", "## Running the tests"): how the team checks the code
_TESTS_CHAPTER = lazy_compile(r"^(?:\d+ )*(?:(?:lancer|lancement|execution|executer|run|running)(?: (?:des|les|the))? )?(?:tests?|testing|tester)\b")
# A header list's field that says what the project is ("* Description : module d'affichage de statistiques.", "- Objet : …")
_DESCRIBING_FIELD = lazy_compile(r"^(?:description|objet|resume|summary|purpose) colon (?:\S+ ){2}")
_ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+(.*)$")
_ANNOUNCE = re.compile(r":\s*$")


def label_in_other_chapter(line: int, blocks: list, title, sections) -> bool:
    """The bold label at ``line`` ("**Fonctionnalités :**") sits under a chapter named for another section and under no purpose
    chapter ("### 4. Monitoring avec BullBoard" in "## Lancer l'application"): what that chapter runs, not the project's purpose.
    ``sections``: a heading's sections (heading_sections)."""
    chain, level = [], None
    for h in reversed([b for b in blocks if b.kind == "heading" and b.line < line]):
        if level is None or (h.level or 1) < level:
            chain.append(h)
            level = h.level or 1
    named = [sections(h.text) for h in chain if h is not title]
    return any(s and "purpose" not in s for s in named) and not any("purpose" in s for s in named)


def bare_alert_lines(blocks: list) -> set[int]:
    """The lines of a GitHub alert typed without its "> " ("[!IMPORTANT]" alone on a line, then the notice's list "- ⛔️ Ce projet
    n'est plus en développement actif", "- ➡️ Le projet a été repris par …"): the marker and the list right under it."""
    out: set[int] = set()
    alert = False
    for b in blocks:
        if b.kind == "paragraph" and ALERT.match(b.text) and not ALERT.sub("", b.text).strip():
            alert = True
            out.add(b.line)
        elif alert and b.kind == "paragraph" and b.item:
            out.add(b.line)
        else:
            alert = False
    return out


def folder_map(body: str, folders: frozenset[str]) -> bool:
    """A chapter whose text is only a list of the repository's folders, with the line announcing it ("## Overview": "This repository
    contains 3 main folders:", "- docker: …", "- back: …", "- quality: …"): where the code is, not what the project is for."""
    lines = [x for x in body.splitlines() if x.strip()]
    items = [m.group(1) for x in lines if (m := _ITEM.match(x))]
    others = [x for x in lines if not _ITEM.match(x)]
    if len(items) < 2 or len(others) > 1 or any(not _ANNOUNCE.search(x) or x.lstrip().startswith("#") for x in others):
        return False
    names = [re.split(r"\s*(?::|\s-\s|\s–\s)", re.sub(r"[*`\[\]]", "", i), maxsplit=1)[0].strip().rstrip("/").lower() for i in items]
    return all(n and n.lstrip("./") in folders for n in names) or all(_folder_link(i, folders) for i in items)


# an item that links a folder of the repository or its README ("the ["web" workspace](apps/nuxt/README.md) contains the front-end")
_DIR_LINK = re.compile(r"\]\(\s*(?:\./)?((?:[\w.-]+/)+)(?:readme(?:\.md|\.rst|\.txt)?)?\s*\)", re.I)


def _folder_link(item: str, folders: frozenset[str]) -> bool:
    m = _DIR_LINK.search(item)
    return bool(m and all(seg.lower() in folders for seg in m.group(1).strip("/").split("/")))


def tests_chapter(normed: str) -> bool:
    """The heading ``normed`` names a chapter on the tests: its text says how the code is checked, never what the project is."""
    return bool(_TESTS_CHAPTER.match(normed))


def describing_field(b) -> bool:
    """The paragraph is a list item "Description : …" of three words or more (an ENT module's header list under its title)."""
    return bool(b.item and _DESCRIBING_FIELD.match(norm(b.text.replace(":", " colon "))))


# A chapter presenting one script or file ("### Le script start-dev.sh", "## The file config.py"): its text says what that file does
_FILE_CHAPTER = lazy_compile(r"^(?:(?:le|la|les|the|un|une|a|an)\s+)?(?:script|fichier|file|commande|command)s?\s+[`*]*[\w./-]+\."
                             r"(?:sh|bash|py|js|ts|rb|php|pl|ps1|bat|cmd|sql|r|toml|ya?ml|json|ini|cfg)[`*]*$", re.I)
# Who runs the project ("This project is conducted by the Lab IA at Etalab.", "Ce projet est porté par …"): its provenance, not what it is
_PROVENANCE = lazy_compile(r"^(?:this|the|ce|cet|le) (?:project|projet|tool|outil|repository|depot|application|service|logiciel|software) "
                           r"(?:is|est|was|a ete|has been) (?:conducted|led|run|managed|funded|financed|supported|porte|mene|pilote|finance|soutenu) (?:by|par)\b")
# Who wrote it, and nothing of what for ("Ce script a été rédigé par X et Y de la DREAL … en novembre 2023 à partir d'un script fait par
# la DREAL ARA."): a credit; what it does comes next ("Il télécharge les données …"). A purpose in the sentence makes it a description
# ("L'application développée par l'IGN pour découvrir la France")
_AUTHORED = lazy_compile(r"^(?:this|the|ce|cet|cette|le|la) (?:project|projet|tool|outil|script|scripts|programme|program|code|plugin|module|repository|depot|application|logiciel|software) "
                         r"(?:was|has been|a ete|have been|ont ete) (?:written|developed|created|authored|coded|made|redige|ecrit|developpe|realise|cree|code|concu|fait) (?:by|par)\b")
# What it continues, nothing of what it does ("Le projet OSIRIS-MED est la poursuite du travail déjà effectué avec le consortium OSIRIS et
# financé par INCA."): its history; the "Objectif :" line after it says what it is
_CONTINUES = lazy_compile(r"^(?:this|the|ce|cet|le) (?:project|projet|tool|outil|application|logiciel|software)(?: \S+){0,2} (?:is|est) (?:the|a|la|une|le) "
                          r"(?:continuation|follow up|successor|poursuite|suite|continuite|prolongement) (?:of|du|de|des|d)\b")
_WHAT_FOR = lazy_compile(r"\b(?:pour|afin|to|in order|qui|that|which|permet\w*|allow\w*|enabl\w*)\b")
# Who the makers partnered with, the sentence ending on the partner ("Dans le cadre des programmes …, l'ADEME s'est associée à
# beta.gouv.fr."): the project's provenance; what it does comes next ("L'objectif : Aider les collectivités à …")
_PARTNERED = lazy_compile(r"\b(?:s est associee?s?|se sont associee?s?|a noue un partenariat|ont noue un partenariat|has partnered|have partnered|has teamed up|have teamed up) "
                          r"(?:a|avec|with) (?:\S+ ){0,5}\S+$")
# A README titled as the maintainers' guide ("Maintaining this website", "Mise à jour du site"): how to keep it up, not what it is
_UPKEEP_TITLE = lazy_compile(r"(?:maintaining|maintain|updating|update|editing|maintenir|mettre a jour|mise a jour|maintenance)(?: of| du| de)? (?:this|the|ce|cette|le|la) "
                             r"(?:website|web site|site|site web|site internet|repository|repo|depot)$")
_DETAILS_OPEN = re.compile(r"<details\b", re.I)
_DETAILS_CLOSE = re.compile(r"</details\s*>", re.I)
_DETAILS_EXPANDED = re.compile(r"<details\b[^>]{0,200}?\sopen\b", re.I)


def file_chapter(heading: str) -> bool:
    """The heading (as written) presents one script or file of the repository: what follows describes that file, not the project."""
    return bool(_FILE_CHAPTER.match(heading.strip().strip("*` ")))


def provenance_line(text: str) -> bool:
    """The paragraph (as written) opens on who conducts or funds the project ("This project is conducted by the Lab IA at Etalab.
    The aim of the Lab IA is …"): the team's word, the project's description comes after."""
    normed = norm(text)
    first = norm(re.split(r"(?<=[.!?])\s", text.strip(), maxsplit=1)[0])
    return bool(_PROVENANCE.match(normed) or _PARTNERED.search(normed) or (_AUTHORED.match(first) or _CONTINUES.match(first)) and not _WHAT_FOR.search(first))


def upkeep_title(title) -> bool:
    """The README's title heading names it the maintainers' guide ("# Maintaining this website" over its layouts and collections):
    how to keep the project up, no word of what it is, so no description."""
    return title is not None and title.kind == "heading" and bool(_UPKEEP_TITLE.match(norm(title.text)))


def collapsed_lines(lines: list[str]) -> set[int]:
    """The lines (1-based) inside an HTML <details> block ("<details>" / "<summary>Custom zones — link detections to custom
    zones</summary>" then an SQL snippet): a folded extra, its summary the snippet's title, never the project's description. A
    block shown unfolded ("<details open>" around the README's French half, its "### Description" inside) is the README itself."""
    out: set[int] = set()
    folded: list[bool] = []  # the <details> blocks the line is in, innermost last: folded or shown open
    for i, line in enumerate(lines, 1):
        expanded = len(_DETAILS_EXPANDED.findall(line))
        opened = [False] * expanded + [True] * (len(_DETAILS_OPEN.findall(line)) - expanded)
        if any(folded) or any(opened):
            out.add(i)
        folded += opened
        del folded[max(0, len(folded) - len(_DETAILS_CLOSE.findall(line))):]
    return out


_LEAD_ARTICLE = re.compile(r"^(?:le|la|l|les|the|this|ce|cet|cette) ")


def names_project(text: str, name: str) -> bool:
    """The paragraph (as written) states the project's mission or opens on its name (``name``: the README's title, one to six words) or the title's head
    word ("L'assistant répond aux questions …" under "# Assistant virtuel"): late under "## Notes" it is about the project; "If a
    docker has been run with seed data, first clear it" is not."""
    if mission_line(text):
        return True  # ("## Projet PLUVIA" / "Notre mission : Aider chaque commune à …": the team's word for what the project is for)
    own, normed = norm(name), _LEAD_ARTICLE.sub("", norm(text))
    head = own.split()[0] if own else ""
    return bool(own) and len(own.split()) <= 6 and (normed.startswith(f"{own} ") or len(head) >= 4 and normed.startswith(f"{head} "))


_QUOTED_ALERT = lazy_compile(r"^\s{0,3}>\s*\[!(?:NOTE|TIP|IMPORTANT|WARNING|CAUTION)\]", re.I)
_QUOTED = lazy_compile(r"^\s{0,3}>")


def quoted_alert_lines(lines: list[str]) -> set[int]:
    """The lines (1-based) of a GitHub alert's blockquote, every paragraph of it ("> [!IMPORTANT]", "> Maxime … a décidé de reprendre
    la maintenance…", ">", "> Bien que nous … ne pouvons garantir que nous pourrons continuer…"): the notice, to its last "> " line."""
    out: set[int] = set()
    alert = False
    for i, x in enumerate(lines, 1):
        alert = bool(_QUOTED_ALERT.match(x)) or (alert and bool(_QUOTED.match(x)))
        if alert:
            out.add(i)
    return out


# A blockquote led by who made the project ("> Concepteur du projet : <name>, chargé de mission … au sein du CD84", "> Réalisé par …",
# "> Designed by …", "> Auteur : …"): its credit, whatever the role or body its names are followed by, never what the project is (issue
# 12, s42 ff42 = thepriben/demo-inforoute-084, the credit quoted on its README's first line above the picture and the title)
_CREDIT_QUOTE = lazy_compile(r"^(?:(?:concepteur|conceptrice|conception|designer|auteur|autrice|author|createur|creatrice|credit|developpeur|"
                             r"developpeuse|developer|realisation|mainteneur|maintainer)s?(?: (?:du|de la|de l|of the|of this|de ce|de cet|de cette) "
                             r"(?:projet|project|outil|tool|site|depot|repository|application|demonstrateur|prototype|carte|map))? colon|"
                             r"(?:realise|realisee|realises|concu|concue|cree|creee|developpe|developpee|ecrit|ecrite|designed|made|created|developed|"
                             r"written|built|crafted|maintained|coded|code|concu et realise|concu et developpe)(?: (?:avec soin|with love))? (?:par|by)) ")


def quoted_credit_lines(lines: list[str]) -> set[int]:
    """The lines (1-based) of a blockquote whose first line is led by a credit (:data:`_CREDIT_QUOTE`), to its last "> " line."""
    out: set[int] = set()
    credit = False
    for i, x in enumerate(lines[:5000], 1):
        quoted = bool(_QUOTED.match(x))
        if quoted and not credit and (i == 1 or not _QUOTED.match(lines[i - 2])):
            head = norm(re.sub(r"[*_`]", "", x.lstrip(" >")).replace(":", " colon "))
            credit = bool(_CREDIT_QUOTE.match(head + " "))
        credit = credit and quoted
        if credit:
            out.add(i)
    return out


def description_blocks(blocks: list, lines: list[str]) -> list:
    """The blocks the description may come from: not an alert's lines (bare or quoted), not a folded <details> snippet's, not a GitBook
    block's, not a quoted credit's."""
    out = bare_alert_lines(blocks) | quoted_alert_lines(lines) | collapsed_lines(lines) | gitbook_block_lines(lines) | quoted_credit_lines(lines)
    return [b for b in blocks if b.line not in out]


# GitBook's (Liquid's) block tags: a tip box ("{% hint style=\"info\" %} Gagne du temps en utilisant le moteur de recherche … {% endhint %}"),
# a card linking a page ("{% content-ref url=\"…\" %}"), an embed, a file, a tab set — the page's furniture, never the project's
# description (issue 12, s36 p36: betagouv/doc.incubateur.net-communaute's README, its description in the front matter)
_LIQUID_OPEN = lazy_compile(r"^\s{0,3}\{%-?\s*(hint|content-ref|embed|file|swagger|openapi|code|tabs|tab|stepper|step|columns|column|updates|update)\b")
_LIQUID_CLOSE = lazy_compile(r"\{%-?\s*end(hint|content-ref|embed|file|swagger|openapi|code|tabs|tab|stepper|step|columns|column|updates|update)\b")
_LIQUID_TAG = lazy_compile(r"^\s{0,3}\{%")
_SPANNED = frozenset({"hint", "content-ref", "embed", "file", "swagger", "openapi", "code"})  # (a tab's or a step's text is the page's own)


def gitbook_block_lines(lines: list[str]) -> set[int]:
    """The lines (1-based) of a GitBook tag, and those inside a tip box, a page card, an embed or a file block (up to its end tag, 40
    lines at most); a tab's or a column's text is the page's own."""
    out: set[int] = set()
    open_at = 0
    for i, line in enumerate(lines[:5000], 1):
        if _LIQUID_TAG.match(line):
            out.add(i)
            m = _LIQUID_OPEN.match(line)
            if m and m.group(1) in _SPANNED and not _LIQUID_CLOSE.search(line):
                open_at = i
                continue
        if open_at:
            out.add(i)
            if _LIQUID_CLOSE.search(line) or i - open_at >= 40:
                open_at = 0
    return out


# The opening defines the field's term ("L'IPC est l'instrument de mesure de l'inflation."), not the repository; the paragraph right
# after it says what the repository holds ("Dans ce module on trouve les méthodes d'agrégation de l'IPC …", "This repository contains …")
_DEFINES_TERM = lazy_compile(r"^(?:(?:le|la|l|les|un|une|the|a|an) )?(\w+(?: \w+){0,2}?) (?:est|sont|is|are|designe|designent|refers to) ")
_OWN_WORDS = frozenset({"ce", "cet", "cette", "ces", "this", "these", "projet", "project", "module", "depot", "repository", "repo", "outil", "tool",
                        "application", "app", "logiciel", "software", "code", "package", "librairie", "bibliotheque", "library", "script", "service", "site", "api", "plugin"})
_HOLDS = lazy_compile(r"^(?:(?:dans|in) (?:ce|cet|this) (?:module|depot|projet|repo|repository|project|package)(?: \w+)? (?:on trouve|vous trouverez|se trouvent?|you will find|you ll find|we find)"
                      r"|(?:ce|cet|this) (?:module|depot|projet|repo|repository|project|package) (?:contient|regroupe|rassemble|contains|holds|gathers) "
                      # (or says what it is: "This program is a toolkit to populate that database from a GTFS file")
                      r"|(?:ce|cet|cette|this) (?:module|depot|projet|repo|repository|project|package|programme|program|logiciel|software|outil|tool|"
                      r"application|app|librairie|bibliotheque|library|code) (?:est|is) (?:une?|an?) )")
# an address, then what it is, with no verb ("https://topo.transport.data.gouv.fr/ a semantic database of transit objects"): the site
# defined, as a term is
_DEFINES_SITE = lazy_compile(r"^\s*<?(?:https?://)?[\w-]+(?:\.[\w-]+)+(?:/[^\s>]*)?>?\s*(?:[:,—–-]\s*)?(?:is |est )?(?:an?|une?|the|la|le|l') ", re.I)


def holdings_over_definition(description: dict | None, blocks: list, named: str) -> dict | None:
    """The description, or the paragraph right after it (no heading between) saying what the repository holds, or what it is, when
    the description only defines the field's term, or a site by its address, and does not name the project (``named``: the README's
    title)."""
    if not (description and description["first"]) or names_project(description["text"], named):
        return description
    term = _DEFINES_TERM.match(norm(description["text"]))
    if not _DEFINES_SITE.match(description["text"]) and (not term or _OWN_WORDS & set(term.group(1).split()) or norm(term.group(1)) == norm(named)):
        return description
    after = next((i for i, b in enumerate(blocks) if b.line == description["line"]), None)
    nxt = blocks[after + 1] if after is not None and after + 1 < len(blocks) else None
    if nxt is None or nxt.kind != "paragraph" or nxt.item or not _HOLDS.match(norm(nxt.text)):
        return description
    return {"text": nxt.text if len(nxt.text) <= 300 else nxt.text[:300].rsplit(" ", 1)[0].rstrip(" ,;:") + "…", "line": nxt.line, "first": True}


# The product sheet of a State start-up (beta.gouv.fr's "Contexte", "Problème", "Solution" chapters): the context's paragraph tells the
# field's situation ("En France, près d'1,5 million d'associations…"), the "Solution" chapter what the team builds ("l'équipe collecte les
# données … qu'elle croise et veut rendre consultables via une interface client web"; s35 g35 = r15a, betagouv/api-subventions-asso)
_CONTEXT_HEADING = lazy_compile(r"^(?:\d+ )*(?:le |the )?(?:contexte|context|background)$")
_SOLUTION_HEADING = lazy_compile(r"^(?:\d+ )*(?:(?:la|notre|our|the|une|a) )?solutions?(?: (?:en construction|proposee|envisagee|apportee|proposed|envisioned|in progress|"
                                 r"under construction|en cours))?$")


def solution_over_context(description: dict | None, blocks: list) -> dict | None:
    """The description, or the first paragraph (eight words at least) of a later "Solution" chapter when the description is the first
    paragraph of a context chapter."""
    if not description:
        return description
    heading = next((b for b in reversed(blocks) if b.kind == "heading" and (b.line or 0) < description["line"]), None)
    if heading is None or not _CONTEXT_HEADING.match(norm(heading.text)):
        return description
    later = [i for i, b in enumerate(blocks) if b.kind == "heading" and (b.line or 0) > description["line"] and _SOLUTION_HEADING.match(norm(b.text))]
    for b in blocks[later[0] + 1:] if later else []:
        if b.kind == "heading":
            break
        if b.kind == "paragraph" and not b.badge_only and not b.code and len(b.text.split()) >= 8:
            text = b.text if len(b.text) <= 300 else b.text[:300].rsplit(" ", 1)[0].rstrip(" ,;:") + "…"
            return {"text": text, "line": b.line, "first": description["first"]}
    return description
