"""YAML from untrusted repositories and from the user's own files: bounded in size, nesting depth
and aliases, no arbitrary tags — every loader of the tool goes through here.

``yaml.safe_load`` shares aliased nodes, so a "billion laughs" document stays small in memory but
explodes when the value is walked or serialised into the report; this loader refuses documents
with more than a few aliases or nodes. PyYAML's scanner is quadratic in the nesting of flow
collections (50,000 ``[`` keep it busy for minutes) and its composer recursive (deep nesting ends
in ``RecursionError``): a linear pre-scan refuses deep documents before PyYAML sees them, so every
refusal takes milliseconds.
"""

from __future__ import annotations

import re
from typing import Any

import yaml

from auditor.lazyre import lazy_compile

MAX_BYTES = 1_000_000
MAX_ALIASES = 100
MAX_NODES = 200_000
MAX_DEPTH = 100


class UnsafeYAML(ValueError):
    """The document is too large, too deep or too aliased to be read safely."""


class _Loader(yaml.SafeLoader):
    pass


_FLOW_TOKEN = lazy_compile(r"""[\[\]{}"'#\n]""")


def _flow_depth_exceeds(text: str, limit: int) -> bool:
    """Whether flow collections (``[``/``{``) nest deeper than ``limit``: a linear, conservative scan.
    A bracket or a quote counts only where a value can start (``a[b`` and ``it's`` are plain text),
    quoted scalars and comments are skipped."""
    depth = 0
    i, n = 0, len(text)
    while True:
        m = _FLOW_TOKEN.search(text, i)
        if m is None:
            return False
        ch, i = m.group(), m.end()
        prev = text[m.start() - 1] if m.start() else "\n"
        starts = prev in " \t\n:-,?" or (depth > 0 and prev in "[{")
        if ch in "[{":
            if starts:
                depth += 1
                if depth > limit:
                    return True
        elif ch in "]}":
            if depth:
                depth -= 1
        elif ch == "\n":
            continue
        elif ch == "#":
            if prev in " \t\n":
                j = text.find("\n", i)
                i = n if j < 0 else j
        elif not starts:
            continue
        elif ch == '"':
            k = i
            while True:
                j = text.find('"', k)
                if j < 0:
                    return False
                run = j
                while run > k and text[run - 1] == "\\":
                    run -= 1
                if (j - run) % 2 == 0:
                    break
                k = j + 1
            i = j + 1
        else:
            j = text.find("'", i)  # '' (an escaped quote) reads as two quoted scalars: same depth
            if j < 0:
                return False
            i = j + 1


def prescan(text: str, *, max_bytes: int = MAX_BYTES, max_depth: int = MAX_DEPTH) -> None:
    """Refuse, in linear time, a document too large or with flow collections nested too deep."""
    if len(text) > max_bytes:
        raise UnsafeYAML(f"YAML document larger than {max_bytes} bytes")
    if _flow_depth_exceeds(text, max_depth):
        raise UnsafeYAML(f"YAML nested deeper than {max_depth} levels")


def _check_events(text: str, loader: type, max_depth: int) -> None:
    aliases = depth = 0
    try:
        for ev in yaml.parse(text, Loader=loader):
            if isinstance(ev, yaml.AliasEvent):
                aliases += 1
                if aliases > MAX_ALIASES:
                    raise UnsafeYAML(f"more than {MAX_ALIASES} YAML aliases")
            elif isinstance(ev, yaml.CollectionStartEvent):
                depth += 1
                if depth > max_depth:
                    raise UnsafeYAML(f"YAML nested deeper than {max_depth} levels")
            elif isinstance(ev, yaml.CollectionEndEvent):
                depth -= 1
    except RecursionError:
        raise UnsafeYAML(f"YAML nested deeper than {max_depth} levels") from None


def _count(node: yaml.Node, limit: int, max_chars: int) -> int:
    seen = chars = 0
    stack = [node]
    while stack:  # walks aliases as expanded (and stops on recursive ones): the size a reader sees
        n = stack.pop()
        seen += 1
        if seen > limit:
            raise UnsafeYAML(f"more than {limit} YAML nodes once aliases are expanded")
        if isinstance(n, yaml.ScalarNode):
            chars += len(n.value)
            if chars > max_chars:
                raise UnsafeYAML(f"more than {max_chars} characters once aliases are expanded")
        elif isinstance(n, yaml.MappingNode):
            for k, v in n.value:
                stack.extend((k, v))
        elif isinstance(n, yaml.SequenceNode):
            stack.extend(n.value)
    return seen


def compose_all(text: str, loader: type = _Loader, *, max_bytes: int = MAX_BYTES,
                max_depth: int = MAX_DEPTH) -> list[yaml.Node]:
    """Every document as a node tree (with marks for line numbers), enforcing the caps; raises
    ``yaml.YAMLError`` for malformed YAML and :class:`UnsafeYAML` for a refused one."""
    prescan(text, max_bytes=max_bytes, max_depth=max_depth)
    _check_events(text, loader, max_depth)
    try:
        nodes = [n for n in yaml.compose_all(text, Loader=loader) if n is not None]
    except RecursionError:
        raise UnsafeYAML(f"YAML nested deeper than {max_depth} levels") from None
    for node in nodes:  # aliases may repeat a value, not multiply the document's size
        _count(node, MAX_NODES, max(4 * len(text), 100_000))
    return nodes


def compose(text: str, loader: type = _Loader, **caps: int) -> yaml.Node | None:
    """The single document's node tree, enforcing the caps (see :func:`compose_all`)."""
    nodes = compose_all(text, loader, **caps)
    if len(nodes) > 1:
        raise yaml.YAMLError("expected a single YAML document, found several (--- separators)")
    return nodes[0] if nodes else None


def construct(node: yaml.Node | None, loader: type = _Loader) -> Any:
    """Plain data from a node tree composed by :func:`compose`."""
    if node is None:
        return None
    ld = loader("")
    try:
        return ld.construct_document(node)
    except RecursionError:
        raise UnsafeYAML(f"YAML nested deeper than {MAX_DEPTH} levels") from None
    finally:
        ld.dispose()


def load(text: str, loader: type = _Loader, **caps: int) -> Any:
    """``yaml.safe_load`` with the caps above; raises ``yaml.YAMLError`` or :class:`UnsafeYAML`."""
    return construct(compose(text, loader, **caps), loader)


class YAMLLocatedError(ValueError):
    """A document that cannot be read, with the line (1-based, or None) and the key path where it failed."""

    def __init__(self, line: int | None, key: str, message: str) -> None:
        self.line, self.key, self.message = line, key, message
        super().__init__(f"line {line}: {key}: {message}" if line and key else f"line {line}: {message}" if line else message)


def load_with_lines(text: str) -> tuple[Any, dict[tuple, int]]:
    """Like :func:`load`, with the caps, plus a map from each key path (a tuple of keys and list
    indexes) to its 1-based line. Duplicate keys and syntax errors raise :class:`YAMLLocatedError`."""
    try:
        node = compose(text)
    except UnsafeYAML as exc:
        raise YAMLLocatedError(None, "", f"refused: {exc}") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        problem = getattr(exc, "problem", None) or str(exc).replace("\n", " ")
        raise YAMLLocatedError(mark.line + 1 if mark else None, "", f"invalid YAML: {problem}") from None
    lines: dict[tuple, int] = {}
    if node is None:
        return None, lines
    loader = _Loader("")

    def build(n: yaml.Node, at: tuple) -> Any:
        lines.setdefault(at, n.start_mark.line + 1)
        if isinstance(n, yaml.MappingNode):
            out = {}
            for k, v in n.value:
                key = k.value if isinstance(k, yaml.ScalarNode) else str(k.value)
                if key in out:
                    raise YAMLLocatedError(k.start_mark.line + 1, ".".join(map(str, at + (key,))), "duplicate key")
                lines[at + (key,)] = k.start_mark.line + 1
                out[key] = build(v, at + (key,))
            return out
        if isinstance(n, yaml.SequenceNode):
            return [build(v, at + (i,)) for i, v in enumerate(n.value)]
        try:
            return loader.construct_object(n, deep=True)
        except ValueError as exc:  # e.g. a timestamp such as 2025-02-30 that the calendar refuses
            raise YAMLLocatedError(n.start_mark.line + 1, ".".join(map(str, at)), f"{n.value!r}: {exc}") from None

    try:
        return build(node, ()), lines
    except RecursionError:
        raise YAMLLocatedError(None, "", f"refused: YAML nested deeper than {MAX_DEPTH} levels") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise YAMLLocatedError(mark.line + 1 if mark else None, "", str(getattr(exc, "problem", None) or exc)) from None
    finally:
        loader.dispose()


def line_for(lines: dict[tuple, int], at: tuple) -> int | None:
    """The line of ``at``, or of its nearest ancestor that has one."""
    at = tuple(at)
    while at not in lines and at:
        at = at[:-1]
    return lines.get(at)


def first_schema_error(schema: dict[str, Any], data: Any, lines: dict[tuple, int]) -> YAMLLocatedError | None:
    """The first JSON Schema error of ``data`` (shallowest first, then by key), located by line and key."""
    import jsonschema

    validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())
    errors = sorted(validator.iter_errors(data), key=lambda e: (len(e.absolute_path), list(map(str, e.absolute_path))))
    if not errors:
        return None
    err = errors[0]
    at = tuple(err.absolute_path)
    key = ".".join(map(str, at)) or "(top)"
    msg = err.message
    if err.validator == "additionalProperties" and "(" in msg:
        bad = sorted(k for k in (err.instance or {}) if k not in (err.schema.get("properties") or {}))
        if bad:
            return YAMLLocatedError(line_for(lines, at + (bad[0],)), ".".join(map(str, at + (bad[0],))), "unknown key")
        msg = "unknown key: " + msg.split("(")[-1].rstrip(")")
    if err.validator == "propertyNames":
        bad = err.instance
        if isinstance(bad, str):
            return YAMLLocatedError(line_for(lines, at + (bad,)), ".".join(map(str, at + (bad,))), f"{bad!r} is not allowed here")
    return YAMLLocatedError(line_for(lines, at), key, msg)
