"""Slack's Web API on its main domain, https://slack.com/api/<method>, is Slack (issue 12, s48 fg48 = reader ra48,
OPEN-ENT-NG/zimbra-connector).

The connector posts alerts to chat.postMessage by hand-written HTTP (SlackService.java) from a configured base address whose
default, in its deployment template (template.j2), is https://slack.com/api/. The list knew Slack by hooks.slack.com and
api.slack.com (its docs site) and its SDKs only: vendor-lock-in said "no proprietary service", portability "none of those the
tool knows", hosting counted slack.com as an "other organisation". Fixtures written for the test.
"""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

TEMPLATE = ('{\n  "host": "{{ host }}",\n  "alerts": {\n    "api-uri": "{{ alertsUri | default(\'https://slack.com/api/\') }}",\n'
            '    "api-token": "{{ alertsToken }}",\n    "channel": "{{ alertsChannel }}"\n  }\n}\n')
SERVICE = ("package org.example.mail;\n\nimport io.vertx.core.http.HttpClient;\n\npublic class AlertService {\n"
           "    private final HttpClient client;\n    private final String uri;\n    private final String token;\n\n"
           "    public AlertService(HttpClient client, String uri, String token) {\n"
           "        this.client = client; this.uri = uri; this.token = token;\n    }\n\n"
           "    public void send(String text) {\n"
           "        client.request(io.vertx.core.http.HttpMethod.POST, uri + \"chat.postMessage?token=\" + token + \"&text=\" + text);\n"
           "    }\n}\n")
FILES = {"src/main/resources/template.j2": TEMPLATE, "src/main/java/org/example/mail/AlertService.java": SERVICE,
         "pom.xml": "<project><modelVersion>4.0.0</modelVersion><groupId>org.example</groupId><artifactId>mail</artifactId>"
                    "<version>1.0</version></project>\n"}
# the near miss: the project's community chat named in its code (a workspace page, an invitation link), no API called
NEAR = {**FILES, "src/main/resources/template.j2": TEMPLATE.replace("https://slack.com/api/", "https://chat.example.org/hooks/"),
        "src/main/java/org/example/mail/Links.java": "package org.example.mail;\n\npublic class Links {\n"
        "    public static final String COMMUNITY = \"https://example-team.slack.com/archives/C012AB3CD\";\n"
        "    public static final String JOIN = \"https://slack.com/intl/fr-fr/\";\n}\n"}


def test_a_hand_written_call_to_slacks_web_api_is_slack(tmp_path):
    r = check_result(tmp_path / "v", FILES, "scaling.vendor-lock-in")
    assert r["status"] in ("warn", "fail") and "Slack" in r["message"]["en"], r["message"]
    assert any(e.get("path") == "src/main/resources/template.j2" and e.get("line") == 4 for e in r["evidence"]), r["evidence"]
    p = check_result(tmp_path / "p", FILES, "reusability.portability")
    assert "Slack" in p["message"]["en"], p["message"]
    h = check_result(tmp_path / "h", FILES, "scaling.hosting")
    assert "slack.com" not in [x["host"] for x in h["details"].get("hosts") or []], h["details"]
    assert "other organisation" not in h["message"]["en"], h["message"]


def test_near_miss_slack_pages_named_in_the_code_are_no_api_call(tmp_path):
    r = check_result(tmp_path / "v", NEAR, "scaling.vendor-lock-in")
    assert r["status"] == "pass", r["message"]
    p = check_result(tmp_path / "p", NEAR, "reusability.portability")
    assert "Slack" not in p["message"]["en"], p["message"]
