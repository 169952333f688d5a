"""py3langid's language model, restricted to the languages the auditor tells apart, in a form that
loads in milliseconds.

py3langid ships its naive Bayes model as an LZMA-compressed numpy archive: every process that
identifies a language spent about half a second of CPU decompressing 45 MB. The package build
(``setup.py``) writes :data:`MODEL_FILE` instead: the same arrays, already restricted to
:data:`CANDIDATE_LANGUAGES` (exactly what ``LanguageIdentifier.set_languages`` computes), as raw
bytes in a :mod:`marshal` file (strings, numbers and bytes: nothing runs on load). The file records
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
FORMAT = 1
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
    state = {
        "format": FORMAT, "digest": inputs_digest(model, langs), "classes": [classes[i] for i in keep],
        "ptc": ptc.tobytes(), "ptc_dtype": ptc.dtype.str, "ptc_shape": ptc.shape, "pc": pc.tobytes(), "pc_dtype": pc.dtype.str,
        "nextmove": array(code, nextmove).tobytes(), "nextmove_code": code, "row": row.tobytes(), "row_code": row.typecode,
        "output": array("i", output).tobytes(),
    }
    tmp = path.with_suffix(".tmp")
    tmp.write_bytes(marshal.dumps(state))
    tmp.replace(path)


def _from_shipped(langs: list[str]):
    model = source_model()
    try:
        state = marshal.loads(MODEL_FILE.read_bytes())
        if model is None or not isinstance(state, dict) or state.get("format") != FORMAT or state.get("digest") != inputs_digest(model, langs):
            log.debug("language model %s is stale: loading py3langid's own", MODEL_FILE)
            return None
    except (OSError, ValueError, EOFError, TypeError) as exc:
        log.debug("language model %s unreadable (%s): loading py3langid's own", MODEL_FILE, exc)
        return None
    import numpy as np
    from py3langid.langid import LanguageIdentifier

    ptc = np.frombuffer(state["ptc"], dtype=np.dtype(state["ptc_dtype"])).reshape(state["ptc_shape"])
    pc = np.frombuffer(state["pc"], dtype=np.dtype(state["pc_dtype"]))
    return LanguageIdentifier(ptc, pc, state["classes"], memoryview(state["nextmove"]).cast(state["nextmove_code"]),
                              memoryview(state["output"]).cast("i"), norm_probs=True, tk_row=memoryview(state["row"]).cast(state["row_code"]))


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
