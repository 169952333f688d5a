"""reusability.portability, scaling.vendor-lock-in (issue 12, s39 ff39 = reader rc39, SofianeMohamedStd/Mairie-de-Willer-sur-Thur): a
Symfony application sends push notifications through Firebase Cloud Messaging with a PHP client — composer.json requires
redjanym/php-firebase-cloud-messaging, a controller uses sngrl\\PhpFirebaseCloudMessaging\\{Client, Message} — and both checks said no
proprietary service (only kreait/firebase-php was known). Near miss: firebase/php-jwt, a JSON Web Token library under a "firebase"
vendor name, is no Firebase service."""

from __future__ import annotations

import json

from tests.test_kind_first_reads import kind_and_results

CONTROLLER = ("<?php\n\nnamespace App\\Controller\\Admin;\n\nuse sngrl\\PhpFirebaseCloudMessaging\\Client;\nuse sngrl\\PhpFirebaseCloudMessaging\\Message;\n"
              "use sngrl\\PhpFirebaseCloudMessaging\\Notification;\nuse Symfony\\Bundle\\FrameworkBundle\\Controller\\AbstractController;\n\n"
              "class NotificationController extends AbstractController\n{\n    public function index()\n    {\n        $client = new Client();\n"
              "        $client->setApiKey($_ENV['FCM_SERVER_KEY']);\n        $message = new Message();\n"
              "        $message->setNotification(new Notification('Nouveau sondage', 'Participez'));\n        return $client->send($message);\n    }\n}\n")
JWT = ("<?php\n\nnamespace App\\Security;\n\nuse Firebase\\JWT\\JWT;\n\nclass Tokens\n{\n    public function make(array $claims): string\n    {\n"
       "        return JWT::encode($claims, $_ENV['JWT_KEY'], 'HS256');\n    }\n}\n")
CHECKS = ["reusability.portability", "scaling.vendor-lock-in"]


def _app(require: dict, files: dict) -> dict:
    composer = {"type": "project", "require": {"php": ">=7.4", "symfony/framework-bundle": "5.2.*", **require}}
    return {"composer.json": json.dumps(composer, indent=4) + "\n", "public/index.php": "<?php\nrequire dirname(__DIR__).'/vendor/autoload.php';\n",
            "src/Kernel.php": "<?php\n\nnamespace App;\n\nclass Kernel\n{\n}\n", **files}


def test_a_php_client_of_firebase_cloud_messaging_is_firebase(tmp_path):
    _, res = kind_and_results(tmp_path, _app({"redjanym/php-firebase-cloud-messaging": "^1.1"},
                                             {"src/Controller/Admin/NotificationController.php": CONTROLLER}), CHECKS)
    assert "Firebase" in json.dumps(res["reusability.portability"]), res["reusability.portability"]
    assert res["scaling.vendor-lock-in"]["status"] != "pass", res["scaling.vendor-lock-in"]
    assert "Firebase" in res["scaling.vendor-lock-in"]["message"]["en"], res["scaling.vendor-lock-in"]


def test_the_firebase_jwt_library_is_no_firebase_service(tmp_path):
    _, res = kind_and_results(tmp_path, _app({"firebase/php-jwt": "^6.0"}, {"src/Security/Tokens.php": JWT}), CHECKS)
    assert "Firebase" not in res["scaling.vendor-lock-in"]["message"]["en"], res["scaling.vendor-lock-in"]
    assert res["scaling.vendor-lock-in"]["status"] == "pass", res["scaling.vendor-lock-in"]
