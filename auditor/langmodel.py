"""py3langid's language model, restricted to the languages the auditor tells apart, in a form that
loads in milliseconds.

py3langid ships its naive Bayes model as an LZMA-compressed numpy archive: every process that
identifies a language spent about half a second of CPU decompressing 45 MB. The package build
(``setup.py``) writes :data:`MODEL_FILE` instead: the same arrays, already restricted to
:data:`CANDIDATE_LANGUAGES` (exactly what ``LanguageIdentifier.set_languages`` computes), as raw
bytes after a small :mod:`marshal` header (strings, numbers: nothing runs on load). The arrays are
memory-mapped, not read: the text automaton is 40 MB, of which an audit touches the few pages its
texts lead to (reading and copying it all was a tenth of a second per process). The file records
the digest of its inputs (py3langid's model file and the language list); when it is missing or
stale the identifier is loaded from py3langid's own model as before, so a result never depends on
which path was taken. This module imports nothing heavy until an identifier is asked for.
"""

from __future__ import annotations

import hashlib
import importlib.util
import logging
import marshal
from pathlib import Path

CANDIDATE_LANGUAGES = ["fr", "en", "de", "es", "it", "nl", "pt", "ca", "oc", "br", "eu"]
MODEL_FILE = Path(__file__).with_name("langid-model.bin")
FORMAT = 2
MAGIC = b"auditor-langid\n"
ALIGN = 64
log = logging.getLogger(__name__)


def source_model() -> Path | None:
    """py3langid's model file, found without importing py3langid (which imports numpy)."""
    spec = importlib.util.find_spec("py3langid")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / "data" / "model.npz.xz"
    return path if path.is_file() else None


def inputs_digest(model: Path, langs: list[str]) -> str:
    digest = hashlib.sha256(b"format %d\n%s\n" % (FORMAT, ",".join(langs).encode()))
    digest.update(model.read_bytes())
    return digest.hexdigest()


def write_model(path: Path = MODEL_FILE, langs: list[str] = CANDIDATE_LANGUAGES) -> None:
    """Package build: py3langid's model restricted to ``langs``, as raw arrays."""
    from array import array

    import numpy as np
    from py3langid.langid import MODEL_DIR
    from py3langid.langid import MODEL_FILE as PY3LANGID_MODEL
    from py3langid.modelio import load_model

    model = MODEL_DIR / PY3LANGID_MODEL
    ptc, pc, classes, nextmove, row, output = load_model(model)
    keep = [i for i, c in enumerate(classes) if c in set(langs)]  # as set_languages does
    ptc = np.ascontiguousarray(np.asarray(ptc)[:, keep])
    pc = np.ascontiguousarray(np.asarray(pc)[keep])
    code = "H" if max(nextmove) < 1 << 16 else nextmove.typecode  # states fit in 16 bits: half the size
    arrays = {"ptc": ptc.tobytes(), "pc": pc.tobytes(), "nextmove": array(code, nextmove).tobytes(), "row": row.tobytes(),
              "output": array("i", output).tobytes()}
    layout, offset = {}, 0
    for name, data in arrays.items():
        layout[name] = (offset, len(data))
        offset += -(-len(data) // ALIGN) * ALIGN
    header = marshal.dumps({
        "format": FORMAT, "digest": inputs_digest(model, langs), "classes": [classes[i] for i in keep], "layout": layout,
        "ptc_dtype": ptc.dtype.str, "ptc_shape": ptc.shape, "pc_dtype": pc.dtype.str, "nextmove_code": code,
        "row_code": row.typecode,
    })
    start = -(-(len(MAGIC) + 4 + len(header)) // ALIGN) * ALIGN  # the arrays aligned in the file (and in memory)
    tmp = path.with_suffix(".tmp")
    with tmp.open("wb") as out:
        out.write(MAGIC + len(header).to_bytes(4, "little") + header)
        for name, data in arrays.items():
            out.seek(start + layout[name][0])
            out.write(data)
    tmp.replace(path)


def _read_shipped(path: Path) -> tuple[dict, memoryview] | None:
    """The header and the arrays' bytes (memory-mapped, read-only), or None when the file is not one."""
    import mmap

    with path.open("rb") as f:
        if f.read(len(MAGIC)) != MAGIC:
            return None
        size = int.from_bytes(f.read(4), "little")
        state = marshal.loads(f.read(size))
        if not isinstance(state, dict) or state.get("format") != FORMAT:
            return None
        start = -(-(len(MAGIC) + 4 + size) // ALIGN) * ALIGN
        data = memoryview(mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ))[start:]
    for offset, length in state["layout"].values():
        if offset + length > len(data):
            return None  # a truncated file
    return state, data


def _from_shipped(langs: list[str]):
    model = source_model()
    try:
        shipped = _read_shipped(MODEL_FILE)
        if shipped is None or model is None or shipped[0].get("digest") != inputs_digest(model, langs):
            log.debug("language model %s is stale: loading py3langid's own", MODEL_FILE)
            return None
        state, data = shipped
        arrays = {name: data[offset:offset + length] for name, (offset, length) in state["layout"].items()}
    except (OSError, ValueError, EOFError, TypeError, KeyError) as exc:
        log.debug("language model %s unreadable (%s): loading py3langid's own", MODEL_FILE, exc)
        return None
    import numpy as np
    from py3langid.langid import LanguageIdentifier

    ptc = np.frombuffer(arrays["ptc"], dtype=np.dtype(state["ptc_dtype"])).reshape(state["ptc_shape"])
    pc = np.frombuffer(arrays["pc"], dtype=np.dtype(state["pc_dtype"]))
    return LanguageIdentifier(ptc, pc, state["classes"], arrays["nextmove"].cast(state["nextmove_code"]),
                              arrays["output"].cast("i"), norm_probs=True, tk_row=arrays["row"].cast(state["row_code"]))


def load_identifier(langs: list[str] = CANDIDATE_LANGUAGES):
    """A py3langid identifier over ``langs`` with normalised probabilities."""
    ident = _from_shipped(langs)
    if ident is None:
        from py3langid.langid import MODEL_FILE as PY3LANGID_MODEL
        from py3langid.langid import LanguageIdentifier

        ident = LanguageIdentifier.from_model_file(PY3LANGID_MODEL, norm_probs=True)
    ident.set_languages(langs)
    return ident


if __name__ == "__main__":  # python -m auditor.langmodel: regenerate the shipped model
    write_model()
    print(f"wrote {MODEL_FILE} ({MODEL_FILE.stat().st_size} bytes)")
