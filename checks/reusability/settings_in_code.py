"""reusability.configuration's verdicts on settings set by editing the code, where nothing is read from the environment nor from a
settings file: values left in the code for the installer to fill (placeholders_in_code), code files the README's configuration
chapter says to edit (readme_edits_code_result). Used through :mod:`auditor.checks.reusability.settings_free`."""

from __future__ import annotations

from auditor.checks.interface import Evidence, Result, T
from auditor.facts.project import kind_label
from auditor.facts.settings_shapes import FILL_IN_COMMENT


def placeholders_in_code(settings: dict, kind: str | None, unread_fr: str, unread_en: str) -> Result:
    """Warn 2: nothing read from the environment nor a settings file, and the code holds the values left for the installer to fill
    (s29 j29, a PHP tool's new PDO('mysql:host=your-host…', 'your-name', 'your-password') and '/your/upload/directory/', an iOS app's
    Constants.swift of blank API URLs, tokens and OAuth endpoints): the settings are gathered, but set by editing the code. Warn 4
    when the README tells the installer which file to edit ("Compléter le fichier de connexion (classes/connect.php)"), fail 2 else."""
    held = settings["placeholder_settings"]
    named = settings.get("placeholders_named") or []
    first = next((h for h in held if h[0] in named), held[0])
    told_fr, told_en = ((f" ; le README dit de modifier {', '.join(named[:3])}", f"; the README says to edit {', '.join(named[:3])}")
                        if named else ("", ""))
    # (each value's own comment telling what to put there, a sketch's "// A renseigner en fonction de votre opérateur": described where
    # it is set, as the README naming the file would — issue 12, s40 fk40 = AtmoSud Module_Air)
    commented = [h for h in held if FILL_IN_COMMENT.search(h[2])]
    if commented and not named:
        told_fr, told_en = (" ; un commentaire à côté dit quoi y mettre", "; a comment beside it says what to put there")
    of_fr, of_en = (f" de ce projet de type « {kind_label(kind, 'fr')} »", f" of this {kind_label(kind, 'en')}") if kind else ("", "")
    res = Result.scored(4 if named or commented else 2, T(f"Réglages écrits dans le code{of_fr}, laissés à remplir par l'installateur ({len(held)} : par exemple « "
                             f"{first[2]} », {first[0]}:{first[1]}) : aucune variable d'environnement ni fichier de réglages ne les fixe, et "
                             f"aucun modèle de configuration{unread_fr}{told_fr} ; pour les régler, il faut modifier le code.",
                             f"Settings written in the code{of_en}, left for the installer to fill ({len(held)}: for example \"{first[2]}\", "
                             f"{first[0]}:{first[1]}): no environment variable or settings file sets them, and no configuration "
                             f"template{unread_en}{told_en}; setting them means editing the code."),
                         [Evidence(path=h[0], line=h[1], value=h[2][:80], kind="finding", note=T(
                             "Valeur à remplacer dans le code par celle du déploiement.",
                             "A value to replace in the code with the deployment's.")) for h in ([first] + [h for h in held if h is not first])[:5]],
                         env_vars=0, placeholders=len(held), named_in_readme=named, commented=len(commented), kind=kind)
    places = ", ".join(dict.fromkeys(f"{h[0]}:{h[1]}" for h in held[:4]))
    return res.advise(T(f"Lisez ces valeurs ({places}) dans l'environnement ou dans un fichier de réglages que le code charge, versionnez-en "
                        "un modèle avec des valeurs d'exemple, et décrivez chacune dans le README.",
                        f"Read these values ({places}) from the environment or a settings file the code loads, commit a template of it "
                        "with example values, and describe each one in the README."))


def readme_edits_code_result(ctx, code: list[str], readme: dict, chapter: dict, kind: str | None) -> Result:
    """Warn 4: nothing read from the environment nor a settings file, and the README's configuration chapter says which code files
    to edit (see readme_edits_code): the settings are described, but set by modifying the code, as placeholders_in_code's named case."""
    names = ", ".join(code[:3])
    ev = [Evidence(path=readme.get("path"), line=chapter.get("line"), kind="found", value="README configuration")]
    ev += [Evidence(path=p, kind="finding", value="settings in code", note=T("Fichier de code que le README dit de modifier pour changer les réglages.",
                                                                             "A code file the README says to edit to change the settings."))
           for p in code[:5]]
    of_fr, of_en = (f" de ce projet de type « {kind_label(kind, 'fr')} »", f" of this {kind_label(kind, 'en')}") if kind else ("", "")
    res = Result.scored(4, T(f"Aucun réglage{of_fr} lu dans l'environnement ni dans un fichier de réglages : le chapitre de configuration du "
                             f"README dit de modifier le code ({names}) ; pour changer les réglages, il faut modifier le code.",
                             f"No setting{of_en} read from the environment or a settings file: the README's configuration chapter says to "
                             f"edit the code ({names}); changing the settings means modifying the code."),
                        ev, env_vars=0, code_settings=code[:5], kind=kind)
    return res.advise(T(f"Rassemblez les réglages écrits dans {names} dans un fichier de réglages que le code charge (ou des variables "
                        "d'environnement), versionnez-en un modèle avec des valeurs d'exemple, et décrivez chacun dans le README.",
                        f"Gather the settings written in {names} into a settings file the code loads (or environment variables), commit a "
                        "template of it with example values, and describe each one in the README."))


# the classes of hosting_dependencies that are one organisation's or one person's server (not a national platform, a CDN, a forge,
# a proprietary service judged by vendor lock-in)
_SERVER_CLASSES = ("own", "commercial", "other", "public-other", "public-unknown", "personal")


def client_back_end(ctx) -> list[Evidence]:
    """The back end a mobile application's code writes at three places at least (one server's addresses, hosting_dependencies' count):
    the server a deployment elsewhere must change, a setting left in the code (issue 12, s37 fj37 = aympitre/villedelyon-android,
    http://appvilledelyon.c2is.fr/… at 19 call sites, no constant). None for another kind."""
    from auditor.facts import FactError
    from auditor.facts.project import decided_kind

    try:
        if decided_kind(ctx.fact("project") or {}) != "mobile-application":
            return []
        hosts = (ctx.fact("hosting_dependencies") or {}).get("hosts") or []
    except FactError:
        return []
    return [Evidence(path=h["evidence"][0]["path"], line=h["evidence"][0]["line"], value=h["evidence"][0]["value"], kind="finding",
                    note=T(f"Serveur auquel le code se connecte, écrit dans le code ({h['count']} adresses).", "A server the code connects to, written in the code."))
            for h in hosts if h["class"] in _SERVER_CLASSES and h["count"] >= 3 and h.get("evidence")][:3]


def local_back_end_evidence(ctx) -> list[Evidence]:
    """The back end a client's own shipped code calls at a development address (the ``local_back_end`` fact:
    simpleRestProvider('http://localhost:8080/api'), axios.post('http://localhost:8080/users') at each request), as findings: the
    address every deployment must set, written in the code (issue 12, s46 fk46). localhost in a dev server's proxy, a settings template
    or a test is no such finding (the fact does not read them)."""
    from auditor.facts import FactError

    try:
        rows = ctx.fact("local_back_end") or []
    except FactError:
        return []
    return [Evidence(path=r[0], line=r[1], value=r[2], kind="finding", note=T(
        "Serveur auquel le code se connecte, écrit dans le code (adresse de développement localhost : tout déploiement doit la changer).",
        "A server the code connects to, written in the code.")) for r in rows[:3]]


CONNECTION_NOTE = "A connection's setting (database, login, key) written in the code: changing it means editing the code."


def connection_evidence(ctx) -> list[Evidence]:
    """The connection settings the code writes (the ``connection_settings`` fact: a PHP include's $servername, $username, $password,
    $dbname; a C# program's database_name = "" and its connection string; s38 fg38), as findings: empty, a development default or
    real, a deployment changes them by editing the code."""
    return [Evidence(path=h[0], line=h[1], value=h[2], kind="finding", note=T(
        "Réglage d'une connexion (base de données, identifiant, clé) écrit dans le code : pour le changer, il faut modifier le code.",
        CONNECTION_NOTE)) for h in (ctx.fact("connection_settings") or [])[:5]]
