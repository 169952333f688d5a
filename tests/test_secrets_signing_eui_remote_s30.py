"""Secrets a jury would name and strings it would not (issue 12, s30 j30 = readers m22o1, m22o3, m22o4):
- a literal key given by name to a signing call of its file (a TYPO3 service's ``private const TOKEN_SECRET = '…'`` then
  ``hash_hmac('sha256', $data, self::TOKEN_SECRET)``, signing the links that delete a newsletter contact) is a probable secret;
- a test's password given to a sign-in call while that test addresses a live server of the Internet, without mocking HTTP (a
  GeoNetwork client's setUp: the production catalogue, then ``connect(self.user, self.password)``) is that server's account;
- a LoRaWAN DevEUI (16 hex digits) keying a sensor → decoder map is a hardware identifier, no string to review;
- BigBlueButton's public test server secret, shipped by Greenlight as its documented default, is a default, nothing to revoke."""

from __future__ import annotations

from tests.test_project_kind import run
from tests.test_reusability_fixtures import build, results

README = {"README.md": "# Outil\n\nUn outil de la collectivité.\n"}

PHP_SERVICE = """<?php
namespace Vendor\\Newsletter\\Service;

class UnsubscribeLinkService
{
    private const TOKEN_SECRET = '{key}';
    private const TOKEN_EXPIRY_DAYS = 7;

    public function generateToken(string $email): string
    {
        $jsonData = json_encode(['email' => $email, 'expires' => time() + 86400]);
        $signature = hash_hmac('sha256', $jsonData, {used});
        return base64_encode($jsonData . '.' . $signature);
    }
}
"""

GN_TEST = '''"""tests"""
import unittest
from unittest.mock import patch, PropertyMock
{mock_import}
from ..client import Catalog


class MyTestClass(unittest.TestCase):
    def setUp(self):
        self.user = "TestCICD"
        self.password = "Git12345@"
        self.patch = patch("pkg.client.Catalog.URL", new_callable=PropertyMock)
        self.mock_gn = self.patch.__enter__()
        self.mock_gn.return_value = (
            "https://{host}/geonetwork"
        )
        self.gn = Catalog()
        self.gn.connect(self.user, self.password)

    def test_me(self):
        assert self.gn.connected
'''

EUI_MAP = '{\n  "0018b21000002f1e" : "pre_traitement",\n  "70b3d5e75e003dcd" : "pre_traitement",\n  "a81758fffe03075d" : "elsys",\n' \
          '  "70b3d5e75e004b08" : "pre_traitement"\n}\n'

BBB = ("module Greenlight\n  class Application < Rails::Application\n    # Default credentials (test-install.blindsidenetworks.com/bigbluebutton).\n"
       '    config.bigbluebutton_endpoint_default = "http://test-install.blindsidenetworks.com/bigbluebutton/api/"\n'
       '    config.bigbluebutton_secret_default = "{secret}"\n  end\nend\n')


def _secrets(tmp_path, files: dict, name: str) -> dict:
    report = run(build(tmp_path / name, {**README, **files}), tmp_path / (name + "-cache"), sponsor="local-authority", only=["reusability.secrets"])
    return results(report)["reusability.secrets"]


def test_a_constant_signing_key_is_a_probable_secret(tmp_path):
    res = _secrets(tmp_path, {"composer.json": '{"name": "vendor/newsletter"}\n',
                              "Classes/Service/UnsubscribeLinkService.php": PHP_SERVICE.replace("{key}", "sendethic_newsletter_unsubscribe_secret_2024")
                              .replace("{used}", "self::TOKEN_SECRET")}, "hmac")
    assert res["status"] == "fail" and res["details"]["strong"] == 1, res
    assert res["evidence"][0]["line"] == 6 and res["evidence"][0]["value"] == "Signing key in code", res


def test_a_constant_no_signing_call_uses_or_a_placeholder_keeps_its_verdict(tmp_path):
    files = {"composer.json": '{"name": "vendor/newsletter"}\n',
             "Classes/Service/UnsubscribeLinkService.php": PHP_SERVICE.replace("{key}", "sendethic_newsletter_unsubscribe_secret_2024")
             .replace("{used}", "getenv('TOKEN_SECRET')"),
             "Classes/Service/Other.php": PHP_SERVICE.replace("{key}", "dev-only-insecure-change-me").replace("{used}", "self::TOKEN_SECRET")}
    res = _secrets(tmp_path, files, "hmac-keep")
    assert res["status"] != "fail" and res["details"]["strong"] == 0, res


def test_a_test_signing_in_to_a_live_server_holds_its_account(tmp_path):
    res = _secrets(tmp_path, {"setup.py": "from setuptools import setup\nsetup(name='pkg')\n", "pkg/__init__.py": "",
                              "pkg/test/__init__.py": "",
                              "pkg/test/test_catalog.py": GN_TEST.format(mock_import="", host="geonetwork.metropole-exemple.fr")}, "live")
    assert res["status"] == "fail" and res["details"]["strong"] == 1, res
    assert res["evidence"][0]["path"] == "pkg/test/test_catalog.py" and res["evidence"][0]["line"] == 11, res


def test_a_mocked_or_reserved_host_test_stays_a_fixture(tmp_path):
    files = {"setup.py": "from setuptools import setup\nsetup(name='pkg')\n", "pkg/__init__.py": "", "pkg/test/__init__.py": "",
             "pkg/test/test_mocked.py": GN_TEST.format(mock_import="import requests_mock", host="geonetwork.metropole-exemple.fr")
             .replace("    def setUp(self):\n", "    @requests_mock.Mocker()\n    def setUp(self):\n"),
             "pkg/test/test_example.py": GN_TEST.format(mock_import="", host="geonetwork.example.org")}
    res = _secrets(tmp_path, files, "mocked")
    assert res["status"] == "pass" and res["details"]["strong"] == 0, res


def test_devices_euis_keying_a_map_are_no_secret(tmp_path):
    res = _secrets(tmp_path, {"build.sbt": 'name := "lora"\n', "src/main/resources/sensorsDecodersMap.json": EUI_MAP}, "eui")
    assert res["status"] == "pass" and res["details"]["weak"] == 0, res


def test_a_hex_value_under_a_key_name_stays_to_review(tmp_path):
    res = _secrets(tmp_path, {"build.sbt": 'name := "lora"\n',
                              "src/main/resources/app.json": '{\n  "client_token": "9f3b7c1d2e8a4f60b5c7d9e1a3f5b7c9"\n}\n'}, "hexvalue")
    assert res["details"]["weak"] + res["details"]["strong"] >= 1, res


def test_bigbluebuttons_public_test_secret_is_a_default(tmp_path):
    res = _secrets(tmp_path, {"Gemfile": "source 'https://rubygems.org'\ngem 'rails'\n",
                              "config/application.rb": BBB.format(secret="8cd8ef52e8e101574e400365b55e11a6")}, "bbb")
    assert res["status"] == "pass" and res["details"]["strong"] == 0 and res["details"]["development_defaults"] == 1, res


def test_another_bigbluebutton_secret_stays_a_secret(tmp_path):
    res = _secrets(tmp_path, {"Gemfile": "source 'https://rubygems.org'\ngem 'rails'\n",
                              "config/application.rb": BBB.format(secret="3f9c1e7a5b2d8046c1e9a7b3d5f20864")}, "bbb-own")
    assert res["status"] == "fail" and res["details"]["strong"] == 1, res
