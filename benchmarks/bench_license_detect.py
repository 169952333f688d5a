"""License detection accuracy and speed: ours vs ScanCode toolkit and licensee, on the same files.

The corpus is ``auditor.licenses.corpus.cases()`` (license texts with realistic perturbations,
French and English versions, negative cases). Each case is written as ``<case>/LICENSE`` (or
``LICENSE.md`` for the Markdown ones) in a temporary folder, then:

- ours: ``identify_text`` on each file (index built once, timed apart);
- licensee (Debian ``ruby-licensee``): its Ruby API, one process, per-file time;
- ScanCode (``scancode-toolkit-mini`` in a separate venv, ``--scancode PATH``): one run with
  ``-l -n 1`` over the folder; time per file = wall time of the run minus its start-up / files.

An answer is right when its set of SPDX ids equals the expected one (deprecated ids such as
``GPL-3.0`` read as ``GPL-3.0-only``; ScanCode's ``LicenseRef-scancode-cecill-*-fr/en`` and
``etalab-2.0-en`` read as the SPDX id of the same license), and a negative case is right when no
license is given. Tools that cannot be run are reported as such.

    /tmp/venv/bin/python benchmarks/bench_license_detect.py [--scancode /tmp/scvenv/bin/scancode] [--no-licensee]
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from auditor.facts.license import identify_text  # noqa: E402
from auditor.licenses.corpus import cases  # noqa: E402
from auditor.licenses.matcher import get_index  # noqa: E402
from auditor.licenses.notices import parse_expression  # noqa: E402

DEPRECATED = {"GPL-2.0": "GPL-2.0-only", "GPL-3.0": "GPL-3.0-only", "LGPL-2.1": "LGPL-2.1-only", "LGPL-3.0": "LGPL-3.0-only",
              "AGPL-3.0": "AGPL-3.0-only", "GPL-2.0+": "GPL-2.0-or-later", "GPL-3.0+": "GPL-3.0-or-later", "LGPL-2.0": "LGPL-2.0-only"}
SCANCODE_REF = {"LicenseRef-scancode-cecill-2.1-fr": "CECILL-2.1", "LicenseRef-scancode-cecill-b-en": "CECILL-B",
                "LicenseRef-scancode-cecill-c-en": "CECILL-C", "LicenseRef-scancode-etalab-2.0-en": "etalab-2.0",
                "LicenseRef-scancode-etalab-2.0-fr": "etalab-2.0", "LicenseRef-scancode-etalab-2.0": "etalab-2.0",
                "LicenseRef-scancode-cecill-2.0-fr": "CECILL-2.0", "LicenseRef-scancode-mulanpsl-2.0-en": "MulanPSL-2.0"}
# "proprietary" is a right answer for a negative case (no open license): not counted as a license
NOT_A_LICENSE = {"LicenseRef-scancode-proprietary-license", "LicenseRef-scancode-commercial-license"}
NONE = {None, "", "NOASSERTION", "NONE", "other", "no-license"}

LICENSEE_RB = r"""
require 'licensee'
require 'json'
ARGV.each do |dir|
  t = Process.clock_gettime(Process::CLOCK_MONOTONIC)
  begin
    proj = Licensee.project(dir, detect_packages: false, detect_readme: false)
    ids = proj.licenses.map { |l| l.spdx_id }
  rescue => e
    ids = ["ERROR: #{e}"]
  end
  ms = (Process.clock_gettime(Process::CLOCK_MONOTONIC) - t) * 1000
  puts JSON.generate({dir: dir, ids: ids, ms: ms})
end
"""


def ids_of(expr: str | None) -> frozenset:
    if expr in NONE:
        return frozenset()
    out = set()
    for part in re.split(r"\s+(?:AND|OR|WITH)\s+|[()]", expr):
        part = part.strip()
        if not part or part in NONE or part in NOT_A_LICENSE:
            continue
        part = SCANCODE_REF.get(part, part)
        _e, ids, _v = parse_expression(part)
        for i in ids or (part,):
            out.add(DEPRECATED.get(i, i))
    return frozenset(out)


def write_corpus(root: Path) -> list[tuple[str, Path, frozenset]]:
    out = []
    for i, (name, text, expected) in enumerate(cases()):
        d = root / f"c{i:03d}"
        d.mkdir()
        fname = "LICENSE.md" if name.endswith("/markdown") else "LICENSE"
        (d / fname).write_text(text, encoding="utf-8")
        out.append((name, d / fname, ids_of(expected)))
    return out


def run_ours(items):
    t0 = time.perf_counter()
    get_index()
    build = time.perf_counter() - t0
    res, wall, cpu, per = {}, 0.0, 0.0, []
    for name, path, _exp in items:
        text = path.read_text(encoding="utf-8")
        w, c = time.perf_counter(), time.process_time()
        r = identify_text(text)
        wall += time.perf_counter() - w
        dc = time.process_time() - c
        cpu += dc
        per.append(dc * 1000)
        res[name] = ids_of(r["expression"])
    per.sort()
    words = sum(len(p.read_text(encoding="utf-8").split()) for _n, p, _e in items) / len(items)
    return res, {"index_build_s": round(build, 2), "ms_per_file_wall": round(wall / len(items) * 1000, 2),
                 "ms_per_file_cpu": round(cpu / len(items) * 1000, 2), "median_cpu_ms": round(per[len(per) // 2], 2),
                 "p90_cpu_ms": round(per[int(len(per) * 0.9)], 2), "mean_words": round(words)}


def run_licensee(items):
    if not shutil.which("ruby") or subprocess.run(["ruby", "-e", "require 'licensee'"], capture_output=True).returncode != 0:
        return None, {"error": "licensee (ruby-licensee) not installed"}
    dirs = [str(p.parent) for _n, p, _e in items]
    t = time.perf_counter()
    proc = subprocess.run(["ruby", "-e", LICENSEE_RB, *dirs], capture_output=True, text=True, timeout=1800)
    total = time.perf_counter() - t
    by_dir = {}
    ms = []
    for line in proc.stdout.splitlines():
        try:
            d = json.loads(line)
        except ValueError:
            continue
        by_dir[d["dir"]] = d["ids"]
        ms.append(d["ms"])
    res = {}
    for name, p, _e in items:
        got = by_dir.get(str(p.parent), [])
        res[name] = ids_of(" AND ".join(i for i in got if i not in NONE)) if got else frozenset()
    return res, {"ms_per_file": round(sum(ms) / max(1, len(ms)), 2), "process_s": round(total, 1)}


def run_scancode(items, exe, root):
    if not exe or not Path(exe).exists():
        return None, {"error": f"scancode not found at {exe!r} (pip install scancode-toolkit-mini in a separate venv)"}
    out = root / "scancode.json"
    t = time.perf_counter()
    proc = subprocess.run([exe, "-l", "-n", "1", "--json", str(out), str(root / "corpus")], capture_output=True, text=True, timeout=3600)
    total = time.perf_counter() - t
    if proc.returncode != 0 or not out.exists():
        return None, {"error": f"scancode failed: {proc.stderr[-300:]}"}
    data = json.loads(out.read_text())
    by_path = {}
    for f in data.get("files", []):
        if f.get("type") != "file":
            continue
        expr = f.get("detected_license_expression_spdx") or " AND ".join(f.get("license_expressions") or [])
        by_path[Path(f["path"]).name + "|" + Path(f["path"]).parent.name] = expr or None
    res = {}
    for name, p, _e in items:
        res[name] = ids_of(by_path.get(p.name + "|" + p.parent.name))
    hdr = (data.get("headers") or [{}])[0]
    return res, {"ms_per_file_incl_startup": round(total / len(items) * 1000, 1), "run_s": round(total, 1),
                 "scancode_version": hdr.get("tool_version")}


def scancode_texts(root: Path, data_dir: str | None) -> list[tuple[str, Path, frozenset]]:
    """A second, independent corpus: ScanCode's own texts (other formatting and sources than the
    SPDX texts we index) of the same licenses, for ours and licensee (not ScanCode: its own data)."""
    from auditor.licenses.corpus import CORE  # noqa: PLC0415

    if not data_dir or not Path(data_dir).is_dir():
        return []
    wanted = set(CORE) | {"GPL-3.0-only", "GPL-2.0-only", "AGPL-3.0-only", "LGPL-3.0-only", "LGPL-2.1-only"}
    out = []
    for f in sorted(Path(data_dir).glob("*.LICENSE")):
        raw = f.read_text(encoding="utf-8")
        if not raw.startswith("---"):
            continue
        _, meta, text = raw.split("---", 2)
        m = re.search(r"^spdx_license_key:\s*(\S+)", meta, re.M)
        if not m or "is_deprecated: yes" in meta or m.group(1) not in wanted or not text.strip():
            continue
        d = root / f.stem
        d.mkdir(parents=True)
        (d / "LICENSE").write_text(text.strip() + "\n", encoding="utf-8")
        out.append((f"scancode-text/{f.stem}", d / "LICENSE", ids_of(m.group(1))))
    return out


def report(title: str, items, tools) -> None:
    expected = {n: e for n, _p, e in items}
    french = {n for n in expected if "/fr" in n or "cecill" in n.lower() or "etalab" in n.lower()}
    print(f"\n=== {title}: {len(items)} files ({sum(1 for e in expected.values() if e)} positive, "
          f"{sum(1 for e in expected.values() if not e)} negative, {len(french)} French-license cases)")
    for tool, (res, info) in tools.items():
        if res is None:
            print(f"\n{tool}: NOT RUN — {info.get('error')}")
            continue
        right = [n for n in expected if res.get(n) == expected[n]]
        fr_right = [n for n in french if res.get(n) == expected[n]]
        neg = [n for n in expected if not expected[n]]
        false_pos = [n for n in neg if res.get(n)]
        print(f"\n{tool}: accuracy {len(right)}/{len(expected)} = {len(right) / len(expected):.1%}; French licenses {len(fr_right)}/{len(french)}; "
              f"negatives given a license: {len(false_pos)}/{len(neg)}; {info}")
        wrong = [n for n in expected if res.get(n) != expected[n]]
        for n in wrong[:60]:
            print(f"   ✗ {n}: expected {sorted(expected[n]) or '-'}, got {sorted(res.get(n) or []) or '-'}")
        if len(wrong) > 60:
            print(f"   … {len(wrong) - 60} more")
    ours = tools["ours"][0]
    for tool in tools:
        res = tools[tool][0]
        if tool == "ours" or res is None:
            continue
        dis = [n for n in expected if res.get(n) != ours.get(n)]
        print(f"\nours vs {tool}: agree on {len(expected) - len(dis)}/{len(expected)}; disagreements: "
              + ", ".join(f"{n} (ours {sorted(ours[n]) or '-'}, {tool} {sorted(res.get(n) or []) or '-'})" for n in dis[:25])
              + (" …" if len(dis) > 25 else ""))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--scancode", default="/tmp/scvenv/bin/scancode")
    ap.add_argument("--no-licensee", action="store_true")
    ap.add_argument("--no-scancode", action="store_true")
    ap.add_argument("--scancode-data", default=None, help="ScanCode's licensedcode/data/licenses folder (second corpus)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        (root / "corpus").mkdir()
        items = write_corpus(root / "corpus")
        tools = {"ours": run_ours(items)}
        tools["licensee"] = (None, {"error": "skipped"}) if args.no_licensee else run_licensee(items)
        tools["scancode"] = (None, {"error": "skipped"}) if args.no_scancode else run_scancode(items, args.scancode, root)
        report("generated corpus (SPDX texts with perturbations)", items, tools)
        data_dir = args.scancode_data or next(iter(sorted(Path(args.scancode).parent.parent.glob("lib/python3*/site-packages/licensedcode/data/licenses"))), None)
        second = scancode_texts(root / "sctexts", str(data_dir) if data_dir else None)
        if second:
            tools2 = {"ours": run_ours(second)}
            tools2["licensee"] = (None, {"error": "skipped"}) if args.no_licensee else run_licensee(second)
            report("independent texts (ScanCode's own license texts; ScanCode not compared on its own data)", second, tools2)
        else:
            print("\nindependent texts: NOT RUN — ScanCode's license data folder not found (--scancode-data)")


if __name__ == "__main__":
    main()
