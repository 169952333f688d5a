"""What a Django model's fields hold, read from the model itself rather than from the fields' names (issue 12, s41 fl41 =
SMMAR11/styx, SMMAR11/smmaranim): abbreviated names say little (``n_techn``, ``pren_techn``, ``port_util``, ``courr_rr``), the
field's label says it — its ``verbose_name`` or first positional string (``models.CharField('Prénom', …)``), read by ``personal_data``
as a column's COMMENT ON is —, and so does its type: an ``EmailField`` holds an e-mail address, a phone-number field
(django-phonenumber-field's ``PhoneNumberField``, or any ``…PhoneNumberField``) a phone number.

A model subclassing Django's user (``django.contrib.auth``'s ``User`` or ``AbstractUser``) holds what that model declares — the
user's login, e-mail address, first and last names — though its own body names none of them (``class TUtilisateur(User)`` adding
the phone numbers).
"""

from __future__ import annotations

import re

from auditor.lazyre import lazy_compile

# a Django model module (models imported from django.db, or GeoDjango's)
DJANGO_MODELS = lazy_compile(r"^[ \t]*from[ \t]+django\.(?:contrib\.gis\.)?db[ \t]+import[ \t]+[^\n]*\bmodels\b|^[ \t]*from[ \t]+django\.contrib\.auth\.models[ \t]+import\b", re.M)
_CLASS = lazy_compile(r"^class[ \t]+(\w+)[ \t]*\(([^)\n]*)\)[ \t]*:")
# a field declared in a model's body: name = [models.]XxxField( …
_FIELD = lazy_compile(r"^[ \t]+(\w+)[ \t]*=[ \t]*(?:[\w.]+\.)?(\w*(?:Field|ForeignKey|OneToOneField|ManyToManyField))[ \t]*\(")
# a string literal, its escaped quotes kept ('Prénom de l\'élève')
_STRING = r"""[rRuU]?(?:'((?:\\.|[^'\\\n]){1,160})'|"((?:\\.|[^"\\\n]){1,160})")"""
_VERBOSE = lazy_compile(r"""\bverbose_name[ \t]*=[ \t]*(?:_|gettext(?:_lazy)?|ugettext(?:_lazy)?)?\(?[ \t]*""" + _STRING)
_FIRST_STRING = lazy_compile(r"""^\s*(?:_|gettext(?:_lazy)?|ugettext(?:_lazy)?)?\(?\s*""" + _STRING)
_USER_BASE = lazy_compile(r"(?:^|[\s,.])(?:User|AbstractUser)\s*(?:,|$)")
# what the user model of django.contrib.auth declares that is a person's
USER_FIELDS = ("username", "email", "first_name", "last_name")
MAX_ARGS = 600  # characters of a field's arguments read (over several lines)
MAX_FIELDS = 1000


def django_fields(text: str) -> tuple[list[tuple[str, str, int]], dict[tuple[str, str], tuple[str, int]]]:
    """``([(model, field, line)], {(model, field): (label, line)})``: the fields a model inherits from Django's user model, and the
    label of each field that has one (its verbose_name, its first positional string; an EmailField's or a phone-number field's type
    when it has none that names personal data)."""
    if not DJANGO_MODELS.search(text):
        return [], {}
    inherited: list[tuple[str, str, int]] = []
    labels: dict[tuple[str, str], tuple[str, int]] = {}
    model = ""
    lines = text.split("\n")
    for i, line in enumerate(lines, 1):
        if len(line) > 400:
            continue
        c = _CLASS.match(line)
        if c:
            model = c.group(1)
            if _USER_BASE.search(c.group(2).strip()):
                inherited += [(model, f, i) for f in USER_FIELDS]
            continue
        if not model or len(labels) >= MAX_FIELDS:
            continue
        f = _FIELD.match(line)
        if not f:
            continue
        args = "\n".join(lines[i - 1:i + 8])[f.end():f.end() + MAX_ARGS]
        args = args[:_close(args)]
        label = _VERBOSE.search(args)
        first = _FIRST_STRING.match(args) if f.group(2) not in ("ForeignKey", "OneToOneField", "ManyToManyField") else None
        found = label or first
        text_label = (found.group(1) or found.group(2) or "").replace("\\", "") if found else ""
        kind = f.group(2)
        if kind == "EmailField":
            text_label = f"{text_label} (e-mail)"
        elif kind.endswith("PhoneNumberField"):
            text_label = f"{text_label} (téléphone)"
        if text_label.strip():
            labels[(model, f.group(1))] = (text_label.strip(), i)
    return inherited, labels


def _close(args: str) -> int:
    """Where the call's parentheses close in ``args`` (the text after its opening one), or its length."""
    depth = 1
    for k, ch in enumerate(args):
        depth += {"(": 1, ")": -1}.get(ch, 0)
        if depth == 0:
            return k
    return len(args)
