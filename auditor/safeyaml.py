"""YAML from untrusted repositories: size-capped, alias-capped, no arbitrary tags.

``yaml.safe_load`` shares aliased nodes, so a "billion laughs" document stays small in memory but
explodes when the value is walked or serialised into the report; this loader refuses documents
with more than a few aliases or nodes, and returns line numbers for keys when asked.
"""

from __future__ import annotations

from typing import Any

import yaml

MAX_BYTES = 1_000_000
MAX_ALIASES = 100
MAX_NODES = 200_000


class UnsafeYAML(ValueError):
    """The document is too large or too aliased to be read safely."""


class _Loader(yaml.SafeLoader):
    pass


def _count(node: yaml.Node, limit: int) -> int:
    seen = 0
    stack = [node]
    while stack:  # walks aliases as expanded (and stops on recursive ones): the size a reader sees
        n = stack.pop()
        seen += 1
        if seen > limit:
            raise UnsafeYAML(f"more than {limit} YAML nodes once aliases are expanded")
        if isinstance(n, yaml.MappingNode):
            for k, v in n.value:
                stack.extend((k, v))
        elif isinstance(n, yaml.SequenceNode):
            stack.extend(n.value)
    return seen


def compose(text: str) -> yaml.Node | None:
    """Parse to a node tree (with marks for line numbers), enforcing the caps."""
    if len(text) > MAX_BYTES:
        raise UnsafeYAML(f"YAML document larger than {MAX_BYTES} bytes")
    aliases = sum(1 for ev in yaml.parse(text, Loader=_Loader) if isinstance(ev, yaml.AliasEvent))
    if aliases > MAX_ALIASES:
        raise UnsafeYAML(f"more than {MAX_ALIASES} YAML aliases")
    node = yaml.compose(text, Loader=_Loader)
    if node is not None:
        _count(node, MAX_NODES)
    return node


def load(text: str) -> Any:
    """``yaml.safe_load`` with the caps above; raises ``yaml.YAMLError`` or :class:`UnsafeYAML`."""
    node = compose(text)
    if node is None:
        return None
    loader = _Loader("")
    try:
        return loader.construct_document(node)
    finally:
        loader.dispose()
