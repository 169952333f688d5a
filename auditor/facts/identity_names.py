"""One person written in full and with an initial (``identities`` of :mod:`auditor.facts.history`): a GitHub display name
"Lucie B" (merging pull requests from a no-reply address) is ``lucie.bechu@…`` or "Lucie Bechu" when that full name is the
only one in the history it can stand for; a login made of an initial and a name (``ryahiaoui``) is ``rafik.yahiaoui@…`` on
the same condition. Conservative: a first name and an initial that fit two full names ("Jean M" beside
jean.martin and jean.moreau) are no one; an initial is one or two letters beside a word of three or more; words are letters only.
Deterministic: forms are taken in sorted order and a link is made only to a single candidate."""

from __future__ import annotations

import re
import unicodedata

from auditor.facts.identity_marks import without_account_number, without_external_mark

_GENERIC = {"no", "reply", "noreply", "do", "not", "dev", "team", "contact", "root", "git", "user", "web", "flow", "admin", "info"}

# The local parts of a team's or an organisation's shared mailbox (contact@, admin@, informatique@): whoever signs from one, the
# address is the organisation's ("SIG du SDMIS" <sig@…> is no person named SIG; "Roue Libre" <contact@rouelibre.net> is the
# association, not a person called Roue Libre).
TEAM_MAILBOXES = frozenset({"contact", "info", "infos", "admin", "support", "service", "services", "equipe", "informatique",
                            "geomatique", "carto"})


def team_mailbox(email: str) -> bool:
    """``email`` is a team's shared mailbox (:data:`TEAM_MAILBOXES`, its local part letters only)."""
    local = (email or "").strip().lower().rsplit("@", 1)[0] if "@" in (email or "") else ""
    return re.sub(r"[^a-z]", "", local) in TEAM_MAILBOXES


def team_domains(people, registrable) -> frozenset[str]:
    """The registrable domains a team mailbox of the history writes from (``people``: (key, author name, e-mail)): an
    organisation's, never a person's own, whatever login or full name is named like them (issue 12, s33: an association's
    admin@ address beside its own GitHub account named like the domain, or its name written as a first and a last name)."""
    return frozenset(registrable(e.strip().lower().rsplit("@", 1)[1]) for _k, _n, e in people if "@" in (e or "") and team_mailbox(e))


def _plain(word: str) -> str:
    """The word without its accents (and any other character outside ASCII), in lower case."""
    return unicodedata.normalize("NFKD", word or "").encode("ascii", "ignore").decode().lower()


def _words(text: str) -> list[str]:
    return re.sub(r"[^a-z0-9]+", " ", _plain(text)).split()


def _forms(name: str, email: str) -> list[tuple[str, str]]:
    """(first, last) pairs a person writes: the author name in two words ("Lucie Bechu", "Lucie B.", "Bechu, Lucie"), the
    address's local part in two words (lucie.bechu, l.bechu, lucie_b); anything else (a login, three words, digits) gives none."""
    out = []
    name = without_account_number(name).strip()  # ("Alexis Boizard(32561)": a directory's account number, identity_marks)
    if name.count(",") == 1:
        last, first = name.split(",")
        name = f"{first} {last}"
    # (a surname that is also a generic account word, Helen Root, is a person's when a first name that is none opens it)
    named = _words(name) if re.search(r"\s", name) else []
    if len(named) == 2 and named[0] not in _GENERIC and all(x.isalpha() for x in named):
        out.append((named[0], named[1]))
    local = without_external_mark((email or "").lower().split("@", 1)[0].split("+")[-1])  # (gdurandiere-ext: identity_marks)
    if re.search(r"[._-]", local) and not (email or "").lower().endswith("noreply.github.com"):
        w = _words(local)
        if len(w) == 2 and all(x.isalpha() and x not in _GENERIC for x in w):
            out.append((w[0], w[1]))
    return out


def _full(form: tuple[str, str]) -> bool:
    return len(form[0]) >= 3 and len(form[1]) >= 3


def name_labels(name: str, email: str) -> set[str]:
    """The first labels a person's own web or mail domain is named with: the full name run together in either order
    (``benoitpaquier``, ``paquierbenoit``; 8+ letters) or the first name's initial then the surname (``mlorber`` for Mathieu
    Lorber; a surname of 5+ letters), from the author name in two words or a ``first.last`` address (:func:`_forms`)."""
    out: set[str] = set()
    for first, last in _forms(name, email):
        if _full((first, last)):
            out |= {x for x in (first + last, last + first) if len(x) >= 8}
            if len(last) >= 5:
                out.add(first[0] + last)
    return out


def _stands_for(short: tuple[str, str], full: tuple[str, str]) -> bool:
    """"Lucie B" for Lucie Bechu, "L Bechu" for Lucie Bechu: one word the same, the other its one- or two-letter start."""
    (a, b), (f, l) = short, full
    return (a == f and len(a) >= 3 and len(b) <= 2 and l.startswith(b)) or (b == l and len(b) >= 3 and len(a) <= 2 and f.startswith(a))


def abbreviated_links(people: list[tuple[str, str, str]], root) -> list[tuple[str, str]]:
    """Pairs of keys to join: ``people`` is (key, author name, author e-mail) per distinct author, ``root(key)`` the identity a
    key has so far. A short form (first name and initial) is joined to the one identity whose full forms it stands for."""
    fulls: list[tuple[tuple[str, str], str]] = []
    shorts: list[tuple[tuple[str, str], str]] = []
    for key, name, email in sorted(people):
        for form in _forms(name, email):
            (fulls if _full(form) else shorts).append((form, key))
    links = []
    for short, key in shorts:
        candidates = {root(k) for form, k in fulls if _stands_for(short, form)}
        if len(candidates) == 1:
            other = next(iter(candidates))
            own = {root(k) for form, k in fulls if k == key}  # (its own full name fits it too: "Lucie B <lucie.bernard@…>")
            if other != root(key) and not own - {other}:
                links.append((key, other))
    return links


NOREPLY_LOGIN = re.compile(r"^(?:\d+\+)?([a-z][a-z0-9-]*)@users\.noreply\.(?:github|gitlab)\.com$")


def _logins(name: str, email: str) -> set[str]:
    """One-word names a person is known by: a GitHub no-reply address's login, an author name of one word, an address's local
    part of one word (``ryahiaoui@poste-12.intra``); letters only, 6 or more."""
    email = (email or "").strip().lower()
    found = {m.group(1)} if (m := NOREPLY_LOGIN.match(email)) else set()
    if not re.search(r"[\s,.]", (name or "").strip()):
        found.add(_plain((name or "").strip()))
    if "noreply" not in email:
        found.add(without_external_mark(email.split("@", 1)[0].split("+")[-1]))
    # a login in two parts joined by a hyphen or an underscore reads as one word (``pie-leroy``: pieleroy)
    found |= {x.replace(sep, "") for x in found for sep in "-_" if x.count(sep) == 1 and all(x.split(sep))}
    return {x for x in found if len(x) >= 6 and x.isalpha() and x.isascii() and x not in _GENERIC}


def _login_of(login: str, full: tuple[str, str]) -> bool:
    """A login of a full form: one word's initial then the other word (``ryahiaoui`` for Rafik Yahiaoui, ``cmoire`` for Cyril
    Moire), or one word then the other's initial (``nadeigec`` for Nadeige Couthon); the whole word 4+ letters. The first
    name's initial may be followed by a middle name's (``hfroot`` for Helen Root, who signs Helen F. Root): the surname then
    ends the login and the first name's initial opens it. The first name's start may stand for its initial (``pieleroy``, the
    login ``pie-leroy``, for Pierre Leroy)."""
    a, b = full
    if any(len(last) >= 4 and login in (first[0] + last, last + first[0]) for first, last in ((a, b), (b, a))):
        return True
    if any(len(last) >= 4 and len(login) > len(last) and login.endswith(last) and first.startswith(login[:-len(last)])
           for first, last in ((a, b), (b, a))):
        return True
    return len(b) >= 4 and len(login) == len(b) + 2 and login[0] == a[0] and login.endswith(b)


def login_links(people: list[tuple[str, str, str]], root) -> list[tuple[str, str]]:
    """Pairs of keys to join: a login made of an initial and a surname (``ryahiaoui``, committing from a workstation's address
    or GitHub's no-reply one) is the one identity whose full name or address gives that login (``yahiaoui
    <rafik.yahiaoui@paris.fr>``); two identities that fit (Jean and Julien Martin for ``jmartin``) are no one. A login that
    already has a full name of its own fitting another identity is left as it is."""
    fulls: list[tuple[tuple[str, str], str]] = []
    logins: list[tuple[str, str]] = []
    for key, name, email in sorted(people):
        fulls += [(form, key) for form in _forms(name, email) if _full(form)]
        logins += [(login, key) for login in sorted(_logins(name, email))]
    links = []
    for login, key in logins:
        candidates = sorted({root(k) for form, k in fulls if _login_of(login, form)})
        own = {root(k) for form, k in fulls if k == key}
        if len(candidates) == 1 and candidates[0] != root(key) and not own - set(candidates):
            links.append((key, candidates[0]))
    return links


def _camel_words(name: str) -> list[str]:
    """An author name as words, camel case split: ``AntoineBreitwillerCSTB`` is antoine, breitwiller, cstb."""
    return _words(re.sub(r"(?<=[a-z])(?=[A-Z])", " ", (name or "").strip()))


def _sequences(name: str, email: str) -> list[tuple[str, ...]]:
    """The word sequences a person writes, of two or three words of 3+ letters each: the author name (camel case split) and the
    address's local part (``stephen.perrin``, ``stephen.perrin.freelance``); a no-reply address's login is left to
    :func:`_logins`."""
    out = [_camel_words(name)]
    local = (email or "").lower().split("@", 1)[0].split("+")[-1]
    if re.search(r"[._-]", local) and "noreply" not in (email or "").lower():
        out.append(_words(local))
    # (a camel-case login's last word may be a two-capital acronym of the employer, "FlorentBedecarratsNM": Florent Bedecarrats at
    # Nantes Métropole, the same person as "Florent Bédécarrats" <…@gmail.com>; issue 12, s38 fk38)
    acronym = _ACRONYM_END.search((name or "").strip())
    return sorted({tuple(w) for w in out if len(w) in (2, 3) and all(x.isalpha() and x not in _GENERIC for x in w)
                   and all(len(x) >= 3 or (acronym and w is out[0] and i == 2) for i, x in enumerate(w))})


_ACRONYM_END = re.compile(r"^[A-Z][a-z]+[A-Z][a-z]+[A-Z]{2}$")


def _long_logins(name: str, email: str) -> list[tuple[str, ...]]:
    """A GitHub login written in camel case of four or more words, the first two a first and last name of 3+ letters each
    (``MickaelLehayPaysDeLaLoire``, committed from its no-reply address): the words, to be read as that name extended."""
    if not NOREPLY_LOGIN.match((email or "").strip().lower()) or re.search(r"[\s,.]", (name or "").strip()):
        return []
    w = _camel_words(name)
    if len(w) >= 4 and all(x.isalpha() and len(x) >= 3 and x not in _GENERIC for x in w[:2]) and all(x.isalpha() for x in w):
        return [tuple(w)]
    return []


def extension_links(people: list[tuple[str, str, str]], root) -> list[tuple[str, str]]:
    """Pairs of keys to join: a full name followed by one more word is that person (``stephen.perrin@…`` and
    ``stephen.perrin.freelance@…``, "Antoine Breitwiller" and the login written ``AntoineBreitwillerCSTB``), and so is a one-word
    login made of the first and last of those three words (``stephenfreelance``). A first name alone never links (the shorter
    form has two words); a form that two identities extend ("jean.pierre" beside jean.pierre.martin and jean.pierre.durand) or
    a login two identities give is no one."""
    twos: list[tuple[tuple[str, ...], str]] = []
    threes: list[tuple[tuple[str, ...], str]] = []
    logins: list[tuple[str, str]] = []
    for key, name, email in sorted(people):
        for seq in _sequences(name, email):
            (twos if len(seq) == 2 else threes).append((seq, key))
        threes += [(seq, key) for seq in _long_logins(name, email)]
        logins += [(login, key) for login in sorted(_logins(name, email)) if len(login) >= 10]
    links = []
    for short, key in twos:
        candidates = sorted({root(k) for seq, k in threes if seq[:2] == short})
        if len(candidates) == 1 and candidates[0] != root(key):
            links.append((key, candidates[0]))
    for login, key in logins:
        candidates = sorted({root(k) for seq, k in threes if len(seq) == 3 and seq[0] + seq[2] == login})
        if len(candidates) == 1 and candidates[0] != root(key):
            links.append((key, candidates[0]))
    return links


def _login_label(email: str, registrable) -> str:
    """The first label of an address's registrable domain, letters only (``maiwann`` for smogo@maiwann.net)."""
    domain = (email or "").strip().lower().rsplit("@", 1)[-1] if "@" in (email or "") else ""
    return re.sub(r"[^a-z]", "", registrable(domain).split(".")[0]) if domain else ""


def workstation_links(people: list[tuple[str, str, str]], root, registrable) -> list[tuple[str, str]]:
    """Pairs of keys to join: a login committing from a workstation of an organisation's internal network (git's ``user@machine``
    in an Active Directory domain: cseon@L5440-CSEON.EOHS.LOCAL, its author name sometimes an address too, cseon@eohs.local) is the
    one identity whose full name gives that login (an initial and the surname: "Christian SEON") and who writes from that
    organisation's Internet domain, named by a label of the network's (c.seon@eohs.fr, eohs in EOHS.LOCAL); a login of 4 letters
    or more, since the network's name says which organisation's people may hold it. Two identities that fit are no one."""
    from auditor.people import not_on_the_internet  # noqa: PLC0415 - (auditor.people reads the auditor's data files)

    fulls: list[tuple[tuple[str, str], str, str]] = []
    for key, name, email in sorted(people):
        domain = (email or "").strip("<> ").lower().rsplit("@", 1)[-1] if "@" in (email or "") else ""
        reg = registrable(domain) if domain and not not_on_the_internet(domain) else ""
        label = reg.split(".", 1)[0] if reg else ""
        fulls += [(form, key, label) for form in _forms(name, email) if _full(form) and len(label) >= 3]
    links = []
    for key, name, email in sorted(people):
        email = (email or "").strip("<> ").lower()
        local, domain = email.split("@", 1)[0], email.rsplit("@", 1)[-1]
        labels = domain.split(".")
        if "@" not in email or len(labels) < 3 or not not_on_the_internet(domain) or not (local.isalpha() and local.isascii() and len(local) >= 4):
            continue
        network = set(labels[1:-1])  # (the network's labels, the machine's own name aside: eohs of l5440-cseon.eohs.local)
        candidates = sorted({root(k) for form, k, label in fulls if label in network and _login_of(local, form)})
        if len(candidates) == 1 and candidates[0] != root(key):
            links.append((key, candidates[0]))
    return links


def domain_links(people: list[tuple[str, str, str]], root, registrable, open_domain) -> list[tuple[str, str]]:
    """Pairs of keys to join: a GitHub login (from its no-reply address) that is the first label of another author's mail
    domain is that person's own domain (the login ``maiwann`` and ``…@maiwann.net``): when the domain is an unlisted one
    (``open_domain``: no public body's, no listed company's, no webmail's), only one address of the history is at it (a
    domain several people write from is an organisation's), the login has 5+ letters and one identity holds it."""
    holders: dict[str, set[str]] = {}
    for key, _name, email in sorted(people):
        if m := NOREPLY_LOGIN.match((email or "").strip().lower()):
            holders.setdefault(m.group(1), set()).add(root(key))
    return _own_domain_links(people, root, registrable, open_domain, holders, lambda label: len(label) >= 5 and label not in _GENERIC)


def name_domain_links(people: list[tuple[str, str, str]], root, registrable, open_domain) -> list[tuple[str, str]]:
    """Pairs of keys to join: an address at a domain named with a full name of the history (:func:`name_labels`:
    ``hello@benoitpaquier.com``, written as "benpaquier" or "Fuzz", beside "Benoit Paquier" <benoit.paquier@…>) is that
    person's own domain: when the domain is an unlisted one (``open_domain``: no public body's, no listed company's, no
    webmail's), only one address of the history is at it (a domain several people write from is an organisation's) and one
    identity holds that name."""
    holders: dict[str, set[str]] = {}
    for key, name, email in sorted(people):
        for label in name_labels(name, email):
            holders.setdefault(label, set()).add(root(key))
    return _own_domain_links(people, root, registrable, open_domain, holders, lambda label: True)


def _own_domain_links(people, root, registrable, open_domain, holders: dict[str, set[str]], label_ok) -> list[tuple[str, str]]:
    """The joins both rules above make: an address whose domain's first label (``label_ok``) one identity of ``holders`` holds,
    at an unlisted domain (``open_domain``) no other address of the history writes from, joined to that identity."""
    at: dict[str, set[str]] = {}
    for key, _name, email in people:
        if "@" in (email or "") and "noreply" not in email.lower():
            at.setdefault(registrable(email.lower().rsplit("@", 1)[-1]), set()).add(key)
    links = []
    for key, _name, email in sorted(people):
        if "@" not in (email or "") or "noreply" in email.lower():
            continue
        reg = registrable(email.lower().rsplit("@", 1)[-1])
        label = _login_label(email, registrable)
        owners = holders.get(label, set())
        if label_ok(label) and len(at.get(reg, ())) == 1 and len(owners) == 1 and open_domain(reg):
            other = next(iter(owners))
            if other != root(key):
                links.append((key, other))
    return links


# a full name run together, each word capitalised (AlainBarthelemy, accents allowed)
_CAMEL_NAME = re.compile(r"^([A-ZÀ-Ý][a-zß-ÿ]{2,})([A-ZÀ-Ý][a-zß-ÿ]{2,})$")


def login_domains(people: list[tuple[str, str, str]], root, registrable) -> frozenset[str]:
    """Registrable domains named like the GitHub login of the identity writing from them (``maiwann.net`` for the login
    ``maiwann``), or with one of its full names (:func:`name_labels`: ``benoitpaquier.com`` for Benoit Paquier): a person's own
    domain, not a company's; never a domain a team mailbox writes from (:func:`team_domains`)."""
    logins: dict[str, set[str]] = {}
    for key, _name, email in people:
        if m := NOREPLY_LOGIN.match((email or "").strip().lower()):
            logins.setdefault(root(key), set()).add(m.group(1))
    names: dict[str, set[str]] = {}  # (and the names the identity writes under: benoitpaquier.com for Benoit Paquier)
    for key, name, email in people:
        names.setdefault(root(key), set()).update(name_labels(name, email))
    # (and a full name run together in one word, "AlainBarthelemy" <hello@alainbarthelemy.com>, when the identity also writes
    # under its first name alone ("Alain") or its address opens with it: a person's name, not a firm's ("GeoSolutions" <info@…>);
    # issue 12, s35 ae35 = urbanlab/griotte)
    alone: dict[str, set[str]] = {}
    for key, name, email in people:
        alone.setdefault(root(key), set()).update({_plain(name)} if re.fullmatch(r"[^\W\d_]{3,}", (name or "").strip()) else set())
        alone[root(key)].add(_plain((email or "").split("@", 1)[0]))
    for key, name, _email in people:
        if m := _CAMEL_NAME.match((name or "").strip()):
            first, last = _plain(m.group(1)), _plain(m.group(2))
            if first in alone.get(root(key), set()) and len(first + last) >= 8:
                names.setdefault(root(key), set()).add(first + last)
    out = set()
    for key, _name, email in people:
        label = _login_label(email, registrable)
        own = logins.get(root(key), set()) | names.get(root(key), set())
        if len(label) >= 5 and "noreply" not in (email or "").lower() and label in own:
            out.add(registrable(email.strip().lower().rsplit("@", 1)[-1]))
    return frozenset(out) - team_domains(people, registrable)  # (an organisation's shared mailbox at it: the organisation's)


# A login written as a first name and the start of a surname run together ("DorineLam", committing pull requests from its no-reply
# address beside "Dorine Lambinet" <dorine.lambinet@…>): each word capitalised, 3+ letters.
_CAMEL_LOGIN = re.compile(r"^([A-Z][a-z]{2,})([A-Z][a-z]{2,})$")


def truncated_links(people: list[tuple[str, str, str]], root) -> list[tuple[str, str]]:
    """Pairs of keys to join: a one-word author name made of a first name and the start of a surname (``DorineLam``) is the one
    identity whose full name has that first name and a longer surname starting so (Dorine Lambinet); two identities that fit
    (Dorine Lambinet and Dorine Lamy), or a login whose identity already has a full name of its own, are no one. A spaced name
    ("Jean Martin") is a full name, never read as the start of another ("Jean Martinez")."""
    fulls = [(form, key) for key, name, email in sorted(people) for form in _forms(name, email) if _full(form)]
    links = []
    for key, name, _email in sorted(people):
        m = _CAMEL_LOGIN.match((name or "").strip())
        if not m:
            continue
        first, start = (_plain(x) for x in m.groups())
        candidates = sorted({root(k) for (f, last), k in fulls if f == first and last.startswith(start) and len(last) > len(start)})
        own = {root(k) for _form, k in fulls if root(k) == root(key)}
        if len(candidates) == 1 and candidates[0] != root(key) and not own:
            links.append((key, candidates[0]))
    return links


# A one-word author name that is a first name, committing from a no-reply address whose login is a variant of it ("Romaric"
# <Rhmaric@users.noreply.github.com>, "Hugo" <Hugoobx@users.noreply.github.com>), beside one full name with that first name
# ("Romaric Haldenwang" <romaric@…>): the same person's web commits.
def _variant_of(login: str, given: str) -> bool:
    """The login opens with the first name's letter and holds most of it: a run of 4+ letters, two thirds of the name or more."""
    need = max(4, -(-2 * len(given) // 3))
    return login[:1] == given[:1] and any(given[i:i + need] in login for i in range(len(given) - need + 1))


def given_name_links(people: list[tuple[str, str, str]], root) -> list[tuple[str, str]]:
    """Pairs of keys to join: a one-word author name (4+ letters) whose no-reply login is a variant of it (:func:`_variant_of`) is
    the one identity whose full name has that first name; two such identities (Romaric Haldenwang and Romaric Dupont), another
    identity under the bare first name, or an identity of its own with a full name, are no one."""
    fulls = [(form, key) for key, name, email in sorted(people) for form in _forms(name, email) if _full(form)]
    links = []
    for key, name, email in sorted(people):
        given, m = _words(name), NOREPLY_LOGIN.match((email or "").strip().lower())
        if not m or re.search(r"[\s,.]", (name or "").strip()) or len(given) != 1 or not given[0].isalpha() or len(given[0]) < 4 \
                or given[0] in _GENERIC or not _variant_of(m.group(1), given[0]):
            continue
        candidates = sorted({root(k) for (first, _last), k in fulls if first == given[0]})
        bare = {root(k) for k, n, _e in people if _words(n) == given} - {root(key)}  # (another "Romaric" who is not this login)
        own = {root(k) for _form, k in fulls if root(k) == root(key)}
        if len(candidates) == 1 and candidates[0] != root(key) and not own and bare <= set(candidates):
            links.append((key, candidates[0]))
    return links
