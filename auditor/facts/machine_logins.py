"""A login committing from a machine of no Internet domain, joined to the person whose address it abbreviates (read by
:func:`auditor.facts.history.identities`).

git's default address on an unconfigured computer is ``user@machine.local`` (or ``.lan``, ``.home``; a machine alone, no network's labels): ``dphil <dphil@bertel.local>``,
a developer's Windows profile "dphil" on a machine named after the project, is "D-OTIsud" <d.philippe@otisud.com>, whose address
is the first name's initial then the surname (issue 12, s42 fp42 = D-OTIsud/Bertel). The login (letters only, 5 or more) must be
that initial followed by the surname's start (4 letters or more) of one identity's Internet address written ``first.last`` — or
``f.last`` —, and one identity only must fit: two people whose addresses start alike are no one's. (A workstation of an
organisation's internal network, cseon@L5440-CSEON.EOHS.LOCAL, is :func:`auditor.facts.identity_names.workstation_links`'.)"""

from __future__ import annotations


def machine_login_links(people: list[tuple[str, str, str]], root) -> list[tuple[str, str]]:
    """Pairs of keys to join (see the module's docstring); ``people``: (key, author name, e-mail)."""
    from auditor.facts.identity_names import _forms  # noqa: PLC0415 - (one module of names)
    from auditor.people import not_on_the_internet  # noqa: PLC0415 - (auditor.people reads the auditor's data files)

    forms: list[tuple[str, str, str]] = []
    machines: list[tuple[str, str]] = []
    for key, name, email in sorted(people):
        email = (email or "").strip("<> ").lower()
        if "@" not in email:
            continue
        local, domain = email.split("@", 1)[0], email.rsplit("@", 1)[-1]
        if not domain:
            continue
        if not_on_the_internet(domain):
            # (a machine alone, host.local; a workstation of a named network, pc.network.local, is workstation_links')
            if domain.count(".") <= 1 and local.isalpha() and local.isascii() and len(local) >= 5:
                machines.append((key, local))
            continue
        forms += [(first, last, key) for first, last in _forms("", email) if first.isalpha() and last.isalpha() and len(last) >= 4]
    links = []
    for key, login in machines:
        candidates = sorted({root(k) for first, last, k in forms if login[0] == first[0] and last.startswith(login[1:])})
        if len(candidates) == 1 and candidates[0] != root(key):
            links.append((key, candidates[0]))
    return links
