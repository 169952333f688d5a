"""Access codes and passwords written in the code and compared with what a person typed: a home-made sign-in whose only key is
in the published source (issue 12, s32 j32).

- a constant named as a password or an access code, given a literal and compared in the same file (a React front end's
  ``const SUPER_ADMIN_CODE = 'SUPERADMIN2026'`` then ``if (c === SUPER_ADMIN_CODE)``, ``ADMIN_PASSWORD = "…"`` then
  ``if (pwd == ADMIN_PASSWORD)``): whoever reads the repository signs in;
- a variable named as a password compared with a literal (an Apps Script page's ``const pwd = prompt("Mot de passe :");
  if (pwd !== "APP66")``);
- what a prompt asking for a password returns (``prompt("Mdp ?")``, ``input("Mot de passe : ")``, ``getpass()``) compared with a
  literal, directly (``if (prompt("Mdp ?") !== "…") return;``) or through the variable it is given to (issue 12, s44 fe44).

A code's name needs a word of access before it (ADMIN_CODE, ACCESS_CODE, adminCode, PIN_CODE): ERROR_CODE, STATUS_CODE, INSEE_CODE
name values that are no key. Constants aligned in columns (``ADMIN_PWD     = "0007"``) are read as well; an all-digit value
compared is a PIN, never a placeholder. A literal compared needs 4 characters or more and is no word of a field's type or state ("password",
"text", "hidden", "undefined") nor a type's name a ``typeof`` test compares with ("string", "number", "object"). :data:`TYPED_CODE` is the textscan signal's pattern (``auth.typed-code``): it captures the name and
the operator, never the value."""

from __future__ import annotations

import re

from auditor.facts.secret_values import placeholder_value
from auditor.lazyre import lazy_compile



def password_word(code: bool = True, french: bool = True, after: str = "(?![A-Za-z0-9])") -> str:
    """A password's word as a name writes it, in small letters, capitals or one capital then small letters (pwd, PWD, Pwd; mdp;
    pass, passe, passwd, password; with ``code`` passcode; with ``french`` mot_de_passe, MOT_DE_PASSE, MotDePasse), then ``after``;
    not inside a word (bypass, compass)."""
    c, fr = ("|code", "|CODE") if code else ("", ""), ("|mot_?de_?passe|motdepasse", "|MOT_?DE_?PASSE", "|MotDePasse") if french else ("", "", "")
    return (rf"(?:(?<![A-Za-z])(?:pwd|mdp|pass(?:e|wd|word{c[0]})?{fr[0]}|PWD|MDP|PASS(?:E|WD|WORD{c[1]})?{fr[1]})"
            rf"|(?:Pwd|Mdp|Pass(?:e|wd|word{c[0]})?{fr[2]})){after}")


# a password's word at the end of a name (userPwd, MOT_DE_PASSE, adminPassword, PASSCODE; not bypass, compass, passage)
PASSWORD_NAME = r"[\w$]{0,40}?" + password_word()
# a password's word then a word saying which password it is (MOT_DE_PASSE_COMMUN, PASSWORD_SHARED, adminPasswordDefault, mdp_equipe):
# the key everybody types, named by who shares it (issue 12, s45 fk45); not a word naming something about a password (its length,
# rule, field, storage key, label, error message, hash, confirmation: PASSWORD_MIN_LENGTH, PASSWORD_KEY, passwordField, mdpConfirm)
_ABOUT_PASSWORD = (r"(?i:len|length|min|max|minlen|maxlen|regexp?|re|rules?|pattern|policy|strength|field|input|key|keys|id|name|label|"
                   r"type|text|hint|placeholder|error|errors|err|msg|message|messages|storage|cookie|param|attr|selector|el|element|ref|"
                   r"state|visible|shown|hidden|show|hide|toggle|reset|change|changed|forgot|oublie|url|route|path|endpoint|api|confirm|"
                   r"confirmation|repeat|again|verif|verification|hash|hashed|salt|column|col|header|prompt|list|valid|invalid|ok|required|"
                   r"size|chars|format|icon|button|btn|form|modal|dialog|count|attempts|tries|expiry|expires|ttl|timeout|saisi|saisie|"
                   r"typed|entered|input|user|utilisateur|new|nouveau|old|ancien|current|actuel)(?![a-z0-9])")
_QUALIFIER = (r"(?:(?:_(?!" + _ABOUT_PASSWORD + r")[A-Z][A-Z0-9]{0,20}){1,2}|(?:_(?!" + _ABOUT_PASSWORD + r")[a-z][a-z0-9]{0,20}){1,2}"
              r"|(?:(?!" + _ABOUT_PASSWORD + r")[A-Z][a-z0-9]{1,20}){1,2})(?![A-Za-z0-9])")
QUALIFIED_PASSWORD_NAME = r"[\w$]{0,40}?" + password_word(after="") + _QUALIFIER
# an access code's name: a word of access, then Code or _CODE (SUPER_ADMIN_CODE, ACCESS_CODE, adminCode, codeAcces is not read)
ACCESS_CODE_NAME = (r"[\w$]{0,40}?(?:(?<![A-Za-z])(?:admin|access|acces|secret|master|unlock|login|pin)Code|"
                    r"(?<![A-Za-z])(?:ADMIN|ACCESS|ACCES|SECRET|MASTER|UNLOCK|LOGIN|PIN)_?CODE|(?:Admin|Access|Acces|Secret|Master|Unlock|Login|Pin)Code)(?![A-Za-z0-9])")
# words a password field's type or state is compared with, no key; and the type names a ``typeof`` test compares with
# (``typeof pwd === "string"``: a password read from the environment checked before use, s36 i36)
_STATE_WORDS = (r"(?:password|text|hidden|visible|show|hide|none|null|undefined|true|false|empty|weak|medium|strong|invalid|valid|ok|error"
                r"|string|number|object|function|boolean|bigint|symbol)")
_LITERAL = r"""(['"])(?!""" + _STATE_WORDS + r"""['"])([^'"\s\\]{4,64})"""
TYPED_CODE = (r"""(?<![\w$])(?<!typeof )((?:""" + PASSWORD_NAME + "|" + QUALIFIED_PASSWORD_NAME + "|" + ACCESS_CODE_NAME + r""")[^\S\n]{0,3}[!=]==?(?=[^\S\n]{0,3}""" + _LITERAL + r"""['"])"""
              r"""|[!=]==?[^\S\n]{0,3}(?:this\.|self\.|self::|static::)?(?<![\w$])(?:[A-Z][A-Z0-9]{0,20}_){0,4}(?:PASSWORD|PASSWD|PWD|MDP|PASSCODE|MOT_?DE_?PASSE|"""
              r"""(?:ADMIN|ACCESS|ACCES|SECRET|MASTER|UNLOCK|LOGIN|PIN)_?CODE)(?:_(?!""" + _ABOUT_PASSWORD + r""")[A-Z][A-Z0-9]{0,20}){0,2}(?![\w$(]))""")
_NAMED_LITERAL = lazy_compile(r"""(?<![\w$.])((?:""" + PASSWORD_NAME + "|" + QUALIFIED_PASSWORD_NAME + "|" + ACCESS_CODE_NAME + r"""))['"]?[^\S\n]{0,24}(?::[^\S\n]{0,3}\w{1,20}[^\S\n]{0,24})?(?<![=!<>])=(?![=>])[^\S\n]{0,24}""" + _LITERAL + r"""['"]""")
_COMPARED = lazy_compile(TYPED_CODE)


# a prompt asking for a password: its message names one (Mdp ?, Mot de passe, Password, code d'accès), or getpass's
_PASSWORD_ASKED = (r"""(?:(?<![\w$.])(?:window\.)?(?:prompt|input|raw_input)\([^\S\n]*(?P<pq>['"`])(?=[^'"`\n]{0,80}?(?<![A-Za-z])(?i:mdp|mot de passe|"""
                   r"""password|passwort|pwd|passcode|code d['’]acc[eè]s|code secret|code admin)(?![A-Za-z]))[^'"`\n]{0,80}(?P=pq)[^\S\n]*(?:,[^()\n]{0,80})?\)"""
                   r"""|(?<![\w$])(?:getpass\.)?getpass\([^()\n]{0,80}\))""")
_PROMPT_COMPARED = lazy_compile(_PASSWORD_ASKED + r"""[^\S\n]{0,3}[!=]==?[^\S\n]{0,3}""" + _LITERAL + r"""['"]""")
_COMPARED_PROMPT = lazy_compile(_LITERAL + r"""['"][^\S\n]{0,3}[!=]==?[^\S\n]{0,3}""" + _PASSWORD_ASKED)
_PROMPT_GIVEN = lazy_compile(r"""(?<![\w$.])([A-Za-z_$][\w$]{0,40})[^\S\n]{0,3}(?<![=!<>])=(?![=>])[^\S\n]{0,3}(?:await[^\S\n]+)?""" + _PASSWORD_ASKED)


def _prompted(line: str, given: set[str]) -> str | None:
    """The literal ``line`` compares with what a password prompt returns, directly or through one of the variables ``given`` it."""
    if m := _PROMPT_COMPARED.search(line):
        return m.group(3)
    if m := _COMPARED_PROMPT.search(line):
        return m.group(2)
    for name in sorted(given)[:20]:
        n = re.escape(name)
        if m := re.search(r"(?<![\w$.])" + n + r"""[^\S\n]{0,3}[!=]==?[^\S\n]{0,3}""" + _LITERAL + r"""['"]""", line):
            return m.group(2)
        if m := re.search(_LITERAL + r"""['"][^\S\n]{0,3}[!=]==?[^\S\n]{0,3}""" + n + r"(?![\w$(])", line):
            return m.group(2)
    return None


def _compared(name: str, text: str) -> bool:
    """``name`` is compared with something in ``text`` (``=== NAME``, ``NAME !=``, ``.equals(NAME)``)."""
    n = re.escape(name)
    return bool(re.search(r"[!=]==?[^\S\n]{0,3}(?:this\.|self\.|self::|static::|\$)?" + n + r"(?![\w$(])|(?<![\w$])" + n + r"[^\S\n]{0,3}[!=]==?(?!>)"
                          r"|\.equals\([^\S\n]{0,3}" + n + r"[^\S\n]{0,3}\)", text))


def compared_codes(text: str) -> list[tuple[int, str]]:
    """(line, value) of each password or access code the code of ``text`` holds as a literal and compares with what was typed
    (see the module's docstring); placeholders and commented lines are left out."""
    if not re.search(r"[!=]==?|\.equals\(", text):
        return []
    out: list[tuple[int, str]] = []
    lines = text.split("\n")
    asked = [line for line in lines if len(line) <= 4000 and re.search(r"prompt\(|input\(|getpass\(", line)]
    given = {m.group(1) for line in asked for m in _PROMPT_GIVEN.finditer(line)}
    for number, line in enumerate(lines, 1):
        if len(line) > 4000 or line.lstrip().startswith(("#", "//", "*", "/*", "<!--")):
            continue
        value = None
        m = _COMPARED.search(line)
        if m and m.group(3) is not None:  # (a password's variable compared with a literal on this line)
            value = m.group(3)
        elif (d := _NAMED_LITERAL.search(line)) and _compared(d.group(1), text):
            value = d.group(3)
        elif asked:  # (what a password prompt returned compared with a literal)
            value = _prompted(line, given)
        # a run of digits compared with what was typed is a PIN, not a placeholder (the digit-run placeholder suits ports and
        # counts: ``ADMIN_PWD = "0007"`` then ``pwd === ADMIN_PWD``; issue 12, s38 fo38)
        if value and (value.isdigit() or not placeholder_value(value)):
            out.append((number, value))
    return out


def compared_password(m) -> bool:
    """The text ``m`` matched is, or is inside, a password or access code its line compares with what was typed
    (``prompt("Mdp ?") !== "SDIS85"``): a key, no value of the territory it happens to name (issue 12, s44 fe44)."""
    s = m.string
    start = s.rfind("\n", 0, m.start()) + 1
    end = s.find("\n", m.end())
    line = s[start: len(s) if end == -1 else end]
    return any(m.group(0) in value for _n, value in compared_codes(line))
