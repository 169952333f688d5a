"""How a shell script runs with the arguments a CI step gives it (``./build.sh clean install publish``): the branches of a ``case``
on its arguments that no argument selects, and the functions only they call, are not run (:func:`selected_text`, for ``ci_commands``).
Bounded: one script of at most :data:`MAX_SCRIPT_LINES` lines, read as text, never run."""

from __future__ import annotations

import fnmatch
import re

from auditor.lazyre import lazy_compile

# A script dispatching on its arguments: a `case` on the first one ($1) or on the variable of a loop over all of them
# (`for param in "$@"`), and the functions it defines (`name () {`, `function name {`, the body closed by a `}` at the start of a
# line as indented as the name)
_ARGS_LOOP = lazy_compile(r"^[ \t]*for[ \t]+(\w+)[ \t]+in[ \t]+\"?\$[@*]\"?", re.M)
_CASE_ON = lazy_compile(r"^[ \t]*case[ \t]+\"?\$\{?(\w+|1)\}?\"?[ \t]+in\b")
_CASE_OPEN = lazy_compile(r"(?:^|[;\s])case\s.*\sin(?:\s|$)")
_ESAC = lazy_compile(r"(?:^|[;\s])esac\b")
_CASE_ITEM = lazy_compile(r"^[ \t]*\(?[ \t]*([^()\s][^()]*?)[ \t]*\)(.*)$")
_FUNCTION_DEF = lazy_compile(r"^([ \t]*)(?:function[ \t]+([A-Za-z_][\w-]*)(?:[ \t]*\(\))?|([A-Za-z_][\w-]*)[ \t]*\([ \t]*\))[ \t]*\{?[ \t]*$")
# (a command named by an argument, `"$@"`, `$1 "$@"`, `eval`: what runs is any function; the script is then read whole)
_DYNAMIC_CALL = r"^[ \t]*(?:\"?\$\{{?(?:@|\*|\d{vars})\}}?\"?(?:[ \t]|$)|eval\b)"
MAX_SCRIPT_LINES = 5000


def _case_items(lines: list[str], start: int) -> tuple[list[tuple[str, int, int]], int] | None:
    """The items of the ``case`` opened at line ``start``: (pattern, first line, last line) each, and the ``esac`` line; None when
    the statement cannot be read (no ``esac``, an item without its ``;;``)."""
    items: list[tuple[str, int, int]] = []
    depth, current = 0, None
    for i in range(start + 1, min(len(lines), start + MAX_SCRIPT_LINES)):
        line = lines[i].split(" #")[0]
        if depth == 0 and current is None:
            if _ESAC.search(line) and not _CASE_ITEM.match(line):
                return items, i
            if not line.strip():
                continue
            m = _CASE_ITEM.match(line)
            if not m:
                return None
            current = (m.group(1), i)
            line = m.group(2)
        depth += len(_CASE_OPEN.findall(line)) - len(_ESAC.findall(line))
        if depth == 0 and ";;" in line:
            items.append((current[0], current[1], i))
            current = None
        elif depth < 0:  # (the esac of this case right after an item without ;;)
            if current is not None:
                items.append((current[0], current[1], i - 1))
            return items, i
    return None


def _matches(pattern: str, word: str) -> bool:
    return any(fnmatch.fnmatchcase(word, alt.strip().strip("'\"")) for alt in pattern.split("|"))


def selected_text(body: str, calls: list[list[str]]) -> str:
    """A shell script's text as a CI step runs it with ``args``: when the script dispatches on its arguments (:data:`_CASE_ON`),
    the branches no argument selects are blanked, and so are the functions only they call (one script, bounded: line numbers kept).
    The whole text when the arguments are unknown (none given, a variable), when the script does not dispatch on them, or when its
    statements cannot be read. ``calls``: the words of each call of the script."""
    if not calls or any(not a for a in calls):
        return body
    lines = body.split("\n")
    if len(lines) > MAX_SCRIPT_LINES:
        return body
    loop_vars = {m.group(1) for m in _ARGS_LOOP.finditer(body)}
    blank: set[int] = set()
    found = False
    for i, line in enumerate(lines):
        m = _CASE_ON.match(line)
        if not m or (m.group(1) != "1" and m.group(1) not in loop_vars):
            continue
        parsed = _case_items(lines, i)
        if parsed is None or not parsed[0]:
            return body
        items, _ = parsed
        words = [w for a in calls for w in a] if m.group(1) in loop_vars else [a[0] for a in calls]
        chosen = {next((k for k, (pat, _a, _b) in enumerate(items) if _matches(pat, w)), None) for w in words}
        for k, (_pat, a, b) in enumerate(items):
            if k not in chosen:
                blank.update(range(a, b + 1))
        found = True
    if not found:
        return body
    # the functions: reached from the kept text outside them, then from the bodies of those reached
    functions: dict[str, tuple[int, int]] = {}
    for i, line in enumerate(lines):
        m = _FUNCTION_DEF.match(line)
        if not m:
            continue
        close = re.compile(r"^" + re.escape(m.group(1)) + r"\}[ \t]*(?:#.*)?$")
        end = next((j for j in range(i + 1, len(lines)) if close.match(lines[j])), None)
        if end is None:
            return body
        functions[m.group(2) or m.group(3)] = (i, end)
    inside = {j for a, b in functions.values() for j in range(a, b + 1)}
    outside = "\n".join(l for j, l in enumerate(lines) if j not in inside and j not in blank)
    if re.search(_DYNAMIC_CALL.format(vars="".join("|" + re.escape(v) for v in sorted(loop_vars))), outside, re.M):
        return body
    word = lambda name: re.compile(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])")  # noqa: E731
    reached: set[str] = set()
    todo = [outside]
    while todo:
        text = todo.pop()
        for name, (a, b) in functions.items():
            if name not in reached and word(name).search(text):
                reached.add(name)
                todo.append("\n".join(l for j, l in enumerate(lines[a + 1:b], a + 1) if j not in blank))
    for name, (a, b) in functions.items():
        if name not in reached:
            blank.update(range(a, b + 1))
    return "\n".join("" if j in blank else l for j, l in enumerate(lines))
