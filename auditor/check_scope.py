"""Whether a check judges the audited project: the project's kind, the kinds a check judges (else
*not applicable*, with the reason), and the two sides that bring a check of another kind back in
(a plugin's own page templates, a side kind the project also is). Used by :mod:`auditor.engine`."""

from __future__ import annotations

from auditor.checks.interface import T, CheckSpec, Result
from auditor.context import AuditContext
from auditor.facts import FactError


def project_kind(ctx: AuditContext) -> str | None:
    """The kind of the audited project (the ``project`` fact), None when no file decided it."""
    from auditor.facts.project import decided_kind

    try:
        value = ctx.fact("project") or {}
    except FactError:
        return None
    return decided_kind(value)


def kind_not_applicable(spec: CheckSpec, kind: str | None) -> Result | None:
    """*Not applicable*, with the reason, when the check does not judge this kind of project."""
    if not spec.kinds or kind is None or kind in spec.kinds:
        return None
    from auditor.facts.project import kind_label

    fr = ", ".join(kind_label(k, "fr") for k in spec.kinds)
    en = ", ".join(kind_label(k, "en") for k in spec.kinds)
    return Result.not_applicable(T(f"Sans objet pour ce projet de type « {kind_label(kind, 'fr')} » : ce contrôle ne porte que sur : {fr}.",
                                   f"Not applicable to this project, a {kind_label(kind, 'en')}: this check only judges: {en}."),
                                 kind=kind, applies_to=list(spec.kinds))


def _judged_on_plugin_pages(spec: CheckSpec, ctx: AuditContext) -> bool:
    """An interface check (accessibility, eco-design: kinds web application, static site and mobile application only) still judges
    a plugin of a host application that ships its own page templates (a JCMS module's JSPs, a TYPO3 extension's templates)."""
    if not set(spec.kinds or ()) <= {"web-application", "static-site", "mobile-application"}:
        return False
    try:
        return bool((ctx.fact("project") or {}).get("plugin_pages"))
    except FactError:
        return False


def _judged_as_also(spec: CheckSpec, ctx: AuditContext) -> bool:
    """A check of another kind than the main one still judges the side the project also is (the web server a command-line
    tool starts: its API specification, its pages' accessibility)."""
    try:
        also = (ctx.fact("project") or {}).get("also_kinds") or []
    except FactError:
        return False
    # (a side known only by what a plugin declares, its REST resources, is judged by the checks named for it: its API's description)
    return any(isinstance(a, dict) and a.get("kind") in (spec.kinds or ()) and spec.id in a.get("checks", [spec.id]) for a in also)
