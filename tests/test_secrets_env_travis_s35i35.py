"""reusability.secrets (issue 12, s35 i35 = readers' m30o3 cases):
- GwendolineD/app-mairies: Supabase CLI's supabase/config.toml gives its secret settings as ``s3_secret_key = "env(S3_SECRET_KEY)"``,
  the CLI's substitution of an environment variable (as ``${S3_SECRET_KEY}`` would be): a reference, no secret (was fail 2.5, one
  "probable secret" and five hints, all env(...) references). The near miss: a literal random value there stays a finding;
- DSI-Ville-Noumea/gasel: .travis.yml's ``notifications: slack: <account>:<token>`` is a Slack integration token in clear (Travis asks
  to encrypt it as ``secure:``), missed; the encrypted form is no finding;
- the same repository's webapp/tomcat/tomcat-users.xml ``password="tomcat"`` is the Tomcat sample's well-known default, a hint to
  review, not a probable secret; a random password there stays one."""

from __future__ import annotations

from tests.test_reusability_fixtures import build, results, run_audit

CID = "reusability.secrets"
README = {"README.md": "# Outil\n\nUne application de la commune.\n"}

SUPABASE = """[api]
enabled = true
port = 54321

[storage]
file_size_limit = "50MiB"

[storage.s3_protocol]
enabled = true
# s3_access_key = "env(S3_ACCESS_KEY)"
s3_secret_key = {value}

[studio]
openai_api_key = "env(OPENAI_API_KEY)"

[auth.external.apple]
enabled = false
client_id = ""
secret = "env(SUPABASE_AUTH_EXTERNAL_APPLE_SECRET)"
"""

TRAVIS = """language: java
jdk:
  - oraclejdk8
script: mvn compile -DskipTests
notifications:
{slack}
"""

TOMCAT_USERS = """<?xml version='1.0' encoding='utf-8'?>
<tomcat-users>
  <user username="agent" password="{password}" roles="app" />
  <role name="app" />
</tomcat-users>
"""


def check(tmp_path, files):
    return results(run_audit(build(tmp_path / "r", {**README, **files}), tmp_path / "c", [CID]))[CID]


def findings(r):
    return [(e["path"], e.get("value"), (e.get("note") or {}).get("en", "")[:8]) for e in r["evidence"] if e.get("kind") == "finding"]


def test_supabase_env_references_are_no_secret(tmp_path):
    r = check(tmp_path, {"supabase/config.toml": SUPABASE.format(value='"env(S3_SECRET_KEY)"')})
    assert r["status"] == "pass", (r["message"], findings(r))


def test_supabase_literal_secret_stays_a_finding(tmp_path):
    r = check(tmp_path, {"supabase/config.toml": SUPABASE.format(value='"b7Qm2xK9vR4tZp8LwN3c"')})
    assert r["status"] in ("fail", "warn"), r["message"]
    assert any(p == "supabase/config.toml" for p, _v, _n in findings(r)), findings(r)
    assert len(findings(r)) == 1, findings(r)  # (the env(...) references beside it are none)


def test_travis_slack_token_in_clear_is_a_probable_secret(tmp_path):
    r = check(tmp_path, {".travis.yml": TRAVIS.format(slack="  slack: dsi-commune-test:Q7hK4yj0j1r76fzOWt65oi1c")})
    assert r["status"] == "fail", (r["message"], findings(r))
    assert findings(r) and findings(r)[0][0] == ".travis.yml", findings(r)


def test_travis_slack_rooms_token_in_clear_is_a_probable_secret(tmp_path):
    r = check(tmp_path, {".travis.yml": TRAVIS.format(slack="  slack:\n    rooms:\n      - acme:Q7hK4yj0j1r76fzOWt65oi1c#builds\n    on_success: change")})
    assert r["status"] == "fail", (r["message"], findings(r))


def test_travis_slack_encrypted_is_no_finding(tmp_path):
    secure = "  slack:\n    secure: Kq2bW1x9TnM0dE3vY7pL5sR8aF4cG6hJ2kZ0uQ1wE9rT5yU3iO7pA2sD4fG6hJ8kL0zX1cV3bN5mQ7wE9rT1yU3iO5pA7sD9fG1hJ3kL5z="
    r = check(tmp_path, {".travis.yml": TRAVIS.format(slack=secure)})
    assert not any(p == ".travis.yml" and "Slack" in str(v) for p, v, _n in findings(r)), findings(r)


def test_tomcat_default_password_is_a_hint_not_a_probable_secret(tmp_path):
    r = check(tmp_path, {"webapp/tomcat/tomcat-users.xml": TOMCAT_USERS.format(password="tomcat")})
    assert r["status"] != "fail", (r["message"], findings(r))


def test_tomcat_random_password_stays_a_probable_secret(tmp_path):
    r = check(tmp_path, {"webapp/tomcat/tomcat-users.xml": TOMCAT_USERS.format(password="t8Kq2mZx91")})
    assert r["status"] == "fail", (r["message"], findings(r))
