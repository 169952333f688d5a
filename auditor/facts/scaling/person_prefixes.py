"""A person's fields named after their role (``provider_firstname``, ``provider_lastname``, ``provider_contact``): the personal_data
fact reads the field behind the prefix.

A first or last name is a person's whatever word comes before it (``provider_firstname``: the provider of a photo, a member of the
public), unlike a bare ``name`` (``file_name``, ``layer_name`` stay unread); and a prefix that names a person in its table, by
the first or last name it comes before, names that person's other fields too (``provider_contact``: the provider's contact
details; ``provider_phone``: a phone)."""

from __future__ import annotations

from auditor.facts.scaling.common import norm_field
from auditor.lazyre import lazy_compile

# words only a person's name is called by (not a bare name, nor a family name: a taxon's family)
_PERSON_NAMES = {"firstname", "lastname", "prenom", "prenoms", "givenname", "middlename", "secondname"}
# a person's contact details in one free-text field (provider_contact, auteur_coordonnees)
_CONTACT = {"contact", "contacts", "coordonnees", "coordonnee"}
_PREFIXED = lazy_compile(r"^([A-Za-z][A-Za-z0-9]{1,30})_([A-Za-z][\w]{1,40})$")


def prefixed_name(field: str) -> str | None:
    """The first or last name a snake-case field names after one prefix word (provider_firstname: firstname), else None."""
    m = _PREFIXED.match(str(field).strip('`"[]'))
    rest = norm_field(m.group(2)) if m else ""
    return rest if rest in _PERSON_NAMES else None


def person_prefixes(fields: list[tuple]) -> dict:
    """Each table's prefixes that name a person there: the word before a first or last name (provider_ in provider_firstname)."""
    out: dict = {}
    for table, field, _line in fields:
        if prefixed_name(str(field)):
            out.setdefault(table, set()).add(_PREFIXED.match(str(field).strip('`"[]')).group(1).lower())
    return out


def prefixed_field(field: str, prefixes, known) -> str | None:
    """The personal field a column names after a prefix that names a person in its table (provider_contact: contactinformation,
    provider_email: email), when the rest is a field of ``known``; None otherwise."""
    m = _PREFIXED.match(str(field).strip('`"[]'))
    if not m or not prefixes or m.group(1).lower() not in prefixes:
        return None
    rest = norm_field(m.group(2))
    if rest in _CONTACT and "contactinformation" in known:
        return "contactinformation"
    return rest if rest in known else None


# a numbered part of a form before a field (quest0_, q3_, etape2_, section1_): the question or step it belongs to, no thing's name
_NUMBERED_PART = lazy_compile(r"^([A-Za-z]{1,12}\d{1,3})_([A-Za-z][A-Za-z_]{1,40})$")


def numbered_part_field(field: str, known) -> str | None:
    """The field a column names after a numbered form part (``quest0_matricule``: matricule, ``quest0_nom``: nom, the name asked at
    question 0), when the rest is one of ``known``; None otherwise (``nom_fichier``, ``nombre``, ``quest1_service`` stay unread)."""
    m = _NUMBERED_PART.match(str(field).strip('`"[]'))
    rest = norm_field(m.group(2)) if m else ""
    return rest if rest in known else None
