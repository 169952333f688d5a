"""Patterns that run across lines stay linear when their opening token repeats without its closing one.

``<!--.*?-->`` (re.S) on a file of 500,000 ``<!--`` and no ``-->``: every opener scans to the end of the file before
failing, N²/2 steps. s19 (x1, hostile sweep): a 1.9 MB .qgs made of ``<projectCrs><spatialrefsys`` held the audit past its
budget and the whole report was lost ("an analyser is stuck"); 100 KB of ``<!--`` cost 17 s in any of seven comment
strippers, 100 KB of ``<dependency>`` 8 s in a pom.xml, ``package main`` lines 9 s in a .go file. A run that crosses lines
is tempered by its opener, ``<!--(?:(?!<!--).)*?-->``: an attempt stops at the next opener, so each character is scanned
by at most one attempt (the same matches on any file whose openers are closed before the next one opens).
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# (file, start of the pattern): a run crossing lines that cannot scan past the end more than once
LINEAR = {
    ("auditor/licenses/reuse.py", r"REUSE-IgnoreStart.*?(?:REUSE-IgnoreEnd|\Z)"),  # ends at \Z: the first attempt takes the rest
    ("auditor/licenses/reuse.py", r"(?:LICEN[CS]E(?:[-.].*)?|COPYING"),  # matched against one file name, never file contents
    # a code fence: every fence line closes the one before it, so an attempt never scans past the next opener
    ("auditor/facts/readme_cues.py", r"^[^\S\n]{0,4}(?:```|~~~)[^\n]*\n(.*?)^[^\S\n]{0,4}(?:```|~~~)"),  # (a list item's fence too)
    ("auditor/facts/readme_licence.py", r"^(```|~~~)[^\n]*\n.*?^\1"),
    ("auditor/facts/readme_uses.py", r"^[^\S\n]{0,3}(?:```|~~~)[^\n]*\n(.*?)^[^\S\n]{0,3}(?:```|~~~)"),
}


def _dotall(node: ast.Call, strings: list[str]) -> bool:
    for arg in [*node.args[1:], *(k.value for k in node.keywords)]:
        for n in ast.walk(arg):
            if isinstance(n, ast.Attribute) and n.attr in ("S", "DOTALL"):
                return True
    return any(re.match(r"\(\?[a-zA-Z]*s", s) for s in strings)


def _multiline(node: ast.Call, strings: list[str]) -> bool:
    for arg in [*node.args[1:], *(k.value for k in node.keywords)]:
        for n in ast.walk(arg):
            if isinstance(n, ast.Attribute) and n.attr in ("M", "MULTILINE"):
                return True
    return any(re.match(r"\(\?[a-zA-Z]*m", s) for s in strings)


def untempered_runs(pattern: str, dotall: bool) -> list[int]:
    """Offsets of unbounded runs that cross newlines (``.*``/``.+`` under DOTALL, ``[\\s\\S]*``) applied directly, not to a
    tempered group ``(?:(?!opener).)``."""
    found, i = [], 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":
            j = i + 1 + (pattern[i + 1:i + 2] == "^")
            j += pattern[j:j + 1] == "]"
            while j < len(pattern) and pattern[j] != "]":
                j += 2 if pattern[j] == "\\" else 1
            cls = pattern[i:j + 1]
            crosses = cls in (r"[\s\S]", r"[\S\s]", r"[\w\W]", r"[\d\D]")
            if crosses and re.match(r"[*+]|\{\d*,\}", pattern[j + 1:]):
                found.append(i)
            i = j + 1
            continue
        if ch == "." and dotall and re.match(r"[*+]|\{\d*,\}", pattern[i + 1:]):
            found.append(i)
        i += 1
    return found


def offenders_in(source: str, rel: str) -> list[str]:
    out = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call) or not node.args:
            continue
        parts = sorted((c for c in ast.walk(node.args[0]) if isinstance(c, ast.Constant) and isinstance(c.value, str)),
                       key=lambda c: (c.lineno, c.col_offset))
        strings = [c.value for c in parts]
        if not strings:
            continue
        pattern = "".join(strings)
        dotall = _dotall(node, strings)
        bare = re.sub(r"\A\(\?[a-zA-Z]+\)", "", pattern)
        if bare.startswith(r"\A") or (bare.startswith("^") and not _multiline(node, strings)):
            continue  # one attempt only
        if any(rel == f and pattern.startswith(p) for f, p in LINEAR):
            continue
        if untempered_runs(pattern, dotall):
            out.append(f"{rel}:{node.lineno}: {pattern[:90]}")
    return out


def test_the_detector_sees_the_shapes():
    src = ('import re\nre.compile(r"<!--.*?-->", re.S)\nre.compile(r"<!--(?:(?!<!--).)*?-->", re.S)\nre.compile(r"<!--.*?-->")\n'
           'lazy_compile(r"^package main\\b[\\s\\S]*^func main", re.M)\nre.search(r"a.+?b", t, flags=re.I | re.S)\n'
           're.compile(r"\\A\\s*\\{(?=.*x)", re.S)\nre.compile(r"<p>.{0,400}?</p>", re.S)\nre.compile(r"(?s)<b>.*</b>")\n'
           're.compile(r"[.]*x\\.*", re.S)\n')
    assert [int(o.split(":")[1]) for o in offenders_in(src, "x.py")] == [2, 5, 6, 9]


def test_no_pattern_scans_across_lines_from_every_repeated_opener():
    offenders = []
    for folder in ("auditor", "checks", "reports"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            offenders += offenders_in(path.read_text(encoding="utf-8"), str(path.relative_to(ROOT)))
    assert offenders == []


_PROBE = r'''
import re
from auditor.facts import (addon_licences, build_archives, doc_pages, embedded, install_commands, inventory, kind_apps, kind_fronts,
                           kind_go, license, maven_manifest, project, qgis, readme_forms, sbt_manifest, sql_comments, web_fonts)
from auditor.facts.scaling import eol_builds, eol_maven, personal, personal_code

N = 400_000  # characters of one opener repeated: about 10**11 steps for an untempered run, milliseconds when tempered
cases = [(kind_fronts._COMMENT, "<!--"), (doc_pages._XML_COMMENT, "<!--"), (maven_manifest._COMMENT, "<!--"), (eol_maven._XML_COMMENT, "<!--"),
         (eol_builds._XML_COMMENT, "<!--"), (web_fonts._COMMENTS["page"], "<!--"), (web_fonts._COMMENTS["css"], "/* "),
         (sql_comments._BLOCK_COMMENT, "/* "), (install_commands._SQL_COMMENTS, "/* "), (kind_apps._SQL_COMMENT, "/* "),
         (personal_code._KOTLIN_COMMENT, "/* "), (maven_manifest._DEPENDENCY, "<dependency>"), (maven_manifest._PLUGIN, "<plugin>"),
         (maven_manifest._MANAGEMENT, "<dependencyManagement>"), (inventory._POM_PARENT, "<build>"), (build_archives._POM_PARENT, "<parent>"),
         (eol_builds._COMPILER_PLUGIN, "<artifactId>maven-compiler-plugin</artifactId>"), (embedded._SCRIPT, "<script>"),
         (addon_licences._NEXTCLOUD, "<info>"), (qgis._PROJECT_CRS, "<projectCrs><spatialrefsys "), (kind_go.GO_MAIN, "package main\n"),
         (license.MERGE_CONFLICT, "<<<<<<< x\n"), (personal.JAVA_BEAN, "package a;\n"), (readme_forms._SQL_STATEMENT, "select x "),
         (sbt_manifest._SEQ, "libraryDependencies += ")]
for rx, unit in cases:
    assert not list(rx.finditer(unit * (N // len(unit)))), rx.pattern
from auditor.facts.manifests import _mix, _setup_py
assert _mix("mix.exs", "defp deps [" * (N // 11))[1] == [] and _setup_py("setup.py", "install_requires = [" * (N // 20))[1] == []
# the matches on well-formed files are unchanged
assert kind_fronts._COMMENT.sub("", "a<!-- x\n-->b<!--y-->c") == "abc"
assert [m.group(1) for m in maven_manifest._DEPENDENCY.finditer("<dependency><a>1</a></dependency>\n<dependency>\n<a>2</a></dependency>")] == ["<a>1</a>", "\n<a>2</a>"]
assert qgis.describe_project("<projectCrs>\n <spatialrefsys nativeFormat='Wkt'>\n<wkt>x</wkt>\n<authid>EPSG:2154</authid>")["crs"] == "EPSG:2154"
assert kind_go.GO_MAIN.search("// x\npackage main\n\nimport \"fmt\"\n\nfunc main() {\n}\n")
assert license.MERGE_CONFLICT.search("<<<<<<< HEAD\nMIT\n=======\nGPL\n>>>>>>> b\n")
assert sql_comments._BLOCK_COMMENT.sub("", "a /* x\n y */ b") == "a  b"
assert embedded._SCRIPT.search("<script src=x>\nvar a;\n</script>").group(2) == "\nvar a;\n"
print("ok")
'''


def test_repeated_openers_without_closers_are_refused_at_once():
    """The subprocess's timeout is a guard, not a measure: untempered, this probe runs for hours."""
    proc = subprocess.run([sys.executable, "-c", _PROBE], capture_output=True, text=True, timeout=600, cwd=ROOT)
    assert proc.stdout.strip() == "ok", proc.stderr[-2000:]
