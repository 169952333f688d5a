"""A chapter holding only a template's placeholder of its author's name and address (Chef's generator writes
``Author:: YOUR_NAME (<YOUR_EMAIL>)`` under "## License and Authors"): nobody to contact (issue 12, s40 fo40)."""

from __future__ import annotations

import re

from auditor.lazyre import lazy_compile

# a generator's or a template's placeholder for the author's name and address, left unfilled (Chef's `Author:: YOUR_NAME (<YOUR_EMAIL>)`,
# "Author Name <email@example.com>", "Votre nom (votre.email@exemple.fr)"): no person to contact (issue 12, s40 fo40)
_PERSON_PLACEHOLDER = lazy_compile(
    r"^[^\w<]*(?:(?:authors?|maintainers?|auteurs?|contacts?|written by|écrit par)[ \t]*:{0,2}[ \t]*)?"
    r"(?:(?:your|author|full|first|user|my)[ _-]?name|votre[ _-]nom|nom[ _-]pr[ée]nom|pr[ée]nom[ _-]nom|firstname[ _-]lastname|\[(?:your[ _-]?)?name\]|<(?:your[ _-]?)?name>)"
    r"(?:[ \t,-]*[(\[<]*[ \t]*(?:(?:your|votre|my)[ _.-]?e?-?mail|[\w.+-]*@(?:[\w-]+\.)*ex[ae]mpl[e]\.[a-z]{2,4})[ \t]*[)\]>]*)?[ \t.]*$", re.I)


def person_placeholder(body: str) -> bool:
    """Every line of the chapter is an unfilled placeholder of its author's name and address (``Author:: YOUR_NAME (<YOUR_EMAIL>)``)."""
    lines = [line for line in body.strip().splitlines()[:6] if line.strip()]
    return bool(lines) and len(body) <= 400 and all(_PERSON_PLACEHOLDER.match(line.strip()) for line in lines)


# A template's heading left as the label of the name to fill in ("## Nom de l'équipe", "## Team name", "## Nom du projet": the DataCup
# template's heading its teams were to replace by their name): over a chapter that names no one to reach — no address, no link —, it
# is no contact, whatever its text says of the project (issue 12, s41 fi41 = gitreunion/datacup-challenge-les-pivots)
_NAME_LABEL = lazy_compile(r"^(?:\d+ )*(?:(?:nom|name)(?: de l| de la| de| du| des| of the| of)? (?:equipe|team|groupe|group|projet|project|auteurs?|authors?)"
                           r"|(?:team|group|project) name|nom d equipe)$")
_REACHABLE = lazy_compile(r"@|\]\(|https?://|\b(?:tel|t[ée]l[ée]phone|phone)\b", re.I)


def name_label_heading(heading: str, body: str) -> bool:
    """The heading (normalised) is a template's label of a name to fill in, and its chapter gives no address nor link to reach anyone."""
    return bool(_NAME_LABEL.match(heading)) and not _REACHABLE.search(body)
