"""Whether a PHP ``ldap_bind(…)`` call signs a person in or opens the directory with the service's own account (issue 12, s25).

A person signs in through the directory when the application binds with the credentials that person typed
(``ldap_bind($ds, 'uid='.$login.',ou=users,…', $pass)``). A bind whose password is a constant (``BIND_PASS``), a literal, a
setting read from the configuration (``$config->get('ldap_bind_pass')``, ``getenv('LDAP_PASSWORD')``) or absent (an anonymous
bind) is the service's account opening the directory to read or administer its entries: nobody signs in by it."""

from __future__ import annotations

from auditor.lazyre import lazy_compile

_CONSTANT = lazy_compile(r"^(?:(?:self|static|[A-Z]\w*)::)?[A-Z][A-Z0-9_]*$")
_LITERAL = lazy_compile(r"""^(?:'[^']*'|"[^"$]*")$""")
_SETTING = lazy_compile(r"""->get\(\s*['"]|\bgetenv\(|\benv\(|\bconfig\(|\$(?:this->)?(?:conf|config|cfg|settings|params|parameters|options)\w*\b|\$_(?:ENV|SERVER)\b|\bConfiguration\b""", 0)


def _arguments(text: str) -> list[str] | None:
    """The call's top-level arguments, from just after its opening parenthesis; None when the call does not close on the line."""
    args, depth, quote, current = [], 0, "", []
    for ch in text[:400]:
        if quote:
            current.append(ch)
            if ch == quote:
                quote = ""
            continue
        if ch in "'\"":
            quote = ch
        elif ch in "([{":
            depth += 1
        elif ch in ")]}":
            if depth == 0:
                args.append("".join(current).strip())
                return [a for a in args if a] if args != [""] else []
            depth -= 1
        elif ch == "," and depth == 0:
            args.append("".join(current).strip())
            current = []
            continue
        current.append(ch)
    return None


def service_bind(after: str) -> bool:
    """``after`` is the text following ``ldap_bind(`` on its line: True when the bind uses no password a person typed."""
    args = _arguments(after)
    if args is None:
        return False  # (broken over lines: unread, left as a sign-in)
    if len(args) < 3:
        return True  # an anonymous bind
    password = args[2].lstrip("@ ")
    return bool(_CONSTANT.match(password) or _LITERAL.match(password) or _SETTING.search(password))
