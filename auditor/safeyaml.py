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

MAX_BYTES = 1_000_000
MAX_ALIASES = 100
MAX_NODES = 200_000
MAX_DEPTH = 100


class UnsafeYAML(ValueError):
    """The document is too large, too deep or too aliased to be read safely."""


class _Loader(yaml.SafeLoader):
    pass


_FLOW_TOKEN = re.compile(r"""[\[\]{}"'#\n]""")


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
