"""Passwords an object's members carry in a service client's code, and the accounts of throwaway test mail services.

- A password member given a literal beside its account's login member (a C# object initializer ``new EudoAPI_Auth {
  SubscriberLogin = "…", SubscriberPassword = "…" }``, a JavaScript object ``{user: "…", password: "…"}``, Java's
  ``setLogin("…")`` then ``setPassword("…")``) in a file of code that addresses a server on the Internet: that service's account,
  committed with its client whatever the password's characters (issue 12, s44 fa44 = GuilaumeDurandiere/te-backend's Eudonet CRM
  client). In C#, Java, JavaScript and TypeScript a '…' or "…" literal is no template (C#'s interpolated strings are ``$"…"``,
  JavaScript's template literals are backquoted, Java has none), so a leading "$" is a character of the value, not a variable
  as in a shell, PHP or Kotlin string; detect-secrets drops every value starting with "$" (its is_prefixed_with_dollar_sign
  filter), and its keyword hit on a password without a digit stays a hint.
- An account of a throwaway test mail service (Nodemailer's Ethereal, smtp.ethereal.email and its generated
  ``<name>@ethereal.email`` users; Mailtrap's testing inbox, sandbox.smtp.mailtrap.io): a fake SMTP server that delivers nothing,
  its password a hint, not a credential to revoke (Mailtrap's sending servers, live.smtp.mailtrap.io, deliver: no such account).
"""

from __future__ import annotations

import re

from auditor.facts.secret_values import PLACEHOLDER, REDACTED, _PASSWORD_WORDS_IN_VALUE, placeholder_value
from auditor.lazyre import lazy_compile

# the languages whose '…' and "…" literals interpolate nothing
NO_TEMPLATE_EXT = (".cs", ".java", ".js", ".jsx", ".mjs", ".cjs", ".ts", ".tsx")
_LITERAL = r"""@?(?P<q>["'])(?P<v>[^"'\s\\]{4,64})(?P=q)"""  # (C#'s verbatim @"…" too; never $"…" nor $@"…")
# a member named as a password (SubscriberPassword =, password:, "pwd":) given a literal, or a setter of one (setUserPassword(…))
_PASSWORD_MEMBER = lazy_compile(r"""(?<![\w$])\w*?(?:password|passwd|pwd|mdp|mot_?de_?passe|motdepasse)['"]?\s*(?<![=!<>])(?:=(?![=>])|:)\s*""" + _LITERAL, re.I)
# an object literal's key named just "pass" (Nodemailer's auth: {user: "…", pass: "…"}): a password as strong as "password:"; only
# as a key (":"), never an identifier ending in it (bypass, compass)
_PASS_KEY = lazy_compile(r"""(?<![\w$])['"]?pass['"]?\s*:\s*""" + _LITERAL, re.I)
_PASSWORD_SETTER = lazy_compile(r"""(?<![\w$])set\w*?(?:password|passwd|pwd)\s*\(\s*""" + _LITERAL + r"""\s*\)""", re.I)
# its account's login member beside it (SubscriberLogin =, UserLogin =, username:, setUser(…))
_LOGIN_MEMBER = lazy_compile(r"""(?<![\w$])(?:\w*?(?:login|user|username|user_?name|utilisateur|identifiant)['"]?\s*(?<![=!<>])(?:=(?![=>])|:)\s*"""
                             r"""|set\w*?(?:login|user|username)\s*\(\s*)@?(["'])([^"'\s\\]{2,64})\1""", re.I)
_URL_HOST = lazy_compile(r"""["'`](?:https?|ftps?|wss?)://([A-Za-z0-9.-]{1,253})(?::\d{1,5})?(?:[/?#][^"'`\s]*)?["'`]""")
# a server named by its host member (a mail transport's host: "smtp.example-mail.com"), as a URL names one
_HOST_MEMBER = lazy_compile(r"""(?<![\w$])['"]?(?:host|hostname|server)['"]?\s*:\s*(["'])([A-Za-z0-9.-]{1,253})\1""", re.I)
_NOT_ON_THE_INTERNET = (".local", ".localhost", ".internal", ".lan", ".home", ".test", ".example", ".invalid", "example.com",
                        "example.org", "example.net", "localhost")
_LOCAL_NAME = lazy_compile(r"^(?:localhost|127\.\d+\.\d+\.\d+|0\.0\.0\.0|10\.\d+\.\d+\.\d+|192\.168\.\d+\.\d+|172\.(?:1[6-9]|2\d|3[01])\.\d+\.\d+)$")
MAX_TEXT = 512 * 1024
_NEAR = 6  # the login member within so many lines of the password member (one initializer, one object, one block of setters)


def _internet_host(host: str) -> bool:
    host = host.lower().rstrip(".")
    return "." in host and host.rsplit(".", 1)[1].isalpha() and not host.endswith(_NOT_ON_THE_INTERNET) and not _LOCAL_NAME.match(host) \
        and not PLACEHOLDER.match(host.split(".", 1)[0])


def _account_value(value: str) -> bool:
    """A literal that can be an account's password: four distinct characters or more, a letter or a digit, no placeholder, no word
    of its role, nothing blanked out, no path or template."""
    return len(set(value.lower())) >= 4 and re.search(r"[A-Za-z0-9]", value) is not None and not placeholder_value(value) \
        and not REDACTED.match(value) and not _PASSWORD_WORDS_IN_VALUE.search(value) and not value.startswith(("${", "{", "<", "%", "/", "."))


def member_passwords(path: str, text: str) -> list[tuple[int, str]]:
    """(line, value) of each password member given a literal beside a login member given one (within :data:`_NEAR` lines), in a
    file of :data:`NO_TEMPLATE_EXT` whose code names a server on the Internet by a literal URL or host member (a mail transport's
    ``host: "smtp.…"``); a key named just ``pass`` is a password member (Nodemailer's ``auth: {user, pass}``)."""
    if not path.lower().endswith(NO_TEMPLATE_EXT) or len(text) > MAX_TEXT or not (
            any(_internet_host(m.group(1)) for m in _URL_HOST.finditer(text)) or any(_internet_host(m.group(2)) for m in _HOST_MEMBER.finditer(text))):
        return []
    lines = text.split("\n")
    logins = [i for i, line in enumerate(lines) if len(line) <= 4000 and any(not PLACEHOLDER.match(m.group(2)) for m in _LOGIN_MEMBER.finditer(line))]
    if not logins:
        return []
    out = []
    for i, line in enumerate(lines):
        if len(line) > 4000 or line.lstrip().startswith(("//", "*", "/*")):
            continue
        for m in [*_PASSWORD_MEMBER.finditer(line), *_PASS_KEY.finditer(line), *_PASSWORD_SETTER.finditer(line)]:
            if _account_value(m.group("v")) and any(abs(j - i) <= _NEAR for j in logins):
                out.append((i + 1, m.group("v")))
                break
    return out


# a throwaway test mail service's host or generated user: Ethereal (Nodemailer's fake SMTP), Mailtrap's testing inbox
_THROWAWAY_MAIL = lazy_compile(r"(?<![\w.-])(?:[\w.-]*\.)?ethereal\.email\b|@ethereal\.email\b|(?<![\w.-])(?:sandbox\.)?smtp\.mailtrap\.io\b", re.I)


def throwaway_mail_account(around: str) -> bool:
    """The lines about a password (its own too) name a throwaway test mail service's server or generated user."""
    return bool(_THROWAWAY_MAIL.search(around[-4000:]))
