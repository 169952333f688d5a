"""A person's own sign-in written in a documentation page: an account named by the address of a private mailbox and its password
beside it (a course page's ``username = "<the author's address at a mail provider>"`` then ``password = "<12 characters>"`` for a
Copernicus client): published with the site, a credential to revoke, not an example to review (issue 12, s29 f29). An address
of the application's own domain (a seeded admin@… a README gives for a fresh install), of placeholder words (prenom.nom@,
votre_email@, john.doe@) or a password of its role's words (mot_de_passe_de_ladmin) stays a hint."""

from __future__ import annotations

import re

from auditor.facts.secret_calls import _NOT_A_PASSWORD, _literal_password
from auditor.facts.secret_values import REDACTED, SECRET_ATTRIBUTE, SENSITIVE_NAME, _random_value, placeholder_value
from auditor.lazyre import lazy_compile

# the account's name given as an e-mail address, by name (username = "…", "login": "…", email => '…') or first argument of a
# credentials object (Credentials("…", "…"))
_ACCOUNT_EMAIL = lazy_compile(r"""(?:(?<![\w$.>-]):?['"]?(?:user|username|user_name|login|userid|email|e_?mail|mail|identifiant|utilisateur)['"]?"""
                              r"""\s*(?:=>|=(?![=>])|:(?!:))\s*|\(\s*)['"]([\w.+-]{1,64})@([\w-]{1,63}(?:\.[\w-]{1,63}){1,4})['"]""", re.I)
# a literal password given by name (password = "…", 'pwd' => '…', "mot_de_passe": "…"), signs such as "@" or "#" included; or a
# call's second literal after an address (Credentials("<address>", "<password>"))
_NAMED_PASSWORD = lazy_compile(r"""(?<![\w$.>-]):?['"]?(?:password|passwd|pwd|mdp|mot_?de_?passe)['"]?\s*(?:=>|=(?![=>])|:(?!:))\s*(?:'([^'\n]{1,64})'|"([^"\n]{1,64})")""", re.I)
_ADDRESS_THEN_PASSWORD = lazy_compile(r"""\(\s*['"][\w.+-]{1,64}@[\w.-]{3,253}['"]\s*,\s*(?:'([^'\n]{1,64})'|"([^"\n]{1,64})")""")
# the mail providers of private persons: an address there is someone's own mailbox, never an account an application seeds for its
# installations (admin@<the app's domain>, which a README gives on purpose for a fresh install)
_PERSONAL_MAIL = frozenset({"gmail.com", "googlemail.com", "yahoo.com", "yahoo.fr", "hotmail.com", "hotmail.fr", "outlook.com", "outlook.fr",
                            "live.com", "live.fr", "msn.com", "icloud.com", "me.com", "aol.com", "gmx.fr", "gmx.com", "gmx.de", "proton.me",
                            "protonmail.com", "pm.me", "orange.fr", "wanadoo.fr", "free.fr", "sfr.fr", "neuf.fr", "laposte.net", "bbox.fr",
                            "numericable.fr", "club-internet.fr", "aliceadsl.fr", "yandex.ru", "mail.ru", "qq.com", "163.com", "web.de"})
# the words of an address standing for anyone's (prenom.nom@, votre_email@, john.doe@, user@)
_PLACEHOLDER_LOCAL = frozenset({"votre", "your", "you", "my", "mon", "ma", "prenom", "nom", "firstname", "lastname", "first", "last", "name",
                                "user", "username", "email", "mail", "adresse", "address", "test", "demo", "example", "exemple", "sample",
                                "foo", "bar", "john", "jane", "doe", "dupont", "durand", "jean", "login", "identifiant", "utilisateur",
                                "admin", "contact", "info", "xxx", "x", "moi", "me", "someone", "quelqu", "un", "agent", "toto", "tata", "titi"})


def real_address(local: str, domain: str) -> bool:
    """An e-mail address of a person's own mailbox: at a private persons' mail provider, its local part not made of
    placeholder words (prenom.nom@, votre_email@, john.doe@)."""
    words = [w for w in re.split(r"[._+-]+", local.lower()) if w]
    return domain.lower() in _PERSONAL_MAIL and not (words and all(w in _PLACEHOLDER_LOCAL or w.isdigit() for w in words))


def _password(value: str) -> bool:
    """A password someone chose: 8 to 64 characters, letters with digits or signs, no placeholder and no word of its role."""
    return _literal_password(value) and len(value) >= 8 and bool(re.search(r"[A-Za-z]", value)) \
        and bool(re.search(r"[\d\W_]", value)) and not _NOT_A_PASSWORD.search(value)


def published_account(line: str, before: str = "") -> bool:
    """The line gives a literal password (by name, or after the address in a call) and the line or the few lines ``before`` it
    give the account's name as a private mailbox's address (:func:`real_address`)."""
    line = (line or "")[:4000]
    found = list(_NAMED_PASSWORD.finditer(line)) + list(_ADDRESS_THEN_PASSWORD.finditer(line))
    if not any(_password(m.group(1) if m.group(1) is not None else m.group(2)) for m in found):
        return False
    return any(real_address(m.group(1), m.group(2)) for m in _ACCOUNT_EMAIL.finditer(before[-2000:] + "\n" + line))


# A deployment guide's table of the environment to set (``| `CRON_SECRET` | `<32 hex>` |``, ``| ENCRYPTION_KEY | <64 hex> |``): the
# values the production runs with, published with the page (issue 12, s34 q34). A variable named as a secret or a key (not a
# public one) whose cell holds a generated value (16+ characters, letters and digits), no placeholder nor a sentence.
TABLE_SECRET_KIND = "Secret value in a documentation table"
_TABLE_SETTING = lazy_compile(r"""^\s*\|\s*`?([A-Z][A-Z0-9_]{2,80})`?\s*\|\s*`?([A-Za-z0-9+/=_.~-]{16,300})`?\s*\|""")
_KEY_NAME = lazy_compile(r"(?:^|_)(?:[A-Z]+_)?KEY$")
_PUBLIC_NAME = lazy_compile(r"PUBLIC|(?:^|_)(?:ANON|PUB|ID)(?:_|$)")


def table_secrets(text: str) -> list[tuple[int, str]]:
    """The (line, value) of each table row of a documentation page giving a secret setting's generated value."""
    out = []
    for number, line in enumerate(text.split("\n"), 1):
        if "|" not in line[:200] or len(line) > 4000 or not (m := _TABLE_SETTING.match(line)):
            continue
        name, value = m.group(1), m.group(2)
        if not (SENSITIVE_NAME.search(name) or _KEY_NAME.search(name)) or _PUBLIC_NAME.search(name) or SECRET_ATTRIBUTE.search(name):
            continue
        if _random_value(f"={value}") and not placeholder_value(value) and not REDACTED.match(value):
            out.append((number, value))
    return out
