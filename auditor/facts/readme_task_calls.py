"""A README chapter that calls the project's own tasks with arguments: the operator's commands, the project's use."""

from __future__ import annotations

import re

from auditor.facts.document import norm
from auditor.lazyre import lazy_compile

# a task runner's task given its arguments after "--" ("task policy -- questions", "npm run import -- --year 2024", "just import 2024"
# is not: no "--"): the project's own command called with what it acts on, as a script is called with its arguments
_TASK_CALL = lazy_compile(r"^[^\S\n]*(?:\$[^\S\n]*)?(?:task|just|mise run|(?:npm|pnpm|yarn) run)[^\S\n]+([\w:.-]{1,40})[^\S\n]+--[^\S\n]+[^\s#]", re.M)
# a task of the developers or of the set-up, not a use ("task dev -- --port 3000", "npm run test -- --watch", "task deploy -- prod")
_NOT_A_USE = lazy_compile(r"\b(?:tests?|lint|format|fmt|check|typecheck|coverage|e2e|build|compile|dev|start|serve|watch|storybook|docs?|"
                          r"install|setup|deploy|release|migrate|migrations?|seed|clean|generate|codegen|bench|proofs?)\b")


# a task of the repository's invoke file (tasks.py, or a tasks/ package) called by ``inv``/``invoke`` ("inv run -d my.domain.com")
_INVOKE_CALL = lazy_compile(r"^[^\S\n]*(?:\$[^\S\n]*)?(?:inv|invoke)[^\S\n]+([a-z][\w.-]{0,40})(?=[^\S\n]|$)", re.M)


def task_calls(own: str, files=None) -> bool:
    """The chapter's own text calls two or more times the project's tasks with arguments (``_TASK_CALL``), none a developer's or a
    set-up task (``_NOT_A_USE``): "## Confidentiality policy" over ``task policy -- questions``, ``task policy -- arbitrer``; or it calls
    a task of the invoke file the repository holds (``files``: its paths), none a developer's or a set-up one: "## Running benchmark"
    over ``inv run -d my.domain.com`` (s39 fd39, datagouv/datagouv-search-indicator)."""
    names = [m.group(1) for m in _TASK_CALL.finditer(own[:20000])][:50]
    if len(names) >= 2 and not any(_NOT_A_USE.search(norm(n.replace(":", " "))) for n in names):
        return True
    if not files or not ("tasks.py" in files or "tasks/__init__.py" in files):
        return False
    invoked = [m.group(1) for m in _INVOKE_CALL.finditer(own[:20000])][:50]
    return bool(invoked) and not any(_NOT_A_USE.search(norm(n.replace(".", " "))) for n in invoked)
