"""The folder the Rails asset pipeline writes, committed: ``rake assets:precompile`` (Sprockets) copies every asset of
``app/assets/``, ``lib/assets/`` and ``vendor/assets/`` into the public prefix (``public/assets/``), each compiled, minified and
renamed with its content digest (``application-41938914ecee54c22ea53a448af2a152.css``, a ``.gz`` twin beside it; Sprockets 2.0
also writes the undigested copy, ``application.css``), and leaves there the manifest mapping each logical path to its digest
name: ``manifest.yml`` (Sprockets 2.0, Rails 3.1–3.2), ``manifest-<md5>.json`` (Sprockets 2.2+), ``.sprockets-manifest-<md5>.json``
(Sprockets 3+) — https://guides.rubyonrails.org/asset_pipeline.html, read 2026-12-06. A folder holding such a manifest beside
digest-named files is the pipeline's output: its digest-named files (pictures and fonts too) and their undigested copies were
written by the pipeline, not by people. Paths only, nothing read.
"""

from __future__ import annotations

from auditor.lazyre import lazy_compile

_MANIFEST = lazy_compile(r"^(?:manifest\.yml|(?:\.sprockets-)?manifest-[0-9a-f]{32}\.json)$")
# a Sprockets digest before the extension: MD5 (Sprockets 2) or SHA-256 (Sprockets 3+)
_DIGESTED = lazy_compile(r"-(?:[0-9a-f]{32}|[0-9a-f]{64})(?=\.\w)")


def precompiled_folders(paths: list[str]) -> list[str]:
    """The folders (never the root) holding an asset pipeline's manifest beside at least one digest-named file of theirs, sorted."""
    folders = {p.rsplit("/", 1)[0] for p in paths if "/" in p and _MANIFEST.match(p.rsplit("/", 1)[1])}
    return sorted(f for f in folders if any(p.startswith(f + "/") and _DIGESTED.search(p.rsplit("/", 1)[1]) for p in paths))


def precompiled_assets(items: list, keep: set[str]) -> dict[str, str]:
    """``{path: "build"}`` for what the pipeline wrote in a precompiled assets folder (see the module): its manifests, its digest-named
    files and the undigested copy of each (``application.css`` beside ``application-<md5>.css``), but those of a category in
    ``keep``. A file there with no digest twin (a jQuery UI theme copied in by hand) is left as it is."""
    folders = tuple(f + "/" for f in precompiled_folders([i.path for i in items]))
    if not folders:
        return {}
    inside = [i for i in items if i.path.startswith(folders) and i.category not in keep]
    digested = {i.path for i in inside if _DIGESTED.search(i.path.rsplit("/", 1)[-1])}
    twins = {p.rsplit("/", 1)[0] + "/" + _DIGESTED.sub("", p.rsplit("/", 1)[1], count=1) for p in digested}
    return {i.path: "build" for i in inside if i.path in digested or i.path in twins
            or (_MANIFEST.match(i.path.rsplit("/", 1)[-1]) and i.path.rsplit("/", 1)[0] + "/" in folders)}
