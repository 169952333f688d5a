"""``commune_lists``: copies of the register of France's communes kept in the repository as plain data — a text, CSV or JSON file
whose lines or fields are the names of many communes (api/franceocr/french_cities.txt: 34,938 names, one a line, frozen in 2017,
fuzzy-matched against the birth place read on an identity card). Such a list is what INSEE's Code officiel géographique and
geo.api.gouv.fr give, kept up to date (communes merge every year): a place the project handles, whatever its file's name.

The names are those of ``auditor/data/communes.yml`` (the 3,900 communes of 5,000 inhabitants or more whose name is no common word),
compared without accents, case, hyphens or apostrophes. A file naming :data:`MIN_COMMUNES` of them lists the communes of several
départements or of the whole country; a town's own streets or a département's few large towns do not reach it.

Bounded: files of :data:`LIST_EXT` up to :data:`MAX_BYTES`, at most :data:`MAX_FILES` in path order, outside tests, examples and
copied third-party code.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from auditor.data import load
from auditor.facts import fact
from auditor.facts.inventory import is_generated, is_vendored
from auditor.facts.textscan import file_class

LIST_EXT = ("txt", "csv", "tsv", "json", "lst", "dat")
MAX_BYTES = 4 * 1024 * 1024
MAX_FILES = 200
MIN_COMMUNES = 100
_FIELD = re.compile(r"""[\n\r,;\t|"]""")


def _norm(name: str) -> str:
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().upper()
    return " ".join(re.sub(r"[-'’]", " ", text).split())


@functools.lru_cache(maxsize=1)
def _communes() -> frozenset[str]:
    return frozenset(_norm(n) for n in load("communes.yml").get("communes") or [])


def communes_named(text: str) -> int:
    """How many distinct communes of the list the fields of ``text`` name, each field whole."""
    known = _communes()
    return len({f for f in (_norm(x) for x in _FIELD.split(text) if 2 < len(x) < 60) if f in known})


@fact("commune_lists", version=1)
def commune_lists(ctx) -> list[dict]:
    snap = ctx.snapshot
    candidates = sorted(e.path for e in snap.files.values() if e.kind == "file" and e.ext.lower() in LIST_EXT and 0 < e.size <= MAX_BYTES
                        and not is_vendored(e.path) and not is_generated(e.path)
                        and file_class(e.path) not in ("test", "example"))[:MAX_FILES]
    out = []
    for path in candidates:
        n = communes_named(snap.read_text(path, limit=MAX_BYTES) or "")
        if n >= MIN_COMMUNES:
            out.append({"path": path, "communes": n})
    return out
