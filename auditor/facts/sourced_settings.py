"""Settings files an R program sources that each installation writes (issue 12, s38 fk38 = fBedecarrats/Nantes_delibR): app.R runs
``source("credentials.R")``, a file absent from the repository and listed by the root .gitignore (it holds one installation's
accounts), and the comments right under that line give its content as an example ("Exemple de contenu :" over ``# credentials <-
data.frame(user = …, password = …)``). The program's own comments document that settings file, as a committed example would: the R
file is a settings document. A sourced file the repository holds, or one with no example under it, documents nothing."""

from __future__ import annotations

import re

_SOURCE = re.compile(r"""^[ \t]*source[ \t]*\([ \t]*["']([\w./-]{1,120}\.[Rr])["']""", re.M)
_EXAMPLE_WORD = re.compile(r"\b(?:exemples?|examples?|mod[eè]le|template|sample)\b", re.I)
_COMMENTED_ASSIGNMENT = re.compile(r"^[ \t]*#+[ \t]*[A-Za-z.][\w.]*[ \t]*(?:<-|=)[ \t]*\S")
MAX_FILES, MAX_BYTES, WINDOW = 40, 256 * 1024, 15


def _ignored(snap) -> set[str]:
    text = snap.read_text(".gitignore", limit=64 * 1024) if ".gitignore" in snap.files else None
    return {line.strip().lstrip("/").lower() for line in (text or "").splitlines() if line.strip() and not line.startswith("#")}


def sourced_settings_docs(snap, entries) -> list[str]:
    """The R files (the first 40, 256 KB each) sourcing a file absent from the repository that the root .gitignore lists, the
    comments within 15 lines under the call naming an example and giving a commented assignment."""
    ignored = _ignored(snap)
    if not ignored:
        return []
    present = {p.lower() for p in snap.files}
    out = []
    for e in sorted((e for e in entries if e.ext.lower() == "r" and e.size <= MAX_BYTES), key=lambda e: (e.path.count("/"), e.path))[:MAX_FILES]:
        text = snap.read_text(e.path, limit=MAX_BYTES) or ""
        for m in _SOURCE.finditer(text):
            name = m.group(1).lstrip("./")
            folder = e.path.rsplit("/", 1)[0] + "/" if "/" in e.path else ""
            if name.lower() not in ignored or (folder + name).lower() in present or name.lower() in present:
                continue
            below = text[m.end():].split("\n")[1:WINDOW + 1]
            comments = [line for line in below if line.lstrip().startswith("#")]
            if any(_EXAMPLE_WORD.search(c) for c in comments) and any(_COMMENTED_ASSIGNMENT.match(c) for c in comments):
                out.append(e.path)
                break
    return out[:5]
