"""``documentation.declarations``: the project's own declarations (``.auditor.yml``) are readable,
agree with what the repository shows, and their exceptions are still valid."""

from __future__ import annotations

from auditor.checks.interface import Evidence, Result, T, check
from auditor.declarations import error_line, exception_state


@check(
    id="documentation.declarations",
    family="documentation",
    effort="minutes",
    title=T("Les déclarations du projet (.auditor.yml) sont lisibles et cohérentes",
            "The project's declarations (.auditor.yml) are readable and consistent"),
    rationale=T(
        "Une partie de ce que le jury veut savoir n'est pas dans le code : instances publiques et territoires qui les exploitent, "
        "réutilisateurs, porteur, déclarations d'accessibilité (RGAA) et d'écoconception (RGESN), documentation de l'API, "
        "mainteneurs et leur financement, exceptions justifiées. Le fichier .auditor.yml permet de le dire ; le rapport le montre "
        "tel que déclaré, à côté de ce que l'outil a pu vérifier. Un fichier illisible est ignoré, une exception expirée n'est plus "
        "une justification.",
        "Part of what the jury wants to know is not in the code: public instances and the territories that run them, reusers, "
        "the sponsor, accessibility (RGAA) and eco-design (RGESN) statements, API documentation, maintainers and who funds them, "
        "justified exceptions. The .auditor.yml file lets the project say it; the report shows it as declared, beside what the tool "
        "could verify. An unreadable file is ignored, an expired exception no longer justifies anything.",
    ),
    remediation=T(
        "Corrigez .auditor.yml à la ligne et à la clé indiquées (schéma : `auditor declarations schema`) ; renouvelez ou retirez "
        "les exceptions expirées ; mettez d'accord la déclaration et le fichier du dépôt qui la contredit. Ce que publiccode.yml sait "
        "déjà dire (usedBy, maintenance.contacts, documentation, apiDocumentation) se déclare de préférence dans publiccode.yml.",
        "Fix .auditor.yml at the line and key shown (schema: `auditor declarations schema`); renew or remove expired exceptions; "
        "reconcile the declaration with the repository file that contradicts it. What publiccode.yml can already say (usedBy, "
        "maintenance.contacts, documentation, apiDocumentation) is better declared in publiccode.yml.",
    ),
)
def declarations(ctx) -> Result:
    decl = ctx.fact("declarations") or {}
    err = decl.get("error")
    if err:
        return Result.warn(T(f"Déclarations ignorées, fichier invalide : {error_line(err)}", f"Declarations ignored, invalid file: {error_line(err)}"),
                           [Evidence(path=err["path"] if err["path"] != "portfolio" else None, line=err.get("line"),
                                     value={"key": err.get("key"), "message": err.get("message")}, kind="finding")], score=4)
    if not set(decl.get("declared") or {}) - {"version"}:
        return Result.not_applicable(T("Aucune déclaration (.auditor.yml absent ou vide) : rien à comparer.", "No declarations (.auditor.yml absent or empty): nothing to compare."))
    path = decl.get("file")
    evidence: list[Evidence] = []
    problems = 0
    for item in decl.get("items") or []:
        if item.get("verified") in ("disagrees", "form-bad"):
            problems += 1
            evidence.append(Evidence(path=path, line=item.get("line"), value=item.get("key"), note=item.get("note"), kind="finding"))
        if item.get("publiccode_field"):
            field = item["publiccode_field"]
            evidence.append(Evidence(path=path, line=item.get("line"), value=item.get("key"), kind="found", note=T(
                f"publiccode.yml a un champ pour cela ({field}) : déclarez-le de préférence là, les catalogues le lisent.",
                f"publiccode.yml has a field for this ({field}): prefer declaring it there, catalogues read it.")))
    expired = 0
    for exc in decl.get("exceptions") or []:
        state = exception_state(exc, ctx.as_of)
        if state["expired"]:
            expired += 1
            evidence.append(Evidence(path=path, line=exc.get("line"), value={"check": exc["check"], "until": exc["until"]}, kind="finding",
                                     note=T(f"Exception expirée le {exc['until']} ({exc['by']}) : {exc['reason']}",
                                            f"Exception expired on {exc['until']} ({exc['by']}): {exc['reason']}")))
    n = len(decl.get("items") or []) + len(decl.get("exceptions") or [])
    if problems or expired:
        return Result.scored(max(4.0, 8 - problems - expired), T(
            f"{n} déclaration(s) ; {problems} contredite(s) ou mal formée(s), {expired} exception(s) expirée(s).",
            f"{n} declaration(s); {problems} contradicted or malformed, {expired} expired exception(s)."), evidence,
            pass_at=10, problems=problems, expired=expired)
    return Result.passed(T(f"{n} déclaration(s) lisible(s), aucune contredite par le dépôt.", f"{n} readable declaration(s), none contradicted by the repository."),
                         evidence or [Evidence(path=path, kind="found")], problems=0, expired=0)
