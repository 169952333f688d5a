"""Issue 12, session 44 fixer fa44 (GuilaumeDurandiere/te-backend, W14): an ASP.NET Core API's client of its CRM (a hosted
Eudonet base) signs in with an object initializer that carries the account's login and password literals
(``SubscriberLogin = "…", SubscriberPassword = "$…!"``, ``UserLogin = "…", UserPassword = "…$…!"``) beside the CRM's URL; its
appsettings.json holds the generated account of an Ethereal test inbox (smtp.ethereal.email, <name>@ethereal.email).
reusability.secrets said "1 probable secret(s) committed (1 weaker hint(s))": the probable one was the Ethereal inbox's, the
"$…" password was dropped (detect-secrets takes a leading "$" for a shell variable, wrong in a C# literal) and the other was a
hint. A password member given a literal beside its login member, in code that addresses a server on the Internet, is that
service's account; a throwaway test mail service's account is a hint. Near misses: an interpolated $"{…}" password, a
"$VAR" placeholder, the same pair without a remote server, and a real SMTP server's password keep their old verdicts."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

SECRETS = "reusability.secrets"
URL = "http://crm-tenant.crmvendor.example-saas.com/Api/"


def _client(url: str = URL, subscriber: str = '"$kxoral!"', user: str = '"Kxoral$ab!"') -> str:
    return ("using System;\n\nnamespace Portail.Common.Utils\n{\n    public class CrmApi\n    {\n"
            f"        private static readonly string _apiUrl = \"{url}\";\n\n"
            "        public bool Connect()\n        {\n            CrmAuth auth = new CrmAuth\n            {\n"
            "                SubscriberLogin = \"TENANT\",\n"
            f"                SubscriberPassword = {subscriber},\n"
            "                BaseName = \"BASE_01234\",\n"
            "                UserLogin = \"TENANT_API\",\n"
            f"                UserPassword = {user},\n"
            "                UserLang = \"LANG_00\",\n            };\n            return Post(_apiUrl, auth);\n        }\n    }\n}\n")


def _settings(host: str = "smtp.ethereal.email", user: str = "jane.doe41@ethereal.email") -> str:
    return ('{\n  "Logging": {\n    "LogLevel": {\n      "Default": "Information"\n    }\n  },\n  "MailSettings": {\n'
            f'    "DisplayName": "Portail",\n    "Host": "{host}",\n    "Password": "bveQuTGT7vp5HMr2D1",\n    "Port": 587,\n'
            f'    "UserName": "{user}",\n    "UseSSL": false\n  }}\n}}\n')


def _files(client: str, settings: str) -> dict:
    return {"Portail.Common/Utils/CrmApi.cs": client, "Portail.Api/appsettings.json": settings,
            "Portail.Api/Program.cs": "var builder = WebApplication.CreateBuilder(args);\nvar app = builder.Build();\napp.Run();\n"}


def _lines(res, strong_note="Probable") -> set:
    return {(e["path"].rsplit("/", 1)[-1], e["line"]) for e in res["evidence"] if e.get("note", {}).get("en", "").startswith(strong_note)}


def test_a_crm_clients_login_and_password_members_are_its_account_and_a_test_inbox_a_hint(tmp_path):
    _, res = judge(tmp_path, _files(_client(), _settings()), [SECRETS])
    r = res[SECRETS]
    assert r["status"] == "fail", r["message"]
    assert _lines(r) == {("CrmApi.cs", 14), ("CrmApi.cs", 17)}, r["evidence"]  # was appsettings.json:10 (the test inbox) alone
    assert ("appsettings.json", 10) in _lines(r, "To review"), r["evidence"]
    assert r["details"]["strong"] == 2 and r["details"]["weak"] == 1, r["details"]


def test_interpolated_or_placeholder_passwords_a_local_server_and_a_real_smtp_keep_their_verdicts(tmp_path):
    # an interpolated C# string and a "$VAR" placeholder: no literal password
    _, res = judge(tmp_path, _files(_client(subscriber='$"{_secret}"', user='"$CRM_PASSWORD"'), _settings()), [SECRETS], name="a")
    assert not any(e["path"].endswith("CrmApi.cs") for e in res[SECRETS]["evidence"]), res[SECRETS]["evidence"]
    # the same pair without a server on the Internet: detect-secrets' keyword hint, as before
    _, res = judge(tmp_path, _files(_client(url="http://localhost:8080/Api/"), _settings()), [SECRETS], name="b")
    assert ("CrmApi.cs", 14) not in {(e["path"].rsplit("/", 1)[-1], e["line"]) for e in res[SECRETS]["evidence"]}, res[SECRETS]["evidence"]
    assert ("CrmApi.cs", 17) not in _lines(res[SECRETS]), res[SECRETS]["evidence"]
    # a real SMTP server's account stays a probable secret
    _, res = judge(tmp_path, _files(_client(url="http://localhost:8080/Api/"), _settings("smtp.office365.com", "portail@agglo-exemple.fr")),
                   [SECRETS], name="c")
    assert ("appsettings.json", 10) in _lines(res[SECRETS]), res[SECRETS]["evidence"]
