"""Paths on the machine written in a program's code: the folders and files a deployment has at another place (s24 a24, DDT 54's
land-use observatory, a Qt desktop program reading its data from ``"/databank/territoire/surface_IGN"`` and
``"/databank/MAJIC_" + year``, writing into ``"C:\\\\temp"``): a second installation must edit the code to move them. They are
settings written in the code, like a server's address or a password (reusability.configuration's written values).

What counts, in a string literal of the project's own code (not tests, not a comment line):
- a Windows drive path (``"C:\\\\temp"``, ``@"D:\\Data\\communes.csv"``, ``'E:/exports'``), in any programming language: no URL has
  that shape;
- a Windows network share's path (UNC: ``r'\\\\srvdata\\3d\\mos.gdb'``, ``"\\\\\\\\urbalyon.dom\\\\datas"``), a server's name and a share after two
  backslashes, in any programming language: the organisation's file server, which another one does not have (issue 12, s35 p35,
  an urban-planning agency's ArcGIS script writing its MOS_PATH and TPL_PATH on its shares);
- an absolute Unix path of two names or more, or of one name ending with ``/`` (``"/databank/"``), in C, C++ and Pascal sources
  only: there a literal of that shape is a file, while in a web program's code it is as often an address on the site (``"/api/
  communes"``, ``fetch("/data/x.json")``); never under the system's own folders (``/usr``, ``/dev``, ``/proc``, ``/tmp``, ``/etc``…),
  which every machine has.
Bounded: :data:`MAX_FILES` sources in path order, :data:`MAX_BYTES` and :data:`MAX_LINES` each, the first hit of each literal, at
most :data:`MAX_HITS`.
"""

from __future__ import annotations

from auditor.facts.inventory import is_test
from auditor.lazyre import lazy_compile

MAX_FILES = 300
MAX_BYTES = 256 * 1024
MAX_LINES = 5000
MAX_HITS = 20
# the programming languages whose code a deployment runs (not markup, data or styles)
CODE_EXT = frozenset({"c", "cc", "cpp", "cxx", "h", "hh", "hpp", "hxx", "pas", "dpr", "pp", "cs", "vb", "java", "kt", "py", "rb", "php",
                      "js", "mjs", "cjs", "ts", "go", "rs", "pl", "r", "lua", "swift", "scala"})
UNIX_EXT = frozenset({"c", "cc", "cpp", "cxx", "h", "hh", "hpp", "hxx", "pas", "dpr", "pp"})
# a drive path in a string literal: "C:\\temp" (escaped in C, C#, Java, JS, Python), @"C:\temp" (C#), r'C:\temp', 'C:/temp'
_DRIVE = lazy_compile(r"""(?<![\w\\])[@rR]?["']([A-Za-z]:(?:\\\\|\\|/)[^"'\n]{0,200})["']""")
# a UNC path in a string literal: r'\\srv\share\x' (raw) or "\\\\srv\\share" (escaped), a server's name and a share's, two
# characters each at least (a regex's r'\\d\\w' is none)
_UNC = lazy_compile(r"""(?<![\w\\])[@rRuU]?["']((?:\\\\\\\\|\\\\)[A-Za-z0-9][\w.$-]{1,62}(?:\\\\|\\)[\w.$-]{2}[^"'\n]{0,200})["']""")
# an absolute Unix path in a string literal (its excerpt: up to the closing quote, or the literal's end before a concatenation)
_UNIX = lazy_compile(r"""(?<![\w\\])["'](/[A-Za-z_][\w.-]{0,80}(?:/[\w.-]{0,80}){1,12}|/[A-Za-z_][\w.-]{0,80}/)["']""")
_SYSTEM = lazy_compile(r"^/(?:usr|bin|sbin|lib|lib32|lib64|dev|proc|sys|tmp|etc|run|var/(?:run|tmp|log|cache)|boot|root|System|Library|"
                       r"Applications|private)(?:/|$)")
# a comment line's opening, by language (a C preprocessor line, `#define DATA "/databank/"`, is code)
_COMMENTS = {"py": ("#",), "rb": ("#",), "pl": ("#",), "r": ("#",), "php": ("//", "#", "/*", "*"), "vb": ("'",), "lua": ("--",),
             "pas": ("//", "{", "(*"), "dpr": ("//", "{", "(*"), "pp": ("//", "{", "(*")}
_C_COMMENT = ("//", "/*", "*")


def machine_paths(snap, entries, category) -> list[list]:
    """``[literal, [path, line, excerpt, "code"]]`` for each path on the machine the project's own code writes (see the module's
    docstring), first hit of each, in path order."""
    sources = sorted((e for e in entries if e.ext in CODE_EXT and 0 < e.size <= MAX_BYTES and not is_test(e.path)
                      and category(e.path) == "source"), key=lambda e: e.path)[:MAX_FILES]
    found: dict[str, list] = {}
    for e in sources:
        text = snap.read_text(e.path, limit=MAX_BYTES) or ""
        unix, comment = e.ext in UNIX_EXT, _COMMENTS.get(e.ext, _C_COMMENT)
        if ":" not in text and "\\\\" not in text and not (unix and "/" in text):
            continue
        for i, line in enumerate(text.splitlines()[:MAX_LINES], 1):
            stripped = line.lstrip()
            if not stripped or stripped.startswith(comment):
                continue
            hits = [m for m in _DRIVE.finditer(line)] if ":" in line else []
            hits += [m for m in _UNC.finditer(line)] if "\\\\" in line else []
            if unix and "/" in line:
                hits += [m for m in _UNIX.finditer(line) if not _SYSTEM.match(m.group(1))]
            # (not a literal appended to another path: homePath() + "/Desktop/", applicationDirPath() + "/data/" are relative to it)
            hits = [m.group(1) for m in hits if not line[:m.start()].rstrip().endswith("+")]
            for literal in hits:
                if literal not in found:
                    found[literal] = [e.path, i, stripped[:120], "code"]
            if len(found) >= MAX_HITS:
                return [[k, v] for k, v in found.items()]
    return [[k, v] for k, v in found.items()]
