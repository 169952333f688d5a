"""Contact cues of the ``readme`` fact: an address, a contact word in a short paragraph, a community channel to join, the issue
tracker as the channel; and how the team works, which names no one to reach. Texts are :func:`auditor.facts.document.norm` forms."""

from __future__ import annotations

import itertools
import re

from auditor.facts.document import norm
from auditor.lazyre import lazy_compile


def _has_phrase(normed: str, phrase: str) -> bool:
    return f" {phrase} " in f" {normed} "


# "Vous pouvez nous contacter au travers des issues de ce dépôt": the tracker is the contact channel
TRACKER_WORDS = ("issue", "issues", "ticket", "tickets", "bug tracker", "gestionnaire de tickets")
EMAIL_RE = lazy_compile(r"[\w.+-]{1,64}@[\w-]{1,63}(\.[\w-]{1,63})+")  # (bounded as an address is: linear on a 200 KB word)
MAX_SENTENCE_WORDS = 30
# Addresses of the example domains (RFC 2606: example.com/.net/.org, ".example", ".test", ".invalid"; "exemple.fr"): placeholders in a
# command or a sample ("--email david@example.net"), nobody to write to
# (and a placeholder domain: "pour utiliser devis@mail.domain.gouv.fr par exemple" describing a setting's value)
_EXAMPLE_LABELS = frozenset({"example", "exemple", "localhost", "domain", "domaine", "mydomain", "yourdomain", "mondomaine", "votredomaine",
                             "your-domain", "votre-domaine", "my-domain", "mon-domaine"})


# an address written so that robots do not read it: "nom(at)domaine.fr", "nom [at] domaine.fr", "nom arobase domaine.fr", its dots
# spelled too ("nom (at) domaine (dot) fr"), or both in plain words ("crocus at meteo dot fr": only with a spelled dot, "hosted at
# github.com" is no address; and no article for a domain, "at the dot com era")
_DOT = r"(?:\.|[^\S\n]{0,2}[\[({](?:dot|point)[\])}][^\S\n]{0,2})"
_SPELLED_DOT = r"[^\S\n](?:dot|point)[^\S\n]"
OBFUSCATED_EMAIL = lazy_compile(r"[\w.+-]{1,64}[^\S\n]{0,2}(?:\((?:at|arobase)\)|\[(?:at|arobase)\]|\{at\}|(?<=\s)arobase(?=\s))[^\S\n]{0,2}[\w-]{1,63}(?:" + _DOT + r"[\w-]{1,63})+"
                                r"|\b[\w.+-]{1,64}[^\S\n]at[^\S\n](?!(?:the|a|an|this|that|le|la|les|un|une)\b)(?=[\w-]*[a-z])[\w-]{1,63}(?:" + _SPELLED_DOT + r"[\w-]{1,63})*" + _SPELLED_DOT + r"[a-z]{2,4}\b",
                                re.I)


def address(text: str):
    """The first e-mail address of ``text`` that is no example's, as a match (or None); an obfuscated one counts."""
    return next((m for rx in (EMAIL_RE, OBFUSCATED_EMAIL) for m in rx.finditer(text) if not _example_domain(_clear(m.group(0)))), None)


def _clear(written: str) -> str:
    """An obfuscated address written out plain ("crocus at meteo dot fr" -> "crocus@meteo.fr")."""
    return _SPELLED.sub(".", _PLAIN_AT.sub("@", _AT.sub("@", written), count=1))


_AT = lazy_compile(r"[^\S\n]{0,2}(?:[\[({](?:at|arobase)[\])}]|\barobase\b)[^\S\n]{0,2}", re.I)
_SPELLED = lazy_compile(r"[^\S\n]{0,2}[\[({](?:dot|point)[\])}][^\S\n]{0,2}|[^\S\n](?:dot|point)[^\S\n]", re.I)  # (the dots: "(dot)", " dot ")
_PLAIN_AT = lazy_compile(r"[^\S\n]at[^\S\n]", re.I)


def without_addresses(text: str) -> str:
    """``text`` without its e-mail addresses, plain or obfuscated: their domains name no site."""
    return OBFUSCATED_EMAIL.sub(" ", EMAIL_RE.sub(" ", text))


def _example_domain(addr: str) -> bool:
    labels = addr.rsplit("@", 1)[-1].lower().split(".")
    return bool(_EXAMPLE_LABELS.intersection(labels)) or labels[-1] in ("test", "invalid")


# an identifier (a word holding "_": `inbound_email_token`, the Markdown parser having dropped the backticks): code, no prose
IDENTIFIER = lazy_compile(r"\b[^\W_]*_\w*")
CONTACT_WORDS = ("contact", "contacter", "contactez", "ecrivez", "write", "email", "courriel", "mail", "message", "question", "questions",
                 "support", "aide", "help")


# a community's channel to join, linked ("Want to chat with the community? Join us in [Slack][] and the [Mailing List][]!")
_CHANNEL_NAME = lazy_compile(r"\b(slack|mattermost|matrix|discord|gitter|rocket ?chat|zulip|mailing lists?|listes? de diffusion|google groups?)\b")
_JOIN_CHANNEL = lazy_compile(r"\b(join|rejoignez|rejoindre|chat with|discuter avec|echanger avec|ask|posez|contact\w*)\b")


_SENTENCES = lazy_compile(r"(?<=[.!?])\s+(?=[A-Z\u00c0-\u00dd])")  # (a sentence's end: a stop, then a capital)


# A setting and its value (`VAPID_SUBJECT=mailto:contact@tous-voisins.fr` in a list of variables to configure, issue 12, s35 n35 =
# GwendolineD/app-mairies): the address is the value a service is given (Web Push's sender), nobody the reader is invited to write to
_SETTING_VALUE = lazy_compile(r"(?<![\w.$-])[A-Za-z_][\w.]{0,60}=(?:\"[^\"\n]{0,200}\"|'[^'\n]{0,200}'|[^\s`'\"]{1,200})")


def without_settings(text: str) -> str:
    """``text`` without its ``NAME=value`` settings (see above)."""
    return _SETTING_VALUE.sub(" ", text)


def contact_paragraph(block, doc_links: list[str]) -> bool:
    """A short paragraph with an e-mail address (or a mailto: link) and a contact word, or a linked chat or mailing list to join (an
    address given as a setting's value is none: :func:`without_settings`)."""
    if not (any(u.startswith("mailto:") for u in doc_links) or address(without_settings(block.text))):
        normed, linked = norm(block.text), doc_links or re.search(r"\]\(|\]\[|https?://", block.text)
        return bool(linked and len(normed.split()) <= MAX_SENTENCE_WORDS and _CHANNEL_NAME.search(normed) and _JOIN_CHANNEL.search(normed))
    # (the address's own words are none: "Copyright (c) Erasme <support@erasme.org>"; nor are an identifier's: the token
    # `inbound_email_token` beside a signed reply address is no invitation to write)
    text = without_settings(block.text) if not any(u.startswith("mailto:") for u in doc_links) else block.text
    if len(norm(text).split()) > MAX_SENTENCE_WORDS:  # a long paragraph: the sentence that gives the address ("Note that the access to
        text = next((x for x in _SENTENCES.split(text) if address(x)), text)  # tickets is limited… please ask for access by email to …")
    normed = norm(IDENTIFIER.sub(" ", without_addresses(text)))
    words = [w for w in CONTACT_WORDS if _has_phrase(normed, w)]
    if words and (_FILL_IN.search(normed) or _DATA_RULE.search(normed)) and all(w in _FIELD_WORDS for w in words):
        return False  # ("2. Saisir l'email : `test@exemple.fr`" to log in to a test identity provider: a value to type, nobody to reach;
        # "Any white space in an email adresse is removed (ex aa bb@toto.org becomes aabb@toto.org)": a datum the program cleans)
    return len(normed.split()) <= MAX_SENTENCE_WORDS and bool(words)


# A sentence offering the reader a channel for their own requests: the issue tracker "if you have a request or a problem concerning X, you
# can post an issue", "pour toute demande, ouvrez un ticket"; the team's own chat, linked ("go to our [Slack workspace](…)") — s35 g35 =
# r15a, meteofrance/meteonet's "communication interface with MeteoNet's users"; "please open an issue to discuss your needs" (s39 fj39 =
# codegouvfr/rjsf-dsfr). Not a bug report alone ("if you find a bug, open an issue")
_REQUEST = lazy_compile(r"\b(?:requests?|questions?|problems?|demandes?|problemes?|difficultes?|besoins?|needs|use cases?|cas d usages?|suggestions?)\b")
# (and a request put in words in a ticket, "N'hésitez pas à formuler toute proposition, question … dans une nouvelle issue", "posez vos
# questions dans les tickets", "ask your questions in an issue" — s46 fh46)
_POST = lazy_compile(r"\b(?:post|open|create|submit|file|raise|leave|ask|poster|postez|ouvrir|ouvrez|creer|creez|deposer|deposez|soumettre|soumettez|"
                     r"laisser|laissez|formuler|formulez|poser|posez)\b")
_OUR_CHANNEL = lazy_compile(r"\b(?:our|notre|nos|the team s|l equipe)\b(?: \w+){0,2}? (?:slack|mattermost|matrix|discord|gitter|rocket ?chat|zulip|"
                            r"mailing lists?|listes? de diffusion|google groups?|forum)\b")


def channel_sentence(block) -> bool:
    """A sentence of the paragraph (40 words at most) offering the issue tracker for the reader's requests or problems, or naming the
    team's own linked chat or forum (:data:`_OUR_CHANNEL`)."""
    labels = [lab for u, lab in block.links if lab and u.startswith(("http://", "https://"))]
    for sentence in _SENTENCES.split(block.text)[:50]:
        normed = norm(sentence)
        if not normed or len(normed.split()) > 40 or not (re.search(r"https?://", sentence) or any(lab in sentence for lab in labels)):
            continue
        if channel_words(normed):
            return True
    return False


def channel_words(normed: str) -> bool:
    """A sentence (a :func:`norm` form) offering the issue tracker for the reader's requests or problems, or naming the team's own chat or
    forum: :func:`channel_sentence`'s words, the link it needs aside."""
    return bool(_REQUEST.search(normed) and _POST.search(normed) and any(_has_phrase(normed, w) for w in TRACKER_WORDS)
                or _OUR_CHANNEL.search(normed))


def offers_channel(text: str) -> bool:
    """``text`` (a paragraph found to give the contact) holds a sentence of 40 words at most offering a channel (:func:`channel_words`)."""
    return any(len(n.split()) <= 40 and channel_words(n) for n in (norm(x) for x in _SENTENCES.split(text)[:50]) if n)


# a step of a procedure where the address is a value to type or an account to log in with ("Saisir l'email : `test@…`", "Log in with
# admin@example.org / password"): the e-mail there names a form's field, no one to write to
_FILL_IN = lazy_compile(r"\b(?:saisir|saisissez|saisis|entrer|entrez|renseigner|renseignez|taper|tapez|remplir|remplissez|enter|type|fill in|"
                        r"log ?in|sign ?in|se connecter|connectez vous|identifiez vous|identifiants?|mot de passe|password|credentials|"
                        r"comptes? de test|test accounts?|utilisateurs? de test|test users?)\b")
_FIELD_WORDS = ("email", "courriel", "mail")
# a rule the program applies to the e-mails it processes, the address an example of the data ("blank or empty mails are filtered / Any
# white space in an email adresse is removed (ex aa bb@toto.org becomes aabb@toto.org)", "l'adresse est normalisée"): nobody to reach
_DATA_RULE = lazy_compile(r"\b(?:becomes?|devient|deviennent|converted (?:to|into)|transformed into|turned into|"
                          r"(?:is|are|gets?|get) (?:removed|stripped|trimmed|filtered|discarded|dropped|replaced|rejected|normali[sz]ed|lower ?cased|anonymi[sz]ed|hashed|masked)|"
                          r"(?:est|sont) (?:supprimee?s?|retiree?s?|filtree?s?|ignoree?s?|rejetee?s?|remplacee?s?|normalisee?s?|anonymisee?s?|masquee?s?|convertie?s?))\b")

# How the team works ("Vie de l'équipe": its daily meeting and retrospective, "Team rituals", "Fonctionnement de l'équipe"; "Pratique de
# l'équipe": its pull-request and merge rules): no one to reach
# A chapter of links to the community's other projects ("Liens communauté et écosystème": shillelagh-gristapi, a documentation site,
# "Community links", "Community resources"): other works to visit, no one to reach (issue 12, s42 fd42 = etalab-ia/chartsgouv)
COMMUNITY_LINKS = lazy_compile(r"\b(?:liens?|links?|ressources?|resources?|projets?|projects?)(?: (?:de la|of the|du|de|the))? (?:communaute|community)\b"
                               r"|\b(?:communaute|community) (?:liens?|links?|ressources?|resources?|projets?|projects?)\b"
                               r"|\b(?:communaute|community) (?:et|and) (?:ecosysteme|ecosystem)\b|\b(?:ecosysteme|ecosystem) (?:et|and) (?:communaute|community)\b")

TEAM_LIFE = lazy_compile(r"\b(?:vie|fonctionnement|organisation|rituels?|methodes? de travail|pratiques?|conventions?|regles?|habitudes?|"
                         r"life|rituals?|ways? of working|working agreements?|practices?|rules) "
                         r"(?:\w+ ){0,2}(?:equipe|team)\b|\b(?:equipe|team) (?:life|rituals?|organisation|organization|practices?|conventions?|rules|workflow)\b")


# A heading named by the act of reaching the team ("Contact", "Nous contacter", "Contact us"), and one named by the people (the authors,
# the team, the credits): where both are, the first is the contact chapter ("## Auteurs" (names) then "## Contact" (an address))
_NAMED_CONTACT = lazy_compile(r"^(?:\d+ )*(?:contacts?|nous contacter|contactez nous|contact us|contacting us|pour nous contacter)$")


def contact_named(first: str, later: str) -> bool:
    """``later`` (a heading's text) names the contact itself, ``first`` (the contact heading found before it) does not."""
    return bool(_NAMED_CONTACT.match(norm(later))) and not _NAMED_CONTACT.match(norm(first))


_ITEM = lazy_compile(r"^[ \t]*(?:[-*+]|\d+[.)])[ \t]+\S")


def people_list(body: str) -> bool:
    """A chapter that is only a list of people with their addresses ("- Vincent Passama - vincent.passama@…" under "Contributing"):
    whom to write to, not a guide to contributing."""
    lines = [ln for ln in body.splitlines() if ln.strip()]
    return 0 < len(lines) <= 20 and all(_ITEM.match(ln) and EMAIL_RE.search(ln) for ln in lines)


def people_chapter(heading: str, body: str) -> bool:
    """A chapter titled by the people's role alone ("## Developers", "## Développeurs", "## Mainteneurs", "## L'équipe"; ``heading`` a
    :func:`norm` form) that is only a list of people, each named, with their addresses: whom to write to, whatever role titles it (issue
    12, s41 fd41 = InseeFr/Coleman-Back-Office). Not a heading that merely holds the word ("Developer guide"), nor names without addresses."""
    named = _ROLE_HEADING.match(heading)
    return bool(named and _ROLES_LABEL.match(named.group(1)) and people_list(body)
                and all(_names(_ITEM_MARK.sub("", ln, count=1)) for ln in body.splitlines() if ln.strip()))


# A credits chapter (an R package's "## Contributions": "Maintainer: Name <address>", "Creators, authors and contributors:", then
# "- Name [aut]"): every line names people, by their roles; none tells how to contribute
_ROLE = (r"(?:maintainers?|mainteneurs?|mainteneuses?|maintenance|authors?|auteurs?|autrices?|creators?|createurs?|creatrices?|contributors?|"
         r"contributeurs?|contributrices?|contributeurs? trices?|developers?|developpeurs?|developpeuses?|copyright holders?|responsables?|"
         r"referents?|referentes?|product owners?|chefs? de projet|project leads?|leads?|porteurs?|porteuses?|equipe|team|credits?)")
_ROLES_LABEL = lazy_compile(rf"^{_ROLE}(?: (?:and|et|&)? ?{_ROLE})*$")
_ROLE_HEADING = lazy_compile(r"^(?:\d+ )*(?:(?:the|our|les|nos|l) )?(.+)$")
_ITEM_MARK = lazy_compile(r"^[ \t]*(?:[-*+]|\d+[.)])[ \t]+")
_LABEL_LINE = lazy_compile(r"^[ \t]*(?:[-*+][ \t]+)?(?:\*\*|__)?([^:*_\n]{1,80}?)(?:\*\*|__)?[ \t]*:[ \t]*(.{0,300})$")
_BRACKETS = lazy_compile(r"\[[^\]\n]{0,80}\]\([^)\n]{0,300}\)|\([^)\n]{0,120}\)|\[[^\]\n]{0,40}\]|<[^>\n]{0,200}>")
_LINK_TEXT = lazy_compile(r"\[([^\]\n]{1,80})\]\([^)\n]{0,300}\)")
_ROLE_MARK = lazy_compile(r"\[(?:aut|cre|ctb|cph|fnd|rev|ths|trl)(?:[ ,]+(?:aut|cre|ctb|cph|fnd|rev|ths|trl))*\]")
_PARTICLES = frozenset({"de", "du", "des", "d", "da", "das", "di", "do", "dos", "del", "della", "van", "von", "der", "den", "le", "la", "les", "et", "and", "y", "e", "al", "el", "bin", "ibn", "ter", "ten"})


def _names(text: str) -> bool:
    """``text`` (a list item, or what follows a role label) only names people or organisations: one to six capitalised words per name
    (particles aside), their addresses, links and roles in brackets, separated by commas or "et"/"and"."""
    text = _BRACKETS.sub(lambda m: _LINK_TEXT.sub(r"\1", m.group(0)) if m.group(0).startswith("[") and "](" in m.group(0) else " ", EMAIL_RE.sub(" ", text))
    parts = [p.strip(" \t.;-–—|") for p in re.split(r"[,;/&]| - | – | — |\bet\b|\band\b", text)]
    names = [p.split() for p in parts if p]
    return bool(names) and all(len(ws) <= 6 and all(w[:1].isupper() or w.startswith("@") or w.lower() in _PARTICLES for w in ws)
                               and any(w[:1].isupper() or w.startswith("@") for w in ws) for ws in names)


def credits_list(body: str) -> bool:
    """A chapter that only names the people who made the project: its lines are role labels ("Maintainer: Name <address>",
    "Creators, authors and contributors:") and list items of names (roles, addresses, links beside them), two lines or more, one
    naming a role or giving an address; no sentence, no link to a guide, nothing on how to contribute."""
    lines = [ln for ln in body.splitlines()[:40] if ln.strip()]
    if not 2 <= len(lines) <= 30:
        return False
    marked = False
    for ln in lines:
        label = _LABEL_LINE.match(ln)
        if label and _ROLES_LABEL.match(norm(label.group(1))):
            marked = True
            if label.group(2).strip() and not _names(label.group(2)):
                return False
        elif _ITEM.match(ln) and _names(re.sub(r"^[ \t]*(?:[-*+]|\d+[.)])[ \t]+", "", ln)):
            marked = marked or bool(_ROLE_MARK.search(ln) or EMAIL_RE.search(ln))
        else:
            return False
    return marked


# Who a row of a table names ("| Author email | … |", "| Mainteneur | … |", "| Contact | … |"): with an address in another cell, whom to write to
_ROW_PEOPLE = ("contact", "contacts", "support", "auteur", "auteurs", "autrice", "author", "authors", "mainteneur", "mainteneurs", "maintainer",
               "maintainers", "referent", "referente", "responsable", "owner", "equipe", "team")


def contact_row(blocks: list, lines: list[str]):
    """The first cell of the first Markdown table row (2 or 3 cells, in line order) whose first cell names a contact or a person in charge
    ("Author email", "Contact", "Mainteneur") and another cell holds an address that is no example's or a mailto: link; else None.
    A settings table ("| `ADMIN_EMAIL` | admin@… |": its first cell code or an identifier) names no one to reach."""
    rows: dict[int, list] = {}
    for b in blocks:
        if b.kind == "paragraph" and 0 < b.line <= len(lines) and lines[b.line - 1].lstrip().startswith("|"):
            rows.setdefault(b.line, []).append(b)
    for line in sorted(rows):
        cells = rows[line]
        if not 2 <= len(cells) <= 3 or cells[0].code:  # (a data dictionary's row, four columns and more, shows an example value)
            continue
        head = norm(IDENTIFIER.sub(" ", cells[0].text))
        if not head or len(head.split()) > 6 or not any(_has_phrase(head, w) for w in _ROW_PEOPLE):  # ("| Mail professionnel | … |": a field)
            continue
        if any(address(c.text) or any(u.startswith("mailto:") for u, _ in c.links) for c in cells[1:]):
            return cells[0]
    return signed_invitation(blocks)


# an invitation to write ("Please feel free to contact me if you have any questions", "N'hésitez pas à nous contacter")
_INVITES = lazy_compile(r"\b(?:contact (?:me|us)|(?:me|nous) contacter|contactez[ -](?:moi|nous)|write to (?:me|us)|(?:m|nous) ecrire|ecrivez[ -](?:moi|nous)|reach (?:me|us))\b")


def signed_invitation(blocks: list):
    """A paragraph inviting the reader to write, with no address, right before a paragraph (no heading between) that holds one, the
    signature ("Dongliang Peng" / "<address>"): whom to reach; else None."""
    for b, nxt in zip(blocks, blocks[1:]):
        if b.kind == nxt.kind == "paragraph" and len(norm(b.text).split()) <= 40 and _INVITES.search(norm(b.text)) and not address(b.text) and address(nxt.text):
            return b
    return None


# A chapter giving the accounts to sign in with ("### Identifiants par défaut", "Default credentials", "Comptes de test"): its
# addresses are logins to type, nobody to write to ("- Email: `admin@mairie.fr`" above "- Password: `Admin123!`")
_LOGINS_HEADING = lazy_compile(r"\b(?:identifiants?|credentials|logins?|mots? de passe|passwords?|(?:default|test|demo|admin) (?:accounts?|users?|logins?)|"
                               r"comptes? (?:de test|de demo|de demonstration|par defaut|admin\w*)|(?:utilisateurs?|acces) (?:de test|de demo|par defaut))\b")
_PASSWORD_ITEM = lazy_compile(r"^(?:password|passwd|mot de passe|mdp|pass)\b")


def login_lines(blocks: list) -> set[int]:
    """The lines of the paragraphs that give an account to sign in with: under a heading on logins or credentials (up to the next
    heading), or a list item beside an item giving its password."""
    out: set[int] = set()
    for i, b in enumerate(blocks):
        if b.kind == "heading" and _LOGINS_HEADING.search(norm(b.text)):
            out.update(x.line for x in itertools.takewhile(lambda x: x.kind != "heading", blocks[i + 1:]))
        elif b.kind == "paragraph" and b.item and any(x.kind == "paragraph" and x.item and _PASSWORD_ITEM.match(norm(x.text))
                                                      for x in blocks[max(0, i - 1):i] + blocks[i + 1:i + 2]):
            out.add(b.line)
    return out
