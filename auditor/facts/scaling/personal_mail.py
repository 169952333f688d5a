"""The address fields of an e-mail's model: its sender's and recipients' e-mail addresses (issue 12, s41 fh41 = sipf/mail-api).

A service relaying mail models the message it sends (``class Email { private String from; private List<String> to; private
List<String> cc; private String subject; private String message; }``): ``from``, ``to``, ``cc``, ``bcc``, ``replyTo``… hold
people's e-mail addresses, though their names say only a direction: a message's correspondents (the category of personal_data.yml
whose names, recipients, bcc, reply_to, say it alone; from and to say it in an e-mail's model only). A model is an e-mail's when its name says so (Email, Mail,
MailMessage, Courriel, EmailRequest…) or when it holds a subject beside a body. The same names elsewhere are no address: a
date range's ``from`` and ``to``, a pagination's ``from`` and ``to`` beside ``page``.
"""

from __future__ import annotations

import re

from auditor.facts.scaling.common import norm_field

ADDRESS_FIELDS = frozenset({"from", "to", "cc", "bcc", "cci", "replyto", "sender", "recipient", "recipients", "tos", "ccs", "bccs",
                            "destinataire", "destinataires", "expediteur", "emetteur", "copie", "copies", "copiecachee"})
SUBJECT_FIELDS = frozenset({"subject", "sujet", "objet"})
BODY_FIELDS = frozenset({"body", "message", "content", "contenu", "corps", "text", "texte", "html", "htmlbody", "textbody"})
# a model named for an e-mail: Email, Mail, Courriel, EmailRequest, MailMessage, EmailDto, OutgoingMail; a Message only with a subject
_MAIL_MODEL = re.compile(r"^(?:e?mail|courriel)|(?:e?mail|courriel|mailmessage)s?$")
_MESSAGE_MODEL = re.compile(r"messages?$")


def mail_models(fields: list) -> set[str]:
    """The tables (models) of ``fields`` (table, field, line) that model an e-mail: named as one, or a subject beside a body."""
    names: dict[str, set[str]] = {}
    for table, field, _ in fields:
        names.setdefault(table or "", set()).add(norm_field(str(field)))
    out = set()
    for table, held in names.items():
        if not held & ADDRESS_FIELDS:
            continue
        name = norm_field(table)
        named = bool(_MAIL_MODEL.search(name)) or (bool(_MESSAGE_MODEL.search(name)) and bool(held & SUBJECT_FIELDS))
        if named or (held & SUBJECT_FIELDS and held & BODY_FIELDS):
            out.add(table)
    return out
