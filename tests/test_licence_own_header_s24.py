"""licensing (issue 12, session 24, case 1 of reader n2 s23): a metropolis's statistics batch is one long Python script whose
header says "Licence: GPL 3", beside two short shell wrappers and SQL scripts, with no licence file, manifest or README
statement. facts.license.spdx was null and open-license / authorized-fr said "No license found", while facts.license.headers
and licensing.reuse read the header: one file's header needed a second. When nothing else states a licence, the header of the
project's own program (the files stating it hold at least half of its code, every header agreeing, none in a folder of
examples or snippets) is now the licence's evidence; license-file still fails (the LICENSE file is missing)."""

from __future__ import annotations

from tests.test_licensing_checks import run  # noqa: F401 (the fixture)

HEADER = ("# coding: utf8\n#" + "-" * 60 + "\n#\n#  Calcule les statistiques d'usage des services cartographiques.\n#\n"
          "# Auteurs :\n#   Agent du service SIG\n#\n# Created:     12/03/2019\n#\n# Licence:     {licence}\n#\n"
          "# Requirements\n#   python 3.6 >\n#" + "-" * 60 + "\n\n")
BODY = "".join(f"def etape_{i}(curseur):\n    curseur.execute('SELECT {i}')\n    return curseur.fetchall()\n\n\n" for i in range(60))


def batch(licence: str = "GPL 3", extra: dict | None = None) -> dict:
    files = {"README.md": "# Statistiques OGC\n\nCalcule chaque nuit les statistiques des services WMS et WFS.\n\n"
                          "## Installation\n\nCopier config_sample.ini en config.ini.\n",
             "config_sample.ini": "[db]\nhost = localhost\n",
             "stats_ogc.py": HEADER.format(licence=licence) + BODY,
             "maj_stats_jour.sh": "#!/bin/bash\nset -e\ncd /opt/stats\npython3 stats_ogc.py -date jour\n",
             "maj_stats_live.sh": "#!/bin/bash\nset -e\ncd /opt/stats\npython3 stats_ogc.py -live\n",
             "sql/create_tables.sql": "CREATE TABLE stats_jour (service text, nb integer);\n" * 20}
    return {**files, **(extra or {})}


CHECKS = ["licensing.license-file", "licensing.open-license", "licensing.authorized-fr", "licensing.consistent"]


def test_the_only_programs_header_licenses_the_project(run):  # noqa: F811
    res, lic = run(batch(), only=CHECKS)
    assert lic["spdx"] == "GPL-3.0-only" and lic["status"] == "declared-only", lic  # was null, status none
    src = lic["sources"][0]
    assert (src["kind"], src["path"], src["line"]) == ("file-header", "stats_ogc.py", 11), src
    r = res["licensing.license-file"]
    assert r["status"] == "fail" and "header of stats_ogc.py" in r["message"]["en"], r["message"]  # the LICENSE file is missing
    assert "l'en-tête de stats_ogc.py" in r["message"]["fr"] and "GPL-3.0" in r["remediation"]["en"]
    for cid in ("licensing.open-license", "licensing.authorized-fr"):  # were fail "No license found"
        r = res[cid]
        assert r["status"] == "pass" and "stated only in the header of stats_ogc.py:11; no LICENSE file" in r["message"]["en"], r
        assert "aucun fichier LICENSE" in r["message"]["fr"]
        assert any(e["kind"] == "missing" and e["path"] == "LICENSE" for e in r["evidence"]), r["evidence"]
    assert res["licensing.consistent"]["status"] == "pass"  # was n/a "No license stated"


def test_a_header_of_a_minor_file_does_not_license_the_project(run):  # noqa: F811
    """The header is in a small helper while the main program (more than half of the code) states nothing: unchanged."""
    big = "".join(f"def calcul_{i}(x):\n    return x * {i} + {i}\n\n\n" for i in range(200))
    files = batch(extra={"calculs.py": "# Calculs des indicateurs\n\n" + big})
    res, lic = run(files, only=CHECKS)
    assert lic["spdx"] is None and lic["status"] == "none" and lic["headers"]["licences"] == {"GPL-3.0-only": 1}, lic
    assert res["licensing.open-license"]["status"] == "fail", res["licensing.open-license"]["message"]


def test_headers_stating_two_licences_decide_nothing(run):  # noqa: F811
    files = batch(extra={"export.py": "# Export des statistiques\n#\n# Licence: MIT\n\nimport csv\n"})
    res, lic = run(files, only=CHECKS)
    assert lic["spdx"] is None and lic["status"] == "none", lic
    assert res["licensing.authorized-fr"]["status"] == "fail"


def test_a_licence_file_or_readme_statement_still_prevails(run):  # noqa: F811
    res, lic = run(batch(extra={"README.md": "# Statistiques\n\nCalcule les statistiques.\n\n## Licence\n\nMIT\n"}), only=CHECKS)
    assert lic["spdx"] == "MIT" and not any(s["kind"] == "file-header" for s in lic["sources"]), lic["sources"]
    assert "stated only in the header" not in res["licensing.open-license"]["message"]["en"]


def test_a_snippet_folders_header_does_not_license_the_project(run):  # noqa: F811
    """The header that states the licence is in an examples folder: code to copy, not the project's program."""
    files = {k: v for k, v in batch().items() if k != "stats_ogc.py"}
    files["exemples/stats_ogc.py"] = batch()["stats_ogc.py"]
    res, lic = run(files, only=CHECKS)
    assert lic["spdx"] is None and lic["status"] == "none", lic
