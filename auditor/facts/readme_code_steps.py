"""A README's step that deploys the project's back end (issue 12, s40 fk40 = Cedrico59/signalement_travaux's README.txt: under
"## Activer la synchro Google Sheets (optionnel)", "1. Déployez une WebApp Google Apps Script"). The chapter's heading names no
deployment; its step is one.

- deployment: a step or sentence opening with the imperative "Déployez" / "Déployer" / "Deploy" and its object ("Deploy the API to
  …"), numbered or listed or not; not "deployment" as a noun, nor a sentence merely mentioning deploying.
"""

from __future__ import annotations

from auditor.lazyre import lazy_compile

_STEP_START = r"^[ \t]*(?:(?:\d{1,2}[.)]|[-*+•])[ \t]+)?(?:\*\*)?"
DEPLOY_STEP = lazy_compile(_STEP_START + r"(?:d[ée]ployez|d[ée]ployer|deploy)\b[ \t]+(?:une?|le|la|les|l['’]|votre|vos|the|a|an|your|it|this)\b[^\n]{3,140}",
                           flags=0x02)  # re.I


def _first(pattern, lines: list[str], aside) -> tuple[int, str] | None:
    for n, line in enumerate(lines, 1):
        if n not in aside and (m := pattern.search(line)):
            return n, m.group(0).strip()
    return None


def deploy_step(lines: list[str], aside=frozenset()) -> tuple[int, str] | None:
    """(line, text) of the first step telling to deploy something, or None."""
    return _first(DEPLOY_STEP, lines, aside)



# A step telling to put, paste or fill a value into a constant written in capitals and named as code (`API_URL`, GAS_URL) in a code
# file named with its extension (app.js, config.php): the setting and where it is set — a configuration section whose settings are
# written in the code ("2. Mettez l'URL dans `API_URL` dans `app.js`", the same README). Its file is the code the README sends the
# reader to edit (reusability.configuration's readme_code_edits).
CODE_CONSTANT_STEP = lazy_compile(
    r"\b(?:mettez|mettre|collez|coller|renseignez|renseigner|indiquez|indiquer|remplacez|remplacer|saisissez|put|paste|set|enter|fill(?:[ \t]+in)?|replace)\b"
    r"[^\n]{0,80}?\b(?:dans|in|into)[ \t]+`?(?-i:[A-Z][A-Z0-9]*_[A-Z0-9_]{1,40}|[A-Z]{3,}[A-Z0-9]*)`?[ \t]+(?:dans|de|du|in|of)[ \t]+"
    r"`?([\w./-]{1,80}\.(?:js|mjs|ts|jsx|tsx|gs|py|php|rb|java|kt|go|cs|swift|dart))\b`?", flags=0x02)


def code_constant_step(lines: list[str], aside=frozenset()) -> tuple[int, str] | None:
    """(line, text) of the first step telling to put a value into a code constant of a named code file, or None."""
    return _first(CODE_CONSTANT_STEP, lines, aside)


def code_constant_files(text: str) -> list[str]:
    """The code files the README's code-constant steps name (app.js), in order, five at most."""
    out: list[str] = []
    for m in CODE_CONSTANT_STEP.finditer(text):
        if m.group(1) not in out:
            out.append(m.group(1))
    return out[:5]


# A sentence introducing the production run ("En environnement de production (… voir la documentation) :", "In production:",
# "For a production environment:") over a fenced command (`npm start`, a pm2 or docker command): how the project is deployed, a
# short deployment section under a heading naming none ("# Lancer l'application"; s44 fl44 = remifroger/gestion-projet-app). Not a
# local run of the production build ("Pour lancer en local en mode production :"), nor a sentence with no command under it.
PRODUCTION_RUN = lazy_compile(r"^[ \t]*(?:\*\*)?(?:en|in|for|pour|dans|on)\b[^\n:]{0,40}?\bproduction\b[^\n]{0,240}:[ \t]*(?:\*\*)?[ \t]*$", flags=0x02)
_LOCAL = lazy_compile(r"\b(?:local|localement|locally|localhost|en local|sur (?:votre|ton|son) (?:poste|ordinateur|machine))\b", flags=0x02)


def production_run_step(lines: list[str], aside=frozenset()) -> tuple[int, str] | None:
    """(line, text) of the first sentence introducing the production run over a fenced command, or None."""
    for n, line in enumerate(lines, 1):
        if n in aside or not PRODUCTION_RUN.match(line) or _LOCAL.search(line):
            continue
        after = [x.strip() for x in lines[n:n + 4] if x.strip()]
        if len(after) >= 2 and after[0].startswith(("```", "~~~")) and not after[1].startswith(("```", "~~~")):
            return n, line.strip()
    return None
