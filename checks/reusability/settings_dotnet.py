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


def mobile_settings_committed(settings: dict, kind: str | None) -> Result | None:
    """An Android app whose keys are written with their real values in the files its build reads (issue 12, s45 fb45: a map key in
    AndroidManifest.xml's meta-data, an access token in res/values/strings.xml and gradle.properties), with no template nor setting
    read elsewhere: settings exist — never "nothing to set" — but another territory rebuilding the app must replace the author's
    keys in committed files. A warning naming them; None when there are none."""
    files = settings.get("app_settings_files") or []
    if kind != "mobile-application" or not files:
        return None
    names = ", ".join(dict.fromkeys(n for f in files for n in f[1][:3]))
    where = ", ".join(f[0] for f in files[:4])
    ev = [Evidence(path=f[0], line=f[2] if len(f) > 2 else None, value=", ".join(f[1][:5]), kind="finding", note=T(
        "Clé ou jeton de l'application écrit avec sa valeur dans un fichier versionné.",
        "A key or token of the app written with its value in a committed file.")) for f in files[:5]]
    ev.append(Evidence(kind="missing", value="local.properties.example", note=T("Aucun modèle de ces réglages n'est versionné.",
                                                                              "No template of these settings is committed.")))
    res = Result.warn(T(f"Application mobile : ses réglages ({names}) sont écrits avec leur valeur dans des fichiers versionnés ({where}) ; "
                        "aucun modèle ne les liste : une autre collectivité qui reconstruit l'application doit y remplacer les clés de "
                        "l'auteur en modifiant ces fichiers.",
                        f"A mobile application: its settings ({names}) are written with their values in committed files ({where}); no "
                        "template lists them: another territory rebuilding the app must replace the author's keys by editing these files."),
                      ev, score=4, env_vars=0, templates=[], app_settings_files=[f[0] for f in files[:10]])
    res.advise(T(f"Retirez les valeurs de {where} : lisez les clés depuis local.properties (non versionné) ou l'environnement au moment de "
                 "la construction (manifestPlaceholders, buildConfigField), versionnez un local.properties.example qui les nomme avec "
                 "une valeur d'exemple, et dites dans le README où obtenir chacune.",
                 f"Remove the values from {where}: read the keys from local.properties (not committed) or the environment at build "
                 "time (manifestPlaceholders, buildConfigField), commit a local.properties.example naming them with an example value, "
                 "and say in the README where to get each one."))
    return res
