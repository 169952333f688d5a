"""The Java package namespace a project inherits from its framework: a plugin of a framework whose parent POM's group is under a
domain (Lutece's ``<parent><groupId>fr.paris.lutece.tools</groupId>``) names its classes under that domain too
(``fr/paris/lutece/plugins/…``), whoever publishes it: Plaine Commune's DansMaRue module is no Ville de Paris's. That domain
(``paris.fr``) is the framework's, not the sponsor's, unless the sponsor is that body (its forge account, organisations.yml).
Bounded: the root pom.xml, its first 256 KB."""

from __future__ import annotations

import re

from auditor.lazyre import lazy_compile

_GROUP = lazy_compile(r"<groupId>\s*([a-z][\w-]*)\.([a-z][\w-]*)(?:\.[\w.-]*)?\s*</groupId>", re.I)


def framework_domains(snapshot) -> set[str]:
    """Domains (``paris.fr``) the root pom.xml's parent group is named after (``fr.paris.lutece.tools``)."""
    if "pom.xml" not in snapshot.files:
        return set()
    text = snapshot.read_text("pom.xml", limit=256 * 1024) or ""
    start = text.find("<parent>")
    end = text.find("</parent>", start + 8) if start >= 0 else -1
    m = _GROUP.search(text[start:end]) if 0 <= start < end else None
    return {f"{m.group(2).lower()}.{m.group(1).lower()}"} if m else set()
