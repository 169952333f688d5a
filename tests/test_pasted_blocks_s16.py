"""A calendar library pasted at the top of one of the project's own scripts, between "Debut Insertion … de calendar.js" and
"Fin Insertion … de calendar.js" (a town's intranet application, session 15, r1): its hundreds of lines and functions were
measured as the project's (complexity, comments). The code metrics now measure the file without the pasted block; a block
that is not closed, or closed naming another file, stays (issue 12, session 16)."""

from __future__ import annotations

from auditor.engine import AuditOptions, audit
from auditor.facts.pasted import pasted_blocks, without_pasted
from tests.gitrepo import make_repo

_LIB_FUNCS = "".join(
    f"/** Calendar part {i}, documented by its author. */\nCalendar.prototype.part{i} = function (a, b, c) {{\n"
    + "".join(f"  if (a == {k}) {{ b = b + {k}; }} else if (c > {k}) {{ c = c - 1; }}\n" for k in range(14))
    + "  return b;\n};\n\n" for i in range(30))


def _script(end: str = "calendrier.js") -> str:
    return ("//***********************************************\n//  Debut Insertion by Jean de calendrier.js\n"
            "//***********************************************\n/* Copyright Someone Else, 2002\n * Feel free to use this script under the "
            "terms of the GNU General Public License.\n */\n\nCalendar = function (mondayFirst) {\n  this.mondayFirst = mondayFirst;\n};\n\n"
            + _LIB_FUNCS + f"//***********************************************\n//  Fin Insertion by Jean de {end}\n"
            "//***********************************************\n\n"
            "function ouvrirCalendrier(champ) {\n  var cal = new Calendar(true);\n  return cal.part1(champ, 0, 0);\n}\n\n"
            "function fermerCalendrier(cal) {\n  cal.part2(0, 0, 0);\n}\n")


def test_the_block_between_the_two_banners_is_found():
    text = _script()
    blocks = pasted_blocks(text)
    assert len(blocks) == 1 and blocks[0][0] == 2 and blocks[0][2] == "calendrier.js"
    stripped, n = without_pasted(text)
    assert n > 500 and stripped.count("\n") == text.count("\n")  # (line numbers kept)
    assert stripped.split("\n")[0] == "" and stripped.split("\n")[blocks[0][1]] == ""  # (and the rules of stars framing the banners)
    assert "ouvrirCalendrier" in stripped and "Calendar.prototype.part3" not in stripped


def test_an_unclosed_or_mismatched_block_stays():
    assert pasted_blocks(_script(end="autre.js")) == []
    assert pasted_blocks(_script().replace("Fin Insertion", "Suite")) == []


def _results(tmp_path, text: str) -> dict:
    files = {"README.md": "# Gestion des droits\n\nApplication de gestion des droits d'accès.\n",
             "src/main/webapp/js/GestionCalendrier.js": text,
             "src/main/webapp/js/droits.js": "function droits(user) {\n  return user.roles;\n}\n"}
    report = audit(str(make_repo(tmp_path / "r", [{"files": files}])),
                   AuditOptions(cache_dir=tmp_path / "c", only=["reusability.maintainability", "documentation.code-comments"]))
    return {r["id"]: r for r in report["results"]}


def test_the_pasted_library_is_not_measured_as_the_projects_code(tmp_path):
    res = _results(tmp_path, _script())
    maint = res["reusability.maintainability"]
    assert "part" not in str(maint["evidence"])  # (the library's 30 complex functions are not the project's)
    assert maint["message"]["en"].startswith("3 functions measured")
    comments = res["documentation.code-comments"]
    assert "documented (0/" in comments["message"]["en"]  # (the library's doc comments are not the project's either)


def test_without_the_closing_banner_the_file_is_measured_whole(tmp_path):
    res = _results(tmp_path, _script(end="autre.js"))
    assert "part" in str(res["reusability.maintainability"]["evidence"])
