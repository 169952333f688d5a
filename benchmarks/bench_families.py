"""Reusability and interoperability benchmark (not a test).

Builds a git repository of 5,000 source files (Python/Django, TypeScript/Vue front end, PHP/Symfony,
with settings, maps, identifiers and a few secret-looking strings), audits it with the two
families' checks only, and prints the time of each fact and check, then the time of the analysers
alone (radon, lizard, detect-secrets' scan_file) on the same files, for the closing report.

    python benchmarks/bench_families.py [--files 5000] [--keep DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from auditor.checks import load_checks  # noqa: E402
from auditor.context import AuditContext  # noqa: E402
from auditor.engine import run_check  # noqa: E402
from auditor.snapshot import GitSnapshot  # noqa: E402
from auditor.target import parse_target  # noqa: E402

FAMILIES = ("reusability", "interoperability")


def py_file(i: int) -> str:
    body = "\n".join(f"    if kind == 'k{j}':\n        total += {j}" for j in range(i % 9))
    return (f'"""Module {i}."""\nimport os\n\nSETTING_{i} = os.environ.get("SETTING_{i}", "")\n\n\n'
            f"class Model{i}:\n    code_insee = None\n    siren = None\n\n    def score(self, kind):\n        total = 0\n{body or '        pass'}\n"
            f"        return total\n\n\ndef helper_{i}(a, b):\n    # comment\n    return [x for x in range(a) if x % b]\n")


def ts_file(i: int) -> str:
    body = "\n".join(f"  if (k === {j}) {{ t += {j}; }}" for j in range(i % 11))
    return (f"import maplibregl from 'maplibre-gl';\nconst api = import.meta.env.VITE_API_{i % 40};\n\n"
            f"export function f{i}(k: number): number {{\n  let t = 0;\n{body}\n  return t;\n}}\n\n"
            f"export async function commune{i}(code: string) {{\n  return fetch(`https://geo.api.gouv.fr/communes/${{code}}`);\n}}\n")


def vue_file(i: int) -> str:
    return (f"<template>\n  <div class=\"fr-container\"><p>{{{{ $t('title{i}') }}}}</p></div>\n</template>\n"
            f"<script setup lang=\"ts\">\nconst props = defineProps<{{ n: number }}>();\nfunction double() {{ return props.n * 2; }}\n</script>\n")


def php_file(i: int) -> str:
    body = "\n".join(f"        if ($k === {j}) {{ $t += {j}; }}" for j in range(i % 7))
    return (f"<?php\nnamespace App\\Service;\n\nclass Service{i}\n{{\n    public function run(int $k): int\n    {{\n        $t = 0;\n{body}\n"
            f"        return $t;\n    }}\n\n    public function url(): string\n    {{\n        return $_ENV['API_URL_{i % 30}'] ?? '';\n    }}\n}}\n")


def build(path: Path, n_files: int) -> dict[str, str]:
    rnd = random.Random(42)
    files: dict[str, str] = {
        "README.md": "# Bench\n\n## Installation\n\n```\ndocker compose up\n```\n",
        "package.json": json.dumps({"name": "bench", "dependencies": {"maplibre-gl": "^4", "vue": "^3", "@gouvfr/dsfr": "^1"}}),
        "package-lock.json": "{}\n", "composer.json": json.dumps({"require": {"symfony/framework-bundle": "^7"}}), "composer.lock": "{}\n",
        "pyproject.toml": "[project]\nname = 'bench'\ndependencies = ['django', 'djangorestframework']\n", "uv.lock": "version = 1\n",
        ".env.example": "".join(f"SETTING_{i}=\n" for i in range(50)), "Dockerfile": "FROM python:3.12\n", "compose.yaml": "services: {}\n",
        ".github/workflows/ci.yml": "jobs:\n  t:\n    steps:\n      - run: pytest\n", "openapi.yaml": "openapi: 3.0.0\ninfo: {title: b, version: '1'}\npaths: {}\n",
    }
    kinds = [("backend/app{}/models_{}.py", py_file), ("frontend/src/lib{}/mod_{}.ts", ts_file), ("frontend/src/components{}/C{}.vue", vue_file),
             ("symfony/src/Service{}/Service{}.php", php_file)]
    for i in range(n_files):
        pattern, maker = kinds[i % len(kinds)]
        files[pattern.format(i % 50, i)] = maker(i)
    for i in range(0, n_files, 500):  # a few findings
        files[f"backend/app{i % 50}/carte_{i}.py"] = "CENTRE = [45.188529, 5.724524]\nCODE_INSEE = '38185'\n"
        files[f"backend/app{i % 50}/keys_{i}.py"] = "AWS_KEY = '" + "AKIA" + "QX7RZ2MB4TWPN6LC" + "'\n"
    for i in range(0, n_files, 10):
        files[f"backend/tests/test_{i}.py"] = f"def test_{i}():\n    assert True\n"
    rnd.shuffle(list(files))
    subprocess.run(["git", "init", "-q", str(path)], check=True)
    for rel, text in files.items():
        p = path / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text)
    env = {**os.environ, "GIT_AUTHOR_NAME": "b", "GIT_AUTHOR_EMAIL": "b@example.org", "GIT_COMMITTER_NAME": "b", "GIT_COMMITTER_EMAIL": "b@example.org"}
    subprocess.run(["git", "-C", str(path), "add", "-A"], check=True)
    subprocess.run(["git", "-C", str(path), "-c", "commit.gpgsign=false", "commit", "-q", "-m", "bench"], check=True, env=env)
    return files


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--files", type=int, default=5000)
    ap.add_argument("--keep", type=Path)
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="bench-families-"))
    repo = args.keep or tmp / "repo"
    try:
        t0 = time.perf_counter()
        files = build(repo, args.files)
        print(f"fixture: {len(files)} files ({args.files} source files) built in {time.perf_counter() - t0:.1f}s")
        sha = subprocess.check_output(["git", "-C", str(repo), "rev-parse", "HEAD"], text=True).strip()
        from datetime import datetime, timezone

        snap = GitSnapshot(str(repo / ".git"), sha)
        ctx = AuditContext(snap, parse_target(str(repo)), datetime.now(timezone.utc))
        registry = load_checks()
        print("\nfacts (first use, computed once and shared):")
        total = 0.0
        for name in ("manifests", "source_inventory", "textscan", "code", "secrets"):
            t = time.perf_counter()
            value = ctx.fact(name)
            dt = time.perf_counter() - t
            total += dt
            extra = ""
            if name == "code":
                extra = f"  ({value['files_measured']} files, {value['functions']} functions)"
            elif name == "secrets":
                extra = f"  ({value['scanned']} files, {len(value['findings'])} findings)"
            elif name == "textscan":
                extra = f"  ({value['scanned']} files, {value['bytes'] // 1024} KiB)"
            print(f"  {name:20} {dt:7.2f}s{extra}")
        print("\nchecks (facts already computed):")
        for cid, spec in sorted(registry.items()):
            if spec.family not in FAMILIES:
                continue
            t = time.perf_counter()
            r = run_check(spec, ctx, dict(spec.params))
            dt = time.perf_counter() - t
            total += dt
            print(f"  {cid:46} {dt * 1000:8.1f} ms  {r.status.value}")
        print(f"\ntwo families in all: {total:.2f}s")

        # the analysers alone, on the same files, read from disk (no snapshot, no filtering logic)
        print("\nanalysers alone on the same files:")
        py = [p for p in files if p.endswith(".py")]
        other = [p for p in files if p.endswith((".ts", ".vue", ".php"))]
        from lizard import analyze_file
        from radon.complexity import cc_visit
        from radon.metrics import mi_visit

        t = time.perf_counter()
        for p in py:
            text = files[p]
            cc_visit(text)
        cc_time = time.perf_counter() - t
        t = time.perf_counter()
        for p in py:
            mi_visit(files[p], True)
        mi_time = time.perf_counter() - t
        print(f"  radon cc_visit   {len(py)} files  {cc_time:6.2f}s")
        print(f"  radon mi_visit   {len(py)} files  {mi_time:6.2f}s  (the fact computes MI in one tokenize pass instead)")
        t = time.perf_counter()
        for p in other:
            analyze_file.analyze_source_code(p.rsplit("/", 1)[-1], files[p])
        print(f"  lizard           {len(other)} files  {time.perf_counter() - t:6.2f}s")
        from detect_secrets.core.scan import scan_file
        from detect_secrets.settings import default_settings

        t = time.perf_counter()
        n = 0
        with default_settings():
            for p in files:
                n += sum(1 for _ in scan_file(str(repo / p)))
        print(f"  detect-secrets scan_file  {len(files)} files  {time.perf_counter() - t:6.2f}s  ({n} findings)")
    finally:
        if not args.keep:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
