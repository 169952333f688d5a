"""What code-comments and maintainability measure (issue 12, session 8 reads): a test suite whose only code is its tests
(lutece-e2e-tests: 25 Java files under src/test, "No … file to analyse" and "No measurable source code") is not measured,
it does not lack code; a two-line shell profile snippet (erasme/ansible-ruby-compiled: code-comments fail "0%") is too little
code to judge; jQuery plugins copied beside a page (datalocale/ijba-es: Ariel Flesler's jquery.scrollTo.js, Dynamic Drive's
scrolltopcontrol.js) are someone else's code, not the project's."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

CHECKS = ["documentation.code-comments", "reusability.maintainability"]
PAGE_OBJECT = ("package fr.paris.lutece.e2e.pages;\n\nimport com.microsoft.playwright.Page;\n\npublic class LoginPage {{\n"
               "    private final Page page;\n\n    public LoginPage(Page page) {{\n        this.page = page;\n    }}\n\n"
               "    public void login{n}(String user) {{\n        if (user != null) {{\n            page.fill(\"#login\", user);\n        }}\n    }}\n}}\n")


def test_a_test_suites_only_code_is_not_measured_rather_than_absent(tmp_path):
    files = {"README.md": "# Lutece E2E tests\n\nTests de bout en bout de Lutece (Playwright).\n",
             "pom.xml": "<project><modelVersion>4.0.0</modelVersion><artifactId>lutece-e2e-tests</artifactId></project>\n"}
    for n in range(4):
        files[f"src/test/java/fr/paris/lutece/e2e/pages/LoginPage{n}.java"] = PAGE_OBJECT.format(n=n)
    _, res = judge(tmp_path, files, CHECKS)
    for check in CHECKS:
        r = res[check]
        assert r["status"] == "inconclusive" and "test code" in r["message"]["en"] and "code de test" in r["message"]["fr"], r


def test_a_two_line_shell_snippet_is_too_little_code_to_judge_its_comments(tmp_path):
    files = {"README.md": "# ansible-ruby-compiled\n\nCompiles Ruby.\n", "tasks/main.yml": "- include: ruby-install.yml\n",
             "files/50_rbenv.bash": "export RBENV_ROOT=/usr/local/rbenv\nexport PATH=$RBENV_ROOT/bin:$PATH\n"}
    _, res = judge(tmp_path, files, ["documentation.code-comments"])
    r = res["documentation.code-comments"]
    assert r["status"] in ("not_applicable", "inconclusive") and r["status"] != "fail", r


def test_copied_jquery_plugins_are_not_the_projects_code(tmp_path):
    scroll = ("/**\n * jQuery.ScrollTo\n * Copyright (c) 2007-2009 Ariel Flesler - aflesler(at)gmail(dot)com | http://flesler.blogspot.com\n"
              " * Dual licensed under MIT and GPL.\n * @author Ariel Flesler\n * @version 1.4.1\n */\n"
              ";(function( $ ){\n  var $scrollTo = $.scrollTo = function( target, duration, settings ){\n"
              "    if (target) { return $(window).scrollTo( target, duration, settings ); }\n  };\n})( jQuery );\n")
    top = ("//** jQuery Scroll to Top Control script- (c) Dynamic Drive DHTML code library: http://www.dynamicdrive.com.\n"
           "//** v1.1 (April 7th, 09'):\n\nvar scrolltotop={\n  setting: {startline:100},\n  init:function(){ return 1 }\n}\n")
    files = {"README.md": "# IJBA\n\nVisualisation.\n", "index.html": "<html><body><script src=\"js/lancement.js\"></script></body></html>\n",
             "js/lancement.js": "/* Lancement de la visualisation */\nfunction lancer(id) {\n  if (id) {\n    return id;\n  }\n  return null;\n}\n",
             "js/localscroll/jquery.scrollTo.js": scroll, "js/scrolltopcontrol.js": top}
    report, _ = judge(tmp_path, files, CHECKS)
    assert {"js/localscroll/jquery.scrollTo.js", "js/scrolltopcontrol.js"} <= set(report["facts"]["copied_paths"] if "copied_paths" in report["facts"]
                                                                                 else _vendored(report)), report["facts"]["inventory"]["categories"]


def _vendored(report) -> list[str]:
    names = {lib["paths"][0] for lib in report["facts"]["inventory"]["libraries"]}
    return sorted(names) + (report["facts"]["inventory"].get("examples") or {}).get("vendored", [])


def test_a_test_folder_of_settings_and_sql_is_no_test_code(tmp_path):
    """PNR-Foret-Orient/protocoles: a GeoNature protocol package kept in test/ (JSON settings, a SQL view): nothing to analyse."""
    files = {"README.md": "# Protocoles\n\nProtocoles de suivi.\n", "test/config.json": '{"module_code": "test"}\n',
             "test/synthese.sql": "CREATE VIEW v AS SELECT 1;\n"}
    _, res = judge(tmp_path, files, ["documentation.code-comments"])
    assert res["documentation.code-comments"]["status"] == "not_applicable", res["documentation.code-comments"]
