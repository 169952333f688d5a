"""``action_runs``: what a GitHub Action's metadata file (``action.yml`` or ``action.yaml``, at the root or in a sub-folder) runs.

A JavaScript action (``runs.using: node20``, ``node24``…) is executed from its repository as it is: the files ``runs.main``,
``runs.pre`` and ``runs.post`` name (``dist/index.js``, the bundle ncc or esbuild makes of its sources and dependencies) must be
committed. A build folder holding them is the action's distribution, not build output left beside the sources.

Value: ``{"actions": [{"path", "using", "runs": [committed files it runs]}]}``.
"""

from __future__ import annotations

import posixpath

import yaml

from auditor import safeyaml
from auditor.facts import fact

_NAMES = ("action.yml", "action.yaml")


@fact("action_runs", version=1)
def action_runs(ctx) -> dict:
    files = ctx.snapshot.files
    out = []
    for path in sorted(p for p in files if p.rsplit("/", 1)[-1] in _NAMES and p.count("/") <= 2)[:10]:
        try:
            doc = safeyaml.load(ctx.snapshot.read_text(path, limit=64 * 1024) or "")
        except (ValueError, yaml.YAMLError, safeyaml.UnsafeYAML):
            continue
        runs = doc.get("runs") if isinstance(doc, dict) else None
        if not isinstance(runs, dict) or not str(runs.get("using") or "").lower().startswith("node"):
            continue  # (a composite or Docker action runs no committed bundle)
        base = posixpath.dirname(path)
        ran = sorted({posixpath.normpath(posixpath.join(base, str(runs[k]))) for k in ("main", "pre", "post") if isinstance(runs.get(k), str)})
        out.append({"path": path, "using": str(runs["using"])[:20], "runs": [p for p in ran if p in files]})
    return {"actions": out}
