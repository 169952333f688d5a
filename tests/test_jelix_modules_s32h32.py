"""Session 32 (h32, reader m25o3's 3liz/lizmap-gobsapi-module and 3liz/lizmap-naturaliz-module): Jelix modules of Lizmap.

A Jelix module declares itself in module.xml (<module xmlns="http://jelix.org/ns/module/1.0">) and answers web requests from
controllers/*.classic.php, asking Jelix for a response: ``$rep = $this->getResponse('json')``. A module whose controllers answer
JSON only (a REST API's token sign-in, its projects and observations) was a "static site" because of its MkDocs documentation and
the Swagger UI page beside its OpenAPI description; and a module whose controllers answer JSON beside its pages had "no code
answering JSON", so its undescribed web services made api-spec not applicable."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

MODULE_XML = ('<?xml version="1.0" encoding="UTF-8"?>\n<module xmlns="http://jelix.org/ns/module/1.0">\n'
              '    <info id="obsapi" name="obsapi" createdate="2020-10-02">\n        <version date="2024-01-22">0.9.0</version>\n'
              '    </info>\n    <dependencies>\n        <module name="lizmap" minversion="3.7.*"/>\n    </dependencies>\n</module>\n')

API_MODULE = {
    "README.md": "# Observatoire API\n\nModule Lizmap servant l'API REST de l'observatoire.\n",
    "mkdocs.yml": "site_name: Observatoire API\nnav:\n  - Accueil: index.md\n",
    "docs/index.md": "# Observatoire API\n\nDocumentation du module.\n",
    "docs/api/index.html": ('<!DOCTYPE html>\n<html><head><title>Swagger UI</title></head><body><div id="swagger-ui"></div>'
                            '<script src="./swagger-ui-bundle.js"></script></body></html>\n'),
    "docs/api/openapi.yaml": ("openapi: 3.0.1\ninfo:\n  title: Observatoire\n  version: 1.0.0\npaths:\n  /user/login:\n    get:\n"
                              "      responses:\n        '200':\n          description: token\n"),
    "obsapi/module.xml": MODULE_XML,
    "obsapi/urls.xml": '<?xml version="1.0" encoding="utf-8"?>\n<suburls xmlns="http://jelix.org/ns/suburls/1.0">\n</suburls>\n',
    "obsapi/controllers/apiController.php": ("<?php\nclass apiController extends jController\n{\n    protected function apiResponse($code, $data)\n"
                                             "    {\n        $rep = $this->getResponse('json');\n        $rep->setHttpStatus($code, 'OK');\n"
                                             "        $rep->data = $data;\n\n        return $rep;\n    }\n}\n"),
    "obsapi/controllers/user.classic.php": ("<?php\ninclude jApp::getModulePath('obsapi').'controllers/apiController.php';\n\n"
                                            "class userCtrl extends apiController\n{\n    public function logUserIn()\n    {\n"
                                            "        $rep = $this->getResponse('json');\n        $login = $this->param('username');\n"
                                            "        $password = $this->param('password');\n        $ok = jAuth::login($login, $password);\n"
                                            "        $rep->data = array('ok' => $ok);\n\n        return $rep;\n    }\n}\n"),
    "obsapi/controllers/observation.classic.php": ("<?php\ninclude jApp::getModulePath('obsapi').'controllers/apiController.php';\n\n"
                                                   "class observationCtrl extends apiController\n{\n    public function getMedia()\n    {\n"
                                                   "        $rep = $this->getResponse('binary');\n        $rep->fileName = 'media.jpg';\n\n"
                                                   "        return $rep;\n    }\n}\n"),
    "obsapi/classes/Observation.class.php": "<?php\nclass Observation\n{\n    public function get($id)\n    {\n        return array('id' => $id);\n    }\n}\n",
}


def test_a_jelix_module_answering_json_only_is_an_api_service_not_a_static_site(tmp_path):
    report, res = judge(tmp_path, API_MODULE, ["interoperability.auth"])
    project = report["facts"]["project"]
    assert project["kind"] == "api-service", project
    assert any(e["reason"].startswith("Jelix module's controllers") for e in project["kind_evidence"]), project["kind_evidence"]
    assert "static site" not in res["interoperability.auth"]["message"]["en"], res["interoperability.auth"]["message"]


def test_a_jelix_module_rendering_pages_is_not_taken_for_an_api(tmp_path):
    files = dict(API_MODULE)
    files["obsapi/controllers/default.classic.php"] = ("<?php\nclass defaultCtrl extends jController\n{\n    public function index()\n    {\n"
                                                       "        $rep = $this->getResponse('html');\n        $rep->body->assign('MAIN', 'x');\n\n"
                                                       "        return $rep;\n    }\n}\n")
    report, _ = judge(tmp_path, files, ["interoperability.auth"])
    assert report["facts"]["project"]["kind"] != "api-service", report["facts"]["project"]
    # (nor is a module.xml of another namespace a Jelix module)
    files = dict(API_MODULE)
    files["obsapi/module.xml"] = '<?xml version="1.0"?>\n<module xmlns="http://example.org/ns/module">\n</module>\n'
    report, _ = judge(tmp_path, files, ["interoperability.auth"], name="other")
    assert report["facts"]["project"]["kind"] != "api-service", report["facts"]["project"]


PAGES_AND_SERVICES = {
    "README.md": "# Occtax\n\nModules Lizmap de consultation des observations naturalistes.\n",
    "occtax/module.xml": MODULE_XML.replace("obsapi", "occtax"),
    "occtax/templates/search.tpl": "<div id=\"occtax-search\">{$form}</div>\n",
    "occtax/controllers/default.classic.php": ("<?php\nclass defaultCtrl extends jController\n{\n    public function index()\n    {\n"
                                               "        $rep = $this->getResponse('html');\n        $id = $_GET['id'];\n\n        return $rep;\n    }\n}\n"),
    "occtax/controllers/service.classic.php": ("<?php\nclass serviceCtrl extends jController\n{\n    public function search()\n    {\n"
                                               "        $rep = $this->getResponse('json');\n        $token = $_POST['token'];\n"
                                               "        $rep->data = array('status' => 1, 'result' => array());\n\n        return $rep;\n    }\n}\n"),
}


def test_jelix_controllers_answering_json_are_a_served_api_without_description(tmp_path):
    _, res = judge(tmp_path, PAGES_AND_SERVICES, ["interoperability.api-spec"])
    spec = res["interoperability.api-spec"]
    assert spec["status"] == "warn", spec["message"]
    assert any(e["path"] == "occtax/controllers/service.classic.php" for e in spec["evidence"]), spec["evidence"]


def test_jelix_controllers_answering_pages_only_serve_no_api(tmp_path):
    files = dict(PAGES_AND_SERVICES)
    files["occtax/controllers/service.classic.php"] = files["occtax/controllers/service.classic.php"].replace("getResponse('json')", "getResponse('htmlfragment')")
    _, res = judge(tmp_path, files, ["interoperability.api-spec"])
    assert res["interoperability.api-spec"]["status"] == "not_applicable", res["interoperability.api-spec"]["message"]
