"""reusability.territory-neutral (issue 12, session 26, fixer b26 on GIP-RECIA/Application-mobile-POC): an ENT mobile app
hard-codes its operator's servers in a BaseUrl singleton ("auth.test.recia.dev", "lycees.test.recia.dev") and in its web views
("https://lycees.test.recia.dev/collabsoft/…"), beside one "https://e-education.recia.fr/moodle"; the check found the last only:
the .dev domain was never read, and GIP RECIA's recia.dev and giprecia.net were not its domains. A listed public digital service
operator's hosts under .dev are now its servers; a .dev host of nobody listed, even named after a place, stays none."""

from __future__ import annotations

from tests.test_reusability_fixtures import build, results, run_audit

CID = "reusability.territory-neutral"
BASE_URL = ('class BaseUrl {\n  static final BaseUrl _instance = BaseUrl._internal();\n\n'
            '  final String _casBaseURL = "{cas}"; // cas external server\n  final String _portalBaseURL = "{portal}";\n\n'
            '  factory BaseUrl() => _instance;\n  BaseUrl._internal();\n\n  String get casBaseURL => _casBaseURL;\n}\n')
WEBVIEW = ("import 'package:flutter_inappwebview/flutter_inappwebview.dart';\n\nfinal start = URLRequest(url: WebUri(\"https://{portal}/collabsoft/ui/projects\"));\n")


def run(tmp_path, cas: str, portal: str) -> dict:
    files = {"README.md": "# ENT mobile\n\nL'application mobile de l'espace numérique de travail.\n",
             "pubspec.yaml": "name: ent\ndependencies:\n  flutter:\n    sdk: flutter\n",
             "lib/main.dart": "import 'package:flutter/material.dart';\n\nvoid main() => runApp(const MaterialApp(home: Text('ENT')));\n",
             "lib/singletons/baseUrl.dart": BASE_URL.replace("{cas}", cas).replace("{portal}", portal),
             "lib/pages/collabsoft.dart": WEBVIEW.replace("{portal}", portal)}
    return results(run_audit(build(tmp_path / "r", files), tmp_path / "c", [CID]))[CID]


def test_a_listed_operators_dev_servers_are_territory_values(tmp_path):
    r = run(tmp_path, "auth.test.recia.dev", "lycees.test.recia.dev")
    hosts = {str(e.get("value")) for e in r["evidence"] if e.get("kind") == "finding"}
    assert {"auth.test.recia.dev", "lycees.test.recia.dev", "://lycees.test.recia.dev"} <= hosts, r["evidence"]  # was no finding
    assert r["status"] != "pass"


def test_an_operators_cas_under_its_other_domain_is_a_territory_value(tmp_path):
    r = run(tmp_path, "cas.example.org", "secure.giprecia.net")
    assert "://secure.giprecia.net" in {str(e.get("value")) for e in r["evidence"] if e.get("kind") == "finding"}, r["evidence"]


def test_a_dev_host_of_nobody_listed_is_none(tmp_path):
    r = run(tmp_path, "auth.staging.myschoolapp.dev", "nantes.dev")
    assert r["status"] == "pass", (r["message"], r["evidence"])
