"""An agence d'urbanisme's own hosts written into the code are its territory's (issue 12, s45 fc45 = remifroger/gestion-projet-app):
the project-management tool of the Rennes agency AUDIAR mails ticket links to its server srv-gitlab.audiar.net and lists its portals
(portail.audiar.org, data.audiar.org) in a footer template; reusability.territory-neutral passed, since the agency's domains name
no place and were known neither as a local authority's nor as an operator's. The agences d'urbanisme (organisations.yml's
territory_agencies, art. L132-6 du code de l'urbanisme) are one territory's partnership bodies: their hosts are now that territory's."""

from __future__ import annotations

from auditor.facts.territory_hosts import authority_host
from tests.test_local_authority_verdicts import judge

MAILER = ("const nodemailer = require('nodemailer');\n\nfunction notifyAssignee(to, ticketId) {\n"
          "  return nodemailer.createTransport({}).sendMail({\n    to,\n    subject: 'Nouveau ticket',\n"
          "    html: `<a href=\"http://tickets.{agency}/ticket?id=${ticketId}\">Voir le ticket</a>`,\n  });\n}\n\n"
          "module.exports = { notifyAssignee };\n")
FOOTER = ("footer.footer\n  .links\n    a(href=\"https://portail.{agency}/observatoire\") Portail de l'observatoire\n"
          "    a(href=\"https://data.{agency}/catalogue\") Catalogue de données\n")


def _audit(tmp_path, agency):
    _, res = judge(tmp_path, {"README.md": "# Suivi de projets\n\nGestion des tickets de l'équipe.\n",
                              "src/server/notify.js": MAILER.replace("{agency}", agency),
                              "src/views/footer.pug": FOOTER.replace("{agency}", agency)}, ["reusability.territory-neutral"])
    return res["reusability.territory-neutral"]


def test_an_urban_planning_agencys_hosts_in_the_code_are_its_territorys(tmp_path):
    r = _audit(tmp_path, "apur.org")
    assert r["status"] in ("warn", "fail"), r["message"]
    assert {e.get("path") for e in r["evidence"] if e.get("path")} == {"src/server/notify.js", "src/views/footer.pug"}, r["evidence"]
    assert "agence d'urbanisme" in r["evidence"][0]["note"]["fr"] and "urban planning agency" in r["evidence"][0]["note"]["en"]


def test_near_miss_an_unlisted_organisations_hosts_stay_neutral(tmp_path):
    r = _audit(tmp_path, "urbanova-conseil.org")
    assert r["status"] == "pass", r["evidence"]


def test_the_listed_agencies_and_their_sub_domains_only():
    assert authority_host("data.audiar.org") and authority_host("srv-gitlab.audiar.net") and authority_host("www.aguram.org")
    assert authority_host("apur.org") and authority_host("carto.aurg.fr")
    assert not authority_host("audiar.org.example.com") and not authority_host("notapur.org") and not authority_host("agence-urba.org")
