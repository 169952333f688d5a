"""``environment_exports``: conda environment files that are an export of a whole environment (``conda env export``:
every package installed on a developer's machine, pinned with its build string, ``babel=2.11.0=py310h06a4308_0``),
not a list of the project's own dependencies; likewise its ``pip freeze`` (``Babel @ file:///croot/…``). What such a file names (Jupyter's babel, keyring's secretstorage,
google-auth's oauthlib) is no evidence of what the project does: the checks looking for a feature by its package
(translation, sign-in) leave these files out."""

from __future__ import annotations

import re

from auditor.facts import fact
from auditor.lazyre import lazy_compile

MAX_BYTES = 1_000_000
_BUILD_PIN = lazy_compile(r"^[^\S\n]*-\s*[A-Za-z0-9_][\w.-]*=[^=\s]+=\S+\s*$", re.M)  # name=version=build
# pip freeze of such an environment: packages installed from the builder's own disk (Babel @ file:///croot/babel_1671781930836/work)
_LOCAL_BUILD = lazy_compile(r"^[^\S\n]*[A-Za-z0-9][\w.-]*\s*@\s*file:///", re.M)
MIN_PINS = 10


@fact("environment_exports", version=2, public=False)
def environment_exports(ctx) -> dict:
    """``{"paths": [...]}``: the conda manifests of which most dependency lines carry a build string (10 at least), the pip
    requirements naming 10 packages or more built on the exporter's disk."""
    out = []
    for m in ctx.fact("manifests").get("manifests", []):
        if m.get("ecosystem") not in ("conda", "pip"):
            continue
        text = ctx.snapshot.read_text(m["path"], limit=MAX_BYTES) or ""
        if m["ecosystem"] == "pip":  # ten packages from the builder's disk: nobody else can install that list, a dump of an environment
            export = len(_LOCAL_BUILD.findall(text)) >= MIN_PINS
        else:
            pins = len(_BUILD_PIN.findall(text))
            export = pins >= MIN_PINS and pins * 2 >= len(m.get("dependencies") or [])
        if export:
            out.append(m["path"])
    return {"paths": sorted(out)}
