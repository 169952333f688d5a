"""JSON answered to the application's own page taken for an API (issue 12, session 20 reader m1, a commune's PHP file-transfer
application). Its upload controller echoes json_encode(['status' => 'cancelled']) and a redirect to the upload page's own
XMLHttpRequest (the script sets X-Requested-With; the controller tests HTTP_X_REQUESTED_WITH and keeps the upload in $_SESSION):
interoperability.api-spec warned "describe them in OpenAPI". Now a PHP file answering JSON that tells its page's XMLHttpRequest by
that header and keeps the user's session answers its own pages: not applicable, as WordPress's admin-ajax answers are; a PHP file
answering JSON without them (a web service for other clients) still warns."""

from __future__ import annotations

import json

from tests.test_project_kind import run
from tests.test_reusability_fixtures import build, results

ID = "interoperability.api-spec"
CONTROLLER = ("<?php\nif (session_status() !== PHP_SESSION_ACTIVE) {\n    session_start();\n}\n\nclass UploadController\n{\n"
              "    public function index()\n    {\n        require __DIR__ . '/../views/upload/form.php';\n    }\n\n"
              "    public function handleUpload()\n    {\n        if (isset($_POST['cancel'])) {\n            unset($_SESSION['pending']);\n"
              "            echo json_encode(['status' => 'cancelled']);\n            return;\n        }\n"
              "        $_SESSION['pending'] = ['name' => basename($_FILES['file']['name'])];\n"
              "        header('Content-Type: application/json');\n        echo json_encode(['redirect' => '/upload/confirm']);\n    }\n\n"
              "    private function showError(string $message, int $code)\n    {\n        http_response_code($code);\n"
              "        if (!empty($_SERVER['HTTP_X_REQUESTED_WITH']) && strtolower($_SERVER['HTTP_X_REQUESTED_WITH']) === 'xmlhttprequest') {\n"
              "            echo json_encode(['error' => $message]);\n            exit;\n        }\n"
              "        require __DIR__ . '/../views/errors/error.php';\n    }\n}\n")
SCRIPT = ("const form = document.getElementById('upload');\nform.addEventListener('submit', (e) => {\n  e.preventDefault();\n"
          "  const xhr = new XMLHttpRequest();\n  xhr.open('POST', '/upload');\n  xhr.setRequestHeader('X-Requested-With', 'XMLHttpRequest');\n"
          "  xhr.onload = () => { const r = JSON.parse(xhr.responseText); if (r.redirect) window.location = r.redirect; };\n"
          "  xhr.send(new FormData(form));\n});\n")
APP = {
    "README.md": "# Transfert\n\nApplication web de transfert de fichiers pour les agents de la mairie.\n",
    "composer.json": json.dumps({"name": "mairie/transfert", "require": {"php": ">=8.1", "phpmailer/phpmailer": "^6.9"}}),
    "public/index.php": "<?php\nrequire_once '../core/App.php';\n$app = new App();\n$app->run();\n",
    "core/App.php": ("<?php\nclass App\n{\n    public function run()\n    {\n        $uri = parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH);\n"
                     "        require_once __DIR__ . '/../app/controllers/UploadController.php';\n        $c = new UploadController();\n"
                     "        $uri === '/upload' && $_SERVER['REQUEST_METHOD'] === 'POST' ? $c->handleUpload() : $c->index();\n    }\n}\n"),
    "app/controllers/UploadController.php": CONTROLLER,
    "app/views/upload/form.php": ("<!doctype html>\n<html lang=\"fr\"><head><title>Envoyer</title></head><body>\n<form id=\"upload\" method=\"post\" "
                                  "enctype=\"multipart/form-data\"><input type=\"file\" name=\"file\"><button>Envoyer</button></form>\n"
                                  "<script src=\"/assets/js/upload.js\"></script>\n</body></html>\n"),
    "public/assets/js/upload.js": SCRIPT,
}


def verdict(tmp_path, files, name):
    report = run(build(tmp_path / name, files), tmp_path / f"c-{name}", only=[ID])
    assert report["facts"]["project"]["kind"] == "web-application", report["facts"]["project"]
    return results(report)[ID]


def test_json_answered_to_the_apps_own_page_is_no_api(tmp_path):
    res = verdict(tmp_path, APP, "app")
    assert res["status"] == "not_applicable", res["message"]
    assert "X-Requested-With" in res["message"]["fr"] and "UploadController.php" in res["message"]["en"], res["message"]


def test_a_php_web_service_for_other_clients_still_warns(tmp_path):
    service = ("<?php\nheader('Content-Type: application/json');\nheader('Access-Control-Allow-Origin: *');\n"
               "$pdo = new PDO(getenv('DSN'));\n$rows = $pdo->query('SELECT id, nom, lat, lon FROM points')->fetchAll(PDO::FETCH_ASSOC);\n"
               "echo json_encode($rows);\n")
    res = verdict(tmp_path, {**APP, "public/ws/points.php": service}, "ws")
    assert res["status"] == "warn", res["message"]
    assert "OpenAPI" in res["message"]["fr"], res["message"]
