"""reusability.configuration's verdict on code that reads no setting at all (s22 b1, urbanlab/WS25-Atlas-vulnerabilites).

A quiz written with React whose code reads no environment variable, no settings file and no option, and writes no key, password,
database or proprietary service's address either, has nothing for a deployment to set: its verdict is "not applicable", said with
what was looked for. Code that reads nothing but writes such values (a Mapbox token and the map's tile server in js/js.js, a Google
key and file ids in a controller, a "# CONFIG" block, a config.php of database values) holds its settings hard-coded: the check
still fails, and names them; so does a server reading only its PORT (judged as before, its other values in its code), a
command-line tool (its own rules decide), and a project with a file of settings' shape that no rule recognised (a viewer add-on's
manifest.json of options, a Java application's web.xml): "reads no setting" would not be measured there. The
territory-specific values a page writes (a link to the city's story map, the map's centre) are reusability.territory-neutral's.
"""

from __future__ import annotations

from auditor.checks.interface import Evidence, Result, T
from auditor.facts import FactError
from auditor.facts.project import kind_label

# what the secrets check sets aside (tests, documentation, examples, a developer's throw-away settings): no value a deployment uses
_ASIDE = ("test", "doc", "example", "dev-config")
# a database, directory or private server the code connects to (the hosting check's internal addresses)
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
    out = [Evidence(path=f["path"], line=f.get("line"), value=f["kind"], kind="finding",
                    note=T("Valeur secrète ou clé écrite dans le code.", "A secret or key written in the code."))
           for f in secrets.get("findings") or [] if f.get("class") not in _ASIDE][:3]
    for s in services[:3]:
        e = (s.get("evidence") or [{}])[0]
        out.append(Evidence(path=e.get("path"), line=e.get("line"), value=s.get("named") or s["name"], kind="finding",
                            note=T("Service propriétaire dont l'adresse ou la clé est écrite dans le projet.",
                                   "A proprietary service whose address or key is written in the project.")))
    sig = scan["signals"]
    out += [Evidence(path=h[0], line=h[1], value=h[2][:80], kind="finding",
                     note=T("Serveur auquel le code se connecte, écrit dans le code.", "A server the code connects to, written in the code."))
            for sid in _SERVER_SIGNALS for h in sig.get(sid, []) if h[3] == "code"][:3]
    out += [Evidence(path=h[0], line=h[1], value=h[2], kind="finding") for h in sig.get("config.code-block", [])[:2]]
    return out + _settings_code(ctx.fact("env_settings") or {})


def _settings_code(settings: dict) -> list[Evidence]:
    return [Evidence(path=p, kind="finding", value="settings in the code", note=T(
        "Fichier de code qui porte les réglages : pour les changer, il faut modifier le code.",
        "A code file holding the settings: changing them means editing the code.")) for p in (settings.get("code_settings") or [])[:3]]


def nothing_to_set(ctx, settings: dict, kind: str | None, scan: dict) -> Result | None:
    """Not applicable when the code reads no setting and writes none either (see the module's docstring); None otherwise."""
    std = settings.get("standard_vars") or []
    if std or kind == "cli-tool":  # (a server reading its PORT: its other values in its code; a command-line tool: judged as before)
        return None
    if settings.get("settings_shaped"):  # (a file of settings' shape no rule recognised, manifest.json's options: not "reads nothing")
        return None
    written = written_values(ctx, scan)
    if written is None or written:
        return None
    files = ((ctx.fact("inventory") or {}).get("categories") or {}).get("source", 0)
    of_fr, of_en = (f" de ce projet de type « {kind_label(kind, 'fr')} »", f" of this {kind_label(kind, 'en')}") if kind else ("", "")
    empty = (settings.get("empty_files") or [])[:1]
    empty_fr, empty_en = ((f" ; {empty[0]} est versionné vide : ce n'est pas un modèle de réglages",
                           f"; {empty[0]} is committed empty: no settings template") if empty else ("", ""))
    return Result.not_applicable(
        T(f"Le code{of_fr} ne lit aucun réglage (ni variable d'environnement, ni fichier de réglages, ni option) et n'écrit ni "
          f"clé, ni mot de passe, ni adresse de base de données ou de service propriétaire ({files} fichier(s) de code lus) : rien à "
          f"régler pour un déploiement{empty_fr}. Les valeurs propres au territoire écrites dans le code relèvent du contrôle "
          "reusability.territory-neutral.",
          f"The code{of_en} reads no setting (no environment variable, settings file or option) and writes no key, password, "
          f"database or proprietary service address ({files} code file(s) read): nothing for a deployment to set{empty_en}. "
          "Territory-specific values written in the code are judged by reusability.territory-neutral."),
        [Evidence(path=p, kind="found", value="empty file") for p in empty], env_vars=0, code_files=files)
