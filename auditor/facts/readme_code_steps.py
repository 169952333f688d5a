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

