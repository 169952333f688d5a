"""Issue 12, session 44 fixer fa44 (GuilaumeDurandiere/te-backend, W13): an energy syndicate's API reads its member authorities from
its own base of a hosted CRM: the client's code addresses a sub-domain of the vendor's domain named for the customer
(``http://<customer>2.<vendor>.com/Api/``) and signs in there with the account's login and password written beside it
(``SubscriberLogin = "…", SubscriberPassword = "…"``). scaling.hosting passed, "No risky hosting dependency (1 other
organisations)". Rule: a customer-named sub-domain that the code signs into with an account's login and password written in the
same file is that owner's account at a hosted service (a commercial tenant): another territory must open its own and edit the
address, a value of that owner in the code for reusability.territory-neutral too (W12, its first reading). Near misses: the same client reading its login and password from the configuration, and a service's generic sub-domain
(api.<vendor>.com), stay another organisation's address."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

HOSTING = "scaling.hosting"
NEUTRAL = "reusability.territory-neutral"


def _client(url: str, login: str = '"TENANT"', password: str = '"k7$Quoral!"') -> str:
    return ("using System;\n\nnamespace Portail.Common.Utils\n{\n    public class CrmApi\n    {\n"
            f"        private static readonly string _apiUrl = \"{url}\";\n\n"
            "        public bool Connect()\n        {\n            CrmAuth auth = new CrmAuth\n            {\n"
            f"                SubscriberLogin = {login},\n                SubscriberPassword = {password},\n"
            "                BaseName = \"BASE_01234\",\n            };\n            return Post(_apiUrl, auth);\n        }\n    }\n}\n")


def _files(client: str) -> dict:
    return {"Portail.Common/Utils/CrmApi.cs": client,
            "Portail.Api/Program.cs": "var builder = WebApplication.CreateBuilder(args);\nvar app = builder.Build();\napp.Run();\n"}


def test_a_customer_named_sub_domain_signed_into_with_a_committed_account_is_the_owners_tenant(tmp_path):
    res = judge(tmp_path, _files(_client("http://syndelta2.crmvendor-saas.com/Api/")), [HOSTING, NEUTRAL])[1]
    r = res[HOSTING]
    assert r["status"] == "warn", r["message"]["en"]  # was pass 10 '… (1 other organisations)'
    # (and the tenant's address is that owner's value in the code, which another territory changes: was pass 10)
    assert res[NEUTRAL]["status"] != "pass" and any(e.get("value") == "syndelta2.crmvendor-saas.com" for e in res[NEUTRAL]["evidence"]), res[NEUTRAL]
    assert "commercial" in r["message"]["en"] and "syndelta2.crmvendor-saas.com" in r["details"]["risk"]["text"]["en"], (r["message"], r["details"].get("risk"))


def test_near_miss_an_account_read_from_the_configuration_or_a_generic_sub_domain_stays_another_organisation(tmp_path):
    for name, client in (("conf", _client("http://syndelta2.crmvendor-saas.com/Api/", '_config["Crm:Login"]', '_config["Crm:Password"]')),
                         ("api", _client("http://api.crmvendor-saas.com/v2/"))):
        res = judge(tmp_path, _files(client), [HOSTING, NEUTRAL], name=name)[1]
        r = res[HOSTING]
        assert r["status"] == "pass" and "1 other organisations" in r["message"]["en"], (name, r["message"]["en"])
        assert res[NEUTRAL]["status"] == "pass", (name, res[NEUTRAL]["message"]["en"])
