"""reusability.configuration's verdict on a .NET program that reads its settings from a file of which no copy is committed (s23 r1,
a Windows service in C# loading its two timers with ``xmlDoc.Load(@"C:\\Shutdown\\Service.xml")``; a program reading
``ConfigurationManager.AppSettings["Key"]`` with no App.config committed): settings read outside the code, but no example to start
from. A warning, not "no setting read": the settings exist, only their example is missing."""

from __future__ import annotations

from auditor.checks.interface import Evidence, Result, T
from auditor.facts.project import kind_label


def settings_without_example(settings: dict, kind: str | None) -> Result | None:
    """A warning when the .NET code reads settings from a file (a path on the machine, App.config, appsettings.json) and the
    repository holds no copy of it; None when it reads none."""
    files = settings.get("uncommitted_settings") or []
    keys = settings.get("dotnet_keys") or []
    if not files and not keys:
        return None
    of_fr, of_en = (f" de ce projet de type « {kind_label(kind, 'fr')} »", f" of this {kind_label(kind, 'en')}") if kind else ("", "")
    if files:
        lit, hit = files[0]
        name = lit.replace("\\", "/").rsplit("/", 1)[-1]
        what_fr = f"dans le fichier {lit}, hors du dépôt ({hit[0]}:{hit[1]})"
        what_en = f"from the file {lit}, outside the repository ({hit[0]}:{hit[1]})"
        ev = [Evidence(path=h[0], line=h[1], value=n, kind="finding", note=T("Fichier de réglages lu hors du dépôt.", "Settings file read outside the repository."))
              for n, h in files[:5]]
    else:
        name = "App.config / appsettings.json"
        names = ", ".join(n for n, _ in keys[:6])
        what_fr = f"dans sa configuration .NET ({names} ; {keys[0][1][0]}:{keys[0][1][1]})"
        what_en = f"from its .NET configuration ({names}; {keys[0][1][0]}:{keys[0][1][1]})"
        ev = [Evidence(path=h[1][0], line=h[1][1], value=h[0], kind="finding", note=T("Réglage lu dans la configuration .NET.", "Setting read from the .NET configuration."))
              for h in keys[:5]]
    ev.append(Evidence(kind="missing", value=name, note=T("Aucun exemple de ce fichier de réglages n'est versionné.", "No example of this settings file is committed.")))
    res = Result.warn(T(f"Le code{of_fr} lit ses réglages {what_fr}, mais aucun exemple de ce fichier n'est versionné : une autre "
                        "collectivité ne sait pas quels réglages y écrire.",
                        f"The code{of_en} reads its settings {what_en}, but no example of that file is committed: another territory "
                        "cannot tell which settings to write in it."),
                      ev, score=4, env_vars=0, settings_files_read=[n for n, _ in files[:10]], config_keys=[n for n, _ in keys[:20]])
    res.advise(T(f"Versionnez un exemple de {name} (par exemple {name.split(' / ')[0]}.example) avec chaque réglage, une valeur d'exemple et un "
                 "commentaire, et dites dans le README où le copier.",
                 f"Commit an example of {name} (for instance {name.split(' / ')[0]}.example) with each setting, an example value and a "
                 "comment, and say in the README where to copy it."))
    return res
