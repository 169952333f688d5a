"""reusability.secrets (issue 12, s39 ff39 = reader rc39): Alex7209UwU/mail2pdf-nextgen's Flask app.py sets its session-signing key
to a literal word (app.secret_key = 'supersecretkey'), read from no environment variable: every deployment signs its cookies with the
published key, and the check said "No secret detected" (detect-secrets misses a low-entropy word). SofianeMohamedStd/Mairie-de-
Willer-sur-Thur's Symfony controller writes Firebase Cloud Messaging's legacy server key (AAAA…:APA91b…) and gives it to setApiKey():
a key of a known shape, missed. Near misses: a secret key read from os.environ stays clean, and a device's registration token
(<22 characters>:APA91b…) is no server key."""

from __future__ import annotations

from tests.test_project_kind import run
from tests.test_reusability_fixtures import build, results

FLASK = ("import os\nfrom flask import Flask, flash, render_template\n\napp = Flask(__name__)\n"
         "app.secret_key = {key}  # Needed for flash messages\n\n\n@app.route('/')\ndef index():\n    return render_template('index.html')\n")
TAIL = "Qx7_r2LmNc9vKp4sWzT1yHbE8uJd3fGa6oXiVn5qRt0SlMw-kPjYh2ZcBe7DgFu9AaNs4TrLx1Kv8Qw3Ez6Ry0Ui5Op2Md7Nb4Vc9Xz1Lk6Jh3Gf8Ds0Ap5Qe7Wr2Ty4Uu9I"
PHP = ("<?php\n\nnamespace App\\Controller\\Admin;\n\nuse sngrl\\PhpFirebaseCloudMessaging\\Client;\nuse sngrl\\PhpFirebaseCloudMessaging\\Message;\n"
       "use sngrl\\PhpFirebaseCloudMessaging\\Recipient\\Device;\n\nclass NotificationController\n{{\n    public function index()\n    {{\n"
       "        $server_key = '{key}';\n        $client = new Client();\n        $client->setApiKey($server_key);\n"
       "        $message = new Message();\n        $message->addRecipient(new Device('{device}'));\n        return $client->send($message);\n    }}\n}}\n")


def _secrets(tmp_path, files: dict, name: str) -> dict:
    report = run(build(tmp_path / name, files), tmp_path / (name + "-cache"), sponsor="local-authority", only=["reusability.secrets"])
    return results(report)["reusability.secrets"]


def _flask(key: str) -> dict:
    return {"README.md": "# Mail2PDF\n\nConvertit des courriels en PDF.\n", "requirements.txt": "Flask==3.0.0\n", "app.py": FLASK.format(key=key)}


def test_a_flask_secret_key_written_as_a_word_in_the_code_is_reported(tmp_path):
    res = _secrets(tmp_path, _flask("'supersecretkey'"), "word")
    assert res["details"]["weak"] + res["details"]["strong"] >= 1, res
    assert any(e.get("path") == "app.py" and e.get("line") == 5 for e in res["evidence"]), res


def test_a_flask_secret_key_read_from_the_environment_stays_clean(tmp_path):
    res = _secrets(tmp_path, _flask("os.environ['SECRET_KEY']"), "env")
    assert res["status"] == "pass" and res["details"]["weak"] == 0 and res["details"]["strong"] == 0, res


def test_a_firebase_server_key_in_php_code_is_a_probable_secret(tmp_path):
    files = {"README.md": "# Plateforme citoyenne\n", "composer.json": '{"require": {"php": ">=7.4"}}\n',
             "src/Controller/Admin/NotificationController.php": PHP.format(key="AAAAKxQmZpE:APA91b" + TAIL, device="dX0FzEbgQeamtR8sz5FNED:APA91b" + TAIL[:60])}
    res = _secrets(tmp_path, files, "fcm")
    assert res["status"] == "fail" and res["details"]["strong"] == 1, res
    assert res["evidence"][0]["path"] == "src/Controller/Admin/NotificationController.php" and res["evidence"][0]["line"] == 13, res


def test_a_device_registration_token_alone_is_no_server_key(tmp_path):
    files = {"README.md": "# Plateforme citoyenne\n", "composer.json": '{"require": {"php": ">=7.4"}}\n',
             "src/Controller/Admin/NotificationController.php": PHP.format(key="%env(FCM_SERVER_KEY)%", device="dX0FzEbgQeamtR8sz5FNED:APA91b" + TAIL[:60])}
    res = _secrets(tmp_path, files, "device")
    assert res["details"]["strong"] == 0, res
