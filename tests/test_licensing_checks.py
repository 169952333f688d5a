"""The licensing fact and checks on real git repositories built with make_repo."""

from __future__ import annotations

import json

import pytest

from auditor.engine import AuditOptions, audit
from auditor.licenses.compat import verdict
from auditor.licenses.matcher import load_data

TEXTS = load_data()["licenses"]
LICENSING = ["licensing.license-file", "licensing.open-license", "licensing.authorized-fr", "licensing.consistent", "licensing.reuse",
             "licensing.dependencies", "licensing.data-and-docs"]


def text(lid: str, lang: str | None = None) -> str:
    return next(t["text"] for t in TEXTS[lid]["texts"] if lang is None or t["lang"] == lang)


@pytest.fixture
def run(repo, tmp_path):
    def go(files: dict, only=None):
        path = repo([{"files": files, "date": "2026-01-10T10:00:00Z"}], name=f"r{len(list(tmp_path.iterdir()))}")
        report = audit(str(path), AuditOptions(cache_dir=tmp_path / "cache", only=only or LICENSING))
        return {r["id"]: r for r in report["results"]}, report["facts"]["license"]
    return go


def test_french_cecill_21_full_text(run):
    res, lic = run({"LICENSE": "Copyright © 2024 Ville de Grenoble\n\n" + text("CECILL-2.1", "fr"), "README.md": "# Outil\n"})
    assert lic["spdx"] == "CECILL-2.1" and lic["license_files"][0]["matches"][0]["lang"] == "fr"
    assert res["licensing.license-file"]["status"] == "pass"
    assert res["licensing.authorized-fr"]["status"] == "pass"
    assert res["licensing.open-license"]["status"] == "pass"


@pytest.mark.parametrize("lid,lang", [("CECILL-B", "fr"), ("CECILL-C", "en"), ("etalab-2.0", "fr"), ("EUPL-1.2", "en")])
def test_french_and_english_versions(run, lid, lang):
    res, lic = run({"LICENCE.md": text(lid, lang)}, only=["licensing.license-file", "licensing.authorized-fr"])
    assert lic["spdx"] == lid
    assert res["licensing.authorized-fr"]["status"] == "pass"


def test_apache_with_filled_appendix_and_appended_notices(run):
    body = text("Apache-2.0").replace("[yyyy]", "2025").replace("[name of copyright owner]", "Région Bretagne")
    body += "\n\nThird-party components bundled in this repository:\n\n" + text("MIT")
    res, lic = run({"LICENSE": body}, only=["licensing.license-file"])
    assert lic["spdx"] == "Apache-2.0"
    assert lic["license_files"][0]["bundled"] == ["MIT"]
    assert res["licensing.license-file"]["status"] == "pass"


def test_gpl_or_later_decided_by_the_readme_notice(run):
    readme = "# Outil\n\n## Licence\n\nThis program is free software: you can redistribute it under the terms of the GNU General Public " \
             "License as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version.\n"
    res, lic = run({"COPYING": text("GPL-3.0-only"), "README.md": readme}, only=["licensing.authorized-fr"])
    assert lic["spdx"] == "GPL-3.0-or-later"
    assert lic["version_choice"] == {"choice": "or-later", "source": "README.md"}
    assert res["licensing.authorized-fr"]["status"] == "pass"


def test_gpl_text_alone_is_only_and_allowed_with_a_note(run):
    res, lic = run({"COPYING": text("GPL-3.0-only")}, only=["licensing.authorized-fr"])
    assert lic["spdx"] == "GPL-3.0-only" and lic["version_choice"]["choice"] == "not-stated"
    r = res["licensing.authorized-fr"]
    assert r["status"] == "pass" and r["score"] == 10  # décret 2021-1559 names the GNU GPL v3 family
    assert any("2021-1559" in (e.get("note") or {}).get("en", "") for e in r["evidence"])


def test_dual_licensing_from_two_files_and_the_manifest(run):
    files = {"LICENSE-MIT": text("MIT"), "LICENSE-APACHE": text("Apache-2.0"),
             "Cargo.toml": '[package]\nname = "x"\nlicense = "MIT OR Apache-2.0"\n'}
    res, lic = run(files, only=["licensing.consistent", "licensing.authorized-fr"])
    assert lic["spdx"] in ("MIT OR Apache-2.0", "Apache-2.0 OR MIT")
    assert res["licensing.consistent"]["status"] == "pass"
    assert res["licensing.authorized-fr"]["status"] == "pass"


def test_per_folder_licensing(run):
    files = {"LICENSE": text("MIT"), "docs/LICENSE": text("CC-BY-4.0"), "docs/a.md": "a", "docs/b.md": "b", "docs/c.md": "c"}
    res, lic = run(files, only=["licensing.data-and-docs"])
    assert lic["spdx"] == "MIT" and lic["folders"] == {"docs": "CC-BY-4.0"}
    assert lic["expression_all"] == "MIT AND CC-BY-4.0"
    assert res["licensing.data-and-docs"]["status"] == "pass"


def test_docs_without_their_own_license_warn(run):
    res, _ = run({"LICENSE": text("MIT"), "docs/a.md": "a", "docs/b.md": "b", "docs/c.md": "c"}, only=["licensing.data-and-docs"])
    assert res["licensing.data-and-docs"]["status"] == "warn"


def test_a_data_models_guides_and_diagrams_are_documentation_to_license(run):
    """Shaped like sigagglocompiegne/docurba: an administration guide and the model's diagrams in bdd/
    (a documentation folder the README links to), no licence at all: documentation exists, so not 'nothing to publish'."""
    files = {"README.md": "# Documents d'urbanisme\n\n- [Documentation d'administration de la base](bdd/doc_admin_bd.md)\n",
             "bdd/doc_admin_bd.md": "# Administration\n\nLa base contient les zonages du PLU.\n", "bdd/MCD.png": "png",
             "bdd/schema_fonctionnel.png": "png", "bdd/init_bd.sql": "CREATE TABLE zone (id int);\n"}
    res, _ = run(files, only=["licensing.data-and-docs"])
    assert res["licensing.data-and-docs"]["status"] == "fail", res["licensing.data-and-docs"]["message"]
    res, _ = run({"README.md": "# Outil\n", "src/logo.png": "png", "src/a.png": "png", "src/b.png": "png"}, only=["licensing.data-and-docs"])
    assert res["licensing.data-and-docs"]["status"] == "not_applicable"  # images outside documentation are not documentation


def test_license_only_in_readme(run):
    res, lic = run({"README.md": "# Outil\n\n## Licence\n\nCe projet est publié sous licence EUPL-1.2.\n"})
    assert lic["spdx"] == "EUPL-1.2" and lic["status"] == "declared-only" and lic["confidence"] < 0.9
    assert res["licensing.license-file"]["status"] == "fail"
    assert res["licensing.authorized-fr"]["status"] == "pass"


def test_license_only_in_manifest(run):
    res, lic = run({"package.json": json.dumps({"name": "x", "license": "MIT"})}, only=["licensing.license-file"])
    assert lic["spdx"] == "MIT" and lic["declared"][0]["file"] == "package.json"
    assert res["licensing.license-file"]["status"] == "fail"


def test_no_license_at_all(run):
    res, lic = run({"README.md": "# Outil\n\nNous aimerions le publier sous licence MIT, ce n'est pas décidé.\n"})
    assert lic["spdx"] is None and lic["status"] == "none"
    assert res["licensing.license-file"]["status"] == "fail"
    assert res["licensing.open-license"]["status"] == "fail"
    assert res["licensing.authorized-fr"]["status"] == "fail"


def test_all_rights_reserved(run):
    res, lic = run({"LICENSE": "Copyright 2024 Mairie de Saint-Exemple. Tous droits réservés.\nToute reproduction est interdite.\n"})
    assert lic["status"] == "proprietary" and lic["spdx"] is None
    assert res["licensing.license-file"]["status"] == "fail"
    assert res["licensing.open-license"]["status"] == "fail"


def test_conflict_between_sources_is_a_finding(run):
    files = {"LICENSE": text("MIT"), "package.json": json.dumps({"name": "x", "license": "GPL-3.0-or-later"}),
             "publiccode.yml": "publiccodeYmlVersion: '0.4'\nlegal:\n  license: EUPL-1.2\n"}
    res, lic = run(files, only=["licensing.consistent", "licensing.authorized-fr"])
    # the full MIT text at the root prevails; the declarations that disagree are a consistency finding
    assert lic["spdx"] == "MIT" and lic["conflict"] is False and lic["status"] == "identified"
    assert {s["kind"] for s in lic["sources"]} == {"license-file", "manifest", "publiccode"}
    r = res["licensing.consistent"]
    assert r["status"] == "fail"
    assert {e["path"] for e in r["evidence"] if e.get("kind") == "finding"} == {"package.json", "publiccode.yml"}
    assert res["licensing.authorized-fr"]["status"] == "pass"
    # without a licence text, the same disagreement leaves the licence unknown
    res, lic = run({k: v for k, v in files.items() if k != "LICENSE"}, only=["licensing.consistent", "licensing.authorized-fr"])
    assert lic["spdx"] is None and lic["conflict"] is True and lic["status"] == "conflict"
    assert res["licensing.authorized-fr"]["status"] == "warn"  # every candidate is allowed, but which one applies is unknown


def test_non_free_license_fails_open_license(run):
    res, lic = run({"LICENSE": text("CC-BY-NC-4.0")}, only=["licensing.open-license", "licensing.authorized-fr"])
    assert lic["spdx"] == "CC-BY-NC-4.0"
    assert res["licensing.open-license"]["status"] == "fail"
    assert res["licensing.authorized-fr"]["status"] == "fail"


def test_open_but_not_on_the_french_list(run):
    res, _ = run({"LICENSE": text("ISC")}, only=["licensing.open-license", "licensing.authorized-fr"])
    assert res["licensing.open-license"]["status"] == "pass"
    r = res["licensing.authorized-fr"]
    assert r["status"] == "fail" and "EUPL-1.2" in r["message"]["en"] + json.dumps(r)


def test_reuse_repository(run):
    files = {
        "LICENSES/EUPL-1.2.txt": text("EUPL-1.2"), "LICENSES/CC0-1.0.txt": text("CC0-1.0"), "LICENSES/MIT.txt": text("MIT"),
        "src/a.py": "# SPDX-FileCopyrightText: 2025 Ville de Lyon\n# SPDX-License-Identifier: EUPL-1.2\nprint(1)\n",
        "src/b.py": "# SPDX-FileCopyrightText: 2025 Ville de Lyon\n# SPDX-License-Identifier: EUPL-1.2\nprint(2)\n",
        "logo.png": b"\x89PNG\x00\x00binary", "logo.png.license": "SPDX-FileCopyrightText: 2025 Ville de Lyon\nSPDX-License-Identifier: CC0-1.0\n",
        "REUSE.toml": 'version = 1\n[[annotations]]\npath = "docs/**"\nSPDX-FileCopyrightText = "2025 Ville de Lyon"\nSPDX-License-Identifier = "CC0-1.0"\n',
        "docs/x.md": "doc\n", "src/c.py": "print(3)\n",
    }
    res, lic = run(files, only=["licensing.reuse", "licensing.license-file"])
    assert lic["spdx"] == "EUPL-1.2", (lic["status"], lic["conflicts"], lic["sources"])
    r = res["licensing.reuse"]
    assert r["details"]["covered"] == 5 and r["details"]["compliant"] == 4
    assert r["status"] == "warn"
    assert any(e.get("path") == "src/c.py" for e in r["evidence"])
    assert "LICENSES/MIT.txt" in r["details"]["unused_texts"]


def test_reuse_compliant_passes(run):
    files = {"LICENSES/MIT.txt": text("MIT"), "LICENSE": text("MIT"),
             "a.py": "# SPDX-FileCopyrightText: 2025 Ville de Lyon\n# SPDX-License-Identifier: MIT\n"}
    res, _ = run(files, only=["licensing.reuse"])
    assert res["licensing.reuse"]["status"] == "pass"


def test_dependencies_from_lockfiles_offline(run):
    lock = {"lockfileVersion": 3, "packages": {"": {"name": "x"}, "node_modules/ok": {"version": "1.0.0", "license": "MIT"},
                                               "node_modules/bad": {"version": "2.0.0", "license": "GPL-3.0-only"},
                                               "node_modules/devonly": {"version": "1.0.0", "dev": True, "license": "GPL-3.0-only"},
                                               "node_modules/none": {"version": "1.0.0"}}}
    composer = {"packages": [{"name": "vendor/lib", "version": "1.0", "license": ["MIT"]}], "packages-dev": []}
    files = {"LICENSE": text("MIT"), "package-lock.json": json.dumps(lock, indent=2), "composer.lock": json.dumps(composer, indent=2)}
    res, _ = run(files, only=["licensing.dependencies"])
    r = res["licensing.dependencies"]
    assert r["status"] == "fail"
    assert r["details"]["incompatible"] == 1 and r["details"]["ok"] == 2 and r["details"]["unknown"] == 1 and r["details"]["dev_skipped"] == 1
    bad = [e for e in r["evidence"] if e.get("kind") == "finding"]
    assert bad[0]["path"] == "package-lock.json" and bad[0]["line"] > 1 and bad[0]["value"]["name"] == "bad"


def test_dependencies_python_offline_is_inconclusive(run):
    files = {"LICENSE": text("EUPL-1.2"), "requirements.txt": "django==5.0\nrequests\n"}
    res, _ = run(files, only=["licensing.dependencies"])
    r = res["licensing.dependencies"]
    assert r["status"] == "inconclusive" and "offline" in r["message"]["en"]


def test_dependencies_python_from_disk_cache(run, tmp_path, monkeypatch):
    from auditor.acquire import default_cache_dir
    cache = default_cache_dir() / "licensing"
    cache.mkdir(parents=True)
    (cache / "pypi-licenses.json").write_text(json.dumps({"django==5.0": "BSD-3-Clause", "gplthing==": "GPL-2.0-only"}))
    res, _ = run({"LICENSE": text("EUPL-1.2"), "requirements.txt": "django==5.0\ngplthing\n"}, only=["licensing.dependencies"])
    r = res["licensing.dependencies"]
    assert r["details"]["ok"] == 1 and r["details"]["incompatible"] == 1 and r["status"] == "fail"


def test_other_ecosystems_are_listed_not_passed(run):
    res, _ = run({"LICENSE": text("MIT"), "Cargo.lock": "# cargo\n", "go.sum": "x v1 h1:abc\n"}, only=["licensing.dependencies"])
    r = res["licensing.dependencies"]
    assert r["status"] == "inconclusive"
    assert {e["path"] for e in r["evidence"]} == {"Cargo.lock", "go.sum"}


@pytest.mark.parametrize("project,dep,expected", [
    (["EUPL-1.2"], "MIT", "ok"), (["EUPL-1.2"], "GPL-3.0-or-later", "incompatible"), (["GPL-3.0-or-later"], "EUPL-1.2", "ok"),
    (["MIT"], "EUPL-1.2", "incompatible"), (["CECILL-2.1"], "GPL-3.0-only", "conditional"), (["AGPL-3.0-or-later"], "CECILL-2.1", "ok"),
    (["MIT"], "CECILL-B", "ok"), (["Apache-2.0"], "CECILL-C", "conditional"), (["MIT"], "etalab-2.0", "ok"),
    (["MIT"], "GPL-3.0-only", "incompatible"), (["GPL-3.0-or-later"], "LGPL-2.1-or-later", "ok"), (["MIT"], None, "unknown"),
    (["MIT"], "MIT OR GPL-3.0-only", "ok"), (["MIT"], "MIT AND GPL-3.0-only", "incompatible"), (["AGPL-3.0-or-later"], "GPL-2.0-only", "incompatible"),
])
def test_compatibility_rules(project, dep, expected):
    assert verdict(project, dep)[0] == expected


def test_composer_proprietary_default_contradicts_an_open_license(run):
    files = {"LICENSE": text("MIT"), "composer.json": json.dumps({"name": "ville/app", "license": "proprietary"}, indent=2)}
    res, lic = run(files, only=["licensing.consistent", "licensing.license-file"])
    assert lic["conflict"] is False and lic["spdx"] == "MIT" and lic["disagreements"][0]["source"]["path"] == "composer.json"
    assert res["licensing.license-file"]["status"] == "pass"
    r = res["licensing.consistent"]
    assert r["status"] == "fail" and any(e.get("path") == "composer.json" and e.get("line") == 3 for e in r["evidence"])


def test_spdx_headers_decide_or_later_and_many_files_are_read(run):
    files = {"COPYING": text("GPL-3.0-only")}
    for i in range(90):  # enough files for the pipelined reader
        files[f"src/m{i}.py"] = ("# SPDX-FileCopyrightText: 2025 Ville de Lyon\n# SPDX-License-Identifier: GPL-3.0-or-later\n" if i % 3
                                 else "") + f"x = {i}\n"
    res, lic = run(files, only=["licensing.reuse", "licensing.authorized-fr"])
    assert lic["spdx"] == "GPL-3.0-or-later" and lic["version_choice"]["choice"] == "or-later"
    assert any(s["kind"] == "spdx-headers" and s["share"] > 0.6 for s in lic["sources"])
    assert res["licensing.authorized-fr"]["status"] == "pass"
    r = res["licensing.reuse"]
    assert r["details"]["covered"] == 90 and r["details"]["compliant"] == 60


def test_reuse_scan_bounds_reading(repo):
    import subprocess

    from auditor.licenses.reuse import scan
    from auditor.snapshot import GitSnapshot

    path = repo([{"files": {"a.py": "# SPDX-License-Identifier: MIT\n# SPDX-FileCopyrightText: 2025 X\n", "big.py": "x = 1\n" * 100}}], name="b")
    commit = subprocess.run(["git", "rev-parse", "HEAD"], cwd=path, capture_output=True, text=True, check=True).stdout.strip()
    snap = GitSnapshot(str(path / ".git"), commit)
    try:
        r = scan(snap, max_bytes=200)
    finally:
        snap.close()
    assert r["covered"] == 2 and r["measured"] == 1 and r["compliant_files"] == 1 and r["unread_count"] == 1 and r["unread"] == ["big.py"]
    assert r["compliant"] is False  # not established: one file was not read


def test_extra_root_license_files_for_docs_and_lgpl_pairs(run):
    res, lic = run({"LICENSE.md": text("CECILL-2.1", "fr"), "Licence_ouverte-fr.txt": text("etalab-2.0", "fr"),
                    "docs/a.md": "a", "docs/b.md": "b", "docs/c.md": "c"},
                   only=["licensing.open-license", "licensing.data-and-docs", "licensing.license-file"])
    assert lic["spdx"] == "CECILL-2.1" and lic["other_licenses"] == [{"path": "Licence_ouverte-fr.txt", "expression": "etalab-2.0"}]
    assert lic["expression_all"] == "CECILL-2.1 AND etalab-2.0"
    assert res["licensing.open-license"]["status"] == "pass" and res["licensing.data-and-docs"]["status"] == "pass"
    _res, lic = run({"COPYING": text("GPL-3.0-only"), "COPYING.LESSER": text("LGPL-3.0-only")}, only=["licensing.license-file"])
    assert lic["spdx"] == "LGPL-3.0-only"


def test_license_only_in_a_subfolder(run):
    res, lic = run({"backend/LICENSE": text("EUPL-1.2"), "backend/app.py": "x = 1\n"}, only=["licensing.license-file"])
    r = res["licensing.license-file"]
    assert r["status"] == "fail" and r["score"] == 3 and "backend/LICENSE" in r["message"]["en"]
    assert lic["folders"] == {"backend": "EUPL-1.2"}


def test_reuse_texts_without_root_license_file_pass(run):
    """A REUSE repository keeps its texts in LICENSES/ and has no root LICENSE: that is a license file."""
    files = {
        "LICENSES/MIT.txt": text("MIT"), "LICENSES/CC-BY-4.0.txt": text("CC-BY-4.0"),
        "REUSE.toml": 'version = 1\n[[annotations]]\npath = "**"\nSPDX-FileCopyrightText = "2025 Métropole"\nSPDX-License-Identifier = "MIT"\n',
        "src/a.js": "console.log(1)\n", "src/b.js": "console.log(2)\n", "docs/guide.md": "# Guide\n",
    }
    res, lic = run(files, only=["licensing.license-file", "licensing.reuse"])
    assert lic["spdx"] == "MIT" and "LICENSES/MIT.txt" in lic["files"]
    r = res["licensing.license-file"]
    assert r["status"] == "pass" and r["evidence"][0]["path"] == "LICENSES/MIT.txt"
    # Without the texts, only named in the README: still a failure.
    res, _ = run({"README.md": "# x\n\nLicence : MIT.\n", "src/a.js": "1\n"}, only=["licensing.license-file"])
    assert res["licensing.license-file"]["status"] == "fail"


def test_data_license_on_code_is_a_warning(run):
    """Licence Ouverte is on the French list for data and documents; code needs a software license."""
    code = {f"src/app{i}.ts": f"export const a{i} = {i};\n" for i in range(5)}
    res, lic = run({"LICENSE": text("etalab-2.0"), **code}, only=["licensing.authorized-fr"])
    r = res["licensing.authorized-fr"]
    assert lic["spdx"] == "etalab-2.0" and r["status"] == "warn" and "not for software" in r["message"]["en"]
    # A repository of data and documents only: allowed.
    res, _ = run({"LICENSE": text("etalab-2.0"), "data/communes.csv": "insee;nom\n", "docs/guide.md": "# Guide\n"},
                 only=["licensing.authorized-fr"])
    assert res["licensing.authorized-fr"]["status"] == "pass"


def test_bsd_2_clause_with_the_views_sentence_is_the_bsd_2_clause(run):
    """Shaped like sigrennesmetropole/geor_tabou2_front (a MapStore extension): the BSD 2-Clause text plus the FreeBSD
    project's 'views and conclusions' sentence, which has no legal effect: free, on the French list, and agreeing with a
    manifest's BSD-2-Clause (was 'not free (neither OSI nor FSF)', 'not allowed', 'package.json contradicts')."""
    res, lic = run({"LICENSE": text("BSD-2-Clause-Views"), "package.json": '{"name": "ext", "license": "BSD-2-Clause"}'})
    assert lic["spdx"] == "BSD-2-Clause-Views"
    assert res["licensing.open-license"]["status"] == "pass"
    assert res["licensing.authorized-fr"]["status"] == "pass"
    assert res["licensing.consistent"]["status"] != "fail", res["licensing.consistent"]["message"]


def test_mit_wrapped_on_copyright_holders_is_the_mit_text(run):
    """A verbatim MIT text whose lines wrap so that one starts with "COPYRIGHT HOLDERS BE LIABLE" (CRLF, "The MIT License
    (MIT)" title): that line is licence text, not a copyright notice to skip; the file is MIT, not "slightly different"."""
    body = ("The MIT License (MIT)\r\n\r\nCopyright (c) 2014 Equipe Webmail\r\n\r\n"
            "Permission is hereby granted, free of charge, to any person obtaining a copy of\r\n"
            "this software and associated documentation files (the \"Software\"), to deal in\r\n"
            "the Software without restriction, including without limitation the rights to\r\n"
            "use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of\r\n"
            "the Software, and to permit persons to whom the Software is furnished to do so,\r\n"
            "subject to the following conditions:\r\n\r\n"
            "The above copyright notice and this permission notice shall be included in all\r\n"
            "copies or substantial portions of the Software.\r\n\r\n"
            "THE SOFTWARE IS PROVIDED \"AS IS\", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR\r\n"
            "IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS\r\n"
            "FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR\r\n"
            "COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER\r\n"
            "IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN\r\n"
            "CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.\r\n")
    res, lic = run({"LICENSE": body, "index.php": "<?php\nclass LoginMapping {}\n"}, only=["licensing.license-file"])
    assert lic["spdx"] == "MIT" and lic["confidence"] >= 0.95
    assert res["licensing.license-file"]["status"] == "pass", res["licensing.license-file"]["message"]


def test_a_copied_library_dual_licensed_with_a_slash_is_a_choice(run):
    """CD93/mdph93 (session 7 reads; also donneesavoir in session 6): html5shiv.min.js's banner "MIT/GPL2 Licensed" was read as
    GPL-2.0 alone and failed licensing.dependencies "1 incompatible (html5shiv GPL-2.0)" beside an MIT project. Two licences
    side by side in a banner are the dual licensing of that era: MIT OR GPL-2.0, and MIT fits."""
    shiv = ("/**\n* @preserve HTML5 Shiv 3.7.3 | @afarkas @jdalton @jon_neal @rem | MIT/GPL2 Licensed\n*/\n"
            "!function(a,b){function c(a,b){var c=a.createElement(\"p\");return c}}(this,document);\n")
    files = {"LICENSE": text("MIT"), "index.html": "<html><script src=\"js/html5shiv.min.js\"></script></html>\n",
             "js/html5shiv.min.js": shiv, "js/site.js": "document.title = 'MDPH';\n"}
    res, _ = run(files, only=["licensing.dependencies"])
    r = res["licensing.dependencies"]
    assert r["status"] == "pass" and "1 compatible" in r["message"]["en"], r["message"]
    gpl_only = {**files, "js/html5shiv.min.js": shiv.replace("MIT/GPL2", "GPL2")}
    res, _ = run(gpl_only, only=["licensing.dependencies"])
    assert res["licensing.dependencies"]["status"] == "fail", res["licensing.dependencies"]["message"]


def test_licences_declared_in_other_places_are_read(run):
    """Session 8 reads: composer.json "GPLv3+" was GPL-3.0-only (Roundcube-esco_addressbook); a Puppet module's metadata.json
    "license": "Apache-2.0" (puppet-liquibase) and a README licence badge "licence-CeCILL v2" (megalis-bretagne/pastell) were
    unread, so "no licence: the code cannot be reused lawfully"; a Licence file holding only the CC BY 4.0 address
    (datalocale/pictoGironde) was "not recognised"."""
    _, lic = run({"composer.json": '{"name": "recia/esco_addressbook", "license": "GPLv3+"}', "esco_addressbook.php": "<?php\n"},
                 only=["licensing.license-file"])
    assert lic["declared"][0]["value"] == "GPLv3+" and "GPL-3.0-or-later" in str(lic["sources"]), lic["sources"]
    puppet = {"metadata.json": '{"name": "dsivillenoumea-liquibase", "version": "0.3.0", "license": "Apache-2.0", '
                               '"source": "https://github.com/x/puppet-liquibase", "operatingsystem_support": [{"operatingsystem": "Ubuntu"}]}',
              "manifests/init.pp": "class liquibase {}\n"}
    res, lic = run(puppet, only=["licensing.license-file", "licensing.open-license"])
    assert lic["spdx"] == "Apache-2.0" and res["licensing.open-license"]["status"] == "pass", (lic["spdx"], res["licensing.open-license"]["message"])
    data = {"metadata.json": '{"title": "Jeu de données", "license": "Apache-2.0"}', "data.csv": "a\n1\n"}  # no Puppet module's
    _, lic = run(data, only=["licensing.license-file"])
    assert lic["spdx"] is None, lic["spdx"]
    badge = {"README.md": "[![License](https://img.shields.io/badge/licence-CeCILL%20v2-blue.svg)](http://www.cecill.info/licences/Licence_CeCILL_V2-fr.html)\n"
                          "\n# Pastell\n\nPlateforme de dématérialisation.\n", "web/index.php": "<?php\n"}
    res, lic = run(badge, only=["licensing.license-file", "licensing.open-license"])
    assert lic["spdx"] == "CECILL-2.0" and "cannot be reused" not in res["licensing.license-file"]["message"]["en"], res["licensing.license-file"]
    res, lic = run({"Licence": "https://creativecommons.org/licenses/by/4.0/\n", "icons/velo.svg": "<svg/>\n"}, only=["licensing.license-file"])
    assert lic["spdx"] == "CC-BY-4.0", lic


def test_a_maven_sites_apt_pages_are_documentation_to_license(run):
    """DSI-Ville-Noumea/sirh-abs-ws (session 8 reads): src/site/apt holds 35 APT pages (release notes, operating contexts) and no
    licence anywhere; licensing.data-and-docs said "too little documentation (1 file)"."""
    files = {"README.md": "# sirh-abs-ws\n", "pom.xml": "<project><artifactId>sirh-abs-ws</artifactId></project>\n",
             "src/main/java/nc/mairie/Abs.java": "package nc.mairie;\npublic class Abs {}\n",
             **{f"src/site/apt/release-{i}.apt": f"Release {i}\n\n  Notes de version {i}.\n" for i in range(6)}}
    res, _ = run(files, only=["licensing.data-and-docs"])
    assert res["licensing.data-and-docs"]["status"] == "fail", res["licensing.data-and-docs"]["message"]
