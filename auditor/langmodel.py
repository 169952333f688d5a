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
import math
import struct
import unicodedata
from collections import Counter
from operator import mul
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
    floats = {"<f2": "e", "<f4": "f", "<f8": "d"}  # numpy's little-endian float types, as struct reads them
    shape = state.get("ptc_shape", ())
    if state.get("ptc_dtype") not in floats or state.get("pc_dtype") not in floats or len(shape) != 2 \
            or shape[1] != len(state["classes"]):
        return None
    row = struct.Struct("<%d%s" % (shape[1], floats[state["ptc_dtype"]]))
    pc = struct.unpack("<%d%s" % (shape[1], floats[state["pc_dtype"]]), arrays["pc"])
    return ShippedIdentifier(arrays["ptc"], row, list(pc), state["classes"], arrays["nextmove"].cast(state["nextmove_code"]),
                             arrays["output"].cast("i"), arrays["row"].cast(state["row_code"]))


class ShippedIdentifier:
    """py3langid's classifier (``LanguageIdentifier`` with ``norm_probs=True``) over the shipped
    arrays, in plain Python: the same byte automaton, the same naive Bayes sum and the same
    length-tempered softmax, without importing numpy (a fifth of a second in every process that
    reads a README). Sums are in double precision in feature order (numpy's float32 dot product
    differs by rounding only: the ranking test in ``tests/test_fixed_costs.py`` compares them)."""

    def __init__(self, ptc: memoryview, ptc_row: struct.Struct, pc: list[float], classes: list[str], nextmove: memoryview,
                 output: memoryview, row: memoryview) -> None:
        self.nb_ptc, self._ptc_row, self.nb_pc, self.nb_classes = ptc, ptc_row, pc, list(classes)
        self._width = len(self.nb_classes)
        self.tk_nextmove, self.tk_output = nextmove, output
        self._rowbase = [r << 8 for r in row]
        # a label present twice (script aliases, srl -> sr) keeps one column: the dupe folded into the first
        first: dict[str, int] = {}
        self._alias_pairs = [(first[c], i) for i, c in enumerate(self.nb_classes) if first.setdefault(c, i) != i]

    def set_languages(self, langs: list[str] | None = None) -> None:
        """The shipped model is already restricted: asking for another set is a programming error."""
        if langs is not None and set(langs) != set(self.nb_classes):
            raise ValueError(f"the shipped model covers {self.nb_classes}, not {langs}")

    @staticmethod
    def _encode(text: str | bytes) -> bytes:
        if isinstance(text, bytes):
            for trim in range(4):  # UTF-8 cut in the middle of a character: the tail dropped
                try:
                    text = (text[:len(text) - trim] if trim else text).decode("utf8")
                    break
                except UnicodeDecodeError as e:
                    if e.start < len(text) - 3:
                        break
        if isinstance(text, str):
            if text.isupper():
                text = text.lower()
            text = unicodedata.normalize("NFC", text).encode("utf8", errors="surrogatepass")
        return text

    def _decide(self, text: str | bytes) -> list[float]:
        data = self._encode(text)
        nm, rowbase, out = self.tk_nextmove, self._rowbase, self.tk_output
        state, features = 0, []
        append = features.append
        for letter in data:
            state = nm[rowbase[state] + letter]
            f = out[state]
            if f >= 0:
                append(f)
        visits = Counter(features)
        width = self._width
        if visits:
            ptc, unpack, size = self.nb_ptc, self._ptc_row.unpack_from, self._ptc_row.size
            weights = [math.log1p(n) for n in visits.values()]
            columns = zip(*[unpack(ptc, f * size) for f in visits])  # the features' rows, read column by column
            scores = [p + sum(map(mul, weights, col)) for p, col in zip(self.nb_pc, columns)]
            scale = 1.0 / math.sqrt(len(data) or 1)
            scores = [s * scale for s in scores]
            top = max(scores)
            scores = [math.exp(s - top) for s in scores]
            total = sum(scores)
            scores = [s / total for s in scores]
        else:  # no feature: uniform scores (py3langid's 0.0 fill under norm_probs, then the softmax)
            scores = [1.0 / width] * width
        for i, j in self._alias_pairs:
            scores[i] += scores[j]
            scores[j] = 0.0
        return scores

    def classify(self, text: str | bytes) -> tuple[str, float]:
        """*(language, confidence)*, the first best on a tie (as numpy's argmax)."""
        scores = self._decide(text)
        i = max(range(len(scores)), key=lambda k: (scores[k], -k))
        return self.nb_classes[i], scores[i]

    def rank(self, text: str | bytes) -> list[tuple[str, float]]:
        merged: dict[str, float] = {}
        for lang, score in zip(self.nb_classes, self._decide(text)):
            merged.setdefault(lang, score)
        return sorted(merged.items(), key=lambda kv: kv[1], reverse=True)


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
