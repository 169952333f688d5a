"""Session 13 (r1's reads): a LICENSE file holding only the licence's SPDX id, in lower case ("cc-by-sa-4.0"), beside a
package.json declaring "ISC". The file was "not recognised" and licensing.consistent saw a single source, ISC. A file whose whole
text is one SPDX id names that licence (without its text); a word the SPDX list keeps only as an alias ("GPL": no version) names none."""

from __future__ import annotations

from tests.test_licensing_checks import LICENSING, run  # noqa: F401 (run: the fixture building a repository and auditing it)

APP = {"README.md": "# Essences\n\nChoisir les essences d'arbres adaptées à un site.\n", "index.js": "const express = require('express');\n",
       "package.json": '{\n  "name": "essences",\n  "version": "1.0.0",\n  "license": "ISC",\n  "dependencies": {"express": "^4.18.2"}\n}\n'}


def test_a_licence_file_holding_only_an_spdx_id_names_that_licence(run):
    res, lic = run({**APP, "LICENSE": "cc-by-sa-4.0\n"})
    assert lic["license_files"][0]["ids"] == ["CC-BY-SA-4.0"], lic["license_files"][0]
    assert res["licensing.consistent"]["status"] == "fail", res["licensing.consistent"]["message"]
    assert "CC-BY-SA-4.0" in res["licensing.consistent"]["message"]["en"] and "ISC" in res["licensing.consistent"]["message"]["en"]
    assert "not recognised" not in res["licensing.license-file"]["message"]["en"], res["licensing.license-file"]["message"]


def test_the_id_alone_is_named_without_its_text(run):
    res, lic = run({"README.md": APP["README.md"], "index.js": APP["index.js"], "LICENSE": "MIT\n"})
    assert lic["spdx"] == "MIT", lic
    assert res["licensing.license-file"]["status"] == "warn", res["licensing.license-file"]["message"]
    assert "without its full text" in res["licensing.license-file"]["message"]["en"], res["licensing.license-file"]["message"]


def test_an_alias_without_version_names_no_licence(run):
    res, lic = run({"README.md": APP["README.md"], "index.js": APP["index.js"], "LICENSE": "GPL\n"})
    assert lic["license_files"][0]["ids"] == [], lic["license_files"][0]
