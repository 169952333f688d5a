"""Addresses held in a field of a JSON data file that nothing of the project reads (issue 12, s43 fc43 = spelhate/cit): a site loads
its data.json (``$.getJSON('data.json')``) and renders each EPCI's ``label`` and ``dataid`` through its template, but the ``liamm``
field of five entries — a link to the Région's extranet — has been rendered by no template since a rewrite: the site neither loads
nor shows those addresses, so they are no server the project uses (scaling.hosting counted them as the sponsor's servers).

In a JSON file the project's code loads by its name, an address counts only when its key is read: the key written as a word in
one of the project's own code or template files (``{{liamm}}``, ``item.liamm``, ``["liamm"]``). The file being fetched is not
enough: its unread fields are nothing. A JSON file no code names (a framework's or a tool's settings) is left as it was.
Bounded: the project's own code and template files in path order, :data:`MAX_FILES` of :data:`READ_BYTES` each, read once.
"""

from __future__ import annotations

import re

from auditor.lazyre import lazy_compile

MAX_FILES, READ_BYTES = 400, 256 * 1024
_KEYED = lazy_compile(r"""^\s*["']([A-Za-z_][\w-]{0,60})["']\s*:\s*["']""")
_READERS = {"js", "mjs", "cjs", "jsx", "ts", "tsx", "vue", "svelte", "html", "htm", "tpl", "mustache", "hbs", "handlebars", "ejs", "njk",
            "twig", "liquid", "php", "py", "rb", "java", "kt", "cs", "go", "r"}
_OWN = ("source", "other", "config")  # (not a copied library, a build's output, a test or documentation)


def unread_data_field(path: str, lines: list[str], line: int | None, readers) -> bool:
    """Whether ``line`` of the JSON data file ``path``, which a reading file of the project loads by its name, gives an address to a
    key (``"liamm": "https://…"``) that no reading file names; ``readers()`` returns those files' texts (computed once by the caller)."""
    if not path.lower().endswith(".json") or not line or line > len(lines):
        return False
    m = _KEYED.match(lines[line - 1])
    if not m:
        return False
    name = path.rsplit("/", 1)[-1]
    word = re.compile(r"(?<![\w-])" + re.escape(m.group(1)) + r"(?![\w-])")
    texts = [text for p, text in readers() if p != path]
    return any(name in text for text in texts) and not any(word.search(text) for text in texts)


def reading_files(snap, inv) -> list[tuple[str, str]]:
    """``[(path, text)]`` of the project's own code and template files that may read a data file's fields (bounded)."""
    paths = sorted(p for p in snap.files if p.rsplit(".", 1)[-1].lower() in _READERS and inv.category(p) in _OWN)[:MAX_FILES]
    return [(p, snap.read_text(p, limit=READ_BYTES) or "") for p in paths]
