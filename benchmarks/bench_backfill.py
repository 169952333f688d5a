"""Backfill benchmark (not a test): a 12-point monthly backfill against 12 independent audits.

A synthetic repository (a few hundred files, a year of dated commits with some idle months) is
served by a ``git daemon`` on loopback, then audited three ways, each as of the 12 month ends:

- 12 independent audits, each with its own empty cache (12 separate CI runs: 12 clones);
- 12 independent audits sharing one cache (one clone, then 11 fetches; facts reused when a
  month has the same commit as the one before);
- ``backfill`` (``auditor audit URL --backfill monthly``): one acquisition, 12 snapshots, the fact
  cache shared.

Imports, the license index and other per-process set-up are warmed up first, so the figures
compare the audits alone.

    python benchmarks/bench_backfill.py [--files 400] [--keep DIR]
"""

from __future__ import annotations

import argparse
import resource
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from auditor.acquire import previous_dates  # noqa: E402
from auditor.context import AuditConfig  # noqa: E402
from auditor.engine import AuditOptions, audit  # noqa: E402
from auditor.history import backfill  # noqa: E402
from tests.gitrepo import make_repo  # noqa: E402

IDLE = {3, 7, 8}  # months without a commit (April, August, September)


def build(path: Path, n_files: int) -> Path:
    commits = []
    base = {f"src/module_{i // 50}/file_{i}.py": f'"""Module {i}."""\n\n\ndef f{i}(x):\n    return x + {i}\n' for i in range(n_files)}
    base.update({"README.md": "# Service\n\n" + "Un service de la transition écologique. " * 40 + "\n\n## Installation\n\npip install .\n",
                 "pyproject.toml": '[project]\nname = "svc"\nversion = "1.0"\ndependencies = ["requests>=2"]\n'})
    commits.append({"files": base, "date": "2024-12-20T10:00:00Z"})
    for month in range(12):
        if month in IDLE:
            continue
        for k in range(2):
            files = {f"src/module_{month}/file_{month * 7 + k}.py": f"# month {month} change {k}\n"}
            if month == 5 and k == 0:
                files["LICENSE"] = "MIT License\n\nPermission is hereby granted, free of charge, to any person obtaining a copy\n"
            commits.append({"files": files, "date": f"2025-{month + 1:02d}-{10 + k * 5:02d}T10:00:00Z"})
    return make_repo(path, commits)


def serve(src: Path, root: Path) -> tuple[str, subprocess.Popen]:
    base = root / "served"
    base.mkdir()
    subprocess.run(["git", "clone", "-q", "--bare", str(src), str(base / "bench.git")], check=True)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen(["git", "daemon", "--reuseaddr", "--export-all", f"--base-path={base}", "--listen=127.0.0.1",
                             f"--port={port}", str(base)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(100):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            break
        except OSError:
            time.sleep(0.05)
    return f"git://127.0.0.1:{port}/bench", proc


def options(cache: Path, day: date | None = None) -> AuditOptions:
    return AuditOptions(as_of=day, cache_dir=cache, config=AuditConfig(cache_dir=cache, network=False))


def cpu() -> float:
    """User + system CPU seconds of this process and its finished children (git), robust to a loaded machine."""
    a, b = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return a.ru_utime + a.ru_stime + b.ru_utime + b.ru_stime


def independent(url: str, opts: AuditOptions) -> dict:
    """One audit as a separate run would make it: nothing remembered in memory from earlier ones."""
    from auditor import context

    context._BLOB_MEMO.clear()
    return audit(url, opts)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--files", type=int, default=400)
    ap.add_argument("--keep", type=Path, default=None)
    args = ap.parse_args()
    root = Path(tempfile.mkdtemp(prefix="bench-backfill-")) if args.keep is None else args.keep
    root.mkdir(parents=True, exist_ok=True)
    src = build(root / "src", args.files)
    url, daemon = serve(src, root)
    days = previous_dates(date(2025, 1, 1), date(2025, 12, 31), "monthly")
    assert len(days) == 12
    try:
        audit(url, options(root / "warmup"))  # imports, license index, language models
        t0, c0 = time.perf_counter(), cpu()
        cold = [independent(url, options(root / f"cold{i}", d)) for i, d in enumerate(days)]
        t_cold, c_cold = time.perf_counter() - t0, cpu() - c0
        t0, c0 = time.perf_counter(), cpu()
        warm = [independent(url, options(root / "shared", d)) for d in days]
        t_warm, c_warm = time.perf_counter() - t0, cpu() - c0
        t0, c0 = time.perf_counter(), cpu()
        points = backfill(url, options(root / "backfill"), days[0], "monthly", days[-1])
        t_back, c_back = time.perf_counter() - t0, cpu() - c0
    finally:
        daemon.terminate()
        daemon.wait()
        if args.keep is None:
            shutil.rmtree(root, ignore_errors=True)
    same = [a["scores"]["overall"] for a in cold] == [b["scores"]["overall"] for b in points] == [c["scores"]["overall"] for c in warm]
    commits = len({p["target"]["commit"] for p in points})
    print(f"repository: {args.files + 2} files, {len(days)} month ends, {commits} distinct commits ({len(IDLE)} idle months)")
    print("                                      wall       CPU (incl. git)")
    print(f"12 independent audits, cold caches : {t_cold:6.2f} s  {c_cold:6.2f} s")
    print(f"12 independent audits, shared cache: {t_warm:6.2f} s  {c_warm:6.2f} s")
    print(f"backfill, 12 points                : {t_back:6.2f} s  {c_back:6.2f} s")
    print(f"backfill / independent cold        : {t_back / t_cold:6.2f}x  {c_back / c_cold:6.2f}x")
    print(f"backfill / independent shared cache: {t_back / t_warm:6.2f}x  {c_back / c_warm:6.2f}x")
    print(f"same scores three ways             : {same}")


if __name__ == "__main__":
    main()
