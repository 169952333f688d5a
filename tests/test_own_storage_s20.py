"""A web application judged on schemas for its own storage (issue 12, session 20 reader m1, a commune's PHP file-transfer
application). Its only tables are its accounts, e-mail tokens and transfers (app/models/*.php) and its only JSON the replies to its
upload page's XMLHttpRequest: interoperability.data-standards failed ("Open formats: JSON; 0 Table Schema"), advising
schema.data.gouv.fr, while it publishes no data. The "its database is its own storage, not data it publishes" exit was for tool
kinds only. Now the JSON a page echoes to its own XMLHttpRequest is no data format, and a web application with no data file, no open
format read or written and no schema sign is not applicable, its models said to be its own storage; a data file or a JSON web service
for other clients keeps it judged."""

from __future__ import annotations

from tests.test_page_xhr_json_s20 import APP
from tests.test_project_kind import run
from tests.test_reusability_fixtures import build, results

ID = "interoperability.data-standards"
USER_MODEL = ("<?php\nclass UserModel\n{\n    private PDO $db;\n\n    public function __construct(PDO $db)\n    {\n        $this->db = $db;\n    }\n\n"
              "    public function create(string $email, string $hash): void\n    {\n"
              "        $stmt = $this->db->prepare('INSERT INTO users (email, password_hash, created_at) VALUES (?, ?, NOW())');\n"
              "        $stmt->execute([$email, $hash]);\n    }\n\n    public function findByEmail(string $email): ?array\n    {\n"
              "        $stmt = $this->db->prepare('SELECT id, email, password_hash FROM users WHERE email = ?');\n"
              "        $stmt->execute([$email]);\n        return $stmt->fetch(PDO::FETCH_ASSOC) ?: null;\n    }\n}\n")
FILE_MODEL = ("<?php\nclass TransferModel\n{\n    public function __construct(private PDO $db)\n    {\n    }\n\n"
              "    public function add(string $uuid, string $name, int $size): void\n    {\n"
              "        $this->db->prepare('INSERT INTO transfers (uuid, name, size, expires_at) VALUES (?, ?, ?, NOW() + INTERVAL 7 DAY)')->execute([$uuid, $name, $size]);\n"
              "    }\n}\n")
STORAGE_APP = {**APP, "app/models/UserModel.php": USER_MODEL, "app/models/TransferModel.php": FILE_MODEL}


def verdict(tmp_path, files, name):
    report = run(build(tmp_path / name, files), tmp_path / f"c-{name}", only=[ID])
    assert report["facts"]["project"]["kind"] == "web-application", report["facts"]["project"]
    assert report["facts"]["personal_data"]["schemas_read"] >= 1, report["facts"]["personal_data"]
    return results(report)[ID]


def test_a_web_apps_own_storage_is_no_data_it_publishes(tmp_path):
    res = verdict(tmp_path, STORAGE_APP, "app")
    assert res["status"] == "not_applicable", res["message"]
    assert "propre stockage" in res["message"]["fr"] and "application web" in res["message"]["fr"], res["message"]


def test_a_web_app_serving_json_to_other_clients_stays_judged(tmp_path):
    service = ("<?php\nheader('Content-Type: application/json');\nheader('Access-Control-Allow-Origin: *');\n"
               "$pdo = new PDO(getenv('DSN'));\n$rows = $pdo->query('SELECT uuid, name, size FROM transfers')->fetchAll(PDO::FETCH_ASSOC);\n"
               "echo json_encode($rows);\n")
    res = verdict(tmp_path, {**STORAGE_APP, "public/ws/transfers.php": service}, "ws")
    assert res["status"] not in ("not_applicable", "pass"), res["message"]
