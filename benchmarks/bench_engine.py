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
                w(f"M 100644 inline src/mod{f // 500}/file{f}.{ext}\n".encode() + blob(f"// file {f}\nfunction f{f}(a) {{ return a + {f}; }}\n"))
        else:
            f = i % (n_files - 3)
            ext = langs[f % len(langs)]
            w(f"M 100644 inline src/mod{f // 500}/file{f}.{ext}\n".encode() + blob(f"// file {f} v{i}\nfunction f{f}(a) {{ return a * {i}; }}\n"))
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
    original = GitSnapshot._read

    def spy(self, entry):
        read.append(entry.oid)
        return original(self, entry)

    GitSnapshot._read = spy  # type: ignore[method-assign]
    os.environ.setdefault("AUDITOR_OFFLINE_INDEX", "1")
    times = []
    for _ in range(args.runs):
        read.clear()
        opts = AuditOptions(cache_dir=tmp / "cache")
        opts.config.fact_cache = False
        opts.config.network = False
        opts.config.offline = True
        t0 = time.perf_counter()
        report = audit(str(repo), opts)
        times.append(time.perf_counter() - t0)
    GitSnapshot._read = original  # type: ignore[method-assign]
    floors = [floor(str(repo), sorted(set(read))) for _ in range(args.runs)]
    a, f = min(times), min(floors)
    print(f"files indexed: {report['limits']['files_indexed']}, commits: {report['facts']['activity']['commits']}, blobs read: {len(set(read))}")
    slow = sorted(report["results"], key=lambda r: -r.get("duration_ms", 0))[:5]
    print("slowest checks: " + ", ".join(f"{r['id']} {r.get('duration_ms', 0):.0f}ms" for r in slow))
    print(f"audit: {a:.2f}s   floor (ls-tree + cat-file over read blobs + log): {f:.2f}s   ratio: {a / f:.2f}x (target <= 2x)")
    if not args.keep:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
