"""Labels for people, in French (default) and English. Check texts live beside each check."""

from __future__ import annotations

from datetime import datetime
from typing import Any

LANGS = ("fr", "en")

LABELS: dict[str, dict[str, str]] = {
    "status.pass": {"fr": "conforme", "en": "pass"},
    "status.warn": {"fr": "à améliorer", "en": "warning"},
    "status.fail": {"fr": "non conforme", "en": "fail"},
    "status.not_applicable": {"fr": "sans objet", "en": "not applicable"},
    "status.inconclusive": {"fr": "non concluant", "en": "inconclusive"},
    "status.error": {"fr": "erreur", "en": "error"},
    "family.licensing": {"fr": "Licence", "en": "Licensing"},
    "family.documentation": {"fr": "Documentation", "en": "Documentation"},
    "family.reusability": {"fr": "Réutilisabilité", "en": "Reusability"},
    "family.interoperability": {"fr": "Interopérabilité", "en": "Interoperability"},
    "family.maintenance": {"fr": "Maintenance", "en": "Maintenance"},
    "effort.minutes": {"fr": "quelques minutes", "en": "minutes"},
    "effort.hours": {"fr": "quelques heures", "en": "hours"},
    "effort.days": {"fr": "quelques jours", "en": "days"},
    "report.title": {"fr": "Rapport de maturité", "en": "Readiness report"},
    "report.level": {"fr": "Niveau", "en": "Level"},
    "report.next_level": {"fr": "Niveau suivant", "en": "Next level"},
    "report.requires": {"fr": "Il faut encore", "en": "Still needed"},
    "report.overall": {"fr": "Score global", "en": "Overall score"},
    "report.coverage": {"fr": "Couverture", "en": "Coverage"},
    "report.criteria": {"fr": "Critères du jury", "en": "Jury criteria"},
    "report.families": {"fr": "Familles", "en": "Families"},
    "report.action_plan": {"fr": "Plan d'action", "en": "Action plan"},
    "report.findings": {"fr": "Points à traiter", "en": "Findings to address"},
    "report.remediation": {"fr": "Comment corriger", "en": "How to fix"},
    "report.rationale": {"fr": "Pourquoi c'est important", "en": "Why it matters"},
    "report.evidence": {"fr": "Éléments relevés", "en": "Evidence"},
    "report.gain": {"fr": "gain", "en": "gain"},
    "report.effort": {"fr": "effort", "en": "effort"},
    "report.unmeasured": {"fr": "Non mesuré", "en": "Not measured"},
    "report.notes": {"fr": "Remarques", "en": "Notes"},
    "report.commit": {"fr": "Commit", "en": "Commit"},
    "report.as_of": {"fr": "Date d'audit", "en": "Audited as of"},
    "report.ruleset": {"fr": "Référentiel", "en": "Ruleset"},
    "report.repository": {"fr": "Dépôt", "en": "Repository"},
    "report.gate_failed": {"fr": "Seuil non atteint", "en": "Gate not met"},
    "report.gate_passed": {"fr": "Seuil atteint", "en": "Gate met"},
    "report.no_level": {"fr": "aucun", "en": "none"},
    "report.unlocks": {"fr": "requis pour le niveau suivant", "en": "required for the next level"},
    "report.not_scored": {"fr": "n/m", "en": "n/m"},
}


def t(key: str, lang: str = "fr") -> str:
    entry = LABELS.get(key)
    if entry is None:
        return key
    return entry.get(lang) or entry["fr"]


def pick(text: Any, lang: str = "fr") -> str:
    """The text in ``lang`` from a {fr, en} mapping (or the value itself when it is a string)."""
    if isinstance(text, dict):
        return str(text.get(lang) or text.get("fr") or text.get("en") or "")
    return "" if text is None else str(text)


def fmt_number(value: float | int | None, lang: str = "fr", digits: int = 0) -> str:
    if value is None:
        return t("report.not_scored", lang)
    s = f"{value:,.{digits}f}"
    if lang == "fr":
        s = s.replace(",", "\u202f").replace(".", ",")
    return s


def fmt_date(iso: str | None, lang: str = "fr") -> str:
    if not iso:
        return "—"
    try:
        d = datetime.fromisoformat(iso)
    except ValueError:
        return iso
    return d.strftime("%d/%m/%Y") if lang == "fr" else d.strftime("%Y-%m-%d")
