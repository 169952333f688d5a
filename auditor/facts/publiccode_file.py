"""The ``publiccode_file`` fact (the root publiccode.yml validated) and the ``publiccode_suggestion``
fact (the values of a publiccode.yml prefilled from the audit)."""

from __future__ import annotations

from auditor.facts import fact
from auditor.publiccode import suggest, validate

MAX_BYTES = 1024 * 1024


@fact("publiccode_file", version=2, public=False)
def publiccode_file(ctx) -> dict:
    """``path`` (None without one); ``symlink``; ``readable`` (False over 1 MB); ``version`` and
    ``issues`` (level, key, line, message) of the validation."""
    path = (ctx.fact("files") or {}).get("publiccode")
    if not path:
        return {"path": None}
    entry = ctx.snapshot.files.get(path)
    if entry is not None and entry.kind == "symlink":
        return {"path": path, "symlink": True, "readable": False}
    data = ctx.snapshot.read_bytes(path, limit=MAX_BYTES)
    if data is None:
        return {"path": path, "symlink": False, "readable": False}
    result = validate(data)
    return {"path": path, "symlink": False, "readable": True, "version": result.version,
            "issues": [i.to_dict() for i in result.issues]}


@fact("publiccode_suggestion", version=1, public=False, cache="none")  # names the target: not a function of the commit alone
def publiccode_suggestion(ctx) -> dict:
    return suggest(ctx)
