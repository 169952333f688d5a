"""reusability.configuration: the paths of one machine written in the code beside the settings it reads.

A web front end reading its port, session key and database from the environment (a .env.sample lists them) while its controller
spawns a program by the absolute path of one machine's interpreter, on a script, a working folder and a results folder of that
machine (``spawn("C:/Python…/python.exe", ["C:\\\\data\\\\…\\\\main.py", "-w", "C:/data/…"])``, ``res.download("C:/data/…/" + name)``):
the settings read do not hold them, and another territory must edit the code to install it elsewhere (issue 12, s46 fc46 =
remifroger/client-geocodeur, pass 10 "7 settings read, 0 undocumented"). One rule for every project reading settings: the paths the
``machine_paths`` fact finds (Windows drive and network-share paths in any language, absolute Unix paths in C-family sources) are
said in the message, shown as findings, the score held to a warning. A path given as the default of a setting the same line reads
(``process.env.DATA_DIR || "C:/data"``) is that setting's default, not counted; relative paths never are.
"""

from __future__ import annotations

from auditor.checks.interface import Evidence, T
from auditor.lazyre import lazy_compile

from .settings_free import _PATH_NOTE

# a setting read on the same line (the literal is its default): the environment, a settings object, a command-line option
_READ_HERE = lazy_compile(r"process\.env|os\.environ|getenv|\$_ENV|\bENV\[|Sys\.getenv|System\.getProperty|Environment\.GetEnvironmentVariable"
                          r"|\bconfig\s*[.\[]|\bsettings\s*[.\[]|\bargs\.\w|\bargv\b|getopt|\boptions\.\w", )


def machine_paths_said(settings: dict, templates: list[str], msg: dict, ev: list, score: float) -> tuple[dict, float]:
    """``(msg, score)`` with the machine paths the code writes said and the score held to 6; unchanged when there are none."""
    paths = [(lit, h) for lit, h in settings.get("machine_paths") or []
             if h[0] not in templates and not _READ_HERE.search(str(h[2] or ""))]
    if not paths:
        return msg, score
    lit, h = paths[0]
    shown = lit if len(lit) <= 60 else lit[:57] + "…"
    lines = sorted({(p[1][0], p[1][1]) for p in paths})
    places = ", ".join(f"{p}:{n}" for p, n in lines[:3]) + (f" +{len(lines) - 3}" if len(lines) > 3 else "")
    ev += [Evidence(path=p[1][0], line=p[1][1], value=p[0], kind="finding", note=T(
        "Chemin sur la machine écrit dans le code : l'installer ailleurs demande de modifier le code.", _PATH_NOTE)) for p in paths[:5]]
    return T(msg["fr"].rstrip(".") + f" ; mais le code écrit lui-même {len(paths)} chemin(s) d'une machine (par exemple « {shown} » ; "
             f"{places}), qu'aucun réglage ne fixe : l'installer ailleurs demande de modifier le code.",
             msg["en"].rstrip(".") + f"; but the code itself writes {len(paths)} path(s) of one machine (for example \"{shown}\"; "
             f"{places}), which no setting sets: installing it elsewhere means editing the code."), min(score, 6.0)


def machine_paths_advice(ev: list, templates: list[str]) -> dict | None:
    """The remediation for the machine paths said (:func:`machine_paths_said`): read them as settings, listed in the template."""
    paths = [e for e in ev if (e.note or {}).get("en") == _PATH_NOTE and e.kind == "finding"]
    if not paths:
        return None
    places = ", ".join(dict.fromkeys(f"{e.path}:{e.line}" for e in paths[:5]))
    tpl = templates[0] if templates else ".env.example"
    return T(f"Lisez ces chemins ({places}) comme les autres réglages, dans l'environnement, et ajoutez-les à {tpl} avec une valeur "
             "d'exemple : un autre territoire installe alors le service sans modifier le code.",
             f"Read these paths ({places}) like the other settings, from the environment, and add them to {tpl} with an example "
             "value: another territory then installs the service without editing the code.")
