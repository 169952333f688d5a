"""The JSON files the code imports whose top level is a list of records (issue 12, s44 fi44 = Maximelebonm/symseeFront): a syndicate's
site imports ``./tableauComune.json``, 78 objects ``{commune, cc, delegue, suppleant}`` rendered as a table — the project's own data
set, whatever its folder or size, not a setting nor a translation file (those are objects of keys, not lists of records).

A record list: at least :data:`MIN_RECORDS` objects, nine in ten of them with the same keys (two keys at least). Read as text, never
run; bounded: at most :data:`MAX_FILES` imported files, in path order, of :data:`MAX_BYTES` each at most."""

from __future__ import annotations

import posixpath

from auditor import safejson
from auditor.facts import fact
from auditor.facts.inventory import is_lockfile, is_manifest, is_test, is_vendored
from auditor.facts.textscan import hits

MIN_RECORDS = 10
MAX_FILES = 40
MAX_BYTES = 2 * 1024 * 1024
_NOT_DATA = frozenset({"i18n", "locales", "locale", "lang", "langs", "translations", "messages", "mocks", "__mocks__", "fixtures", "stubs"})


def record_list(doc) -> bool:
    """A list of at least :data:`MIN_RECORDS` objects, nine in ten sharing the same keys (two or more)."""
    if not isinstance(doc, list) or len(doc) < MIN_RECORDS or not all(isinstance(x, dict) for x in doc):
        return False
    shapes: dict[tuple, int] = {}
    for x in doc:
        key = tuple(sorted(str(k) for k in x))
        shapes[key] = shapes.get(key, 0) + 1
    key, count = max(shapes.items(), key=lambda kv: (kv[1], kv[0]))
    return len(key) >= 2 and count * 10 >= len(doc) * 9


@fact("json_records", version=1, public=False)
def json_records(ctx) -> list[str]:
    """The imported JSON files (relative imports resolved from the importing file) that are record lists, sorted."""
    files = ctx.snapshot.files
    wanted = set()
    for path, _line, target, _cls in hits(ctx, "data.json-import"):
        p = posixpath.normpath(posixpath.join(posixpath.dirname(path), target))
        if p in files and not (is_manifest(p) or is_lockfile(p) or is_vendored(p) or is_test(p)) \
                and _NOT_DATA.isdisjoint(s.lower() for s in p.split("/")[:-1]) and files[p].size <= MAX_BYTES:
            wanted.add(p)
    out = []
    for p in sorted(wanted)[:MAX_FILES]:
        try:
            doc = safejson.loads(ctx.snapshot.read_text(p, limit=MAX_BYTES) or "")
        except ValueError:
            continue
        if record_list(doc):
            out.append(p)
    return out
