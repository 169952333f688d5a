"""Patterns applied to a repository's files stay linear in their size.

A multi-line pattern opening on ``^\\s*`` tries, at every line start, to skip the whitespace after it, newlines
included: on a file of N blank lines that is N²/2 steps (40,000 blank lines, 40 KB, cost one pattern 20 s; a 2 MB
file of them never ends), and the audit then runs into its time budget, its verdicts depending on the machine's
load. The whitespace a line starts with is ``[^\\S\\n]*``: the same matches, on the line they are on.
"""

from __future__ import annotations

import ast
import json
import re
import subprocess
import sys
from datetime import date
from pathlib import Path

from auditor.engine import AuditOptions, audit

ROOT = Path(__file__).resolve().parent.parent
# ^, then maybe a line's own blanks and optional items ("-?", "(?:/\*|\*)?"), then an unbounded run of a class that holds the
# newline: \s, \W, a [^…] without \n, a […] with \s or \W in it
_LINE_START_RUN = re.compile(r"\^(?:\[\^\\S\\n\][*+])?(?:\((?:\?:)?[^()]*\)\?|\\.\?|[^\\()\[\]|^$]\?|\[[^\]]*\]\?)*"
                             r"(?:\\[sW]|\[\^(?![^\]]*\\n)[^\]]*\]|\[(?!\^)[^\]]*\\[sW][^\]]*\])(?:[*+]|\{\d*,\})")


def _flags_multiline(node: ast.AST) -> bool:
    for n in ast.walk(node):
        if isinstance(n, ast.Attribute) and n.attr in ("M", "MULTILINE"):
            return True
    return False


def _inline_m(value: str) -> bool:
    m = re.match(r"\(\?([a-zA-Z]+)\)", value)
    return bool(m and "m" in m.group(1))


def multiline_line_start_runs(source: str) -> list[tuple[int, str]]:
    """(line, pattern) of each multi-line pattern given to a call (``re.*``, ``lazy_compile``, ``signal``…) that opens a
    line on an unbounded run of whitespace newlines included."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        patterns = [a for a in node.args[:2] if isinstance(a, (ast.Constant, ast.JoinedStr, ast.BinOp))]
        strings = [c for p in patterns for c in ast.walk(p) if isinstance(c, ast.Constant) and isinstance(c.value, str)]
        multiline = any(_flags_multiline(a) for a in node.args[1:]) or any(_flags_multiline(k.value) for k in node.keywords) \
            or any(_inline_m(c.value) for c in strings)
        if multiline:
            found += [(c.lineno, c.value[:80]) for c in strings if _LINE_START_RUN.search(c.value)]
    return found


def test_the_detector_sees_the_shapes():
    src = ('import re\nre.compile(r"^\\s*FROM", re.M)\nre.search(r"(?m)^[\\s/*]*x", t)\nlazy_compile(r"a|^\\s+b", re.I | re.M)\n'
           'signal("n", r"^\\s*@Entity", ("@entity",), flags=re.M)\n'
           're.match(r"^\\s*<\\?xml", t)\nre.compile(r"^[^\\S\\n]*FROM", re.M)\nre.compile(r"^\\s{0,3}#", re.M)\n'
           're.compile(r"^[^\\S\\n]*-?\\s*image:", re.M)\nre.compile(r"^[^\\S\\n]*(?:/\\*|\\*)?\\s*Name:", re.M)\nre.compile(r"^\\W*GNU", re.M)\n'
           're.compile(r"^[^#]*=", re.M)\nre.compile(r"^[^#\\n]*=", re.M)\nre.compile(r"^[^\\S\\n]*-?[^\\S\\n]*image:", re.M)\n')
    assert [line for line, _ in multiline_line_start_runs(src)] == [2, 3, 4, 5, 9, 10, 11, 12]


def test_no_multiline_pattern_opens_a_line_on_a_run_crossing_newlines():
    offenders = []
    for folder in ("auditor", "checks", "reports"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            offenders += [f"{path.relative_to(ROOT)}:{line}: {p}" for line, p in multiline_line_start_runs(path.read_text(encoding="utf-8"))]
    assert offenders == []


def test_the_rewritten_shape_matches_the_same_lines_in_linear_time():
    text = "\n" * 200_000 + "  FROM python:3.11\n"
    rx = re.compile(r"^[^\S\n]*FROM\s+(\S+)", re.M)  # 200,000 blank lines: N²/2 = 2·10¹⁰ steps with ^\s*
    m = rx.search(text)
    assert m and m.group(1) == "python:3.11" and text.count("\n", 0, m.start()) + 1 == 200_001


def test_a_version_after_blank_lines_is_shown_on_its_own_line(repo, tmp_path):
    # ^\s* started the match on the first blank line above: the evidence pointed three lines too high
    workflow = ("on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/setup-python@v5\n        with:\n"
                "\n\n\n          python-version: '3.6'\n      - run: pytest\n")
    path = repo([{"files": {".github/workflows/ci.yml": workflow, "app.py": "print(1)\n"}, "date": "2025-03-01T10:00:00Z"}])
    report = audit(str(path), AuditOptions(cache_dir=tmp_path / "c", only=["scaling.end-of-life"], as_of=date(2025, 6, 1)))
    result = report["results"][0]
    shown = [(e.get("path"), e.get("line")) for e in result["evidence"] if e.get("path") == ".github/workflows/ci.yml"]
    assert shown == [(".github/workflows/ci.yml", 11)], result


def test_files_of_blank_lines_are_read_within_a_bounded_time(repo, tmp_path):
    """A hostile repository's files of 300,000 blank lines (300 KB each, under the read limit) before their one meaningful line:
    with a line-start pattern crossing newlines, one of them cost hours. The subprocess's timeout is a guard, not a measure."""
    blank = "\n" * 300_000
    files = {
        "README.md": "# Outil\n\n## Installation\n" + blank + "pip install outil\n",
        "Dockerfile": blank + "FROM python:3.6\n", "Gemfile": blank + "gem 'rails', '4.2.0'\n",
        "build.gradle": blank + "implementation 'org.springframework:spring-core:4.3.0'\n", "requirements.txt": blank + "-r base.txt\n",
        "environment.yml": "dependencies:\n" + blank + "  - numpy\n", ".gitmodules": blank + "[submodule \"x\"]\n\tpath = x\n",
        "src/Main.java": blank + "@Entity\npublic class Main extends BasicMetier {}\n", "src/app.py": blank + "import argparse\n",
        "docker-compose.yml": "services:\n" + blank + "  web:\n    image: node:14\n", "main.go": "package main\n", "go.mod": blank + "require golang.org/x/net v0.1.0\n",
    }
    path = repo([{"files": files, "date": "2025-03-01T10:00:00Z"}])
    out = tmp_path / "r.json"
    proc = subprocess.run([sys.executable, "-m", "auditor", "audit", str(path), "--offline", "--no-history", "--format", "json", "-o", str(out),
                           "--cache-dir", str(tmp_path / "c"), "-q", "--as-of", "2025-06-01"], capture_output=True, text=True, timeout=900)
    assert proc.returncode == 0, proc.stderr[-2000:]
    report = json.loads(out.read_text())
    assert report["fact_errors"] == {}
    assert not [r["id"] for r in report["results"] if r["status"] == "error"]
    eol = next(r for r in report["results"] if r["id"] == "scaling.end-of-life")
    assert ("Dockerfile", 300_001) in [(e.get("path"), e.get("line")) for e in eol["evidence"]]


def test_shell_scripts_of_long_blank_runs_are_read_within_a_bounded_time(repo, tmp_path):
    """`if` then 60,000 blanks in a deployment script (64 KB read): '[ \\t]+!?[ \\t]*' split the run n² ways at each try (about a
    minute a script); forty scripts held the audit past its budget. The subprocess's timeout is a guard, not a measure."""
    files = {f"deploy/step{i}.sh": "#!/bin/sh\nif" + " " * 60_000 + "\n" + (f"if ! OPTS_{i}=$(getopt -o h)\n" if i == 0 else "") for i in range(40)}
    files["README.md"] = "# Outil\n"
    path = repo([{"files": files, "date": "2025-03-01T10:00:00Z"}])
    out = tmp_path / "r.json"
    proc = subprocess.run([sys.executable, "-m", "auditor", "audit", str(path), "--offline", "--no-history", "--format", "json", "-o", str(out),
                           "--cache-dir", str(tmp_path / "c"), "-q", "--only", "reusability.configuration"], capture_output=True, text=True, timeout=900)
    assert proc.returncode == 0, proc.stderr[-2000:]
    report = json.loads(out.read_text())
    assert report["fact_errors"] == {} and report["results"][0]["status"] != "error"


_LONG_WORD_PROBE = r'''
from auditor.facts import docs, readme_cues, secret_values
words = ["a" * 200_000, "a." * 100_000, "://" + "a" * 200_000, "://a:" * 40_000, "a://" * 50_000]
for rx in (docs.EMAIL, readme_cues.EMAIL_RE, secret_values.URL_CREDENTIALS, secret_values._URL_LOGIN):
    for word in words:
        assert rx.search(word) is None
print("ok")
'''


def test_address_and_url_login_patterns_are_linear_on_one_long_word():
    """A minified bundle or a data line of 200 KB without a space: an address pattern with an unbounded local part tried at every
    position (`[\\w.+-]+@`), a URL login with an unbounded password (`://u:[^@\\s]+@`) scanned to the word's end from each start:
    n² steps, minutes a file. Bounded as an address (64-char local part, 63-char labels) and a login (256 chars) are, they stay
    linear. The subprocess's timeout is a guard, not a measure (before: over ten minutes)."""
    proc = subprocess.run([sys.executable, "-c", _LONG_WORD_PROBE], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0 and proc.stdout.strip() == "ok", proc.stderr[-2000:]


def test_the_bounded_patterns_still_find_addresses_and_logins():
    from auditor.facts import docs, readme_cues, secret_values
    for rx in (docs.EMAIL, readme_cues.EMAIL_RE):
        assert rx.search("Écrivez à securite+bugs@ville.example.fr.").group(0) == "securite+bugs@ville.example.fr"
    m = secret_values.URL_CREDENTIALS.search("DATABASE_URL=postgres://app:S3cr3t-Pw@db.internal:5432/app")
    assert m and m.group(1) == "S3cr3t-Pw"
    assert secret_values.role_words("http://proxy_user:proxy_passwd@proxy_server:proxy_port")


_REDACT_PROBE = r'''
from auditor.target import redact
for word in ["a://" * 50_000, "a://a:" * 40_000, "://a:" * 40_000, "a://a:@" * 30_000, "x://u:" + "@" * 100_000]:
    assert redact(word + " https://agent:pw@forge.example/g/p").endswith(" https://forge.example/g/p")
print("ok")
'''


def test_url_login_redaction_is_linear_on_a_word_of_many_schemes():
    """A message or path carrying `a://a://a://…` (a data line, a hostile file name): the login pattern tried every `://` to the
    word's end (for the last `@` before a host) — 4,000 of them took 5 s, 50,000 about ten minutes. Each character is now looked
    at a bounded number of times. The subprocess's timeout is a guard, not a measure."""
    proc = subprocess.run([sys.executable, "-c", _REDACT_PROBE], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0 and proc.stdout.strip() == "ok", proc.stderr[-2000:]


def test_url_login_redaction_removes_what_the_login_pattern_removed():
    """The linear redaction against the pattern it replaces (the specification: `scheme://`, then `user:password` up to the
    word's last `@` before a host, or a bare user before an `@`), on short strings where the pattern is quick."""
    import random

    from auditor.target import redact
    userinfo = r"(?:[^\s/@:]*:[^\s@]*(?:@[^\s@]*)*|[^\s/@:]+)"
    pattern = re.compile(r"\b([a-zA-Z][a-zA-Z0-9+.-]*://)" + userinfo + r"@(?=[A-Za-z0-9\[])")
    pieces = list("ab9_.+-:/@ \n[é") + ["://", "http://", "u:p@", "@h", "x.y://"]
    rnd = random.Random(12)
    for _ in range(20_000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 14)))
        assert redact(text) == pattern.sub(r"\1", text), text
    assert redact("git: https://agent:p@ss/w#rd@forge.example/g/p.git et ftp://anon@h.example/x") == \
        "git: https://forge.example/g/p.git et ftp://h.example/x"
