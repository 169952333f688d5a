"""``documentation.publiccode``: a valid publiccode.yml at the root (versions 0.2 to 0.7)."""

from __future__ import annotations

from auditor.checks.interface import Evidence, Result, T, check
from auditor.publiccode import Issue, ValidationResult, suggest_yaml


def _write_it(values: dict) -> dict[str, str]:
    """The command that writes a prefilled publiccode.yml, and the fields left to fill."""
    todo = sorted(k for k, v in (values.get("sources") or {}).items() if v == "todo")
    shown = ", ".join(todo[:6]) + ("…" if len(todo) > 6 else "")
    return T("Écrivez publiccode.yml à la racine : « auditor publiccode suggest . -o publiccode.yml » le préremplit à partir du dépôt"
             + (f" ; complétez ensuite {shown}" if todo else "") + ", puis vérifiez-le avec « auditor publiccode validate publiccode.yml ».",
             "Write publiccode.yml at the root: \"auditor publiccode suggest . -o publiccode.yml\" prefills it from the repository"
             + (f"; then fill in {shown}" if todo else "") + ", and check it with \"auditor publiccode validate publiccode.yml\".")


@check(
    id="documentation.publiccode",
    family="documentation",
    effort="minutes",
    title=T("Un publiccode.yml valide rend le projet trouvable", "A valid publiccode.yml makes the project findable"),
    rationale=T(
        "publiccode.yml décrit le logiciel pour les catalogues publics (code.gouv.fr l'encourage et lui donne le plus fort "
        "poids de son score ; critère 14 du Standard for Public Code) : nom, description, statut, licence, maintenance, "
        "langues. Un fichier invalide est ignoré par les catalogues.",
        "publiccode.yml describes the software for public catalogues (code.gouv.fr encourages it and gives it the highest "
        "weight in its score; criterion 14 of the Standard for Public Code): name, description, status, license, maintenance, "
        "languages. An invalid file is ignored by catalogues.",
    ),
    remediation=T(
        "Ajoutez publiccode.yml à la racine ; `auditor publiccode suggest` en imprime un prérempli à partir de l'audit. Corrigez "
        "chaque erreur à la clé et à la ligne indiquées ; `auditor publiccode validate publiccode.yml` revérifie le fichier.",
        "Add publiccode.yml at the root; `auditor publiccode suggest` prints one prefilled from the audit. Fix each error at the "
        "key and line shown; `auditor publiccode validate publiccode.yml` checks the file again.",
    ),
    params={"warning_penalty": 0.5, "max_evidence": 30},
)
def publiccode(ctx) -> Result:
    doc = ctx.fact("publiccode_file")
    path = doc["path"]
    if not path:
        values = ctx.fact("publiccode_suggestion")
        text = suggest_yaml(values)
        return Result.fail(T("Pas de publiccode.yml à la racine. `auditor publiccode suggest` en propose un.",
                             "No publiccode.yml at the root. `auditor publiccode suggest` proposes one."),
                           [Evidence(path="publiccode.yml", kind="missing", value={"prefilled": sorted(k for k, v in values["sources"].items() if v != "todo")})],
                           suggestion=text).advise(_write_it(values))
    if doc["symlink"]:
        return Result.fail(T("publiccode.yml est un lien symbolique : les catalogues ne le suivent pas.",
                             "publiccode.yml is a symbolic link: catalogues do not follow it."), [Evidence(path=path, kind="finding")])
    if not doc["readable"]:
        return Result.inconclusive(T("publiccode.yml illisible (trop gros ?).", "publiccode.yml unreadable (too large?)."), [Evidence(path=path)])
    result = ValidationResult(doc["version"], [Issue(**i) for i in doc["issues"]])
    cap = int(ctx.params.get("max_evidence", 30))
    evidence = [Evidence(path=path, line=i.line, value={"key": i.key, "level": i.level}, note=i.message, kind="finding")
                for i in result.issues[:cap]]
    details = {"version": result.version, "errors": len(result.errors), "warnings": len(result.warnings),
               "left_out": max(0, len(result.issues) - cap)}
    if path != "publiccode.yml":
        evidence.append(Evidence(path=path, kind="finding", note=T("Nommez le fichier publiccode.yml (extension .yml).",
                                                                 "Name the file publiccode.yml (.yml extension).")))
        details["warnings"] += 1
    if result.errors:
        details["suggestion"] = suggest_yaml(ctx.fact("publiccode_suggestion"))
        n = len(result.errors)
        first = result.errors[0]
        # (an error of the whole file, with no key: its encoding, its size)
        fixes = [f"{i.key or 'le fichier'} (ligne {i.line}) : {i.message['fr'].rstrip('.')}" if i.line else f"{i.key or 'le fichier'} : {i.message['fr'].rstrip('.')}"
                 for i in result.errors[:4]]
        fixes_en = [f"{i.key or 'the file'} (line {i.line}): {i.message['en'].rstrip('.')}" if i.line else f"{i.key or 'the file'}: {i.message['en'].rstrip('.')}"
                    for i in result.errors[:4]]
        more = f" (+{n - 4})" if n > 4 else ""
        where_fr, where_en = (f"dont « {first.key} »", f"including '{first.key}'") if first.key else ("dont celle du fichier entier", "including the whole file's")
        return Result.scored(max(0.0, 4 - 0.5 * n), T(f"publiccode.yml invalide : {n} erreur(s), {where_fr} : {first.message['fr']}.",
                                                    f"Invalid publiccode.yml: {n} error(s), {where_en}: {first.message['en']}."),
                             evidence, **details).advise(T(
            f"Corrigez dans {path} : " + " ; ".join(fixes) + more + ". Vérifiez ensuite avec « auditor publiccode validate " + path + " ».",
            f"Fix in {path}: " + "; ".join(fixes_en) + more + ". Then check with \"auditor publiccode validate " + path + "\"."))
    if result.draft_lines:  # the tool's own suggestion left unedited: a draft, never a pass
        lines = result.draft_lines
        details["draft_lines"] = lines
        shown = ", ".join(str(n) for n in lines[:8]) + ("…" if len(lines) > 8 else "")
        return Result.scored(min(6.0, max(4.0, 10 - 0.5 * details["warnings"])), T(
            f"publiccode.yml est un brouillon : {len(lines)} ligne(s) portent encore le marqueur « À COMPLÉTER » de l'outil (ligne {lines[0]}…).",
            f"publiccode.yml is a draft: {len(lines)} line(s) still hold the tool's 'TO COMPLETE' marker (line {lines[0]}…)."),
            evidence, **details).advise(T(f"Remplacez dans {path} chaque « À COMPLÉTER » (lignes {shown}) par l'information du projet.",
                                          f"Replace in {path} each 'TO COMPLETE' (lines {shown}) with the project's information."))
    penalty = float(ctx.params.get("warning_penalty", 0.5)) * details["warnings"]
    if details["warnings"]:
        return Result.scored(max(8.0, 10 - penalty), T(f"publiccode.yml valide (version {result.version}), {details['warnings']} avertissement(s).",
                                                       f"Valid publiccode.yml (version {result.version}), {details['warnings']} warning(s)."),
                             evidence, **details)
    return Result.passed(T(f"publiccode.yml valide (version {result.version}).", f"Valid publiccode.yml (version {result.version})."),
                         [Evidence(path=path, value={"version": result.version}, kind="found")], **details)
