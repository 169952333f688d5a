"""Session 15 (h7): Java server pages whose scriptlets hold logic count as source files (c35c336), but the maintainability check
neither measured them nor said so: a JCMS plugin whose code is mostly in its JSP pages passed on the few classes measured. Issue 12:
a language the check cannot measure gives "not measured" when it is most of the code, and is named in the message when it is a part."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

_CLASS = ("package fr.cg44.plugin.assmat;\n\npublic class Calcul{n} {{\n    public int total(int a, int b) {{\n"
          "        if (a > b) {{\n            return a - b;\n        }}\n        return a + b;\n    }}\n}}\n")
_PAGE = ('<%@ page contentType="text/html; charset=UTF-8" %>\n<%\nString commune = request.getParameter("commune");\n'
         'if (commune == null || commune.isEmpty()) {{\n  commune = "toutes";\n}}\nfor (int i = 0; i < 3; i++) {{\n  out.println(i);\n}}\n%>\n'
         '<div class="resultat-{n}"><%= commune %></div>\n')


def _plugin(classes: int, pages: int) -> dict:
    files = {"README.md": "# Plugin assistantes maternelles\n\nRecherche d'une assistante maternelle par commune.\n",
             "pom.xml": "<project><groupId>fr.cg44</groupId><artifactId>assmat</artifactId><packaging>jar</packaging></project>\n"}
    files.update({f"WEB-INF/classes/fr/cg44/plugin/assmat/Calcul{n}.java": _CLASS.format(n=n) for n in range(classes)})
    files.update({f"plugins/AssmatPlugin/jsp/recherche/page{n}.jsp": _PAGE.format(n=n) for n in range(pages)})
    return files


def _maint(tmp_path, files, name):
    return judge(tmp_path, files, ["reusability.maintainability"], name=name)[1]["reusability.maintainability"]


def test_pages_outnumbering_the_classes_leave_the_code_not_measured(tmp_path):
    res = _maint(tmp_path, _plugin(2, 5), "most")
    assert res["status"] == "inconclusive", (res["status"], res["message"])
    assert "JSP (5)" in res["message"]["en"], res["message"]


def test_a_few_pages_beside_the_classes_are_named_as_not_measured(tmp_path):
    res = _maint(tmp_path, _plugin(5, 2), "part")
    assert res["status"] != "inconclusive", res["message"]
    assert "Not measured: JSP (2)" in res["message"]["en"] and "Non mesurés : JSP (2)" in res["message"]["fr"], res["message"]
