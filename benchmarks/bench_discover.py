"""Discovery throughput: repositories audited per minute per core, light and full, 1 vs 2 workers.

    python benchmarks/bench_discover.py [--repos 16] [--files 60]

Builds ``--repos`` generated repositories (``--files`` files each, 20 dated commits, a README on a
transition theme), serves them with ``git daemon`` on loopback, writes a code.gouv.fr-shaped
catalogue with them among 2,000 other entries, and runs ``auditor discover`` (process pool) with a
cold cache for each configuration: light audit with ``--jobs 1`` and ``--jobs 2``, then the full
audit of all of them with ``--jobs 1`` and ``--jobs 2``. Prints repositories per minute, per
minute per core, and the speed-up of 2 workers over 1. The relevance pass over the whole catalogue
is timed alone too. Nothing here touches the network but loopback.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.discover_sample import sample  # noqa: E402
from tests.gitrepo import make_repo  # noqa: E402

THEMES = ["Observatoire du plan climat et des émissions de gaz à effet de serre", "Carte de la végétalisation et des îlots de fraîcheur",
          "Rénovation énergétique des logements", "Aménagements cyclables et covoiturage", "Collecte des déchets et compostage"]


def build_repo(root: Path, i: int, files: int) -> Path:
    commits = []
    for c in range(20):
        fs = {f"src/module_{c}_{k}.py": f"def f{k}(x):\n    '''Doc.'''\n    return x + {k}\n" for k in range(files // 20)}
        if c == 0:
            fs.update({"README.md": f"# Projet {i}\n\n{THEMES[i % len(THEMES)]}.\n\n## Installation\n\n`pip install .`\n\n## Utilisation\n\n`python -m app`\n",
                       "LICENSE": (Path(__file__).resolve().parents[1] / "LICENSE").read_text(encoding="utf-8"),
                       "pyproject.toml": f"[project]\nname = 'projet{i}'\nversion = '1.0'\ndependencies = ['requests>=2']\n"})
        commits.append({"files": fs, "date": f"2026-{1 + c % 9:02d}-{1 + c:02d}T10:00:00Z",
                        "author": (f"Dev {c % 3}", f"dev{c % 3}@ville-exemple.fr")})
    return make_repo(root, commits)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repos", type=int, default=16)
    ap.add_argument("--files", type=int, default=60)
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="bench-discover-"))
    served = work / "served"
    served.mkdir()
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    daemon = subprocess.Popen(["git", "daemon", "--reuseaddr", "--export-all", f"--base-path={served}", "--listen=127.0.0.1",
                               f"--port={port}", str(served)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        time.sleep(0.5)
        entries = [e for e in sample() if not e["_label"]]
        entries = (entries * (2000 // len(entries) + 1))[:2000]
        entries = [{**e, "repository_url": f"{e['repository_url']}-{n}"} for n, e in enumerate(entries)]
        for i in range(args.repos):
            src = build_repo(work / "src" / f"p{i}", i, args.files)
            subprocess.run(["git", "clone", "-q", "--bare", str(src), str(served / f"p{i}.git")], check=True)
            entries.append({"repository_url": f"git://127.0.0.1:{port}/p{i}", "name": f"projet-{i}", "organization_name": "Ville Exemple",
                            "platform": "127.0.0.1", "description": THEMES[i % len(THEMES)], "is_fork": False, "is_archived": False,
                            "last_modification": "2026-09-01", "topics": "", "stars_count": 0, "forks_count": 0})
        cat = work / "catalogue.json"
        cat.write_text(json.dumps(entries, ensure_ascii=False), encoding="utf-8")

        from auditor.discover.relevance import load_taxonomy, score

        tx = load_taxonomy()
        t0 = time.perf_counter()
        for e in entries:
            score(tx, {"name": e["name"], "topics": e["topics"], "description": e["description"]})
        relevance_s = time.perf_counter() - t0

        exe = str(Path(sys.executable).with_name("auditor"))
        rows = []
        for mode in ("light", "full"):
            for jobs in (1, 2):
                cache = work / f"cache-{mode}-{jobs}"
                out = work / f"out-{mode}-{jobs}"
                cmd = [exe, "discover", str(cat), "-o", str(out), "--cache-dir", str(cache), "--org-type", "all", "--platform", "127.0.0.1",
                       "--shortlist", str(args.repos), "-j", str(jobs), "-q", "--timeout", "60"]
                if mode == "full":
                    cmd += ["--full-audit", str(args.repos)]
                t0 = time.perf_counter()
                subprocess.run(cmd, check=True, env={**os.environ, "AUDITOR_OFFLINE_INDEX": "1"})
                secs = time.perf_counter() - t0
                summary = json.loads((out / "discover.json").read_text(encoding="utf-8"))
                assert summary["counts"]["failed"] == 0, summary["counts"]
                rows.append((mode, jobs, secs))
        print(f"catalogue: {len(entries)} entries; relevance pass {relevance_s * 1000:.0f} ms "
              f"({len(entries) / relevance_s:,.0f} entries/s); {args.repos} repositories of {args.files + 3} files and 20 commits")
        print(f"{'audit':6} {'jobs':>4} {'seconds':>8} {'repos/min':>10} {'repos/min/core':>15}")
        for mode, jobs, secs in rows:
            rpm = args.repos * 60 / secs
            print(f"{mode:6} {jobs:>4} {secs:8.1f} {rpm:10.1f} {rpm / jobs:15.1f}")
        for mode in ("light", "full"):
            one = next(s for m, j, s in rows if m == mode and j == 1)
            two = next(s for m, j, s in rows if m == mode and j == 2)
            print(f"{mode}: 2 workers are {one / two:.2f}x faster than 1")
        print("(full = light pass then the full audit of every repository; light clones one commit only)")
    finally:
        daemon.terminate()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
