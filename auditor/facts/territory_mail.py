"""The authority a program's mails are signed with (``territory.mail-brand``): a tag opening a mail's subject ("[Circulation BxMetro]
Vérifiez votre adresse email") or a sender's display name ("Mairie de Rennes" <noreply@…>, fromName: 'BxMetro') that names a place —
a commune INSEE names or a large city, a "Grand" territory — or holds a short form an authority signs with
(auditor/data/authority_short_names.yml: BxMetro for Bordeaux Métropole). A second authority's agents or residents would receive the
first one's mark: a value of the code to change (issue 12, s36 k36 = jtrdt/server-CirculationBordeauxMetropole). "[App] Verify your
e-mail" names nothing. Registered by :data:`auditor.facts.signal_registry.SIGNAL_MODULES`.
"""

from __future__ import annotations

import re

from auditor.facts import fact
from auditor.facts.signal_registry import signal
from auditor.facts.territory_values import in_code, is_package_metadata
from auditor.lazyre import lazy_compile

_SHORT: list[re.Pattern] = []


def _short_names() -> re.Pattern:
    """One pattern for the short forms of auditor/data/authority_short_names.yml, as whole words, case as written."""
    if not _SHORT:
        from auditor.data import load

        forms = sorted({str(e.get("short") or "").strip() for e in load("authority_short_names.yml").get("short_names") or []
                        if isinstance(e, dict)} - {""}, key=lambda s: (-len(s), s))
        _SHORT.append(re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(f) for f in forms) + r")(?![\w-])") if forms else re.compile(r"(?!x)x"))
    return _SHORT[0]


_TOKEN_SPLIT = lazy_compile(r"[\s|/:,;·–—()\[\]\"'«»]+")


def names_authority(text: str) -> bool:
    """A subject's tag or a sender's name that names a place (a commune's name, "La Rochelle", "Grand Lyon") or holds a short form
    an authority signs with."""
    from auditor.facts.signals import GRAND_TERRITORIES
    from auditor.facts.territory_hosts import known_commune

    if _short_names().search(text):
        return True
    words = [w for w in _TOKEN_SPLIT.split(text) if w]
    for i, w in enumerate(words):
        pair = " ".join(words[i:i + 2])
        if known_commune(w) or i + 1 < len(words) and known_commune(pair):
            return True
        if w == "Grand" and i + 1 < len(words) and (words[i + 1] in GRAND_TERRITORIES or known_commune(words[i + 1])):
            return True
    return False


def _mail_brand(m) -> bool:
    return names_authority(m.group(1)) and in_code(m) and not is_package_metadata(m)


# the key of a mail's subject (subject:, 'Subject' =>, msg['Subject'] =, ->subject(, setSubject(, EMAIL_SUBJECT_PREFIX =, objet:) or
# sender (from:, sender =, expediteur:, fromName:, from_name =), then its string (a Python f-string's, a gettext call's). The rest of
# the key's name is read a letter at a time ("(?:_?[A-Za-z])*", the same names as "(?:_?[A-Za-z]+)*"): a run of letters split into
# words every way tried 2^n splits on a long name followed by no key's end (SubjectScheduledOwnerForSubjectCopy in a Java class:
# minutes a file, the audit past its budget; issue 12, s47 fb47)
_KEY_END = r"""['"]?\]?[ \t]*(?:[:=]|=>|\()[ \t]*(?:(?:_|__|gettext|t)\([ \t]*)?[fFrRbBuU]{0,2}['"`]"""
_SUBJECT = r"""(?:(?<![A-Za-z])|(?<=[a-z]))(?:[Ss]ubject|SUBJECT|[Ss]ujet|SUJET|[Oo]bjet|OBJET)(?:_?[A-Za-z])*""" + _KEY_END
_SENDER = r"""(?:(?<![A-Za-z])|(?<=[a-z]))(?:[Ff]rom|FROM|[Ss]ender|SENDER|[Ee]xp[ée]diteur|EXPEDITEUR)"""
signal("territory.mail-brand",
       r"""(?:""" + _SUBJECT + r"""[ \t]*(?=\[)"""                                        # a subject opening on a tag: [Circulation BxMetro] …
       + r"""|""" + _SENDER + _KEY_END + r"""[ \t]*\\?"?(?=[^"'`<>\n\\\[\]]{2,60}?\\?"?[ \t]*<)"""  # a sender's display name before its address
       + r"""|""" + _SENDER + r"""_?(?:[Nn]ame|NAME)""" + _KEY_END + r""")"""               # a sender's name alone: fromName: 'BxMetro'
       r"""(\[[^\]\[\n'"`]{2,60}\]|[^"'`<>\n\\\[\]]{2,60}?(?=\\?"?[ \t]*<)|[^"'`\n]{2,60}?(?=['"`]))""",
       ("subject", "sujet", "objet", "from", "sender", "expediteur", "expéditeur"), flags=0, classes=("code", "template", "config"),
       group=1, accept=_mail_brand)


# a file that sends the mail it composes (nodemailer's sendMail, Django's send_mail, PHPMailer, JavaMail's Transport.send…): the
# subjects written in it are the code's, even in a settings-named folder (config/nodemailer.config.js's functions)
SENDS_MAIL = lazy_compile(r"\b(?:sendMail|send_mail|send_mass_mail|sendEmail|send_email|smtplib|MimeMessage|MIMEText|EmailMessage|"
                          r"EmailMultiAlternatives|PHPMailer|wp_mail|Swift_Message|Transport\.send)\b|\bMail::(?:to|send|raw)\b|(?<![\w$>.])mail[ \t]*\(")


MAX_FILES = 50


@fact("mail_brand_senders", version=1, public=False)
def mail_brand_senders(ctx) -> list:
    """The settings-named files (config class) holding a ``territory.mail-brand`` hit that send the mails they compose
    (:data:`SENDS_MAIL`), sorted; at most :data:`MAX_FILES` read."""
    sig = (ctx.fact("textscan") or {}).get("signals") or {}
    paths = sorted({h[0] for h in sig.get("territory.mail-brand", []) if h[3] == "config"})[:MAX_FILES]
    return sorted(path for path, text in ctx.snapshot.iter_text(paths, limit=512 * 1024) if SENDS_MAIL.search(text or ""))
