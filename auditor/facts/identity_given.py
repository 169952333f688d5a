"""A first name committed with no address (read by :func:`auditor.facts.history.identities`).

A commit made before git knew its author's address carries a bare first name and nothing else ("sylvain <>", two commits between
the same person's "Initial commit" and their next commit under their full name and no-reply address): that first name is the one
person of the history whose full name opens with it. Only when exactly one identity has that first name (two Sylvains, or another
"sylvain" who writes with an address, leave it alone), the name is a single word of 4+ letters that no generic account word is, and
the commit has no address at all: an address would be its own evidence (issue 12, s48 fc48 = megalis-bretagne/superset, one
person's 19 commits counted as 90 %).
"""

from __future__ import annotations

from auditor.facts.identity_names import _GENERIC, _forms, _full, _words


def addressless_given_name_links(people: list[tuple[str, str, str]], root) -> list[tuple[str, str]]:
    """Pairs of keys to join: an author with no address whose one-word name (4+ letters) is the first name of exactly one identity's
    full name, and of no other bare-named identity."""
    fulls = [(form, key) for key, name, email in sorted(people) for form in _forms(name, email) if _full(form)]
    links = []
    for key, name, email in sorted(people):
        given = _words(name)
        if (email or "").strip("<> ") or len(given) != 1 or not given[0].isalpha() or len(given[0]) < 4 or given[0] in _GENERIC:
            continue
        candidates = sorted({root(k) for (first, _last), k in fulls if first == given[0]})
        bare = {root(k) for k, n, _e in people if _words(n) == given} - {root(key)}
        if len(candidates) == 1 and candidates[0] != root(key) and bare <= set(candidates):
            links.append((key, candidates[0]))
    return links
