"""inventory, licensing.data-and-docs (issue 12, s35 d35 = philippe-nougaillon/open-cantine): a school-canteen billing application
commits twelve invoices it generated (pdfs/304.pdf, pdfs/25883.pdf…: FacturesController saves Rails.root.join('pdfs',
"#{facture.id}.pdf"), the mailer attaches them). They were documentation: "No license for the documentation" with pdfs/ as
"12 documentation files". PDFs or office documents named by a bare number, three or more in a folder outside the documentation
folders and alone there, are records the application wrote: generated. Near misses: numbered PDFs in docs/, and a folder where
named documents sit beside numbered ones, stay documentation."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge
from tests.test_rails_hand_written_sign_in_s35d35 import APP

CID = "licensing.data-and-docs"
PDF = "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"
INVOICES = {f"pdfs/{n}.pdf": PDF for n in (304, 20572, 23622, 24865, 25883)}
SAVE = ("class FacturesController < ApplicationController\n  def show\n    @facture = Facture.find(params[:id])\n"
        "    pdf = FacturePdf.new(@facture)\n    pdf.render_file Rails.root.join('pdfs', \"#{@facture.id}.pdf\")\n  end\nend\n")


def _docs(report):
    return set(report["facts"]["inventory"]["examples"].get("documentation") or [])  # (up to 10 examples: enough here)


def test_invoices_named_by_their_id_are_no_documentation(tmp_path):
    report, res = judge(tmp_path, {**APP, **INVOICES, "app/controllers/factures_controller.rb": SAVE}, [CID])
    assert not any(p.startswith("pdfs/") for p in _docs(report)), _docs(report)
    r = res[CID]
    assert not any(e.get("path") == "pdfs/" for e in r["evidence"]), r  # was "pdfs/: 12 documentation files"


def test_numbered_manuals_in_docs_and_named_documents_stay_documentation(tmp_path):
    files = {**APP, **{f"docs/{n}.pdf": PDF for n in (1, 2, 3)},
             **{f"rapports/{n}.pdf": PDF for n in (2019, 2020, 2021)}, "rapports/guide-utilisateur.pdf": PDF}
    report, _ = judge(tmp_path, files, [CID])
    docs = _docs(report)
    assert {"docs/1.pdf", "docs/2.pdf", "docs/3.pdf", "rapports/2019.pdf", "rapports/guide-utilisateur.pdf"} <= docs, docs
