"""A page's contact card: the label "Adresse :" shown as a tag's text (<h5>Adresse :</h5>, <strong>Adresse</strong>) over a street,
a postcode and a town written as text, beside a phone's or an e-mail's label (a town hall's footer, its home page's visiting card).
That is the publisher's own postal address shown to the visitors, no address data the code takes in, stores or places: the public
reference APIs have nothing to give it (issue 12, s42 fe42 = WarLay0/MairieDeSevignyLaForet, cut/footer.php and index.php). The
same label over a value the page prints from its data (<?= $row['adresse'] ?>, {{ structure.adresse }}) shows an address the
project holds, and stays one."""

from __future__ import annotations

import re

from auditor.lazyre import lazy_compile

CARD_WINDOW = 400  # characters after the label: the card's other lines
# the label is a tag's whole text: a tag closes just before it on its line, and the next tag opens after it and its colon
_TAG_BEFORE = lazy_compile(r">[ \t\u00a0]*$")
_TAG_AFTER = lazy_compile(r"[ \t\u00a0]*(?::|&nbsp;:|&#58;)?[ \t\u00a0]*</")
# another label of a contact card after it (Téléphone, Tél., Fax, E-mail, Courriel, Horaires d'ouverture)
_CARD_LABEL = lazy_compile(r">[ \t]*(?:t[ée]l[ée]phone|t[ée]l\.?|phone|fax|e-?mail|courriel|mail|horaires?(?: d['’]ouverture)?|opening hours)[ \t]*"
                           r"(?::|&nbsp;:)?[ \t]*<", re.I)
# a value printed from the code's data (PHP, Twig/Jinja/Django, ERB/JSP/ASP, JSX or template literals, Thymeleaf, Blade, Razor)
_PRINTED_VALUE = lazy_compile(r"<\?|\{\{|\{%|<%|\$\{|\{\$|\{[ \t]*[A-Za-z_][\w.]*[ \t]*\}|\bth:(?:text|utext)=|@(?:Model|item)\.", re.I)


# the label and its address written in one tag's text: "Adresse : 6 rue des Lilas, 77000 Melun" up to the tag's end (a street's number
# or word, a postcode of five digits and a town), with a contact card's phone or e-mail label before or after it (a CV page's contact
# block: "E-mail : …", "Tel : …", "Adresse : …"; issue 12, s45 ff45 = LexaeART/villeinfo's cv/index.html)
_INLINE_ADDRESS = lazy_compile(r"[ \t\u00a0]*(?::|&nbsp;:|&#58;)[ \t\u00a0]*[^<>{}$\n]{0,120}?(?<!\d)\d{5}(?!\d)[ \t\u00a0]+[A-ZÀ-Ý][^<>{}$\n]{0,80}</")


def contact_card_label(m: re.Match) -> bool:
    """The matched word (an address's label) is a contact card's label over the publisher's own address, written as text."""
    s = m.string
    line_start = s.rfind("\n", 0, m.start()) + 1
    if _TAG_BEFORE.search(s, line_start, m.start()) and _INLINE_ADDRESS.match(s, m.end()):
        return bool(_CARD_LABEL.search(s, max(0, m.start() - CARD_WINDOW), m.start()) or _CARD_LABEL.search(s, m.end(), m.end() + CARD_WINDOW))
    if not _TAG_BEFORE.search(s, line_start, m.start()) or not _TAG_AFTER.match(s, m.end()):
        return False
    card = _CARD_LABEL.search(s, m.end(), m.end() + CARD_WINDOW)
    return bool(card) and not _PRINTED_VALUE.search(s, m.end(), card.start())
