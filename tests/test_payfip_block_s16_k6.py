"""TIPI / PayFiP, the DGFiP's online payment of local authorities' bills, was no public building block (issue 12, session 16, r4's
ecom-module-workflow-tipi: a workflow module whose settings give the TIPI web service and payment page was 'No public building
block called'). Its hosts (www.tipi.budget.gouv.fr, www.payfip.gouv.fr) now name the block."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge


PAYMENT_MODULE = {"README.md": "# Module de paiement\n\nPaiement en ligne des factures de la commune.\n",
                  "webapp/WEB-INF/conf/plugins/paiement.properties":
                      "paiement.ws.url=https://www.tipi.budget.gouv.fr/tpa/services/securite\n"
                      "paiement.page.url=https://www.payfip.gouv.fr/tpa/paiementws.web?idop=\n",
                  "webapp/jsp/site/Paiement.jsp": "<%@ page contentType=\"text/html\" %>\n<html><body>${paiement}</body></html>\n",
                  "src/java/fr/ville/paiement/PaiementService.java":
                      "package fr.ville.paiement;\n\npublic class PaiementService\n{\n    public String url( String op )\n    {\n"
                      "        return AppProperties.get( \"paiement.page.url\" ) + op;\n    }\n}\n"}


def test_the_payment_service_the_settings_name_is_a_building_block(tmp_path):
    files = dict(PAYMENT_MODULE)
    res = judge(tmp_path, files, ["interoperability.public-building-blocks"])[1]["interoperability.public-building-blocks"]
    assert res["details"]["building_blocks"] == ["TIPI / PayFiP (DGFiP)"], (res["message"], res["details"])
