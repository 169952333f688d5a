"""``request_schemas``: the JSON Schemas the code loads to validate an HTTP request's body — the API's input, not data it publishes
(interoperability.data-standards; issue 12, s42 fc42 = OPEN-ENT-NG/minibadge: src/main/resources/jsonschema/badgeAssignedCreate.json,
{"ownerIds": …}, loaded by BadgeAssignedController.java's ``RequestUtils.bodyToJson(request, …"badgeAssignedCreate", body -> …)``).

A schema is one when a line of the project's own code names it — its file name, with or without ``.json``/``.schema.json``, inside
a quoted string — and, on that line, reads the request or its body (``request``, ``req.body``, ``bodyToJson``, ``get_json``,
``$request``); or names there a constant the code gives the schema's name as its whole value (``static final String WORLD = "world"``
in a constants class, read as ``pathPrefix + Field.WORLD`` beside ``bodyToJson``; a name in capitals, ``const``/``final``/module level;
issue 12, s43 fi43 = OPEN-ENT-NG/minetest). A schema of a data set a script validates its rows with (``validate(rows, load("communes"))``) names no request and
stays a published schema. A schema named for an action on a resource (``alterService``, ``update-service``: create, update, alter,
delete…), kept in the folder of request schemas the code reads, is one of the same API's inputs even when no line names it yet (a
handler's "TODO add validation"; issue 12, s47 fc47 = OPEN-ENT-NG/fake-sso's jsonschema/alterService.json and updateService.json beside
createService.json); a schema of another name there (a data set's) stays published. Bounded: at most 50 schemas and 2,000 code files of
256 kB, in path order."""

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
# a constant in capitals given a whole quoted string (static final String WORLD = "world"; const WORLD = 'world'; WORLD = "world")
_CONSTANT = lazy_compile(r"""(?<![\w$.])([A-Z][A-Z0-9_]{1,60})[ \t]*(?::[ \t]*[\w.]+[ \t]*)?=[ \t]*["'`]([\w.-]{4,80})["'`][ \t]*[;,]?[ \t]*$""", re.M)
MAX_REQUEST_LINES = 5000
# a schema's name saying it is an action's input (createService, update_service, alter-service, deleteBooking)
_ACTION_STEM = lazy_compile(r"^(?:create|update|alter|delete|remove|add|edit|modify|patch|put|post|upsert|insert|set|replace)(?:[A-Z_-]|$)")


def schema_stem(path: str) -> str:
    """A schema file's name without its folder and its .json / .schema.json ending (badgeAssignedCreate)."""
    name = path.rsplit("/", 1)[-1]
    return re.sub(r"(?:\.schema)?\.json$", "", name, flags=re.I)


@fact("request_schemas", version=3, public=False)
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
    constants: dict[str, set[str]] = {}  # a constant's name → the schemas' stems it is given
    requests: list[tuple[str, int, str]] = []  # the lines reading the request (bounded), for the constants found anywhere
    for path, text in ctx.snapshot.iter_text(code, limit=CODE_BYTES):
        for m in _CONSTANT.finditer(text):
            if (value := re.sub(r"(?:\.schema)?\.json$", "", m.group(2), flags=re.I)) in stems:
                constants.setdefault(m.group(1), set()).add(value)
        quoted = any(s in text for s in stems)
        for no, line in enumerate(text.splitlines(), 1):
            if len(line) > 2000 or not _REQUEST.search(line):
                continue
            if len(requests) < MAX_REQUEST_LINES and re.search(r"[A-Z][A-Z0-9_]", line):
                requests.append((path, no, line))
            for m in (named.finditer(line) if quoted else ()):
                for schema in stems[m.group(1)]:
                    found[schema] = min(found.get(schema) or [schema, path, no], [schema, path, no])  # (the first by path and line)
    if constants:
        by_name = lazy_compile(r"(?<![\w$])(?:[A-Za-z_][\w$]*\.)?(" + "|".join(re.escape(c) for c in sorted(constants)) + r")(?![\w$])")
        for path, no, line in requests:
            for m in by_name.finditer(line):
                for schema in (p for stem in sorted(constants[m.group(1)]) for p in stems[stem]):
                    found[schema] = min(found.get(schema) or [schema, path, no], [schema, path, no])
    # (an action's schema beside the request schemas of its folder: the same API's input, not yet named by a handler)
    folders: dict[str, list] = {}
    for p in sorted(found):
        folders.setdefault(p.rsplit("/", 1)[0] if "/" in p else "", found[p])
    for path in schemas:
        folder = path.rsplit("/", 1)[0] if "/" in path else ""
        if path not in found and folder in folders and _ACTION_STEM.match(schema_stem(path)):
            found[path] = [path, folders[folder][1], folders[folder][2]]
    return [found[p] for p in sorted(found)]
