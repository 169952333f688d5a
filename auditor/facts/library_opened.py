"""Files over the comment measure's size bound that open on another holder's library banner (issue 12, s43 ft43 =
abotzung/fogplugin-postdownloadscript: ``js/fog.postdownloadscript.js``, 530 KB, opening on "CodeMirror, copyright (c) by Marijn
Haverbeke and others / Distributed under an MIT license", CodeMirror 5 and its add-ons concatenated, the plugin author's few
hundred lines appended at the end).

Such a file is mostly a copied library: it is not the project's code left unmeasured for its size, and it must not make the
sample of the project's own files "too small to judge". It is named apart, with the library's name, so that the check says what
was measured and why. A file is one when its leading comment (:func:`~auditor.facts.vendored.banner`) names a copyright holder
(:func:`~auditor.facts.vendored.copyright_holder`) that neither the root licence file nor the root README names: another holder
than the project. A large file whose banner is the project's own (its holder named by the root licence or README), or that opens
on no holder, stays "too large". Bounded: at most :data:`MAX_PROBES` files, their first :data:`HEAD_BYTES` bytes, in path order.
"""

from __future__ import annotations

from auditor.facts.vendored import _FIRST_NAME, _HOLDER, banner, copyright_holder, squeeze

MAX_PROBES = 20
HEAD_BYTES = 16 * 1024


def library_opened(snap, paths: list[str], own_text: str) -> dict[str, str]:
    """The paths among ``paths`` (sorted, at most :data:`MAX_PROBES` read) opening on another holder's banner, each with the
    library's name as the banner gives it first ("CodeMirror"), or its holder as written ("Mozilla Foundation"). ``own_text``: the root licence and README, squeezed."""
    out: dict[str, str] = {}
    for path in sorted(paths)[:MAX_PROBES]:
        head = snap.read_head(path, HEAD_BYTES) or ""
        holder = copyright_holder(head)
        if not holder or holder in own_text:
            continue
        top = banner(head)
        named = _FIRST_NAME.match(top)
        if named and squeeze(named.group(1)) not in ("copyright", "c", "licstart", "license", "licence"):
            name = named.group(1)
        else:  # (no name opening the banner, "@licstart … Copyright 2024 Mozilla Foundation": its holder as written)
            written = _HOLDER.search(top)
            name = " ".join(written.group(1).split())[:60] if written else holder
        out[path] = name
    return out
