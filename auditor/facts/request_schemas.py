"""``request_schemas``: the JSON Schemas the code loads to validate an HTTP request's body — the API's input, not data it publishes
(interoperability.data-standards; issue 12, s42 fc42 = OPEN-ENT-NG/minibadge: src/main/resources/jsonschema/badgeAssignedCreate.json,
{"ownerIds": …}, loaded by BadgeAssignedController.java's ``RequestUtils.bodyToJson(request, …"badgeAssignedCreate", body -> …)``).

A schema is one when a line of the project's own code names it — its file name, with or without ``.json``/``.schema.json``, inside
a quoted string — and, on that line, reads the request or its body (``request``, ``req.body``, ``bodyToJson``, ``get_json``,
``$request``). A schema of a data set a script validates its rows with (``validate(rows, load("communes"))``) names no request and
stays a published schema. Bounded: at most 50 schemas and 2,000 code files of 256 kB, in path order."""

from __future__ import annotations

import re

from auditor.facts import fact
from auditor.facts.inventory import inventory_of
from auditor.lazyre import lazy_compile

MAX_SCHEMAS = 50
MAX_CODE_FILES = 2000
CODE_BYTES = 256 * 1024
_CODE_EXT = ("java", "kt", "groovy", "scala", "js", "mjs", "cjs", "ts", "py", "php", "rb", "go", "cs")
# the request or its body read on the line (a controller's handler, an Express middleware, a Flask view)
_REQUEST = lazy_compile(r"\b(?:request|req\.body|bodyToJson|get_json|\$request|ctx\.request|event\.body)\b|\breq\b", re.I)
_SCHEMA_SIDS = ("data.json-schema", "data.json-schema-shape")


def schema_stem(path: str) -> str:
    """A schema file's name without its folder and its .json / .schema.json ending (badgeAssignedCreate)."""
    name = path.rsplit("/", 1)[-1]
    return re.sub(r"(?:\.schema)?\.json$", "", name, flags=re.I)


@fact("request_schemas", version=1, public=False)
def request_schemas(ctx) -> list[list]:
    """``[[schema path, code path, line], …]`` for the JSON Schemas a line of code reading the request names (sorted by schema)."""
    sig = (ctx.fact("textscan") or {}).get("signals") or {}
    schemas = sorted({h[0] for sid in _SCHEMA_SIDS for h in sig.get(sid, []) if h[3] != "test"})[:MAX_SCHEMAS]
    stems = {}
    for path in schemas:
        if len(stem := schema_stem(path)) >= 4:
            stems.setdefault(stem, []).append(path)
    if not stems:
        return []
    # (a quoted string holding the name: "badgeAssignedCreate", 'schemas/user-create.json', "%s" + "badgeAssignedCreate")
    named = lazy_compile(r"""["'`](?:[^"'`\n]{0,200}[/\\])?(""" + "|".join(re.escape(s) for s in sorted(stems, key=lambda s: (-len(s), s)))
                         + r""")(?:\.schema)?(?:\.json)?["'`]""")
    code = [i.path for i in inventory_of(ctx).items if i.category == "source" and i.path.rsplit(".", 1)[-1].lower() in _CODE_EXT][:MAX_CODE_FILES]
    found: dict[str, list] = {}
    for path, text in ctx.snapshot.iter_text(code, limit=CODE_BYTES):
        if not any(s in text for s in stems):
            continue
        for no, line in enumerate(text.splitlines(), 1):
            if len(line) > 2000 or not _REQUEST.search(line):
                continue
            for m in named.finditer(line):
                for schema in stems[m.group(1)]:
                    found[schema] = min(found.get(schema) or [schema, path, no], [schema, path, no])  # (the first by path and line)
    return [found[p] for p in sorted(found)]
