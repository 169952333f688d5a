"""REUSE 3.3 compliance, measured from git objects only (https://reuse.software/spec-3.3/).

For every *covered* file: an ``SPDX-License-Identifier`` and a copyright notice, from the file
itself (anywhere in it, as ``reuse`` does), a sibling ``<file>.license``, ``REUSE.toml``
annotations (precedence ``closest``, ``aggregate``, ``override``) or the legacy ``.reuse/dep5``.
Every license used needs ``LICENSES/<id>.<ext>``; a text there that nothing uses is reported.

Not covered (spec 3.3): ``LICENSES/``, ``.reuse/``, ``LICENSE*``/``COPYING*`` files, VCS folders,
symlinks, submodules, empty files, ``*.license`` companions, ``REUSE.toml``, SPDX documents.
What is covered, what counts as a copyright notice or a license and how sources combine follow
``reuse lint`` (reuse 6), so the verdict is the one ``reuse lint`` gives (``compliant``).
Reading is bounded: files above ``max_bytes`` are not read (listed apart), nor any once
``max_total_bytes`` have been read, and the whole scan stops at ``max_files`` covered files;
files not read leave the denominator (missing data is not a failure) and are counted apart,
unless REUSE.toml or dep5 already give them both a license and a copyright.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from auditor.lazyre import lazy_compile
from auditor.licenses.notices import parse_expression
from auditor.licenses.reuse_dep5 import dep5_error, dep5_rx as _dep5_rx, parse_dep5
from auditor.licenses.reuse_texts import licences_folder
from auditor.licenses.reuse_toml import glob_rx as _glob_rx, parse_reuse_toml
from auditor.spdx import reuse_license_keys

CODE_EXT = {"py", "js", "mjs", "cjs", "ts", "tsx", "jsx", "vue", "svelte", "java", "kt", "kts", "scala", "groovy", "php", "rb", "go",
            "rs", "c", "h", "cc", "cpp", "hpp", "cs", "fs", "swift", "m", "ex", "exs", "erl", "clj", "sh", "bash", "sql", "r", "jl",
            "lua", "pl", "pm", "dart", "elm", "hs", "ml", "css", "scss", "sass", "less", "html", "twig", "j2", "xsl"}

# What ``reuse lint`` (6.x) reads, line by line: a line holding ``SPDX-FileCopyrightText:``,
# ``SPDX-SnippetCopyrightText:``, ``Copyright`` followed by a space, ``©`` or ``(c)``, or ``©`` is a
# copyright notice (case-sensitive: "copyright" in prose is not); otherwise a line holding
# ``SPDX-License-Identifier:`` gives a license expression.
_COPY_LINE = lazy_compile(r"SPDX-(?:File|Snippet)CopyrightText:|Copyright(?:\s*(?:©|\([Cc]\))|(?=\s))|©")
_ANY_TAG = lazy_compile(r"SPDX-\S+:|Copyright|©")
# What ends the value of a ``SPDX-License-Identifier:`` tag, as ``reuse lint`` (6.2, extract.py ``_END_PATTERN``) strips it:
# the closing marks of its multi-line comment styles (comment.py: C ``*/``, HTML ``-->``, Handlebars and Blade ``--}}``, ASPX
# ``--%>``, Jinja ``#}``, Velocity ``*#``, ML and AppleScript ``*)``, XQuery ``:)``, Julia ``=#``, Lean ``-/``, PlantUML ``'/``,
# BibTeX ``}``) and three of its own (``" />``, ``' />``, ``] ::``), any number of them, with spaces. Nothing else: a quote,
# ``;`` or ``,`` after the value stays in it (``'… MIT';`` in a build script is no expression, for reuse), while a Helm
# template's ``{{/* SPDX-License-Identifier: Apache-2.0 */}}`` or an MDX page's ``{/* … MIT */}`` gives its licence.
_END = r"""\s*(?:\*/|-->|--\}\}|--%>|\#\}|\*\#|\*\)|:\)|=\#|-/|'/|\}|"\s*/*>|'\s*/*>|\]\s*::)*\s*$"""
_LIC_LINE = lazy_compile(r"SPDX-License-Identifier:\s*(.*?)" + _END)
_IGNORE = lazy_compile(r"REUSE-IgnoreStart.*?(?:REUSE-IgnoreEnd|\Z)", re.S)
# Names and folders reuse never treats as covered files (covered_files.py of reuse 6), at any depth.
_NOT_COVERED_NAME = lazy_compile(r"(?:LICEN[CS]E(?:[-.].*)?|COPYING(?:[-.].*)?|\.git|\.hgtags|.*\.license|REUSE\.toml"
                               r"|CAL-1.0(?:-Combined-Work-Exception)?(?:\..+)?|SHL-2.1(?:\..+)?|.*\.spdx|.*\.spdx.(?:rdf|json|xml|ya?ml))\Z", re.S)
_NOT_COVERED_DIRS = {".git", ".hg", ".sl", "LICENSES", ".reuse"}
# Bytes libmagic never sees in text (its ``text_chars`` table): one of them in the first 2,048 bytes
# makes a file binary for reuse, which then does not search it.
_NOT_TEXT = lazy_compile(rb"[\x00-\x06\x0e-\x1a\x1c-\x1f\x7f]")


def is_covered(entry) -> bool:
    """A *covered file* as ``reuse lint`` counts it: a non-empty regular file outside ``.git``,
    ``LICENSES``, ``.reuse`` (at any depth) and Meson subprojects, not a licence text, a ``.license``
    companion, a ``REUSE.toml`` or an SPDX document. Symlinks and submodules are never covered."""
    if entry.kind not in ("file", "executable") or entry.size == 0:
        return False
    parts = entry.path.split("/")
    for i, part in enumerate(parts[:-1]):
        if part in _NOT_COVERED_DIRS or (i and parts[i - 1] == "subprojects"):
            return False
    return not _NOT_COVERED_NAME.match(parts[-1])


# A byte-order mark libmagic reads as UTF-32 or UTF-16 text (its ``looks_ucs32``/``looks_ucs16``): (mark, codec, unit size,
# code units that make the file binary besides the control characters of ``_NOT_TEXT``). UTF-32's mark first (it begins
# with UTF-16's).
_WIDE = ((b"\xff\xfe\x00\x00", "utf-32-le", 4, {0xFFFE}), (b"\x00\x00\xfe\xff", "utf-32-be", 4, {0xFFFE}),
         (b"\xff\xfe", "utf-16-le", 2, {0xFFFE, 0xFFFF}), (b"\xfe\xff", "utf-16-be", 2, {0xFFFE, 0xFFFF}))


def _decode_wide(data: bytes, head: bytes) -> str | None:
    """A file that starts with a UTF-16 or UTF-32 byte-order mark, as reuse reads it: libmagic calls it text when no code
    unit of its first 2,048 bytes is a control character (the bytes of ``_NOT_TEXT``) or a non-character (U+FFFE, and
    U+FFFF in UTF-16), and reuse then decodes it whole (a Windows resource file or PowerShell manifest saved as "Unicode").
    Returns the text, "" for such a file that is binary, None for a file with no such mark."""
    for bom, codec, size, bad in _WIDE:
        if not head.startswith(bom):
            continue
        order = "little" if codec.endswith("le") else "big"
        for i in range(size, len(head) - size + 1, size):
            unit = int.from_bytes(head[i:i + size], order)
            if unit in bad or (unit < 0x80 and _NOT_TEXT.match(bytes((unit,)))):
                return ""
        return data[len(bom):].decode(codec, "replace")
    return None


def _decode_like_reuse(data: bytes) -> str | None:
    """The text reuse searches, or None for a binary file. reuse decodes a file with the encoding
    libmagic finds in its first 2,048 bytes: when those are not valid UTF-8 (a Latin-1 file, or a
    UTF-8 character cut at byte 2,048) the file is read as ISO-8859-1, where the second byte of "é"
    (0xA9) is a "©"; a PDF whose first bytes look like text is searched too."""
    head = data[:2048]
    wide = _decode_wide(data, head)
    if wide is not None:
        return wide or None
    if _NOT_TEXT.search(head):
        return None
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exc:
        # libmagic forgives a character cut at the end only when a whole one came before it
        cut = exc.reason == "unexpected end of data" and exc.end == len(head) and any(b > 0x7F for b in head[:exc.start])
        if not cut and not any(0x80 <= b <= 0x9F for b in head):
            return data.decode("latin-1")
    return data.decode("utf-8", "replace")


def tags_in(data: bytes) -> tuple[list[str], bool]:
    """License expressions and whether a copyright notice is present, from a file's bytes, read as
    ``reuse lint`` reads them (every line of the file, ignore blocks removed, binary files skipped)."""
    text = _decode_like_reuse(data)
    if text is None:
        return [], False
    if "REUSE-IgnoreStart" in text:
        text = _IGNORE.sub("", text)
    lic: list[str] = []
    has_copy = False
    for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        tag = _ANY_TAG.search(line)
        if tag is None:
            continue
        prefix = line[: tag.start()].strip()
        if prefix and line.endswith(prefix[::-1]):  # a comment that closes with its opening mirrored: |* … *|
            line = line[: -len(prefix)]
        if _COPY_LINE.search(line):
            has_copy = True
        elif (m := _LIC_LINE.search(line)) is not None:
            lic.append(m.group(1))
    return lic, has_copy


def _reuse_tomls(snapshot, errors: list[str]) -> list[tuple[str, list[dict]]]:
    """Every ``REUSE.toml`` outside ignored folders, as (folder prefix, annotations), outermost first."""
    out = []
    for e in sorted(snapshot.files.values(), key=lambda x: (x.path.count("/"), x.path)):
        if e.name != "REUSE.toml" or e.kind not in ("file", "executable"):
            continue
        parts = e.path.split("/")
        if any(p in _NOT_COVERED_DIRS or (i and parts[i - 1] == "subprojects") for i, p in enumerate(parts[:-1])):
            continue
        text = snapshot.read_text(e.path)
        anns, err = parse_reuse_toml(text or "")
        if err:
            errors.append(err if e.path == "REUSE.toml" else err.replace("REUSE.toml", e.path, 1))
        out.append((e.path[: -len("REUSE.toml")], anns))
    return out


def _global_info(path: str, tomls: list[tuple[str, list[dict]]], dep5: list[dict]) -> dict[str, list[tuple[list[str], bool]]]:
    """(licenses, has copyright) per precedence from REUSE.toml files and dep5, as reuse combines them:
    the last matching annotation of each REUSE.toml; an ``override`` in an outer one stops there; for
    ``closest``, the innermost annotation giving a copyright and the innermost giving a license."""
    found: dict[str, list[tuple[list[str], bool]]] = {"override": [], "aggregate": [], "closest": []}
    for prefix, anns in tomls:
        if not path.startswith(prefix):
            continue
        rel = path[len(prefix):]
        ann = None
        for a in anns:
            if any(_glob_rx(p).match(rel) for p in a["paths"]):
                ann = a
        if ann is None:
            continue
        prec = ann["precedence"] if ann["precedence"] in found else "closest"
        found[prec].append((list(ann["licenses"]), ann["copyright"]))
        if prec == "override":
            break
    closest = found["closest"]
    if len(closest) > 1:
        lic = next((c[0] for c in reversed(closest) if c[0]), [])
        closest[:] = [(lic, any(c[1] for c in closest))]
    if dep5:
        para = None
        for d in dep5:
            if any(_dep5_rx(g).match(path) for g in d["globs"]):
                para = d
        if para is not None:
            found["aggregate"].append((list(para["licenses"]), para["copyright"]))
    return found


def _combine(file_lic: list[str], file_copy: bool, found: dict) -> tuple[list[str], bool]:
    """The file's own information with the global one, by precedence (REUSE 3.3, section 'Precedence')."""
    lic: list[str] = []
    has_copy = False
    for ls, c in found["override"] + found["aggregate"]:
        lic += ls
        has_copy = has_copy or c
    if found["override"]:
        return lic, has_copy
    lic += file_lic
    has_copy = has_copy or file_copy
    for ls, c in found["closest"]:
        if not file_lic:
            lic += ls
        if not file_copy:
            has_copy = has_copy or c
    return lic, has_copy


def iter_blobs(snapshot, entries: list) -> "Iterator[tuple[object, bytes | None]]":
    """(entry, bytes or None) for each entry, in order, through the snapshot's pipelined batch reads
    (one round trip per batch of files, not per file: most of the time on 20,000 files)."""
    it = snapshot.iter_bytes([e.path for e in entries])
    nxt = next(it, None)
    for e in entries:
        if nxt is not None and nxt[0] == e.path:
            yield e, nxt[1]
            nxt = next(it, None)
        else:
            yield e, None


def _to_read(covered: list, files, found_of: dict, max_bytes: int, budget: int) -> tuple[list, list[str]]:
    """The blobs to read (a file's own, or its .license companion), and the files left unread (too
    big, not a regular file, beyond the total budget); files an override annotation covers are not read."""
    to_read, unread = [], []
    for e in covered:
        if found_of[e.path]["override"]:
            continue  # reuse does not read a file an override annotation covers
        src = files.get(e.path + ".license", e)
        if src.size > max_bytes or src.kind not in ("file", "executable") or src.size > budget:
            unread.append(e.path)
        else:
            budget -= src.size
            to_read.append(src)
    return to_read, unread


def _texts(used: dict[str, int], license_texts: dict[str, str], rejected: dict[str, list[str]]) -> dict[str, list[str]]:
    """Licence texts missing for a licence used, present for none, named by no valid SPDX id or by a deprecated one."""
    plus = {i[:-1] for i in used if i.endswith("+")}
    return {"missing_texts": sorted(i for i in used if i not in license_texts and i.rstrip("+") not in license_texts),
            "unused_texts": sorted(p for lid, p in license_texts.items() if lid not in used and lid not in plus),
            "bad_texts": sorted(rejected["bad"]), "deprecated_texts": sorted(rejected["deprecated"])}


@dataclass
class _Tally:
    """What the files say, counted file by file."""

    examples: int
    used: dict[str, int] = field(default_factory=dict)
    used_code: dict[str, int] = field(default_factory=dict)
    used_own: dict[str, int] = field(default_factory=dict)  # (in the project's own files: not a copied library's, not a build's)
    ok: int = 0
    with_copyright: int = 0
    with_license: int = 0
    missing_examples: list[dict] = field(default_factory=list)
    bad_expressions: list[dict] = field(default_factory=list)
    files_with_ids: int = 0
    keys: dict[str, int] = field(default_factory=dict)
    invalid: int = 0

    def add(self, e, lic: list[str], has_copy: bool, code: bool, own: bool = True) -> None:
        """As reuse lint: an expression that does not parse is invalid and gives the file no licence; the identifiers
        of the others, as written, are the licences whose texts LICENSES/ must hold (``keys``)."""
        ids: list[str] = []
        keys: list[str] = []
        for expr in lic:
            raw = reuse_license_keys(expr)
            if raw is None:
                if len(self.bad_expressions) < self.examples:
                    self.bad_expressions.append({"path": e.path, "value": expr[:120]})
                self.invalid += 1
                continue
            keys.extend(raw)
            ids.extend(parse_expression(expr)[1])
        for i in dict.fromkeys(keys):
            self.keys[i] = self.keys.get(i, 0) + 1
        for i in dict.fromkeys(ids):
            self.used[i] = self.used.get(i, 0) + 1
            if code:
                self.used_code[i] = self.used_code.get(i, 0) + 1
            if own:
                self.used_own[i] = self.used_own.get(i, 0) + 1
        self.files_with_ids += bool(ids)
        self.with_copyright += has_copy
        self.with_license += bool(keys)
        if keys and has_copy:
            self.ok += 1
        elif len(self.missing_examples) < self.examples:
            what = [w for w, miss in (("license", not keys), ("copyright", not has_copy)) if miss]
            self.missing_examples.append({"path": e.path, "missing": what})


def scan(snapshot, *, max_files: int = 100_000, max_bytes: int = 2 * 1024 * 1024, max_total_bytes: int = 512 * 1024 * 1024,
         examples: int = 20, is_source: Callable[[str], bool] = lambda path: True,
         is_own: Callable[[str], bool] = lambda path: True, installed_in: Callable[[str], str | None] = lambda path: None) -> dict:
    """REUSE measures of one commit, as ``reuse lint`` would give them on a checkout of it.
    ``is_source(path)`` tells project source files (the caller asks the inventory: this layer knows no
    path rules) for the licences used in code; ``is_own(path)`` the project's own files (not a copied library's nor a build's
    output) for the licences its own headers name; ``installed_in(path)`` the package manager's install folder a file sits in
    (a committed virtualenv, node_modules/): other projects' files, each under its own licence, which the measure leaves out and
    counts apart (``installed``; reuse lint on a checkout still sees them: never compliant while they are there)."""
    files = snapshot.files
    errors: list[str] = []
    tomls = _reuse_tomls(snapshot, errors)
    dep5 = []
    if ".reuse/dep5" in files:
        if tomls:  # (at any depth: a vendored library's own REUSE.toml too, for reuse lint)
            errors.append(f".reuse/dep5 and {tomls[0][0]}REUSE.toml cannot be combined")
        dep5_text = snapshot.read_text(".reuse/dep5") or ""
        if (dep5_err := dep5_error(dep5_text)) is not None:
            errors.append(dep5_err)
        dep5 = parse_dep5(dep5_text)
    license_texts, rejected = licences_folder(snapshot)
    covered = [e for e in sorted(files.values(), key=lambda x: x.path) if is_covered(e)]
    installed: dict[str, int] = {}
    for e in covered:
        if (folder := installed_in(e.path)) is not None:
            installed[folder] = installed.get(folder, 0) + 1
    if installed:
        covered = [e for e in covered if installed_in(e.path) is None]
    truncated = len(covered) > max_files
    covered = covered[:max_files]
    found_of = {e.path: _global_info(e.path, tomls, dep5) for e in covered}
    to_read, unread = _to_read(covered, files, found_of, max_bytes, max_total_bytes)
    contents = {src.path: data for src, data in iter_blobs(snapshot, to_read)}
    # a file too big to read is still known to comply when REUSE.toml or dep5 give it both pieces
    unread = [p for p in unread if not all(_combine([], False, found_of[p]))]
    unread_set = set(unread)
    total = len(covered)
    covered = [e for e in covered if e.path not in unread_set]
    tally = _Tally(examples)
    for e in covered:
        companion = e.path + ".license"
        data = contents.get(companion if companion in files else e.path)
        file_lic, file_copy = tags_in(data) if data is not None else ([], False)
        lic, has_copy = _combine(file_lic, file_copy, found_of[e.path])
        tally.add(e, lic, has_copy, e.ext in CODE_EXT and is_source(e.path), is_own(e.path))
    used = tally.used
    texts = _texts(tally.keys, license_texts, rejected)
    n = len(covered)
    compliant = (n == tally.ok and not any(texts.values()) and not rejected["without_extension"]
                 and not tally.invalid and not unread and not truncated and not errors and not installed)
    return {
        "covered": total, "measured": n, "compliant_files": tally.ok, "missing_license": n - tally.with_license,
        "missing_copyright": n - tally.with_copyright, "examples": tally.missing_examples, "licenses_used": used,
        "licenses_used_code": tally.used_code, "licenses_used_own": tally.used_own,
        "license_texts": license_texts, **texts,
        "texts_without_extension": sorted(rejected["without_extension"]), "compliant": compliant,
        "bad_expressions": tally.bad_expressions, "errors": errors, "unread": unread[:examples], "unread_count": len(unread),
        "truncated": truncated, "reuse_toml": bool(tomls), "dep5": bool(dep5),
        "per_file_ids_count": tally.files_with_ids, "installed": sum(installed.values()),
        "installed_folders": [k for k, _ in sorted(installed.items(), key=lambda kv: (-kv[1], kv[0]))[:5]],
    }
