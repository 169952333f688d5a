"""``license``: the project's license (first version: file names and manifest fields).

The licensing family replaces the detector with full-text matching; the shape stays:
``spdx`` (SPDX expression of the main license, or null), ``files`` (license file paths),
``declared`` (license strings found in manifests, with their file).
"""

from __future__ import annotations

import json
import re

from auditor.facts import fact

LICENSE_FILE = re.compile(r"^(licen[cs]e|copying|unlicense|copyright)([.-][^/]*)?$", re.I)


def license_files(snapshot) -> list[str]:
    return sorted(e.path for e in snapshot.files.values() if e.dir == "" and LICENSE_FILE.match(e.name))


@fact("license", version=1)
def license_fact(ctx) -> dict:
    snap = ctx.snapshot
    declared = []
    text = snap.read_text("package.json", limit=1_000_000) if "package.json" in snap.files else None
    if text:
        try:
            lic = json.loads(text).get("license")
            if isinstance(lic, str):
                declared.append({"file": "package.json", "value": lic})
        except (ValueError, AttributeError):
            pass
    return {"spdx": None, "files": license_files(snap), "declared": declared}
