"""The lines detect-secrets scans in a file, as ``detect_secrets.core.scan._get_lines_from_file`` gives
them, without the configuration parse that cannot succeed.

detect-secrets first tries every file as an INI file (its ``ConfigFileTransformer`` accepts any
name): it builds a ``configparser.ConfigParser`` and parses the whole text, which fails on the
first line that is neither blank, a comment nor a ``[section]`` header, that is on nearly every
source file. Building the parser cost a quarter of the secrets scan. Here that parse is skipped
when configparser's own rules say it fails (the first significant line is not a section header, or
there is none: a file without sections gives the transformer nothing); every other step is
detect-secrets' own, in its order. ``tests/test_secret_lines.py`` compares both on many texts.
"""

from __future__ import annotations

import base64
import binascii
import configparser
from auditor import safejson
import re
from collections.abc import Iterator

# A line detect-secrets flags as a private key while it only formats one: a PEM header around an interpolation
# (`-----BEGIN PRIVATE KEY-----\\n${exportedAsBase64}`) is code building a key it generated or exported, not a committed key.
KEY_TEMPLATE = re.compile(r"-----BEGIN [A-Z ]*PRIVATE KEY-----(?:\\n|\s)*(?:\$\{|\{\{|['\"`]\s*\+|%s)")

# A key or certificate store by its name (idpprivkey.pem, server.key, id_rsa, keystore.p12): a key wherever it sits, even in a
# documentation folder; a PEM block quoted in a page (.md, .rst, .html) is that page's text
KEY_FILE = re.compile(r"(?:\.(?:pem|key|ppk|p8|p12|pfx|jks|keystore)|(?:^|/)id_(?:rsa|dsa|ecdsa|ed25519))$", re.I)

# A PEM block quoted as an example of a file's format (a key reader's comment: "-----BEGIN RSA PRIVATE KEY-----" / "MIICXw…
# (base 64 encoded stuff)" / "-----END RSA PRIVATE KEY-----"): its body is elided or is words, or it has none; a key's body is
# lines of base64 only (beside "Proc-Type:"/"DEK-Info:" headers).
_PEM_END = re.compile(r"-----END [A-Z0-9 ]*-----")
_ELIDED = re.compile(r"\.\.\.|…|\(|<[A-Za-z]|\b[A-Za-z]{2,} [A-Za-z]{2,}\b|XXXX")  # (XXXX: characters masked, "MIIEvAIBADANBgXXXXQ7X…")
# a PEM block on one line, its newlines escaped (JSON, a .env value): the body between the header's and the END's dashes
_ONE_LINE_PEM = re.compile(r"-----BEGIN [A-Z ]*PRIVATE KEY-----((?:\\n|[A-Za-z0-9+/=\s:,-]){0,6000}?)-----END [A-Z ]*PRIVATE KEY-----")
_COMMENT_LEAD = re.compile(r"^[\s*#/;!-]*")
MAX_PEM_LINES = 80
# A header with no END line is a key only when a key's body follows it: a run of base64 on its line (after an escaped newline:
# "\n", an HTML entity "&#10;") or on the next significant line. A form's placeholder (placeholder="-----BEGIN OPENSSH PRIVATE
# KEY-----&#10;…": the header, an ellipsis, the closing quote) or a key reader's test of a header line has none.
_PEM_HEADER = re.compile(r"-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----")
_ESCAPED_NEWLINE = re.compile(r"\\[nr]|&#(?:10|13|x0*[aAdD]);")
_BASE64_RUN = re.compile(r"[A-Za-z0-9+/]{40,}")


def _key_body_follows(flagged: str, after: list[str]) -> bool:
    """Whether base64 follows the PEM header of line ``flagged``: on its line, or on the first line after it that is not blank
    nor an encrypted key's "Proc-Type:"/"DEK-Info:" header."""
    header = _PEM_HEADER.search(flagged)
    if not header:  # another key format detect-secrets knows (PuTTY's, a PGP block with its armour headers): judged as before
        return True
    if _BASE64_RUN.search(_ESCAPED_NEWLINE.sub(" ", flagged[header.end():])):
        return True
    for line in after:
        line = _COMMENT_LEAD.sub("", line).strip()
        if line and not re.match(r"^(?:Proc-Type|DEK-Info)\s*:", line):
            return bool(_BASE64_RUN.search(line))
    return False


def pem_example(text: str, line_number: int) -> bool:
    """Whether the PEM header on line ``line_number`` (1-based) of ``text`` opens an example: its END line comes within
    :data:`MAX_PEM_LINES` lines and the body between is elided ("…", "...", words) or under 64 base64 characters, or no END
    line comes and no key body follows the header (a placeholder: the header and an ellipsis)."""
    lines = text.split("\n")[line_number: line_number + MAX_PEM_LINES]
    flagged = text.split("\n")[line_number - 1] if 0 < line_number <= text.count("\n") + 1 else ""
    one = _ONE_LINE_PEM.search(flagged)
    if one:  # a key written on one line with escaped newlines (a service account's JSON: "private_key": "-----BEGIN …\n…\n-----END…")
        lines = [b for b in one.group(1).split("\\n")] + ["-----END -----"]
    body = []
    for line in lines:
        if _PEM_END.search(line):
            break
        body.append(_COMMENT_LEAD.sub("", line).strip())
    else:  # no END line: an example unless a key's body follows the header
        return not _key_body_follows(flagged, lines)
    kept = [b for b in body if b and not re.match(r"^(?:Proc-Type|DEK-Info)\s*:", b)]
    return any(_ELIDED.search(b) for b in kept) or sum(len(b) for b in kept) < 64


# A search engine's or a network's site-ownership token in a page's <meta> tag (<meta name="msvalidate.01" content="4EA3…">,
# google-site-verification): published in the page by design, no secret, though its hexadecimal value looks random.
_SITE_VERIFICATION = re.compile(r"""<meta\s+name\s*=\s*["'](?:google-site-verification|msvalidate\.01|yandex-verification|facebook-domain-verification)["']""", re.I)


# A bot check's site key, written in the page for every browser (reCAPTCHA's or hCaptcha's <div class="g-recaptcha" data-sitekey="6Lf…">,
# grecaptcha.render(el, {sitekey: '6Lf…'}), a setting named RECAPTCHA_SITE_KEY): public by design, as a Google browser key (AIza…,
# public_client_key); its pair, the secret key the server sends to …/siteverify?secret=…, stays a secret (issue 12, s38 fa38).
_CAPTCHA_SITE_KEY = re.compile(r"""\bdata-sitekey\s*=|\bsitekey["']?\s*(?::|=>|=)|\b(?:re|h)?captcha[_-]?site[_-]?key\b""", re.I)
_SECRET_WORD = re.compile(r"secret|private", re.I)


def site_token(finding) -> bool:
    """A detect-secrets finding ``(kind, line number, hash, line)`` that is a random-looking value a page publishes by design: a
    site-ownership token, or a bot check's site key on a line naming no secret key beside it."""
    if finding[0] not in ("Base64 High Entropy String", "Hex High Entropy String"):
        return False
    line = finding[3] or ""
    return bool(_SITE_VERIFICATION.search(line)) or bool(_CAPTCHA_SITE_KEY.search(line) and not _SECRET_WORD.search(line))


# A JSON Web Token (header.payload.signature, each base64url): its payload read without verifying the signature, only to know whom
# the token speaks for. A payload whose role is "anon" is Supabase's anonymous (publishable) key, handed to every browser by design
# (NEXT_PUBLIC_SUPABASE_ANON_KEY; issue 12, s38 fd38); its service_role key, or any other token, stays a secret.
_JWT = re.compile(r"eyJ[A-Za-z0-9_-]{8,2000}\.(eyJ[A-Za-z0-9_-]{8,4000})\.[A-Za-z0-9_-]{0,1000}")
_PUBLIC_ROLES = frozenset({"anon"})
_JWT_KINDS = ("JSON Web Token", "Base64 High Entropy String", "Secret Keyword")


def public_jwt(text: str) -> bool:
    """The text holds JSON Web Tokens and each one's payload names a public role (``"role": "anon"``)."""
    found = False
    for m in _JWT.finditer((text or "")[:8000]):
        payload = m.group(1)
        try:
            data = safejson.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
        except (ValueError, binascii.Error):
            return False
        if not (isinstance(data, dict) and data.get("role") in _PUBLIC_ROLES):
            return False
        found = True
    return found


def public_token(finding) -> bool:
    """A detect-secrets finding ``(kind, line number, hash, line)`` on a JSON Web Token made for the public (:func:`public_jwt`)."""
    return finding[0] in _JWT_KINDS and public_jwt(finding[3])


_SECTION = configparser.RawConfigParser.SECTCRE  # the pattern configparser matches a section header with
_COMMENTS = ("#", ";")  # ConfigParser's default comment prefixes (no inline comments by default)


def config_parse_fails(text: str) -> bool:
    """Whether ``ConfigFileTransformer`` (no added header) raises ParsingError on this text: configparser
    reads lines split at newlines; blank and comment lines are skipped; the first other one must match
    its section header pattern, else MissingSectionHeaderError; a text with no section is refused too."""
    for line in text.split("\n"):
        value = line.strip()
        if not value or value.startswith(_COMMENTS):
            continue
        return _SECTION.match(value) is None
    return True


def _transformed(f, eager: bool) -> list[str] | None:
    """``detect_secrets.transformers.get_transformed_file`` with the parse that cannot succeed skipped."""
    from detect_secrets.transformers import get_transformers
    from detect_secrets.transformers.config import ConfigFileTransformer
    from detect_secrets.transformers.exceptions import ParsingError

    for transformer in get_transformers():
        if not transformer.should_parse_file(f.name) or eager != transformer.is_eager:
            continue
        if type(transformer) is ConfigFileTransformer:
            text = f.read()  # as its parse would (a UnicodeDecodeError goes to the caller alike)
            f.seek(0)
            if config_parse_fails(text):
                continue
        try:
            return transformer.parse_file(f)
        except ParsingError:
            pass
        finally:
            f.seek(0)
    return None


def lines_from_file(filename: str) -> Iterator[list[str]]:
    """``detect_secrets.core.scan._get_lines_from_file``: the file's lines (transformed when a
    transformer takes it), then, if the caller asks for more, the eager transformers' lines."""
    with open(filename) as f:
        try:
            lines = _transformed(f, eager=False)
            if not lines:
                lines = f.readlines()
        except UnicodeDecodeError:
            return  # detect-secrets ignores files it cannot decode
        yield lines
        f.seek(0)
        lines = _transformed(f, eager=True)
        if not lines:
            return
        yield lines


# A source file's unit tests: C/C++ under "#ifdef UNITTESTS" (or UNIT_TESTS, TESTING…) up to its #endif, Rust after "#[cfg(test)]"
# (the tests module ends the file), and a line asserting a value or the two lines after an assertion opens (assert_eq!(, assertEquals(,
# FAIL_IF(, EXPECT_EQ(): the digests and encoded strings there are test vectors, the expected values of a hash or a decoder, no secret
_TEST_IF = re.compile(r"^[ \t]*#[ \t]*if(?:def[ \t]+|[ \t]+(?:defined[ \t]*\(?[ \t]*)?)(?:UNIT_?TESTS?|TESTING|RUN_TESTS)\b")
_ANY_IF = re.compile(r"^[ \t]*#[ \t]*if")
_ENDIF = re.compile(r"^[ \t]*#[ \t]*endif\b")
_RUST_TESTS = re.compile(r"^[ \t]*#\[cfg\((?:all\()?test\b")
_ASSERTION = re.compile(r"\b(?:assert(?:_eq|_ne)?!|assert\w*|ASSERT_\w+|EXPECT_\w+|FAIL_IF\w*)[ \t]*\(")


def test_code_lines(text: str) -> set[int]:
    """The numbers (from 1) of the lines of ``text`` that are unit-test code or assertions (see above)."""
    lines = text.splitlines()
    out: set[int] = set()
    stack: list[bool] = []
    asserted = -10
    for n, line in enumerate(lines, 1):
        if _RUST_TESTS.match(line):
            out.update(range(n, len(lines) + 1))
            break
        if _ENDIF.match(line):
            if stack:
                stack.pop()
        elif _ANY_IF.match(line):
            stack.append(bool(_TEST_IF.match(line)))
        if _ASSERTION.search(line):
            asserted = n
        if any(stack) or n - asserted <= 2:
            out.add(n)
    return out


# A doc comment's example (a PHPDoc/JSDoc/Javadoc block, /** … */, its @return, @example or @response tag and the lines that
# continue that tag's description up to the next tag or the block's end: `@return jResponseJson token or error code:` then
# `{"token": "1mx6…"}`): the shape of an answer or a call written for the reader, not a credential the code uses
_DOC_OPEN = re.compile(r"^[ \t]*/\*\*")
_DOC_CLOSE = re.compile(r"\*/")
_DOC_TAG = re.compile(r"^[ \t]*(?:(?:/\*\*|\*)[ \t]*)?@(\w+)")
_EXAMPLE_TAGS = frozenset({"return", "returns", "example", "response", "sample", "apiexample", "apisuccessexample", "apierrorexample",
                           "apiparamexample", "apiheaderexample"})


def doc_example_lines(text: str) -> set[int]:
    """The numbers (from 1) of the lines of ``text`` inside a doc comment's example tag (see above)."""
    out: set[int] = set()
    inside = example = False
    for n, line in enumerate(text.splitlines(), 1):
        if not inside and _DOC_OPEN.match(line):
            inside, example = True, False
        if inside:
            tag = _DOC_TAG.match(line)
            example = tag.group(1).lower() in _EXAMPLE_TAGS if tag else example
            if example:
                out.add(n)
            if _DOC_CLOSE.search(line):
                inside = False
    return out
