"""Engine benchmark: audit a synthetic repository of ~20,000 files and ~50,000 commits and print
the audit's time next to the floor (git ls-tree -r -l + git cat-file --batch over the blobs the
audit read + one git log). Target: the audit within 2x of the floor.

    python benchmarks/bench_engine.py [--files 20000] [--commits 50000] [--keep DIR]

Analysers added by later families (complexity, secrets…) are listed separately by their own
benchmarks; here the whole default ruleset runs.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from auditor.engine import AuditOptions, audit  # noqa: E402
from auditor.snapshot import GitSnapshot  # noqa: E402

AUTHORS = [("Alice Martin", "alice@grenoble.fr"), ("Bob Durand", "bob@metropole-lyon.fr"), ("Chloé Petit", "chloe@gmail.com"),
           ("dependabot[bot]", "49699333+dependabot[bot]@users.noreply.github.com"), ("Dan Roy", "dan@anct.gouv.fr")]


def source(ext: str, f: int, v: int) -> str:
    """A small but real source file in the language of ``ext``, with a branch or two."""
    if ext == "py":
        return (f'"""Module {f} (v{v})."""\nimport os\n\nLIMIT = int(os.environ.get("LIMIT_{f % 50}", "10"))\n\n\n'
                f"def compute_{f}(items, factor={v % 7 + 1}):\n    total = 0\n    for item in items:\n"
                f"        if item > LIMIT:\n            total += item * factor\n        elif item < 0:\n            total -= item\n"
                f"    return total\n")
    if ext == "php":
        return (f"<?php\n// Service {f} v{v}\nfunction compute_{f}(array $items): int\n{{\n    $total = 0;\n"
                f"    foreach ($items as $i) {{\n        if ($i > {f % 13}) {{ $total += $i; }} else {{ $total -= 1; }}\n    }}\n    return $total;\n}}\n")
    if ext == "vue":
        return (f"<template><div class=\"fr-card\">{{{{ label }}}}</div></template>\n<script setup>\n"
                f"const label = 'Carte {f} v{v}';\nfunction pick(x) {{ return x > {f % 9} ? x : 0; }}\n</script>\n")
    return (f"// file {f} v{v}\nexport function compute{f}(items) {{\n  let total = 0;\n  for (const i of items) {{\n"
            f"    if (i > {f % 11}) {{ total += i; }} else {{ total -= 1; }}\n  }}\n  return total;\n}}\n")


def build(path: Path, n_files: int, n_commits: int) -> None:
    subprocess.run(["git", "init", "-q", "--bare", str(path)], check=True)
    proc = subprocess.Popen(["git", "--git-dir", str(path), "fast-import", "--quiet"], stdin=subprocess.PIPE)
    w = proc.stdin.write  # type: ignore[union-attr]
    start = 1_600_000_000
    langs = ["py", "js", "ts", "php", "vue"]

    def blob(text: str) -> bytes:
        data = text.encode()
        return b"data %d\n" % len(data) + data + b"\n"

    for i in range(n_commits):
        name, email = AUTHORS[i % len(AUTHORS)]
        ts = start + i * 1800
        w(f"commit refs/heads/main\nauthor {name} <{email}> {ts} +0000\ncommitter {name} <{email}> {ts} +0000\n".encode())
        w(blob(f"change {i}"))
        if i == 0:
            w(b"M 100644 inline README.md\n" + blob("# Synthetic\n\n" + "Un service numerique territorial. " * 40))
            w(b"M 100644 inline LICENSE\n" + blob("MIT License\n\nPermission is hereby granted, free of charge...\n"))
            w(b"M 100644 inline package.json\n" + blob('{"name": "x", "license": "MIT"}'))
            for f in range(n_files - 3):
                ext = langs[f % len(langs)]
                w(f"M 100644 inline src/mod{f // 500}/file{f}.{ext}\n".encode() + blob(source(ext, f, 0)))
        else:
            f = i % (n_files - 3)
            ext = langs[f % len(langs)]
            w(f"M 100644 inline src/mod{f // 500}/file{f}.{ext}\n".encode() + blob(source(ext, f, i)))
        if i % 1000 == 999:
            w(f"reset refs/tags/v{i // 1000}.0.0\nfrom refs/heads/main\n\n".encode())
    proc.stdin.close()  # type: ignore[union-attr]
    if proc.wait() != 0:
        raise SystemExit("fast-import failed")
    subprocess.run(["git", "--git-dir", str(path), "symbolic-ref", "HEAD", "refs/heads/main"], check=True)


def floor(git_dir: str, oids: list[str]) -> float:
    t0 = time.perf_counter()
    subprocess.run(["git", "--git-dir", git_dir, "ls-tree", "-r", "-l", "-z", "HEAD"], stdout=subprocess.DEVNULL, check=True)
    subprocess.run(["git", "--git-dir", git_dir, "cat-file", "--batch"], input=("\n".join(oids) + "\n").encode(), stdout=subprocess.DEVNULL, check=True)
    subprocess.run(["git", "--git-dir", git_dir, "log", "--use-mailmap", "--format=%H%x00%P%x00%aN%x00%aE%x00%aI%x00%cI%x00%cE%x00%s%x00%(trailers:only,unfold,separator=%x1f)%x1e", "HEAD"],
                   stdout=subprocess.DEVNULL, check=True)
    return time.perf_counter() - t0


def analysers_alone(git_dir: str, tmp: Path) -> dict[str, float]:
    """The third-party analysers run alone, as the facts run them, on the files they read:
    detect-secrets (scan_file on files on disk), radon (Python) and lizard (other languages)."""
    from detect_secrets.core.scan import scan_file
    from detect_secrets.settings import default_settings
    from lizard import analyze_file
    from radon.complexity import cc_visit
    from radon.metrics import mi_visit

    from auditor.facts import code as code_fact
    from auditor.facts import secrets as secrets_fact
    from auditor.facts.inventory import is_generated, is_vendored

    out = subprocess.run(["git", "--git-dir", git_dir, "ls-tree", "-r", "-l", "HEAD"], capture_output=True, text=True, check=True).stdout
    entries = []
    for line in out.splitlines():
        meta, path = line.split("\t", 1)
        _, otype, oid, size = meta.split()
        if otype == "blob" and not is_vendored(path) and not is_generated(path):
            entries.append((path, oid, int(size)))
    entries.sort()
    blobs = subprocess.run(["git", "--git-dir", git_dir, "cat-file", "--batch"], input="".join(o + "\n" for _, o, _ in entries).encode(),
                           capture_output=True, check=True).stdout
    texts, pos = {}, 0
    for path, _, _ in entries:
        nl = blobs.index(b"\n", pos)
        size = int(blobs[pos:nl].split()[2])
        texts[path] = blobs[nl + 1: nl + 1 + size].decode("utf-8", "replace")
        pos = nl + 1 + size + 1
    disk = tmp / "analysers"
    disk.mkdir(exist_ok=True)
    secret_paths = [p for p in texts if len(texts[p]) <= secrets_fact.MAX_FILE_BYTES][: secrets_fact.MAX_FILES]
    local = []
    for i, p in enumerate(secret_paths):
        f = disk / f"{i}-{Path(p).name}"
        f.write_text(texts[p])
        local.append(str(f))
    t0 = time.perf_counter()
    with default_settings():
        for f in local:
            list(scan_file(f))
    t_secrets = time.perf_counter() - t0
    code_paths = [p for p in texts if Path(p).suffix.lstrip(".") in code_fact.SOURCE_EXT][: code_fact.MAX_FILES]
    t0 = time.perf_counter()
    t_radon = t_lizard = 0.0
    for p in code_paths:
        t1 = time.perf_counter()
        if p.endswith(".py"):
            try:
                cc_visit(texts[p])
                mi_visit(texts[p], True)
            except SyntaxError:
                pass
            t_radon += time.perf_counter() - t1
        else:
            analyze_file.analyze_source_code(p, texts[p])
            t_lizard += time.perf_counter() - t1
    return {"detect-secrets": t_secrets, "radon": t_radon, "lizard": t_lizard}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--files", type=int, default=20_000)
    ap.add_argument("--commits", type=int, default=50_000)
    ap.add_argument("--keep", type=Path, default=None, help="reuse/keep the synthetic repository here")
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="bench-engine-"))
    repo = args.keep or tmp / "synthetic.git"
    if not repo.exists():
        t0 = time.perf_counter()
        build(repo, args.files, args.commits)
        print(f"built {args.files} files / {args.commits} commits in {time.perf_counter() - t0:.1f}s")
    read: list[str] = []
    original, original_many = GitSnapshot._read, GitSnapshot._read_many

    def spy(self, entry):
        read.append(entry.oid)
        return original(self, entry)

    def spy_many(self, entries):
        read.extend(e.oid for e in entries)
        return original_many(self, entries)

    GitSnapshot._read = spy  # type: ignore[method-assign]
    GitSnapshot._read_many = spy_many  # type: ignore[method-assign]
    os.environ.setdefault("AUDITOR_OFFLINE_INDEX", "1")
    times = []
    for _ in range(args.runs):
        read.clear()
        from auditor import context

        context._BLOB_MEMO.clear()  # every run as a fresh process would make it
        opts = AuditOptions(cache_dir=tmp / "cache")
        opts.config.fact_cache = False
        opts.config.network = False
        opts.config.offline = True
        t0 = time.perf_counter()
        report = audit(str(repo), opts)
        times.append(time.perf_counter() - t0)
    GitSnapshot._read, GitSnapshot._read_many = original, original_many  # type: ignore[method-assign]
    floors = [floor(str(repo), sorted(set(read))) for _ in range(args.runs)]
    analysers = analysers_alone(str(repo), tmp)
    a, f = min(times), min(floors)
    print("analysers alone on the same files: " + ", ".join(f"{k} {v:.2f}s" for k, v in analysers.items()))
    f_total = f + sum(analysers.values())
    print(f"files indexed: {report['limits']['files_indexed']}, commits: {report['facts']['activity']['commits']}, blobs read: {len(set(read))}")
    slow = sorted(report["results"], key=lambda r: -r.get("duration_ms", 0))[:5]
    print("slowest checks: " + ", ".join(f"{r['id']} {r.get('duration_ms', 0):.0f}ms" for r in slow))
    print(f"audit: {a:.2f}s   git floor (ls-tree + cat-file over read blobs + log): {f:.2f}s   "
          f"floor with analysers: {f_total:.2f}s   ratio: {a / f_total:.2f}x (target <= 2x)")
    if not args.keep:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
