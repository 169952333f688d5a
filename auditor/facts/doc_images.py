"""``named_doc_images``: the raster images kept with the documentation (docs/images/logo_ecrins.png) that the project's code or
settings name by their path — a Gradio app's config.yaml.sample setting ``ui.logos.top_left_1: "docs/images/logo_ecrins.png"``
that its header shows: the interface's images, not the documentation's pictures (issue 12, s35 r35 = PnEcrins/CAIRN; read by
``interoperability.accessibility-and-ecodesign``). A fact, so the check reads no file itself.

Bounded: code and settings files outside the documentation, read in path order, the first MAX_NAMING_FILES, NAMING_BYTES each.
"""

from __future__ import annotations

import re

from auditor.facts import fact
from auditor.facts.copied_folders import version_folders
from auditor.facts.inventory import RASTER_EXT, in_app_bundle, inventory_of, is_doc, is_generated, is_test, is_vendored
from auditor.facts.tree import tree_of
from auditor.lazyre import lazy_compile

MAX_NAMING_FILES, NAMING_BYTES = 200, 64 * 1024
# a settings file or its template (config.yaml.sample, settings.json.example)
_SETTINGS_NAME = lazy_compile(r"\.(?:ya?ml|json|toml|ini|cfg|conf|env|xml|properties)(?:\.(?:sample|example|dist|template|default|tpl))?$", re.I)


@fact("named_doc_images", version=1, public=False)
def named_doc_images(ctx) -> list[str]:
    """The documentation's raster images that a code or settings file of the project names by its path, sorted."""
    copied = set(ctx.fact("copied_paths"))
    releases = version_folders((ctx.fact("inventory") or {}).get("libraries") or [])
    live = [e for e in tree_of(ctx) if e.kind in ("file", "executable") and not is_vendored(e.path) and not is_generated(e.path) and not is_test(e.path)
            and e.path not in copied and not in_app_bundle(e.path) and not e.path.startswith(releases)]
    docs = {e.path for e in live if e.ext in RASTER_EXT and is_doc(e.path)}
    if not docs:
        return []
    inv = inventory_of(ctx)
    readers = sorted(e.path for e in live if not is_doc(e.path) and e.size <= 1024 * 1024
                     and (inv.category(e.path) in ("source", "configuration") or _SETTINGS_NAME.search(e.name)))[:MAX_NAMING_FILES]
    rx = re.compile(r"(?<![\w/.-])(?:\./)?(" + "|".join(re.escape(d) for d in sorted(docs)) + r")(?![\w/.-])")
    out: set[str] = set()
    for path in readers:
        out.update(m.group(1) for m in rx.finditer(ctx.snapshot.read_text(path, limit=NAMING_BYTES) or ""))
    return sorted(out)


@fact("loaded_copied_images", version=1, public=False)
def loaded_copied_images(ctx) -> list[str]:
    """The raster images set aside with a copy or a build output (a UI template's dist/img/, the application's own logo_zero.jpg
    added beside the template's avatars) that the project's own pages and scripts name by their path (``../dist/img/logo_zero.jpg``
    in admin/index.php): shown by the project's interface, wherever they sit, sorted. An image no page of the project names stays
    the copy's. Bounded as :func:`named_doc_images`: the project's source files in path order, MAX_NAMING_FILES, NAMING_BYTES each."""
    copied = set(ctx.fact("copied_paths"))
    inv = inventory_of(ctx)
    entries = [e for e in tree_of(ctx) if e.kind in ("file", "executable") and not is_test(e.path) and not in_app_bundle(e.path)]
    aside = {e.path for e in entries if e.ext in RASTER_EXT and not is_doc(e.path)
             and (e.path in copied or is_vendored(e.path) or is_generated(e.path) or inv.category(e.path) in ("vendored", "build"))}
    if not aside:
        return []
    readers = sorted(e.path for e in entries if e.path not in copied and not is_vendored(e.path) and not is_generated(e.path)
                     and e.size <= 1024 * 1024 and inv.category(e.path) == "source" and e.ext in _PAGE_EXT)[:MAX_NAMING_FILES]
    rx = re.compile(r"(?<![\w.-])(" + "|".join(re.escape(d) for d in sorted(aside, key=lambda p: (-len(p), p))) + r")(?![\w/.-])")
    out: set[str] = set()
    for path in readers:
        out.update(m.group(1) for m in rx.finditer(ctx.snapshot.read_text(path, limit=NAMING_BYTES) or ""))
    return sorted(out)


# the files of an interface that name its images: server pages, templates and scripts
_PAGE_EXT = {"php", "phtml", "inc", "html", "htm", "js", "jsx", "ts", "tsx", "vue", "svelte", "jsp", "erb", "twig", "cshtml", "py", "rb", "java"}
