"""``renders`` (not public): what a notebook renderer wrote and the inventory files as build output (:mod:`.render_outputs`)."""

from __future__ import annotations

from auditor.facts import fact
from auditor.facts.inventory import inventory_of
from auditor.facts.render_outputs import PAGE_EXT, RENDER_FOLDERS, library_folders


@fact("renders", version=3, public=False)
def renders(ctx) -> dict:
    """What a notebook renderer wrote and the inventory files as build output: ``{"files": n, "folders": [...], "pages": [...]}``
    (the ``<doc>_files/`` and output folders, the rendered pages; at most 5 of each, sorted)."""
    paths = sorted(inventory_of(ctx).render_paths)
    folders: set[str] = set()
    pages = []
    libraries = tuple(library_folders(paths))  # (a render's libs/, not each library in it)
    for p in paths:
        segs = p.split("/")
        k = next((k for k, seg in enumerate(segs[:-1]) if seg.endswith(("_files", "_cache")) or seg in RENDER_FOLDERS), None)
        if k is not None:  # (index_files/, not also the widgets' library folder inside it)
            folders.add("/".join(segs[: k + 1]) + "/")
        elif p.startswith(libraries):
            folders.add(next(f for f in libraries if p.startswith(f)))
        elif segs[-1].rsplit(".", 1)[-1].lower() in PAGE_EXT:
            pages.append(p)
        else:
            folders.add("/".join(segs[:-1]) + "/" if len(segs) > 1 else p)
    return {"files": len(paths), "folders": sorted(folders)[:5], "pages": pages[:5]}
