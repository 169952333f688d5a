"""Secrets in committed compiled Python files (``.pyc``), read through their string constants.

A ``__pycache__/connect_psql.cpython-312.pyc`` committed beside (or instead of) its source keeps every literal the source had when
it was compiled: a ``psycopg.connect(dbname=…, user=…, password="…", host="<public address>")`` removed from the ``.py`` since is
still there, published (issue 12, s36 a36 = cromex-DORA/DORA_app_aws). detect-secrets skips the file (binary, written by a
build). The file is never unmarshalled nor imported: no object of it is built, no code of it runs. Its bytes are read:

- as ``strings`` reads them (:func:`constant_strings`), printable runs, each cut at the length the marshal format writes before
  a string (``z``/``Z`` then one byte, ``a``/``A``/``u``/``t``/``s`` then four), so that a type byte is not glued to its
  neighbour; every one becomes a quoted line (a key, a token, a ``user:password@host`` address, a ``password=…`` DSN: their
  own shape);
- for the names a call's (or a dict's) constant values are given under (:func:`keyword_calls`): CPython writes a call's
  constant keyword values among a code object's constants, then the tuple of their names, and its bytecode loads them in a row
  (``LOAD_CONST i``, …, ``LOAD_CONST i+k-1``, then the names' tuple ``i+k``: KW_NAMES, or LOAD_CONST then CALL_KW,
  CALL_FUNCTION_KW, BUILD_CONST_KEY_MAP). Reading that needs each constant's index: the records are walked in order, by their
  type byte and length, as the format lays them out (CPython 3.8 to 3.13, told by the file's magic number), keeping only
  texts, tuples of texts and the bytecode's bytes. Only such a row rebuilds a call, as
  ``call(dbname="dora_db", user="ubuntu", password="<pw>", host="<host>")``: a value given by a variable breaks the row, and
  no constant is taken for another name's value.

Bounded by the size and the count of files (the secrets fact's), by the records walked and the depth of nesting, never by time;
a record the walk does not know ends it (the strings stay).
"""

from __future__ import annotations

import re

MAX_PYC_FILES = 500
MAX_PYC_TOTAL_BYTES = 16 * 1024 * 1024
MAX_STRINGS = 5_000  # string constants read per file
MAX_RECORDS = 200_000  # records walked per file
MAX_DEPTH = 100
MAX_KEYWORDS = 64  # names in one call's tuple: more is no call of a program (and would make the row test quadratic)
_FLAG_REF = 0x80
_CONTROL_BYTES = re.compile(rb"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def source_path(path: str) -> str:
    """The source file a compiled file was compiled from: ``pkg/__pycache__/mod.cpython-312.pyc`` → ``pkg/mod.py``,
    ``pkg/mod.pyc`` (Python 2) → ``pkg/mod.py``."""
    folder, _, name = path.rpartition("/")
    stem = name[:-4] if name.lower().endswith(".pyc") else name
    if folder.rsplit("/", 1)[-1] == "__pycache__":
        folder = folder[: -len("__pycache__")].rstrip("/")
        stem = stem.split(".", 1)[0]
    return f"{folder}/{stem}.py" if folder else f"{stem}.py"


def _text(raw, ascii_only: bool) -> str | None:
    """A constant's text when printable (tabs and line breaks allowed), else None. ``raw`` is a view of the file's bytes: the
    control byte that rejects it is searched before anything is copied or decoded, so a candidate read at every offset of a
    hostile file costs up to its first control byte, not its announced length."""
    if _CONTROL_BYTES.search(raw):
        return None
    try:
        return str(raw, "ascii" if ascii_only else "utf-8")
    except UnicodeDecodeError:
        return None


def constant_strings(data: bytes) -> list[str]:
    """The file's printable strings, in order, as ``strings`` finds them but cut at the marshal format's string lengths."""
    out: list[str] = []
    i, n = 0, len(data)
    data = memoryview(data)
    while i < n and len(out) < MAX_STRINGS:
        t = data[i] & ~_FLAG_REF
        if t in b"zZ" and i + 2 + (data[i + 1] if i + 1 < n else n) <= n:
            size = data[i + 1]
            text = _text(data[i + 2: i + 2 + size], True) if size else None
            if text is not None:
                out.append(text)
                i += 2 + size
                continue
        elif t in b"aAuts" and i + 5 <= n:
            size = int.from_bytes(data[i + 1: i + 5], "little")
            if 0 < size <= n - i - 5:
                text = _text(data[i + 5: i + 5 + size], t == ord("s"))
                if text is not None or t == ord("s"):  # (a bytes record not printable, bytecode: stepped over whole)
                    if text is not None:
                        out.append(text)
                    i += 5 + size
                    continue
        i += 1
    return out


class _Stop(Exception):
    """A record the walk does not know, or a bound reached: the walk ends there."""


class _Code:
    __slots__ = ("code", "consts")

    def __init__(self):
        self.code = b""
        self.consts: list = []


class _Walk:
    """The records of a compiled file, in order (see the module's doc): texts, tuples (their items), code objects (their
    bytecode and constants); anything else is stepped over by its length. No object of the file is built."""

    def __init__(self, data: bytes, fields: int, tail: tuple[str, ...]):
        self.data, self.pos, self.refs, self.records = data, 0, [], 0
        self.fields, self.tail = fields, tail  # a code object's raw ints before its bytecode, and its records after the names
        self.codes: list[_Code] = []

    def take(self, size: int) -> bytes:
        if size < 0 or self.pos + size > len(self.data):
            raise _Stop
        raw = self.data[self.pos: self.pos + size]
        self.pos += size
        return raw

    def int4(self) -> int:
        return int.from_bytes(self.take(4), "little", signed=True)

    def record(self, depth: int = 0):
        self.records += 1
        if self.records > MAX_RECORDS or depth > MAX_DEPTH:
            raise _Stop
        byte = self.take(1)[0]
        t, flag = chr(byte & ~_FLAG_REF), byte & _FLAG_REF
        slot = None
        if flag and t != "r":
            slot = len(self.refs)
            self.refs.append(None)
        value = self._value(t, depth)
        if slot is not None:
            self.refs[slot] = value
        return value

    def _value(self, t: str, depth: int):
        if t in "0NFTS.":
            return None
        if t == "i":
            return self.int4()
        if t in "Ig":
            self.take(8)
            return None
        if t == "y":
            self.take(16)
            return None
        if t == "f":
            self.take(self.take(1)[0])
            return None
        if t == "x":
            self.take(self.take(1)[0])
            self.take(self.take(1)[0])
            return None
        if t == "l":
            self.take(2 * abs(self.int4()))
            return None
        if t in "zZ":
            raw = self.take(self.take(1)[0])
            return ("s", raw.decode("latin-1"))
        if t in "aAut":
            raw = self.take(self.int4())
            try:
                return ("s", raw.decode("utf-8" if t in "ut" else "latin-1"))
            except UnicodeDecodeError:
                return None
        if t == "s":
            return ("b", self.take(self.int4()))
        if t in ")([<>":
            size = self.take(1)[0] if t == ")" else self.int4()
            if size < 0 or size > len(self.data):
                raise _Stop
            items = [self.record(depth + 1) for _ in range(size)]
            return ("t", items) if t in ")(" else None
        if t == "{":
            while self.data[self.pos: self.pos + 1] not in (b"0", b""):
                self.record(depth + 1)
                self.record(depth + 1)
            self.take(1)
            return None
        if t == ":":  # a slice (CPython 3.14): start, stop, step
            for _ in range(3):
                self.record(depth + 1)
            return None
        if t == "r":
            index = self.int4()
            if not 0 <= index < len(self.refs):
                raise _Stop
            return self.refs[index]
        if t == "c":
            code = _Code()
            self.codes.append(code)
            self.take(4 * self.fields)
            bytecode = self.record(depth + 1)
            code.code = bytecode[1] if isinstance(bytecode, tuple) and bytecode[0] == "b" else b""
            consts = self.record(depth + 1)
            code.consts = consts[1] if isinstance(consts, tuple) and consts[0] == "t" else []
            for kind in self.tail:
                if kind == "int":
                    self.int4()
                else:
                    self.record(depth + 1)
            return ("c", code)
        raise _Stop


def _layout(data: bytes) -> tuple[int, tuple[str, ...], int] | None:
    """A code object's raw ints before its bytecode, its fields after its constants and the LOAD_CONST opcode, by the magic
    number's CPython version; None for a version whose layout is not known here (before 3.8, after 3.13)."""
    if len(data) < 16 or data[2:4] != b"\r\n":
        return None
    magic = int.from_bytes(data[:2], "little")
    if 3400 <= magic < 3450:  # 3.8 - 3.10: names, varnames, freevars, cellvars, filename, name, firstlineno, lnotab
        return 6, ("rec", "rec", "rec", "rec", "rec", "rec", "int", "rec"), 100
    if 3450 <= magic < 3600:  # 3.11 - 3.13: names, localsplusnames, localspluskinds, filename, name, qualname, firstlineno,
        return 5, ("rec", "rec", "rec", "rec", "rec", "rec", "int", "rec", "rec"), 100 if magic < 3550 else 83  # linetable, exceptiontable
    return None


def _names(item) -> list[str] | None:
    """A constant that is a tuple of identifiers (a call's keyword names, a dict's keys), else None."""
    if not (isinstance(item, tuple) and item[0] == "t" and item[1]):
        return None
    names = [x[1] if isinstance(x, tuple) and x[0] == "s" else None for x in item[1]]
    return names if all(n and n.isidentifier() for n in names) else None


def keyword_calls(data: bytes) -> list[str]:
    """The calls (and dicts) of the file whose keyword values are constants loaded in a row before their names' tuple, rebuilt as
    ``call(name="value", …)`` lines (a value not a text: ``None``)."""
    layout = _layout(data)
    if layout is None:
        return []
    fields, tail, load_const = layout
    walk = _Walk(data, fields, tail)
    walk.pos = 16
    try:
        walk.record()
    except (_Stop, RecursionError):
        pass
    out = []
    for code in walk.codes:
        consts, bytecode = code.consts, code.code
        for j in range(0, len(bytecode) - 1, 2):  # each instruction whose argument is a names' tuple's index
            index = bytecode[j + 1]
            names = _names(consts[index]) if index < len(consts) else None
            k = len(names) if names else 0
            if not k or k > MAX_KEYWORDS or j < 2 * k or index < k:
                continue
            if not all(bytecode[j - 2 * k + 2 * m] == load_const and bytecode[j - 2 * k + 2 * m + 1] == index - k + m
                       for m in range(k)):
                continue  # (a value given by a variable, an expression: no row of constants)
            values = consts[index - k: index]
            args = [f"{name}={_quoted(value[1]) if isinstance(value, tuple) and value[0] == 's' and _quoted(value[1]) else 'None'}"
                    for name, value in zip(names, values)]
            line = f"call({', '.join(args)})"
            if line not in out:
                out.append(line)
    return out


def _quoted(value: str) -> str | None:
    return None if any(c in value for c in '"\\\n\r') else f'"{value}"'


def compiled_text(data: bytes) -> str:
    """The lines detect-secrets reads for one compiled file (see the module's doc): its string constants, one a line, then its
    keyword calls rebuilt."""
    lines = []
    for text in constant_strings(data):
        for part in text.splitlines()[:50]:
            if part.strip() and (q := _quoted(part.strip())):
                lines.append(q)
    return "\n".join(lines + keyword_calls(data)) + "\n"
