"""scaling.end-of-life (issue 12, s40 fh40 = reader rf40, KannarFr/flood-history-ui): a React 16 single-page application
(package.json "react": "^16.8.6") was said to have no framework version read. The end-of-life data now carries endoflife.date's
"react" product (products/react.md at a70eca3): React is read; no React cycle has an end-of-life date there (every previous major
keeps critical security fixes; only active support ended), so React 16 is read and not past its end of life. Near misses: a
package.json without react stays "nothing read"; a React Native 0.61 application stays past end of life by react-native, its react
16 left to React Native, whose cycles decide (as Next.js's decide a Next.js site's React)."""

from __future__ import annotations

from datetime import date

from auditor.engine import AuditOptions, audit
from tests.gitrepo import make_repo


def eol(tmp_path, package, extra=None):
    files = {"README.md": "# Carte\n\nUne carte des crues.\n", "package.json": package, "public/index.html": "<div id='root'></div>\n",
             "src/index.js": "import React from 'react';\n", **(extra or {})}
    repo = make_repo(tmp_path / "r", [{"files": files, "date": "2020-02-11T10:00:00Z", "message": "init"}])
    report = audit(str(repo), AuditOptions(cache_dir=tmp_path / "c", offline=True, as_of=date(2026, 12, 7), only=["scaling.end-of-life"]))
    return report["results"][0]


def test_react_16_is_read_and_not_past_its_end_of_life(tmp_path):
    r = eol(tmp_path, '{"name": "carte", "dependencies": {"react": "^16.8.6", "react-dom": "^16.8.6", "react-scripts": "^3.0.1"}}\n')
    assert r["status"] == "pass" and "1 version(s) lue(s), aucune en fin de vie" in r["message"]["fr"], r["message"]


def test_a_package_without_react_reads_nothing(tmp_path):
    r = eol(tmp_path, '{"name": "carte", "dependencies": {"react-router": "^5.0.0", "leaflet": "^1.4.0"}}\n')
    assert r["status"] == "not_applicable", r["message"]


def test_react_native_stays_judged_by_its_own_cycles(tmp_path):
    r = eol(tmp_path, '{"name": "app", "dependencies": {"react": "16.9.0", "react-native": "0.61.5"}}\n',
            {"android/build.gradle": "buildscript {}\n", "ios/Podfile": "platform :ios, '10.0'\n"})
    assert r["status"] in ("fail", "warn") and "React Native 0.61" in r["message"]["fr"], r["message"]
    assert "React 16" not in r["message"]["fr"], r["message"]
