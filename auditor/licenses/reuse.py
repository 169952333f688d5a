"""REUSE 3.3 compliance, measured from git objects only (https://reuse.software/spec-3.3/).

For every *covered* file: an ``SPDX-License-Identifier`` and a copyright notice, from the file
itself (anywhere in it, as ``reuse`` does), a sibling ``<file>.license``, ``REUSE.toml``
annotations (precedence ``closest``, ``aggregate``, ``override``) or the legacy ``.reuse/dep5``.
Every license used needs ``LICENSES/<id>.<ext>``; a text there that nothing uses is reported.

Not covered (spec 3.3): ``LICENSES/``, ``.reuse/``, ``LICENSE*``/``COPYING*`` files, VCS folders,
symlinks, submodules, empty files, ``*.license`` companions, ``REUSE.toml``, SPDX documents.
Reading is bounded: files above ``max_bytes`` are not read (listed apart), nor any once
``max_total_bytes`` have been read, and the whole scan stops at ``max_files`` covered files;
files not read leave the denominator (missing data is not a failure) and are counted apart.
"""

from __future__ import annotations

import fnmatch
import re
import tomllib
from collections.abc import Iterator
from functools import lru_cache

from auditor.facts.paths import is_source_candidate
from auditor.licenses.notices import parse_expression

CODE_EXT = {"py", "js", "mjs", "cjs", "ts", "tsx", "jsx", "vue", "svelte", "java", "kt", "kts", "scala", "groovy", "php", "rb", "go",
            "rs", "c", "h", "cc", "cpp", "hpp", "cs", "fs", "swift", "m", "ex", "exs", "erl", "clj", "sh", "bash", "sql", "r", "jl",
            "lua", "pl", "pm", "dart", "elm", "hs", "ml", "css", "scss", "sass", "less", "html", "twig", "j2", "xsl"}

_LIC_TAG = re.compile(rb"SPDX-License-Identifier:[ \t]*([^\r\n]*)")
_COPY_TAG = re.compile(rb"(?:SPDX-FileCopyrightText:|SPDX-SnippetCopyrightText:|\bCopyright\b|\xc2\xa9)[ \t]*[^\r\n]*?(?:\d{4}|[A-Za-z]{2,})", re.I)
_IGNORE = re.compile(rb"REUSE-IgnoreStart.*?(?:REUSE-IgnoreEnd|\Z)", re.S)
_TRAIL = re.compile(r"\s*(?:\*/|-->|#}|%}|\"\"\"|'''|\*\)|-}|\]\]|;|,|\"|'|`)+\s*$")
_NOT_COVERED_NAME = re.compile(r"^(licen[cs]e|copying)([.-].*)?$", re.I)
_SPDX_DOC = re.compile(r"\.spdx(\.(json|ya?ml|rdf|xml))?$|\.spdx\.rdf\.xml$", re.I)


def is_covered(entry) -> bool:
    path = entry.path
    if entry.kind not in ("file", "executable") or entry.size == 0:
        return False
    top = path.split("/", 1)[0]
    if top in ("LICENSES", ".reuse", ".git") or path.startswith(".git/"):
        return False
    name = entry.name
    if _NOT_COVERED_NAME.match(name) or name.endswith(".license") or path == "REUSE.toml" or _SPDX_DOC.search(name):
        return False
    return True


def _clean_expr(raw: bytes) -> str:
    text = raw.decode("utf-8", "replace").strip()
    return _TRAIL.sub("", text).strip()


def tags_in(data: bytes) -> tuple[list[str], bool]:
    """License expressions and whether a copyright notice is present, from a file's bytes."""
    if b"REUSE-IgnoreStart" in data:
        data = _IGNORE.sub(b"", data)
    lic = [_clean_expr(m.group(1)) for m in _LIC_TAG.finditer(data)]
    lic = [x for x in lic if x]
    return lic, bool(_COPY_TAG.search(data))


@lru_cache(maxsize=512)
def _glob_rx(pattern: str) -> re.Pattern:
    """REUSE.toml globs: ``*`` stays in one folder, ``**`` crosses folders."""
    out = ""
    i = 0
    while i < len(pattern):
        c = pattern[i]
        if pattern.startswith("**/", i):
            out += "(?:.*/)?"
            i += 3
            continue
        if pattern.startswith("**", i):
            out += ".*"
            i += 2
            continue
        if c == "*":
            out += "[^/]*"
        elif c == "?":
            out += "[^/]"
        elif c == "\\" and i + 1 < len(pattern):
            out += re.escape(pattern[i + 1])
            i += 1
        else:
            out += re.escape(c)
        i += 1
    return re.compile(out + r"\Z")


def _as_list(v) -> list[str]:
    if v is None:
        return []
    if isinstance(v, str):
        return [v]
    return [x for x in v if isinstance(x, str)]


def parse_reuse_toml(text: str) -> tuple[list[dict], str | None]:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        return [], f"REUSE.toml: {exc}"
    if data.get("version") != 1:
        return [], "REUSE.toml: version must be 1"
    out = []
    for ann in data.get("annotations") or []:
        if not isinstance(ann, dict):
            continue
        out.append({"paths": _as_list(ann.get("path")), "precedence": ann.get("precedence", "closest"),
                    "licenses": _as_list(ann.get("SPDX-License-Identifier")),
                    "copyright": bool(_as_list(ann.get("SPDX-FileCopyrightText")))})
    return out, None


def parse_dep5(text: str) -> list[dict]:
    out = []
    for para in re.split(r"\n\s*\n", text):
        fields: dict[str, str] = {}
        key = None
        for line in para.splitlines():
            if line[:1] in (" ", "\t") and key:
                fields[key] += " " + line.strip()
            elif ":" in line:
                key, _, val = line.partition(":")
                key = key.strip().lower()
                fields[key] = val.strip()
        if "files" in fields:
            out.append({"globs": fields["files"].split(), "licenses": [fields["license"].split("\n")[0].strip()] if fields.get("license") else [],
                        "copyright": bool(fields.get("copyright"))})
    return out


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


def scan(snapshot, *, max_files: int = 100_000, max_bytes: int = 2 * 1024 * 1024, max_total_bytes: int = 512 * 1024 * 1024,
         examples: int = 20) -> dict:
    files = snapshot.files
    annotations: list[dict] = []
    errors: list[str] = []
    toml_text = snapshot.read_text("REUSE.toml") if "REUSE.toml" in files else None
    if toml_text is not None:
        annotations, err = parse_reuse_toml(toml_text)
        if err:
            errors.append(err)
    dep5 = []
    if ".reuse/dep5" in files:
        if toml_text is not None:
            errors.append(".reuse/dep5 and REUSE.toml cannot be combined")
        dep5 = parse_dep5(snapshot.read_text(".reuse/dep5") or "")
    license_texts = {}
    for e in files.values():
        if e.path.startswith("LICENSES/") and e.path.count("/") == 1:
            stem = e.name.rsplit(".", 1)[0] if "." in e.name else e.name
            license_texts[stem] = e.path
    covered = [e for e in sorted(files.values(), key=lambda x: x.path) if is_covered(e)]
    truncated = len(covered) > max_files
    covered = covered[:max_files]
    used: dict[str, int] = {}
    used_code: dict[str, int] = {}
    ok = 0
    missing_examples: list[dict] = []
    missing_license = missing_copyright = 0
    unread: list[str] = []
    bad_expressions: list[dict] = []
    per_file_ids: dict[str, tuple[str, ...]] = {}
    to_read = []
    budget = max_total_bytes
    for e in covered:
        src = files.get(e.path + ".license", e)
        if src.size > max_bytes or src.kind not in ("file", "executable") or src.size > budget:
            unread.append(e.path)
        else:
            budget -= src.size
            to_read.append(src)
    contents = {src.path: data for src, data in iter_blobs(snapshot, to_read)}
    unread_set = set(unread)
    covered = [e for e in covered if e.path not in unread_set]
    for e in covered:
        lic: list[str] = []
        has_copy = False
        companion = e.path + ".license"
        data = contents.get(companion if companion in files else e.path)
        if data is not None:
            lic, has_copy = tags_in(data)
        # REUSE.toml: the last matching annotation wins
        ann = None
        for a in annotations:
            if any(_glob_rx(p).match(e.path) for p in a["paths"]):
                ann = a
        if ann is not None:
            prec = ann["precedence"]
            if prec == "override" or (prec == "closest" and not lic and not has_copy):
                lic, has_copy = list(ann["licenses"]), ann["copyright"]
            elif prec == "closest":
                lic = lic or list(ann["licenses"])
                has_copy = has_copy or ann["copyright"]
            else:  # aggregate
                lic = lic + list(ann["licenses"])
                has_copy = has_copy or ann["copyright"]
        if dep5:
            d = None
            for para in dep5:
                if any(fnmatch.fnmatchcase(e.path, g) for g in para["globs"]):
                    d = para
            if d is not None:
                lic = lic + d["licenses"]
                has_copy = has_copy or d["copyright"]
        ids: list[str] = []
        for expr in lic:
            _norm, parsed_ids, valid = parse_expression(expr)
            if not valid and len(bad_expressions) < examples:
                bad_expressions.append({"path": e.path, "value": expr[:120]})
            ids.extend(parsed_ids)
        code = e.ext in CODE_EXT and is_source_candidate(e.path)
        for i in dict.fromkeys(ids):
            used[i] = used.get(i, 0) + 1
            if code:
                used_code[i] = used_code.get(i, 0) + 1
        if ids:
            per_file_ids[e.path] = tuple(dict.fromkeys(ids))
        good = bool(ids) and has_copy
        if good:
            ok += 1
        else:
            missing_license += 0 if ids else 1
            missing_copyright += 0 if has_copy else 1
            if len(missing_examples) < examples:
                what = [w for w, miss in (("license", not ids), ("copyright", not has_copy)) if miss]
                missing_examples.append({"path": e.path, "missing": what})
    missing_texts = sorted(i for i in used if i not in license_texts)
    unused_texts = sorted(p for stem, p in license_texts.items() if stem not in used)
    return {
        "covered": len(covered), "compliant_files": ok, "missing_license": missing_license,
        "missing_copyright": missing_copyright, "examples": missing_examples, "licenses_used": used, "licenses_used_code": used_code,
        "license_texts": license_texts, "missing_texts": missing_texts, "unused_texts": unused_texts,
        "bad_expressions": bad_expressions, "errors": errors, "unread": unread[:examples], "unread_count": len(unread),
        "truncated": truncated, "reuse_toml": toml_text is not None, "dep5": bool(dep5),
        "per_file_ids_count": len(per_file_ids),
    }
