"""An AI assistant's material: the product's content, not documentation (issue 12, s40 fn40 = jfboye01/cowork-plugins,
CaptainZiboo/anthony).

A plugin's skill file (SKILL.md, its front matter naming the skill and describing when the assistant uses it), a system prompt
("## Système : Assistant virtuel…", "You are the assistant of…", a prompt file) and the knowledge base a chatbot answers from
("# Base de connaissances – Mairie de…", "# Knowledge base") are what the assistant executes or retrieves: the program of a
prompt-based product, never a guide written for people about the code, nor evidence of the documentation's language. A guide
about the assistant ("# RAG Guide", docs/prompting.md explaining how prompts are written) stays a guide: only the file that IS
the prompt, the skill or the knowledge is set aside. The opening of each file is read (4 KB), for at most the files asked.
"""

from __future__ import annotations

import re

from auditor.lazyre import lazy_compile

HEAD_BYTES = 4096
# a file named as a prompt (system_prompt.md, prompt-systeme.md, prompts.md) or kept in a prompts/ folder
_PROMPT_NAME = lazy_compile(r"(?:^|/)(?:system[_-]?)?prompts?(?:[_-][\w-]*)?\.(?:md|markdown|txt)$|(?:^|/)prompts?/[^/]+\.(?:md|markdown|txt)$", re.I)
# a skill's front matter: "---", then name: and description: keys (Anthropic's Agent Skills format)
_SKILL_FRONT = lazy_compile(r"\A\ufeff?---[ \t]*\r?\n(?:.*\r?\n){0,40}?name:[^\n]*\r?\n(?:.*\r?\n){0,40}?description:|"
                            r"\A\ufeff?---[ \t]*\r?\n(?:.*\r?\n){0,40}?description:[^\n]*\r?\n(?:.*\r?\n){0,40}?name:")
# the first heading or line of a system prompt or a knowledge base
_PROMPT_OPENING = lazy_compile(
    r"^[#*_ \t]*(?:(?:syst[eè]me?|system(?:[ _-]prompt)?|prompt(?:[ _-]syst[eè]me)?)[ \t]*:|system prompt\b|prompt syst[eè]me\b"
    r"|(?:you are|tu es|vous [eê]tes)[ \t]+(?:an?|the|un|une|l[e']|la|votre)[ \t]*(?:[\w'’-]+[ \t]+){0,4}?(?:assistant|agent|chatbot|bot)\b"
    r"|base[s]? de connaissances?\b|knowledge[ _-]?base\b)", re.I)


def _opening(text: str) -> str:
    """The first non-empty line after a front matter."""
    lines = text.lstrip("\ufeff").splitlines()
    if lines and lines[0].strip() == "---":
        end = next((i for i, line in enumerate(lines[1:41], 1) if line.strip() == "---"), 0)
        lines = lines[end + 1:]
    return next((line.strip() for line in lines[:40] if line.strip()), "")


def assistant_material(path: str, text: str) -> bool:
    """Whether a prose file is an AI assistant's skill, prompt or knowledge base (see the module's docstring), from its path and
    the opening of its text."""
    name = path.rsplit("/", 1)[-1]
    if name.lower() == "skill.md" and _SKILL_FRONT.match(text):
        return True
    if _PROMPT_NAME.search(path):
        return True
    return bool(_PROMPT_OPENING.match(_opening(text)))


def without_assistant_material(snap, paths: list[str]) -> list[str]:
    """``paths`` less the assistant's material, reading each file's first 4 KB (at most 40 files read)."""
    out = []
    for i, p in enumerate(paths):
        if i >= 40 or not assistant_material(p, snap.read_head(p, HEAD_BYTES) or ""):
            out.append(p)
    return out
