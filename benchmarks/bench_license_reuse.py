"""REUSE check speed on a 20,000-file repository: ours (git objects, one process) vs ``reuse lint``.

Builds a git repository with N files (default 20,000) in nested folders: most carry SPDX headers,
some are covered by a ``REUSE.toml`` annotation, some by ``.license`` companions, some miss
information; ``LICENSES/`` holds the texts (one unused). Then times:

- ours: ``GitSnapshot`` (``git ls-tree`` + ``cat-file --batch``) and ``auditor.licenses.reuse.scan``;
- ``reuse lint --json`` (PyPI ``reuse``, installed for the benchmark only) on the working tree,
  with its default multiprocessing and with ``--no-multiprocessing``.

It also compares the counts (files, files with license and copyright) so that speed is not bought
with wrong answers.

    /tmp/venv/bin/python benchmarks/bench_license_reuse.py [--files 20000]
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from auditor.licenses.matcher import load_data  # noqa: E402
from auditor.licenses.reuse import scan  # noqa: E402
from auditor.snapshot import GitSnapshot  # noqa: E402


def build(root: Path, n: int) -> None:
    texts = load_data()["licenses"]
    (root / "LICENSES").mkdir(parents=True)
    for lid in ("EUPL-1.2", "CC0-1.0", "MIT"):  # MIT is unused on purpose
        (root / "LICENSES" / f"{lid}.txt").write_text(texts[lid]["texts"][0]["text"], encoding="utf-8")
    (root / "REUSE.toml").write_text('version = 1\n\n[[annotations]]\npath = "assets/**"\nSPDX-FileCopyrightText = "2025 Ville de Lyon"\n'
                                     'SPDX-License-Identifier = "CC0-1.0"\n', encoding="utf-8")
    body = "".join(f"def f{i}(x):\n    return x + {i}\n\n" for i in range(40))
    for i in range(n):
        d = root / f"pkg{i % 50}" / f"mod{i % 17}"
        if i % 20 == 0:
            d = root / "assets" / f"set{i % 7}"
        d.mkdir(parents=True, exist_ok=True)
        p = d / f"file{i}.py"
        if i % 20 == 0:
            p.write_text(body, encoding="utf-8")  # covered by REUSE.toml
        elif i % 25 == 1:
            p.write_text(body, encoding="utf-8")
            (d / f"file{i}.py.license").write_text("SPDX-FileCopyrightText: 2025 Ville de Lyon\nSPDX-License-Identifier: EUPL-1.2\n")
        elif i % 10 == 3:
            p.write_text(body, encoding="utf-8")  # missing everything
        else:
            p.write_text("# SPDX-FileCopyrightText: 2024 Ville de Lyon <dev@lyon.fr>\n# SPDX-License-Identifier: EUPL-1.2\n\n" + body,
                         encoding="utf-8")
    env = {"GIT_AUTHOR_NAME": "b", "GIT_AUTHOR_EMAIL": "b@example.org", "GIT_COMMITTER_NAME": "b", "GIT_COMMITTER_EMAIL": "b@example.org",
           "PATH": "/usr/bin:/bin", "HOME": str(root.parent)}
    subprocess.run(["git", "init", "-q", "-b", "main"], cwd=root, check=True, env=env)
    subprocess.run(["git", "add", "-A"], cwd=root, check=True, env=env)
    subprocess.run(["git", "-c", "commit.gpgsign=false", "commit", "-q", "-m", "bench"], cwd=root, check=True, env=env)
    subprocess.run(["git", "gc", "-q"], cwd=root, check=True, env=env)  # packed, as in the auditor's mirrors


def ours(root: Path) -> tuple[float, dict]:
    t = time.perf_counter()
    commit = subprocess.run(["git", "rev-parse", "HEAD"], cwd=root, capture_output=True, text=True, check=True).stdout.strip()
    snap = GitSnapshot(str(root / ".git"), commit)
    try:
        r = scan(snap)
    finally:
        snap.close()
    return time.perf_counter() - t, r


def reuse_lint(root: Path, multiprocessing: bool) -> tuple[float | None, dict | None, str | None]:
    exe = shutil.which("reuse") or str(Path(sys.executable).with_name("reuse"))
    if not Path(exe).exists():
        return None, None, "reuse not installed (pip install reuse)"
    cmd = [exe, "--root", str(root), "lint", "--json"]
    if not multiprocessing:
        cmd.insert(1, "--no-multiprocessing")
    t = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=3600)
    dt = time.perf_counter() - t
    try:
        return dt, json.loads(proc.stdout), None
    except ValueError:
        return dt, None, proc.stderr[-300:]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--files", type=int, default=20000)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "repo"
        t = time.perf_counter()
        build(root, args.files)
        print(f"built a repository of {args.files} files (+ LICENSES/, REUSE.toml, .license companions) in {time.perf_counter() - t:.1f} s")
        ours_s, r = ours(root)
        print(f"ours: {ours_s:.2f} s — covered {r['covered']}, compliant {r['compliant_files']}, missing license {r['missing_license']}, "
              f"missing copyright {r['missing_copyright']}, unused texts {r['unused_texts']}")
        for mp in (True, False):
            dt, data, err = reuse_lint(root, mp)
            label = "reuse lint" + ("" if mp else " --no-multiprocessing")
            if dt is None or data is None:
                print(f"{label}: NOT RUN — {err}")
                continue
            s = data.get("summary", {})
            print(f"{label}: {dt:.2f} s — files {s.get('files_total')}, with license {s.get('files_with_licensing_info')}, "
                  f"with copyright {s.get('files_with_copyright_info')}, unused {s.get('unused_licenses') or [k for k in data.get('non_compliant', {}).get('unused_licenses', [])]} "
                  f"(reuse {data.get('lint_version') or data.get('reuse_tool_version')}); ours is {dt / ours_s:.1f}x faster")


if __name__ == "__main__":
    main()
