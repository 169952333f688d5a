"""Session 45 (fl45 = reader ri45), issue 12: a "Versions : testé sur Python …" line under the title is a compatibility line, not
the project's purpose.

remifroger/pgimport, a Python command that imports a folder's CSV and SHP files into a PostgreSQL schema: README.md:3 "Versions :
testé sur Python 2.7.X et Python 3.10.X" was taken as the purpose sentence by documentation.readme-sections and as the
shortDescription of the publiccode.yml documentation.publiccode prefills, because a "Version(s) :" label was set aside only when its
value was a bare number. Near miss: a sentence saying what the project does, then naming the versions it was tested on, stays the description.
Files written for these tests, in the shape of that repository."""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

CID = "documentation.readme-sections"
WHAT = "Charge dans une base PostgreSQL tous les fichiers tabulaires et géographiques rangés dans un même dossier."
MAIN = "import sys\n\n\ndef main(folder, schema):\n    print(folder, schema)\n\n\nmain(sys.argv[1], sys.argv[2])\n"


def _readme(second: str) -> str:
    return (f"# chargeur\n\n{second}\n\n{WHAT}\n\nIl faut ogr2ogr et psql sur la machine.\n\n"
            "## Usage\n\n```\npython main.py dossier schema\n```\n")


def _purpose(tmp_path, second):
    r = check_result(tmp_path, {"README.md": _readme(second), "main.py": MAIN}, CID)
    found = [e for e in r["evidence"] if (e.get("value") or {}).get("section") == "purpose"]
    assert found, r["evidence"]
    return found[0]


def test_a_tested_versions_line_is_not_the_purpose(tmp_path):
    e = _purpose(tmp_path, "Versions : testé sur Python 2.6.X et Python 3.9.X")
    assert e["line"] == 5 and e["value"]["text"].startswith("Charge dans une base"), e  # was line 3, "Versions : testé sur …"


def test_a_description_naming_the_tested_versions_is_still_the_purpose(tmp_path):
    e = _purpose(tmp_path, "Outil qui charge les fichiers CSV et SHP d'un dossier dans une base PostgreSQL, testé sur Python 3.10 et Python 3.12.")
    assert e["line"] == 3, e


def test_the_prefilled_publiccode_describes_the_project(tmp_path):
    r = check_result(tmp_path, {"README.md": _readme("Versions : testé sur Python 2.6.X et Python 3.9.X"), "main.py": MAIN},
                     "documentation.publiccode")
    text = str(r["details"])
    assert "testé sur Python" not in text and "Charge dans une base" in text, r["details"]
