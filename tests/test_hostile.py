"""A hostile repository, rendered in every format: nothing runs, nothing leaks, nothing hangs,
and malformed or explosive inputs become findings rather than crashes."""

from __future__ import annotations

import json
import os

from auditor.engine import AuditOptions, audit
from auditor.report import validate_report
from auditor.reports import formats, render
from tests.gitrepo import Symlink

BOMB = 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n' + "".join(
    f"{c}: &{c} [*{p},*{p},*{p},*{p},*{p},*{p},*{p},*{p},*{p}]\n" for p, c in zip("abcdefgh", "bcdefghi"))


def test_hostile_repository_in_every_format(repo, tmp_path):
    marker = tmp_path / "pwned"
    files = {
        "README.md": "# Evil <script>alert(1)</script>\n\n[click](javascript:alert(1)) <img src=x onerror=alert(2)>\n\n"
                     + "mot " * 100 + "\n" + "A" * 200_000 + "\n" + "x@" * 50_000 + "\n",
        "LICENSE": Symlink("/etc/passwd"),
        "publiccode.yml": BOMB,
        "docker-compose.yml": BOMB,
        "openapi.yaml": BOMB,
        "package.json": '{"name": "x", "license": "MIT", "dependencies": ' + "[" * 100_000 + "]" * 100_000 + "}",
        "package-lock.json": "[" * 200_000 + "]" * 200_000,
        "composer.json": "{not json",
        "src/deep.py": "x = " + "(" * 3000 + "1" + ")" * 3000 + "\n",
        "src/min.js": "var a='" + "Z" * 300_000 + "';\n" + "var b=" + "1+" * 100_000 + "1;\n",
        "src/\x1b[31mred<b>.js": "console.log(1)\n",
        ".gitmodules": f'[submodule "x"]\n\tpath = x\n\turl = ext::sh -c touch% {marker}\n',
        ".env": "SECRET_KEY=" + "k" * 40 + "\n",
    }
    path = repo([{"files": files, "author": ("**bold** <script>x</script>", "evil@example.org"),
                  "message": "<img src=x onerror=alert(1)> `rm -rf /`"}])
    report = audit(str(path), AuditOptions(cache_dir=tmp_path / "c"))
    assert validate_report(report) == []
    assert report["fact_errors"] == {}
    assert not [r["id"] for r in report["results"] if r["status"] == "error"]
    assert not marker.exists()
    blob = json.dumps(report)
    assert "root:x:0:0" not in blob and "k" * 40 not in blob
    by_id = {r["id"]: r for r in report["results"]}
    assert by_id["licensing.license-file"]["status"] == "fail"
    assert by_id["documentation.publiccode"]["status"] == "fail"
    for fmt in formats():
        for lang in ("fr", "en"):
            out = render(report, fmt, lang)
            assert "root:x:0:0" not in out and "k" * 40 not in out
            if fmt == "html":
                assert "<script>alert(1)" not in out and "javascript:alert" not in out.replace("javascript:alert(1)", "") or "href=\"javascript:" not in out
                assert "<script" not in out.lower().replace("&lt;script", "")
            if fmt in ("terminal",):
                assert "\x1b[31m" not in out
    assert os.path.exists(path)
