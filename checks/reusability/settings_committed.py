"""reusability.configuration: a settings file the code reads, committed with a credential and no template (issue 12, s42 fj42 =
ISPF/enquetes-tourisme-eft-exportatn: conf.ini read by ``read.ini("conf.ini")``, holding the database's password)."""

from __future__ import annotations

from auditor.checks.interface import Evidence, Result, T
from auditor.facts import FactError


def secret_settings_file(ctx, templates: list[str]) -> Result | None:
    """A fail when the code reads a committed settings file by name (settings_file_reads) in which the secrets fact found a probable
    credential, and no template of it is committed: deploying elsewhere means editing a file holding the publisher's own password.
    None otherwise."""
    try:
        reads = ctx.fact("settings_file_reads") or []
        findings = (ctx.fact("secrets") or {}).get("findings") or []
    except FactError:
        return None
    if templates:
        return None
    for r in reads:
        hit = next((f for f in findings if f.get("path") == r["file"] and f.get("strength") == "strong"), None)
        if hit is None:
            continue
        return Result.fail(T(f"Le code lit ses réglages dans {r['file']} ({r['path']}:{r['line']}), versionné avec ses valeurs réelles, dont un "
                             f"mot de passe ({r['file']}:{hit.get('line')}), et sans modèle : pour l'installer ailleurs, il faut modifier ce fichier, "
                             "qui publie l'accès de l'organisme.",
                             f"The code reads its settings from {r['file']} ({r['path']}:{r['line']}), committed with its real values, a password "
                             f"among them ({r['file']}:{hit.get('line')}), and no template: installing it elsewhere means editing that file, "
                             "which publishes the organisation's access."),
                           [Evidence(path=r["file"], line=hit.get("line"), kind="finding", value="settings file with a credential"),
                            Evidence(path=r["path"], line=r["line"], kind="found", value=f"reads {r['file']}"),
                            Evidence(kind="missing", value=f"{r['file']}.example",
                                     note=T("Pas de modèle de ce fichier de réglages.", "No template of this settings file."))],
                           score=2, env_vars=0, settings_file=r["file"]).advise(T(
            f"Retirez {r['file']} du dépôt (git rm --cached, .gitignore), révoquez le mot de passe qu'il publiait et versionnez un "
            f"{r['file']}.example avec chaque réglage et une valeur d'exemple ; dites dans le README où le copier.",
            f"Remove {r['file']} from the repository (git rm --cached, .gitignore), revoke the password it published and commit a "
            f"{r['file']}.example with each setting and an example value; say in the README where to copy it."))
    return None
