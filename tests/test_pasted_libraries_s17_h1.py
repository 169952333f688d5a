"""Session 17 (h1): a library pasted between two banners of one of the project's own scripts ("Debut Insertion … de
agenda.js" … "Fin Insertion … de agenda.js", its author's copyright, version and GPL notice inside) was left out of the code
measures (session 16) but listed nowhere: the dependencies never named it nor its licence. It is now a copied library, named
after the pasted file, with the version and licence its banner gives; its translation pasted after it is the same library."""

from __future__ import annotations

from auditor.facts.pasted import pasted_libraries
from tests.test_reusability_fixtures import build, results, run_audit

_BODY = "".join(f"Agenda.prototype.p{i} = function (a) {{\n  return a + {i};\n}};\n" for i in range(20))


def _script(licence: str = "terms of the GNU General Public\n * License, as long as you do not remove or alter this notice.") -> str:
    return ("//****************************************\n//  Debut Insertion by Jean de agenda.js\n//****************************************\n"
            "/* Copyright Quelqu'un Dautre, 2003\n * http://exemple.org/~agenda\n *\n * Version: 1.2.3\n *\n"
            f" * Feel free to use this script under the {licence}\n */\n\nAgenda = function (lundi) {{\n  this.lundi = lundi;\n}};\n"
            + _BODY + "//****************************************\n//  Fin Insertion by Jean de agenda.js\n//****************************************\n\n"
            "//****************************************\n//  Debut Insertion by Jean de la version fr (agenda-fr.js)\n"
            "//****************************************\nAgenda._DN = ['Dimanche', 'Lundi'];\n"
            "//****************************************\n//  Fin Insertion by Jean de la version fr (agenda-fr.js)\n"
            "//****************************************\n\nfunction ouvrirAgenda(champ) {\n  return new Agenda(true).p1(champ);\n}\n")


def test_a_pasted_block_names_its_library_version_and_licence():
    libs = pasted_libraries(_script())
    assert libs == [{"name": "agenda", "version": "1.2.3", "license": "GPL-1.0-or-later", "line": 2, "end": 77}], libs
    assert pasted_libraries(_script("MIT license."))[0]["license"] == "MIT"
    assert pasted_libraries(_script("GNU General Public License version 2."))[0]["license"] == "GPL-2.0"


def test_the_pasted_library_is_a_dependency_with_its_licence(tmp_path):
    files = {"README.md": "# Réservation de salles\n", "src/main/webapp/js/GestionAgenda.js": _script(),
             "src/main/webapp/js/salles.js": "function reserver(salle) {\n  return salle;\n}\n"}
    report = run_audit(build(tmp_path / "r", files), tmp_path / "c", ["reusability.dependencies"])
    libs = report["facts"]["inventory"]["libraries"]
    assert libs == [{"name": "agenda", "version": "1.2.3", "license": "GPL-1.0-or-later", "files": 1,
                     "paths": ["src/main/webapp/js/GestionAgenda.js"], "ecosystem": "javascript", "line": 2, "end": 77}], libs
    r = results(report)["reusability.dependencies"]
    assert "agenda 1.2.3" in r["message"]["en"], r["message"]
    # (s18 h2) the evidence names the block's lines, not only the file
    ev = next(e for e in r["evidence"] if isinstance(e.get("value"), dict) and e["value"].get("library") == "agenda")
    assert ev["path"] == "src/main/webapp/js/GestionAgenda.js" and ev["line"] == 2, ev
    assert "lines 2–77 of src/main/webapp/js/GestionAgenda.js" in ev["note"]["en"] and "lignes 2 à 77" in ev["note"]["fr"], ev
