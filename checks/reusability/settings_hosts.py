"""reusability.configuration: the sponsor's own instance of a data service written in the code beside the settings it reads.

A Streamlit app or a service reading its keys from outside the code (st.secrets, a .env) while its code writes the address of the
sponsor's instance of a commercial service at several places (``https://reyssouze.myliaq.fr/api/…`` in tools/queries.py, a sub-domain
named after the sponsor, the hosting fact's ``tenant``): the settings do not hold the data service's address, and another territory,
which subscribes to its own instance, must edit the code to change it (issue 12, s41 fo41 = SBVR-jeremy/sbvr_observatory_myliaq). One
rule for every project reading settings (the environment, a secrets store): said in the message, shown as a finding, the score held
to a warning. A tenant host written once in the code, or only in a settings template, leaves the verdict as it was.
"""

from __future__ import annotations

from auditor.checks.interface import Evidence, T
from auditor.facts import FactError
from auditor.facts.textscan import CODE_EXT

from .settings_free import SERVER_NOTE


def tenant_address_said(ctx, templates: list[str], msg: dict, ev: list, score: float) -> tuple[dict, float]:
    """``(msg, score)`` with the sponsor's instance of a service the code writes at two places or more (hosting's tenant host) said, and
    the score held to 6; unchanged otherwise."""
    try:
        hosts = (ctx.fact("hosting_dependencies") or {}).get("hosts") or []
    except FactError:
        return msg, score
    for h in hosts:
        if not (h.get("tenant") and h.get("class") == "commercial" and int(h.get("count") or 0) >= 2):
            continue
        written = [e for e in h.get("evidence") or [] if e.get("path") and e.get("line") and e["path"] not in templates
                   and e["path"].rsplit(".", 1)[-1].lower() in CODE_EXT]
        if not written:
            continue
        places = ", ".join(f"{e['path']}:{e['line']}" for e in written[:2])
        ev += [Evidence(path=e["path"], line=e["line"], value=str(e.get("value") or h["host"])[:80], kind="finding",
                        note=T("Serveur auquel le code se connecte, écrit dans le code.", SERVER_NOTE)) for e in written[:3]]
        return T(msg["fr"].rstrip(".") + f" ; mais le code écrit lui-même l'adresse de l'instance du porteur d'un service ({h['host']}, "
                 f"{places}), qu'aucun réglage ne fixe : un autre territoire doit modifier le code pour la changer.",
                 msg["en"].rstrip(".") + f"; but the code itself writes the address of the sponsor's instance of a service ({h['host']}, "
                 f"{places}), which no setting sets: another territory must edit the code to change it."), min(score, 6.0)
    return msg, score


def mail_server_said(ctx, templates: list[str], msg: dict, ev: list, score: float) -> tuple[dict, float]:
    """``(msg, score)`` with the mail server the code writes as a literal (``config.mail-server``: nodemailer's createTransport host,
    smtplib.SMTP's, PHPMailer's Host) said beside the settings read, and the score held to 6; unchanged otherwise (issue 12, s46 ff46)."""
    try:
        scan = ctx.fact("textscan") or {}
    except FactError:
        return msg, score
    hits = [h for h in (scan.get("signals") or {}).get("config.mail-server", []) if h[0] not in templates]
    if not hits:
        return msg, score
    h = hits[0]
    ev += [Evidence(path=x[0], line=x[1], value=str(x[2])[:80], kind="finding", note=T("Serveur auquel le code se connecte, écrit dans le code.",
                                                                                         SERVER_NOTE)) for x in hits[:3]]
    return T(msg["fr"].rstrip(".") + f" ; mais le code écrit lui-même le serveur d'envoi des courriels ({h[2]}, {h[0]}:{h[1]}), qu'aucun "
             "réglage ne fixe : un autre territoire doit modifier le code pour passer par le sien.",
             msg["en"].rstrip(".") + f"; but the code itself writes the mail server it sends through ({h[2]}, {h[0]}:{h[1]}), which no "
             "setting sets: another territory must edit the code to use its own."), min(score, 6.0)
