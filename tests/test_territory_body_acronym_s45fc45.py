"""A listed syndicate's acronym in the code's values, and a "Territoire d'énergie" syndicate's numbered domain, are its territory's
(issue 12, s45 fc45 = GuilaumeDurandiere/te-backend): the portal of Territoire d'énergie Loire-Atlantique (TE44, formerly SYDELA)
logs in to its CRM tenant with an API account and a product named after the syndicate's acronym ("SYDELA_API", "SIG_SYDELA") and
sends mail from its te44.fr mailbox. reusability.territory-neutral read the tenant's host only: acronyms of listed bodies were read in
SQL identifiers alone, and te<number>.fr was no département's body as sde82.fr is. Now a listed body's acronyms (organisations.yml's
public_bodies, five characters or more or with a digit) count in the code's values, and te<NN>.fr is the département's syndicate."""

from __future__ import annotations

from auditor.facts.territory_hosts import authority_host
from tests.test_local_authority_verdicts import judge

CONNECTOR = """using System.Net.Http;

namespace Portail.Crm
{
    public class CrmSession
    {
        public CrmLogin Login()
        {
            return new CrmLogin
            {
                Account = "{account}",
                Application = "{application}",
                Language = "FR"
            };
        }
    }
}
"""


def _audit(tmp_path, account, application, name):
    code = CONNECTOR.replace("{account}", account).replace("{application}", application)
    _, res = judge(tmp_path, {"README.md": "# Portail\n\nDemandes des communes adhérentes.\n", "Portail.Crm/CrmSession.cs": code},
                   ["reusability.territory-neutral"], name=name)
    return res["reusability.territory-neutral"]


def test_a_listed_syndicates_acronym_in_an_account_name_is_its_territorys(tmp_path):
    r = _audit(tmp_path, "TE44_WEBSERVICE", "CARTO-SYDELA", "listed")
    assert r["status"] in ("warn", "fail"), r["message"]
    assert [e.get("value") for e in r["evidence"] if e.get("path")] == ["TE44_WEBSERVICE", "CARTO-SYDELA"], r["evidence"]


def test_near_miss_unlisted_or_short_acronyms_stay_neutral(tmp_path):
    # (an acronym no listed body has, and a listed short one of letters alone, MEL: any text's capitals)
    r = _audit(tmp_path, "SYDEXA_WEBSERVICE", "MEL_CARTO", "unlisted")
    assert r["status"] == "pass", r["evidence"]


def test_a_territoire_denergie_numbered_domain_is_the_departements_body():
    assert authority_host("te53.fr") and authority_host("portail.te44.fr") and authority_host("sydela.fr")
    assert not authority_host("te99.fr") and not authority_host("te44.com") and not authority_host("tea44.fr")
