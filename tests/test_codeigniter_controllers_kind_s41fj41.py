"""facts.project kind evidence: CodeIgniter 3 controllers are the framework's, not plain PHP pages (issue 12, session 41 fixer fj41 =
Agence-Bleu-B/ccas-dinan, reader rd41 item 1.7). A CCAS's site built on CodeIgniter 3.1.4 has its controllers (class Admin extends
CI_Controller, reading the posted form and the session); the kind's evidence named them 'PHP pages handling requests (no framework)'
beside 'view of an application built on codeigniter'. Now a PHP page whose class extends CI_Controller (or the application's
MY_Controller) is named 'CodeIgniter controller handling requests'. Near miss: plain PHP pages reading $_POST keep '(no framework)'.
The kind stays web-application either way. The fixtures are written for the test."""

from __future__ import annotations

from tests.test_kind_first_reads import kind_and_results


def _controller(name: str, base: str = "CI_Controller") -> str:
    return (f"<?php\ndefined('BASEPATH') OR exit('No direct script access allowed');\n\nclass {name} extends {base} {{\n"
            "    public function index() {\n        session_start();\n        if (isset($_POST['login'])) {\n"
            f"            $this->load->view('{name.lower()}/index');\n        }}\n    }}\n}}\n")


def test_codeigniter_controllers_are_named_as_the_framework(tmp_path):
    files = {"application/controllers/Admin.php": _controller("Admin"),
             "application/controllers/Personnel.php": _controller("Personnel", "MY_Controller"),
             "application/core/MY_Controller.php": "<?php\nclass MY_Controller extends CI_Controller {\n}\n",
             "index.php": "<?php\n$system_path = 'system';\nrequire_once BASEPATH.'core/CodeIgniter.php';\n"}
    project, _ = kind_and_results(tmp_path, files, ["reusability.configuration"])
    reasons = {e["path"]: e["reason"] for e in project["kind_evidence"]}
    assert project["kind"] == "web-application", project
    assert reasons.get("application/controllers/Admin.php") == "CodeIgniter controller handling requests (extends CI_Controller)", reasons
    assert not any("no framework" in r for r in reasons.values()), reasons


def test_plain_php_pages_keep_no_framework(tmp_path):
    files = {"index.php": "<?php\nsession_start();\n$q = $_GET['q'] ?? '';\necho '<form action=\"save.php\" method=\"post\"></form>';\n",
             "save.php": "<?php\nsession_start();\n$nom = $_POST['nom'];\necho '<p>Enregistré</p>';\n"}
    project, _ = kind_and_results(tmp_path, files, ["reusability.configuration"])
    reasons = [e["reason"] for e in project["kind_evidence"]]
    assert project["kind"] == "web-application" and "PHP pages handling requests (no framework)" in reasons, (project["kind"], reasons)
