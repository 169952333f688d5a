"""The data licence a pipeline copies into what it publishes is not the code's; a licence named by its address in the scripts'
headers is (issue 12, s45 fd45 = reader rd45 on igeofr/pg2datagouvfr).

igeofr/pg2datagouvfr: two shell scripts (an export of PostGIS layers published on data.gouv.fr) name CC BY-SA 4.0 by its deed's
address in their "#" header; attachment/Z_Licence.txt holds the Licence Ouverte 2.0, which pg2datagouv.sh copies into every data
archive. The report said "only a component declares a licence (etalab-2.0), copy it to the root": shell headers were not read, an
address alone was no statement, and the data's licence was taken for a component's. Near misses: a licence text no script copies
stays a folder's licence; a header address that names no licence (the project's own forge page) states nothing; CC BY on a
repository of data only stays a pass."""

from __future__ import annotations

import pytest

from auditor.engine import AuditOptions, audit
from auditor.licenses.matcher import load_data

TEXTS = load_data()["licenses"]
LICENSING = ["licensing.license-file", "licensing.open-license", "licensing.authorized-fr", "licensing.consistent"]


def text(lid: str) -> str:
    return TEXTS[lid]["texts"][0]["text"]


HEADER = "#!/bin/sh\n# Écrit par Jeanne Martin, service SIG\n# https://forge.example.org/sig/export-donnees\n{licence}# ------\n"
CC = "# https://creativecommons.org/licenses/by-sa/4.0/deed.fr\n"
EXPORT = ("\n. ./reglages.env\nogr2ogr -f GPKG \"$SORTIE/points_apport.gpkg\" PG:\"service=$SERVICE\" -sql \"SELECT * FROM dechets.points\"\n"
          "# la licence des données rejoint l'archive\ncp annexes/LICENCE_DONNEES.txt \"$SORTIE/LICENCE_DONNEES.txt\"\n"
          "zip -j \"$SORTIE.zip\" \"$SORTIE\"/*\n")
PUBLISH = "\n. ./reglages.env\ncurl -s -H \"X-API-KEY: $CLE\" -F \"file=@$SORTIE.zip\" \"$PORTAIL/datasets/$JEU/upload/\"\n"


def files(licence: str = CC, copies: bool = True) -> dict:
    export = EXPORT if copies else EXPORT.replace("cp annexes/LICENCE_DONNEES.txt \"$SORTIE/LICENCE_DONNEES.txt\"\n", "")
    return {"README.md": "# Export\n\nExporte des couches PostGIS et les publie sur le portail de données ouvertes.\n",
            "export.sh": HEADER.format(licence=licence) + export, "scripts/publier.sh": HEADER.format(licence=licence) + PUBLISH,
            "reglages.env": "SERVICE=sig\nSORTIE=/tmp/export\n", "annexes/LICENCE_DONNEES.txt": text("etalab-2.0")}


@pytest.fixture
def run(repo, tmp_path):
    def go(tree: dict, name: str):
        path = repo([{"files": tree, "date": "2026-01-10T10:00:00Z"}], name=name)
        report = audit(str(path), AuditOptions(cache_dir=tmp_path / "cache", only=LICENSING))
        return {r["id"]: r for r in report["results"]}, report["facts"]["license"]
    return go


def test_the_headers_licence_is_the_codes_and_the_shipped_text_the_datas(run):
    res, lic = run(files(), "pipeline")
    assert lic["spdx"] == "CC-BY-SA-4.0" and not lic.get("components"), lic
    shipped = next(f for f in lic["license_files"] if f["path"] == "annexes/LICENCE_DONNEES.txt")["shipped"]
    assert shipped["path"] == "export.sh" and shipped["line"] == 10, shipped
    lf = res["licensing.license-file"]
    assert lf["status"] == "warn" and "copy it to the root" not in lf["message"]["en"], lf["message"]
    assert "published data, not of the code: annexes/LICENCE_DONNEES.txt (etalab-2.0, copied by export.sh:10)" in lf["message"]["en"]
    assert "CC-BY-SA-4.0" in lf["remediation"]["en"] and "etalab" not in lf["remediation"]["en"]
    op = res["licensing.open-license"]
    assert op["status"] == "warn" and "made for content, not software" in op["message"]["en"], op["message"]
    assert "MIT" in op["remediation"]["en"]
    au = res["licensing.authorized-fr"]
    assert au["status"] == "fail" and "CC-BY-SA-4.0" in au["message"]["en"] and "component" not in au["message"]["en"], au["message"]
    co = res["licensing.consistent"]
    assert co["status"] == "pass" and "published data" in co["message"]["en"], co["message"]


def test_near_miss_a_text_no_script_copies_and_an_address_naming_no_licence(run):
    res, lic = run(files(licence="", copies=False), "plain")
    assert lic["spdx"] is None and [c["file"] for c in lic["components"]] == ["annexes/LICENCE_DONNEES.txt"], lic
    assert "copy it to the root" in res["licensing.license-file"]["message"]["en"]
    assert res["licensing.open-license"]["status"] == "fail" and "only a component" in res["licensing.open-license"]["message"]["en"]
    assert res["licensing.consistent"]["status"] == "not_applicable"
    # copied, but no licence in the headers: the data's text is still no component of the code, and the code has no licence
    res, lic = run(files(licence=""), "copied")
    assert lic["spdx"] is None and not lic.get("components"), lic
    assert res["licensing.open-license"]["status"] == "fail" and "component" not in res["licensing.open-license"]["message"]["en"]
    assert "published data, not of the code" in res["licensing.license-file"]["message"]["en"]


def test_near_miss_cc_by_on_data_only_stays_open(run):
    res, _ = run({"LICENSE": text("CC-BY-4.0"), "README.md": "# Points d'apport\n\nLes points d'apport volontaire.\n",
                  "points.csv": "id;nom\n1;Place\n"}, "data")
    assert res["licensing.open-license"]["status"] == "pass", res["licensing.open-license"]["message"]
