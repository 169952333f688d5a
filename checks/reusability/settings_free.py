"""reusability.configuration's verdict on code that reads no setting at all (s22 b1, urbanlab/WS25-Atlas-vulnerabilites).

A quiz written with React whose code reads no environment variable, no settings file and no option, and writes no key, password,
database or proprietary service's address either, has nothing for a deployment to set: its verdict is "not applicable", said with
what was looked for. Code that reads nothing but writes such values (a Mapbox token and the map's tile server in js/js.js, a Google
key and file ids in a controller, a "# CONFIG" block, a config.php of database values) holds its settings hard-coded: the check
still fails, and names them; so does a server reading only its PORT (judged as before, its other values in its code), a
command-line tool (its own rules decide), and a project with a file of settings' shape that no rule recognised (a viewer add-on's
manifest.json of options, a Java application's web.xml): "reads no setting" would not be measured there. A program reading
options on its command line (a desktop dashboard's -u / -p) is set by them: judged on them (options_only), never "reads nothing". The
territory-specific values a page writes (a link to the city's story map, the map's centre) are reusability.territory-neutral's.
"""

from __future__ import annotations

from auditor.checks.interface import Evidence, Result, T
from auditor.facts import FactError
from auditor.facts.env_names import set_by_tools, standard_roles
from auditor.facts.kind_apps import aside
from auditor.facts.cli_options import flag_of
from auditor.facts.project import kind_label
from auditor.facts.r_connections import written_host
from auditor.facts.textscan import CODE_EXT

from .settings_parts import template_covers
from .settings_in_code import CONNECTION_NOTE, client_back_end, connection_evidence, local_back_end_evidence, placeholders_in_code, readme_edits_code_result  # noqa: F401 (re-exported for install.py)

# what the secrets check sets aside (tests, documentation, examples, a developer's throw-away settings): no value a deployment uses
_ASIDE = ("test", "doc", "example", "dev-config")
# a database, directory or private server the code connects to (the hosting check's internal addresses)
_PATH_NOTE = "A path on the machine written in the code: installing it elsewhere means editing the code."
_DATA_EXT = ("json", "yml", "yaml", "ini", "toml", "properties")
SERVER_NOTE = "A server the code connects to, written in the code."
_SERVER_SIGNALS = ("scaling.dburl", "scaling.private_ip", "scaling.connect-host", "scaling.libpq-host")


def written_values(ctx, scan: dict) -> list[Evidence] | None:
    """The deployment values the code writes instead of reading them: secrets and keys (the secrets fact, outside tests and
    examples), the proprietary services it uses (their key and address), the servers it connects to, a block of settings in the
    code, a file of code named or placed as settings (config.php, settings.py). None when one of these facts is missing (unknown:
    no verdict of "nothing to set" on it)."""
    try:
        secrets = ctx.fact("secrets") or {}
        services = (ctx.fact("vendor_lockin") or {}).get("services") or []
    except FactError:
        return None
    if not secrets.get("complete", True):
        return None
    out = _secrets(secrets, set())
    out += absent_module_evidence(ctx.fact("env_settings") or {})  # (agol_creds imported, no file provides it: a user's credentials)
    # (a platform the code runs on, category runtime — a hosting panel's server the installer writes into, a PLC, Apps Script —
    # is reached at no address and with no key a deployment would set: the product itself, vendor lock-in's to judge)
    # (nor is a vendor's shared public hub read without a key, public.opendatasoft.com's national datasets: every reuser reads the same
    # address, vendor lock-in judges the dependence — see public_hubs)
    for s in [s for s in services if s.get("category") != "runtime" and not s.get("public_hub_only")][:3]:
        e = (s.get("evidence") or [{}])[0]
        out.append(Evidence(path=e.get("path"), line=e.get("line"), value=s.get("named") or s["name"], kind="finding",
                            note=T("Service propriétaire dont l'adresse ou la clé est écrite dans le projet.",
                                   "A proprietary service whose address or key is written in the project.")))
    out += _servers_and_blocks(ctx, scan, set())
    # (the back end a client's code writes into its baseUrl, an Ionic app's 'https://…/api/': the server a deployment changes, s37 fm37)
    return out + [Evidence(path=h[0], line=h[1], value=h[2], kind="finding", note=T("Serveur auquel le code se connecte, écrit dans le code.",
                                                                                   SERVER_NOTE)) for h in (ctx.fact("service_urls") or [])[:3]] \
        + client_back_end(ctx) + local_back_end_evidence(ctx) + connection_evidence(ctx)  # (its back end at localhost: s46 fk46; or a mobile application's back end, its address written at every call: s37 fj37)



def public_hubs_read(ctx) -> list[dict]:
    """The proprietary services the code uses only as a shared public hub read without a key (vendor_lockin's public_hub_only)."""
    try:
        return [s for s in (ctx.fact("vendor_lockin") or {}).get("services") or [] if s.get("public_hub_only")]
    except FactError:
        return []


def hard_coded_beside(ctx, scan: dict, declared: set[str]) -> list[Evidence]:
    """The values of a deployment the project's own code writes outside the files that declare its settings the host's way (s24
    a24, GIP ATGeRi's BSD: FME workspaces' published parameters beside a PHP page and JavaFX tools that write the database's
    address): the databases and private servers the code connects to, the paths of one machine, a block of settings in the code, a
    code file of settings. Not a secret (reusability.secrets judges it; a bundle's test fixtures write a user's password) nor a
    proprietary service's address (a plugin calling its host's or a provider's API sets nothing of a deployment)."""
    found = _servers_and_blocks(ctx, scan, declared)
    return list({(e.path, e.line): e for e in reversed(found)}.values())[::-1]  # (one line found by two detectors: one value)


_WHAT = {"A secret or key written in the code.": ("mot de passe ou clé", "password or key"),
         "A string that looks like a secret or key, written in the code (to review).": ("valeur à vérifier", "value to review"),
         "A server the code connects to, written in the code.": ("adresse de serveur", "server address"),
         "A code file holding the settings: changing them means editing the code.": ("fichier de code de réglages", "code file of settings"),
         _PATH_NOTE: ("chemin sur la machine", "path on the machine")}


def declared_and_hard_coded(host: list, hard: list[Evidence], ev: list[Evidence], declared: set[str], kind: str | None) -> Result:
    """Warn 4: settings declared the host platform's way for one part of the project, while its own code writes the values of a
    deployment (a server's address, a password) that changing means editing the code."""
    platform, first = host[0][1], hard[0]
    where = f"{first.path}:{first.line}" if first.line else first.path
    others = f" et {len(host) - 1} autre(s)" if len(host) > 1 else "", f" and {len(host) - 1} other(s)" if len(host) > 1 else ""
    kinds = dict.fromkeys(_WHAT.get(((e.note or {}).get("en") or ""), ("bloc de réglages", "block of settings")) for e in hard)
    what_fr, what_en = ", ".join(k[0] for k in kinds), ", ".join(k[1] for k in kinds)
    of_fr, of_en = (f"de ce projet de type « {kind_label(kind, 'fr')} » ", f"of this {kind_label(kind, 'en')} ") if kind else ("", "")
    res = Result.scored(4, T(f"Réglages déclarés comme le prévoit la plateforme {platform} ({host[0][0]}{others[0]}), mais le code {of_fr}"
                             f"écrit lui-même des valeurs propres à un déploiement ({len(hard)} : {what_fr} ; "
                             f"par exemple {where}) : pour les changer, il faut modifier le code.",
                             f"Settings declared the way {platform} expects ({host[0][0]}{others[1]}), but the code {of_en}itself writes "
                             f"values of a deployment ({len(hard)}: {what_en}; for example {where}): changing them "
                             "means editing the code."),
                         [Evidence(path=p, kind="found", value=f"{name} settings") for p, name in host[:3]] + hard
                         + [e for e in ev if e.path not in declared and e.path not in {h.path for h in hard}],
                         env_vars=0, host_settings=[p for p, _ in host], hard_coded=len(hard))
    places = ", ".join(dict.fromkeys(f"{e.path}:{e.line}" if e.line else e.path for e in hard[:4]))
    return res.advise(T(f"Lisez ces valeurs ({places}) dans un fichier de réglages ou dans l'environnement, versionnez-en un modèle "
                        "avec des valeurs d'exemple, et retirez du code les adresses et mots de passe réels.",
                        f"Read these values ({places}) from a settings file or the environment, commit a template of it with example "
                        "values, and remove the real addresses and passwords from the code."))


_ABSENT_NOTE = "A settings or credentials module the code imports and the repository does not hold: each user writes it."


def absent_module_evidence(settings: dict) -> list[Evidence]:
    """The settings or credentials modules the code imports that no file of the repository provides and git does not ignore
    (``import agol_creds as creds``, creds.user and creds.password read): each installation writes them, with its own values."""
    return [Evidence(path=m[1][0], line=m[1][1], value=f"{m[0]}.py", kind="finding",
                     note=T("Module de réglages ou d'identifiants importé par le code et absent du dépôt : chaque utilisateur l'écrit.",
                            _ABSENT_NOTE)) for m in (settings.get("absent_modules") or [])[:3]]


def settings_in_cli_code(ctx, settings: dict, kind: str | None) -> Result | None:
    """A command-line tool reading no option, environment variable nor settings file, whose code writes the paths of one machine or
    of a file server (a script's MOS_PATH and TPL_PATH on the agency's shares, UNC) or imports a settings or credentials module
    the repository does not hold (agol_creds): its settings exist, written in the code or in a file nothing describes, and moving it
    means editing the code (issue 12, s35 p35, an urban-planning agency's ArcGIS script whose README says to edit MOS_PATH). Fail 2,
    as a block of settings in the code; None when the code holds neither."""
    paths = [(literal, h) for literal, h in settings.get("machine_paths") or []][:3]
    modules = (settings.get("absent_modules") or [])[:3]
    conns = connection_evidence(ctx)  # (a database's name and login, an API token, written in the code: s38 fg38)
    if not (paths or modules or conns):
        return None
    of_fr, of_en = (f" de ce projet de type « {kind_label(kind, 'fr')} »", f" of this {kind_label(kind, 'en')}") if kind else ("", "")
    parts_fr, parts_en = [], []
    if paths:
        lit, h = paths[0]
        shown = lit if len(lit) <= 60 else lit[:57] + "…"
        parts_fr.append(f"il écrit les chemins d'une machine ou d'un serveur de fichiers (par exemple « {shown} », {h[0]}:{h[1]})")
        parts_en.append(f"it writes the paths of one machine or file server (for example \"{shown}\", {h[0]}:{h[1]})")
    if modules:
        names = ", ".join(f"{m[0]}.py" for m in modules)
        read = ", ".join(modules[0][2][:4])
        said = any(m[3] for m in modules)
        parts_fr.append(f"il importe {names}, module de réglages ou d'identifiants que le dépôt ne contient pas (valeurs lues : {read})"
                        + ("" if said else " et qu'aucun document ne décrit"))
        parts_en.append(f"it imports {names}, a settings or credentials module the repository does not hold (values read: {read})"
                        + ("" if said else " and no document describes"))
    if conns:
        c = conns[0]
        parts_fr.insert(0, f"il écrit les réglages de ses connexions (base de données, identifiants, clés ; par exemple « {c.value} », {c.path}:{c.line})")
        parts_en.insert(0, f"it writes the settings of its connections (database, logins, keys; for example \"{c.value}\", {c.path}:{c.line})")
    ev = conns + [Evidence(path=h[0], line=h[1], value=lit, kind="finding", note=T(
        "Chemin sur la machine écrit dans le code : l'installer ailleurs demande de modifier le code.", _PATH_NOTE)) for lit, h in paths]
    ev += absent_module_evidence(settings)
    res = Result.scored(2, T(f"Aucune option, variable d'environnement ni fichier de réglages lu par le code{of_fr}, mais des réglages existent : "
                             + " ; ".join(parts_fr) + ". Pour l'installer ailleurs, il faut modifier le code.",
                             f"No option, environment variable or settings file read by the code{of_en}, yet it has settings: "
                             + "; ".join(parts_en) + ". Installing it elsewhere means editing the code."),
                        ev, env_vars=0, cli_options=0, machine_paths=len(paths), absent_modules=[m[0] for m in modules],
                        connection_settings=len(conns))
    return res.advise(T("Lisez ces valeurs (chemins, identifiants) dans un fichier de réglages ou des options de ligne de commande, versionnez un "
                        "exemple de ce fichier avec des valeurs fictives, et décrivez chaque réglage dans le README.",
                        "Read these values (paths, credentials) from a settings file or command-line options, commit an example of that "
                        "file with dummy values, and describe each setting in the README."))


def machine_path_evidence(ev: list[Evidence]) -> list[Evidence]:
    """The evidence of paths on the machine written in the code (see :func:`_servers_and_blocks`)."""
    return [e for e in ev if (e.note or {}).get("en") == _PATH_NOTE]


def paths_in_code(ev: list[Evidence], paths: list[Evidence], kind: str | None, unread_fr: str, unread_en: str) -> Result:
    """Fail 0: nothing read from the environment nor a settings file, and the code writes the folders and files of one machine
    (s24 a24, a Qt desktop program's "/databank/…" data folders and "C:\\temp"): moving them means editing the code."""
    first = paths[0]
    of_fr, of_en = (f" de ce projet de type « {kind_label(kind, 'fr')} »", f" of this {kind_label(kind, 'en')}") if kind else ("", "")
    res = Result.fail(T(f"Aucun réglage lu dans l'environnement ni dans un fichier de réglages, et aucun modèle de configuration{unread_fr} ; "
                        f"le code{of_fr} écrit les chemins des dossiers et fichiers d'une machine (par exemple « {first.value} », "
                        f"{first.path}:{first.line}) : l'installer ailleurs demande de modifier le code.",
                        f"No setting read from the environment or a settings file, and no configuration template{unread_en}; the "
                        f"code{of_en} writes the paths of one machine's folders and files (for example \"{first.value}\", "
                        f"{first.path}:{first.line}): installing it elsewhere means editing the code."), ev, env_vars=0, machine_paths=len(paths))
    places = ", ".join(f"{e.path}:{e.line}" for e in paths[:4])
    return res.advise(T(f"Lisez ces chemins ({places}) dans un fichier de réglages que le programme charge au démarrage, ou dans une option "
                        "ou une variable d'environnement, avec une valeur par défaut relative au programme ; versionnez un exemple de "
                        "ce fichier et dites dans le README où mettre les données.",
                        f"Read these paths ({places}) from a settings file the program loads at start, or from an option or an "
                        "environment variable, with a default relative to the program; commit an example of that file and say in the "
                        "README where to put the data."))


def _secrets(secrets: dict, declared: set[str]) -> list[Evidence]:
    # (a weak hint, detect-secrets' entropy or keyword guess, is said as reusability.secrets says it: a string to review, not a
    # secret; s31 c31 = s31 m23o3, record ids in a controller's commented-out calls stated "a secret or key written in the code")
    return [Evidence(path=f["path"], line=f.get("line"), value=f["kind"], kind="finding",
                     note=T("Valeur secrète ou clé écrite dans le code.", "A secret or key written in the code.") if f.get("strength") != "weak"
                     else T("Chaîne qui ressemble à un secret ou à une clé, écrite dans le code (à vérifier).",
                            "A string that looks like a secret or key, written in the code (to review)."))
            for f in secrets.get("findings") or [] if f.get("class") not in _ASIDE and f.get("path") not in declared][:3]


def _servers_and_blocks(ctx, scan: dict, declared: set[str]) -> list[Evidence]:
    """The servers the code connects to, a block of settings in the code, a code file of settings (outside ``declared``)."""
    sig = scan["signals"]
    out = [Evidence(path=h[0], line=h[1], value=h[2][:80], kind="finding",
                    note=T("Serveur auquel le code se connecte, écrit dans le code.", "A server the code connects to, written in the code."))
           for sid in _SERVER_SIGNALS for h in sig.get(sid, []) if h[3] == "code" and h[0] not in declared][:3]
    # (an R program's DBI::dbConnect(host = addresse, …), the server's name set to a string above the call: s25 n25, lpoaura's dashboard)
    try:
        r_conns = (ctx.fact("r_db_connections") or {}).get("connections") or []
    except FactError:
        r_conns = []
    out += [Evidence(path=c["path"], line=c["host"]["line"], value=f"host = {c['host']['value']}"[:80], kind="finding", note=T(
        "Serveur auquel le code se connecte, écrit dans le code.", SERVER_NOTE)) for c in r_conns
        if written_host(c) and c["path"] not in declared and not any(e.path == c["path"] and e.line == c["host"]["line"] for e in out)][:3]
    settings = ctx.fact("env_settings") or {}
    out += [Evidence(path=h[0], line=h[1], value=literal, kind="finding", note=T(
        "Chemin sur la machine écrit dans le code : l'installer ailleurs demande de modifier le code.", _PATH_NOTE))
        for literal, h in settings.get("machine_paths") or [] if h[0] not in declared][:3]
    blocks = settings["code_blocks"] if "code_blocks" in settings else sig.get("config.code-block", [])  # (the project's own code's)
    out += [Evidence(path=h[0], line=h[1], value=h[2], kind="finding") for h in blocks if h[0] not in declared][:2]
    # (a code file of settings: a program's, config.php; an Ansible task file named config.yml declares none; nor the script of the
    # host's settings page a declared file serves, a WordPress plugin's settings.php and its resources/js/settings.js: the form's
    # behaviour in the browser, no value of a deployment)
    # (nor, beside settings declared the host's way, the settings module of a demonstration host kept in a demo/ or examples/ folder:
    # a reusable Django application's demo site, demo/demo/settings/base.py, is the demo's, s43 fg43)
    pages = {_stem(p) for p in declared}
    return out + [e for e in _settings_code(settings) if e.path not in declared and not (declared and aside(e.path))
                  and (not declared or e.path.rsplit(".", 1)[-1].lower() not in _DATA_EXT)
                  and not (_stem(e.path) in pages and e.path.rsplit(".", 1)[-1].lower() in ("js", "mjs", "ts"))]


def _stem(path: str) -> str:
    return path.rsplit("/", 1)[-1].split(".", 1)[0].lower()


def _settings_code(settings: dict) -> list[Evidence]:
    return [Evidence(path=p, kind="finding", value="settings in the code", note=T(
        "Fichier de code qui porte les réglages : pour les changer, il faut modifier le code.",
        "A code file holding the settings: changing them means editing the code.")) for p in (settings.get("code_settings") or [])[:3]]


def options_only(settings: dict, kind: str | None) -> Result:
    """The verdict on a program whose only settings are the options it reads on its command line (s26 a26, a desktop dashboard's
    Main(string[] args) reading -u / -p, the web service's user and password): pass when they are described (a parser printing its
    help, a README naming them or the script reading them), as a command-line tool's; fail otherwise, like settings read from the
    environment that nothing lists: another territory must read the code to learn them."""
    opts = settings["cli_options"]
    first, described = opts[0], [o for o in opts if o[3]]
    flags = ", ".join(dict.fromkeys(f for f in (flag_of(o) for o in opts) if f))  # (none for R's commandArgs: its arguments by position)
    named_fr, named_en = (f"{flags} ; ", f"{flags}; ") if flags else ("", "")
    of_fr, of_en = (f" de ce projet de type « {kind_label(kind, 'fr')} »", f" of this {kind_label(kind, 'en')}") if kind else ("", "")
    ev = [Evidence(path=o[0], line=o[1], value=o[2], kind="found" if o[3] else "finding", note=None if o[3] else T(
        "Option de ligne de commande lue par le programme, qu'aucun document ne décrit.",
        "A command-line option the program reads, which no document describes.")) for o in opts[:5]]
    if described:
        d = described[0]
        return Result.passed(T(f"Le code{of_fr} est réglé par ses options de ligne de commande ({named_fr}{d[0]}:{d[1]}), décrites "
                               "(aide du programme ou README) : aucun réglage lu dans l'environnement ni fichier de réglages.",
                               f"The code{of_en} is set by its command-line options ({named_en}{d[0]}:{d[1]}), described (the program's "
                               "help or the README): no setting read from the environment, no settings file."),
                             ev, env_vars=0, cli_options=len(opts))
    res = Result.scored(3, T(f"Les réglages du code{of_fr} sont des options de ligne de commande ({named_fr}{first[0]}:{first[1]}) "
                             "qu'aucun document ne décrit, et aucun réglage n'est lu dans l'environnement ni listé dans un modèle : "
                             "pour les connaître, il faut lire le code.",
                             f"The settings of the code{of_en} are command-line options ({named_en}{first[0]}:{first[1]}) that no "
                             "document describes, and no setting is read from the environment or listed in a template: learning "
                             "them means reading the code."), ev, env_vars=0, cli_options=len(opts))
    what_fr, what_en = (f" ({flags})", f" ({flags})") if flags else (f" ({first[0]})", f" ({first[0]})")
    return res.advise(T(f"Décrivez dans le README les options que lit le programme{what_fr} : ce que chacune règle, et un exemple de "
                        "ligne de commande.",
                        f"Describe in the README the options the program reads{what_en}: what each one sets, and an example command "
                        "line."))


def nothing_to_set(ctx, settings: dict, kind: str | None, scan: dict) -> Result | None:
    """Not applicable when the code reads no setting and writes none either (see the module's docstring); None otherwise."""
    # (a server reading its PORT: its other values in its code; a command-line tool: judged as before; not a variable the build tool
    # or a coding assistant sets, Vite's BASE_URL or CODEX_SANDBOX read by vite.config.ts: no deployment's value, s24 a24)
    std = [v for v in settings.get("standard_vars") or [] if not set_by_tools(v)]
    if std or kind == "cli-tool":
        return None
    if settings.get("settings_shaped"):  # (a file of settings' shape no rule recognised, manifest.json's options: not "reads nothing")
        return None
    if settings.get("cli_options"):  # (a desktop program reading -u / -p, a web service's user and password: its settings, s26 a26)
        return None
    if settings.get("placeholder_settings"):  # ('your-password' in connect.php, blank API URLs: settings to fill in the code)
        return None
    written = written_values(ctx, scan)
    if written is None or written:
        return None
    files = ((ctx.fact("inventory") or {}).get("categories") or {}).get("source", 0)
    of_fr, of_en = (f" de ce projet de type « {kind_label(kind, 'fr')} »", f" of this {kind_label(kind, 'en')}") if kind else ("", "")
    empty = (settings.get("empty_files") or [])[:1]
    empty_fr, empty_en = ((f" ; {empty[0]} est versionné vide : ce n'est pas un modèle de réglages",
                           f"; {empty[0]} is committed empty: no settings template") if empty else ("", ""))
    # (a Procfile's `--server.port $PORT`, a start script's `port = $PORT`: the platform's value, nothing for the deployment to set, said)
    deployed = [r for r in settings.get("deploy_reads") or [] if not set_by_tools(r[0])][:3]
    if deployed:
        roles_fr, roles_en = standard_roles([r[0] for r in deployed])
        where = ", ".join(dict.fromkeys(r[1] for r in deployed))
        empty_fr += f" ; son démarrage ({where}) lit seulement {roles_fr}"
        empty_en += f"; its start ({where}) reads only {roles_en}"
    # (a vendor's shared public hub the code reads without a key, public.opendatasoft.com: written, the same for every deployment, said)
    hubs, hub_ev = public_hubs_read(ctx), []
    own_fr, own_en = ("", "")
    if hubs:
        own_fr, own_en = (" propre à un déploiement", " of a deployment's own")
        hub_ev = [e for s in hubs for e in (s.get("evidence") or [])[:1]]
        names = ", ".join(dict.fromkeys(h for s in hubs for h in s.get("public_hubs") or []))
        empty_fr += (f" ; l'adresse de {names}, plateforme publique partagée dont il lit des données sans clé, est la même pour tout "
                     "déploiement (la dépendance au fournisseur relève de scaling.vendor-lock-in)")
        empty_en += (f"; the address of {names}, a shared public hub whose data it reads without a key, is the same for every "
                     "deployment (the dependence on the vendor is scaling.vendor-lock-in's)")
    if stores := (settings.get("settings_stores") or [])[:3]:  # (a desktop program's Setting.cs: the user's preferences, saved by the program)
        names = ", ".join(stores)
        return Result.not_applicable(
            T(f"Le code{of_fr} ne lit aucun réglage de déploiement (ni variable d'environnement, ni fichier de réglages à fournir, ni "
              f"option) : les préférences de l'utilisateur, il les enregistre et les relit lui-même ({names}), elles se changent dans le "
              f"programme ; et il n'écrit ni clé, ni mot de passe, ni adresse de base de données ou de service propriétaire ({files} "
              "fichier(s) de code lus). Les valeurs propres au territoire écrites dans le code relèvent du contrôle "
              "reusability.territory-neutral.",
              f"The code{of_en} reads no deployment setting (no environment variable, settings file to provide or option): the user's "
              f"preferences are saved and loaded back by the program itself ({names}) and changed in it; and it writes no key, password, "
              f"database or proprietary service address ({files} code file(s) read). Territory-specific values written in the code are "
              "judged by reusability.territory-neutral."),
            [Evidence(path=p, kind="found", value="settings store", note=T("Préférences de l'utilisateur enregistrées par le programme.",
                                                                           "User preferences saved by the program.")) for p in stores],
            env_vars=0, code_files=files, settings_stores=stores)
    return Result.not_applicable(
        T(f"Le code{of_fr} ne lit aucun réglage (ni variable d'environnement, ni fichier de réglages, ni option) et n'écrit ni "
          f"clé, ni mot de passe, ni adresse de base de données ou de service propriétaire{own_fr} ({files} fichier(s) de code lus) : rien à "
          f"régler pour un déploiement{empty_fr}. Les valeurs propres au territoire écrites dans le code relèvent du contrôle "
          "reusability.territory-neutral.",
          f"The code{of_en} reads no setting (no environment variable, settings file or option) and writes no key, password, "
          f"database or proprietary service address{own_en} ({files} code file(s) read): nothing for a deployment to set{empty_en}. "
          "Territory-specific values written in the code are judged by reusability.territory-neutral."),
        [Evidence(path=p, kind="found", value="empty file") for p in empty]
        + [Evidence(path=p, line=line, value=v, kind="found") for v, p, line in deployed]
        + [Evidence(path=e.get("path"), line=e.get("line"), value=str(e.get("value")), kind="found", note=T(
            "Plateforme publique partagée lue sans clé : la même adresse pour tout déploiement.",
            "A shared public hub read without a key: the same address for every deployment.")) for e in hub_ev[:2]],
        env_vars=0, code_files=files, **({"public_hubs": [s["id"] for s in hubs]} if hubs else {}))


def ignored_modules_said(settings: dict, msg: dict, ev: list, score: float) -> tuple[dict, float]:
    """The settings modules the code imports and git ignores that neither the README nor a guide names (config.py, imported by
    eight modules of a Django application, listed by its .gitignore, described nowhere): an installation elsewhere cannot tell what
    to write in them. Said in the message, shown as findings, the score held to a warning; ``(msg, score)`` unchanged otherwise."""
    blind = [m for m in settings.get("ignored_modules") or [] if not m[3]]
    if not blind:
        return msg, score
    files = ", ".join(f"{m[0]}.py" for m in blind[:3])
    for m in blind[:3]:
        ev.append(Evidence(path=m[1][0], line=m[1][1], value=f"{m[0]}.py", kind="finding",
                           note=T(f"Module de réglages importé par le code et ignoré par git, sans exemple ni description ({', '.join(m[2][:5])}).",
                                  f"Settings module imported by the code and ignored by git, with no example nor description ({', '.join(m[2][:5])}).")))
    return T(msg["fr"].rstrip(".") + f" ; {files} importé(s) par le code et ignoré(s) par git : ni exemple ni description.",
             msg["en"].rstrip(".") + f"; {files} imported by the code and ignored by git: no example nor description."), min(score, 6.0)


# the servers of one deployment (the sponsor's, another public body's, a private network's), not a CDN, a provider or a national service
_DEPLOYMENT_HOSTS = ("own", "public-unknown", "public-other", "internal")


def bypassed_address_said(ctx, settings: dict, templates: list[str], msg: dict, ev: list, score: float) -> tuple[dict, float]:
    """A template that sets a server's address (param.json's "glpi_api_url") while the code writes the address of one deployment's
    server itself (newform/send.php: "https://glpitest.<sponsor>.fr/apirest.php/", issue 12, s33 i33): the template does not hold
    all the settings, and moving the service means editing the code. Said in the message, shown as a finding, the score held to a
    warning; ``(msg, score)`` unchanged otherwise."""
    keys = settings.get("address_keys") or []
    if not keys:
        return msg, score
    try:
        hosts = (ctx.fact("hosting_dependencies") or {}).get("hosts") or []
    except FactError:
        return msg, score
    covers = template_covers(ctx)  # (a sub-folder template sets only its part's addresses: s47 fg47)
    pairs = ((({"host": h["host"], **e}), k) for h in hosts if h.get("class") in _DEPLOYMENT_HOSTS for e in h.get("evidence") or []
             if e.get("path") and e["path"] not in templates and e.get("line") and e["path"].rsplit(".", 1)[-1].lower() in CODE_EXT
             for k in keys if covers(k, e["path"]))
    hit, key = next(pairs, (None, None))
    if hit is None:
        return msg, score
    keys = [key]
    where, value = f"{hit['path']}:{hit['line']}", str(hit.get("value") or "")
    server = value.split("://", 1)[1].split("/", 1)[0] if "://" in value else hit["host"]  # (the URL's host, glpitest.<sponsor>.fr)
    ev.append(Evidence(path=hit["path"], line=hit["line"], value=(value or hit["host"])[:80], kind="finding",
                       note=T("Serveur auquel le code se connecte, écrit dans le code.", SERVER_NOTE)))
    return T(msg["fr"].rstrip(".") + f" ; mais le code écrit lui-même l'adresse d'un serveur ({server}, {where}), que le modèle "
             f"prévoit de régler ({keys[0][1]} dans {keys[0][0]}) : la changer demande de modifier le code.",
             msg["en"].rstrip(".") + f"; but the code itself writes the address of a server ({server}, {where}), which the template "
             f"sets ({keys[0][1]} in {keys[0][0]}): changing it means editing the code."), min(score, 6.0)
