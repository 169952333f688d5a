"""A framework's built manual shipped in its distribution beside its core (issue 12, s43 fd43 = reader rb43, Louischaill/Foissy-sur-Vanne).

A commune's site written on CodeIgniter 3 committed the framework's whole download: its core (system/, known as the copied library
codeigniter 3.1.10) and, beside it, its manual already built by Sphinx (user_guide/: .buildinfo, searchindex.js, genindex.html, the
pages of documentation/ and tutorial/, _static/ with jQuery and Google fonts, a page documenting password_hash()). The manual was read
as the project's: documentation.docs 'Found: documentation folder', licensing.data-and-docs 'No license for the documentation',
data-standards 'JSON' in its jQuery, fonts, a sign-in page, and build-output counted it twice (207 + 210 files). A built documentation
site beside a framework's committed core whose home page's title names that framework is the framework's copy: vendored with it.
Near miss: the project's own Sphinx build beside the same core, titled after the project, stays its documentation build output.
"""

from __future__ import annotations

from tests.test_reusability_fixtures import build, results, run_audit

CHECKS = ["reusability.build-output", "documentation.docs", "licensing.data-and-docs", "reusability.dependencies"]

CORE = ("<?php\n/**\n * CodeIgniter\n *\n * An open source application development framework for PHP\n */\n"
        "defined('BASEPATH') OR exit('No direct script access allowed');\n\tconst CI_VERSION = '3.1.10';\n"
        "class CI_Benchmark {\n\tpublic $marker = array();\n}\n")


def page(title: str, body: str = "") -> str:
    return (f"<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n  <meta charset=\"utf-8\">\n  <title>{title}</title>\n"
            "  <link href='https://fonts.googleapis.com/css?family=Lato:400,700|Roboto+Slab:400,700' rel='stylesheet' type='text/css'>\n"
            f"  <script src=\"_static/jquery.js\"></script>\n</head>\n<body>\n<p>{body}</p>\n</body>\n</html>\n")


def site(manual_title: str) -> dict:
    guide = {f"CodeIgniter/user_guide/{p}": page(f"{t} &mdash; {manual_title}", b) for p, t, b in (
        ("index.html", "User Guide", "Welcome."),
        ("documentation/index.html", "Writing Documentation", "Sphinx and reStructuredText."),
        ("tutorial/index.html", "Tutorial", "Build a simple news application."),
        ("tutorial/static_pages.html", "Static pages", "Your first controller."),
        ("general/compatibility_functions.html", "Compatibility Functions", "password_hash($password, PASSWORD_DEFAULT)"),
        ("genindex.html", "Index", ""), ("search.html", "Search", ""))}
    return {
        "README.md": "# Mairie du village\n",
        "CodeIgniter/index.php": "<?php\n/**\n * @package\tCodeIgniter\n */\n$system_path = 'system';\nrequire_once BASEPATH.'core/CodeIgniter.php';\n",
        "CodeIgniter/system/core/CodeIgniter.php": CORE,
        "CodeIgniter/system/core/Common.php": "<?php\nfunction is_php($version) {\n\treturn TRUE;\n}\n",
        "CodeIgniter/application/controllers/Accueil.php": "<?php\nclass Accueil extends CI_Controller {\n\tpublic function index() {\n"
                                                           "\t\t$this->load->view('accueil');\n\t}\n}\n",
        "CodeIgniter/application/views/accueil.php": "<h1>Bienvenue</h1>\n<p><?= $texte ?></p>\n",
        "CodeIgniter/application/views/footer.php": "<footer>Horaires de la mairie</footer>\n",
        "CodeIgniter/user_guide/.buildinfo": "# Sphinx build info version 1\nconfig: 3208f3f1f7d0c5b25707636a7c7fe643\n",
        "CodeIgniter/user_guide/searchindex.js": "Search.setIndex({docnames:[\"index\"]})\n",
        "CodeIgniter/user_guide/_static/jquery.js": "/*! jQuery v3.1.0 | (c) jQuery Foundation | jquery.org/license */\n"
                                                    "var accepts = {json: \"application/json, text/javascript\"}; // JSON\n",
        **guide,
    }


def audit(tmp_path, files):
    return results(run_audit(build(tmp_path / "r", files), tmp_path / "c", CHECKS))


def test_the_frameworks_manual_beside_its_core_is_the_frameworks_copy(tmp_path):
    r = audit(tmp_path, site("CodeIgniter 3.1.10 documentation"))
    assert r["reusability.build-output"]["status"] == "pass", r["reusability.build-output"]["message"]
    docs = r["documentation.docs"]
    assert not any((e.get("path") or "").startswith("CodeIgniter/user_guide/") for e in docs["evidence"]), docs["evidence"]
    assert r["licensing.data-and-docs"]["status"] == "not_applicable", r["licensing.data-and-docs"]["message"]
    deps = r["reusability.dependencies"]["message"]["en"]
    assert "codeigniter 3.1.10" in deps and "jquery" not in deps, deps  # (the manual's jQuery is the framework's, described with it)


def test_near_miss_the_projects_own_sphinx_build_beside_the_core_stays_build_output(tmp_path):
    r = audit(tmp_path, site("Mairie du village 1.0 documentation"))
    assert r["reusability.build-output"]["status"] == "warn", r["reusability.build-output"]["message"]
    assert any((e.get("path") or "").startswith("CodeIgniter/user_guide/") for e in r["documentation.docs"]["evidence"])


def test_the_projects_own_sphinx_build_is_counted_once(tmp_path):
    """(the same case's second cause: with no build folder named, the Sphinx tree whose files are the build files counted was added
    again as 'documentation written by Sphinx from the code'; a source map elsewhere makes the inventory hold generated files)"""
    files = {**site("Mairie du village 1.0 documentation"),
             "CodeIgniter/assets/css/app.css": ".a { color: red; }\n/*# sourceMappingURL=app.css.map */\n",
             "CodeIgniter/assets/css/app.css.map": '{"version":3,"sources":["app.scss"],"mappings":"AAAA"}\n'}
    r = audit(tmp_path, files)["reusability.build-output"]
    assert r["status"] == "warn" and "written by Sphinx" not in r["message"]["en"], r["message"]["en"]
