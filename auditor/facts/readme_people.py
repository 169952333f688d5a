"""README headings that name people by their role: a chapter of the kinds of users, an operations staff's heading (issue 12, s45
fj45 = D-OTIsud/badgeuse_oti). Texts are :func:`auditor.facts.document.norm` forms."""

from __future__ import annotations

from auditor.lazyre import lazy_compile

# A chapter on the people who use the software, by role ("## Types d'utilisateurs", "## Rôles", "## User roles", "## Profils"): its
# sub-headings name kinds of users, an operations agent's among them ("### Agents d'exploitation"), no deployment (issue 12, s45 fj45 =
# D-OTIsud/badgeuse_oti)
PEOPLE_CHAPTER = lazy_compile(r"^(?:\d+ )*(?:les |the )?(?:(?:types?|profils?|roles?|categories) (?:d |des )?(?:utilisateurs?|usagers?|comptes?|acces)|"
                              r"(?:user|account|access) (?:types?|roles?|profiles?)|roles?(?: et (?:droits|permissions))?|roles? and permissions|"
                              r"profils?(?: utilisateurs?)?|utilisateurs|users|personas|acteurs|actors)$")
# A staff role named by the operations word ("agents d'exploitation", "équipe d'exploitation", "operations staff"): people, no step
STAFF_ROLE = lazy_compile(r"\b(?:agents?|equipes?|personnels?|techniciens?|responsables?|chefs?|service|services) d exploitation\b|"
                          r"\boperations? (?:staff|team|agents?|officers?|managers?)\b")
