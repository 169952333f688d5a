"""interoperability.data-standards: an uploaded file sorted by its extensions (filename.endswith((".xls", ".xlsx")) →
document_type = "excel") names a family of formats and handles none (issue 12, s10 reads: a communauté de communes' staff app
was given the finding "closed format (binary Excel .xls)" and "ODS/spreadsheet" for an attachment's type label)."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

DATA = ["interoperability.data-standards"]

_MODELS = ("from django.db import models\n\n\nclass PieceJointe(models.Model):\n    document = models.FileField(upload_to='pj/')\n"
           "    document_type = models.CharField(max_length=10, blank=True)\n\n    def save(self, *args, **kwargs):\n"
           "        if self.document:\n            nom = self.document.name.lower()\n            if nom.endswith('.pdf'):\n"
           "                self.document_type = 'pdf'\n            elif nom.endswith(('.doc', '.docx')):\n                self.document_type = 'word'\n"
           "            elif nom.endswith(('.xls', '.xlsx')):\n                self.document_type = 'excel'\n"
           "        super().save(*args, **kwargs)\n")


def test_an_upload_sorted_by_its_extensions_handles_no_spreadsheet(tmp_path):
    files = {"requirements.txt": "Django==4.2\n", "manage.py": "import django\n", "evenements/models.py": _MODELS,
             "evenements/views.py": "from django.http import JsonResponse\n\n\ndef liste(request):\n    return JsonResponse({'ok': True})\n"}
    r = judge(tmp_path, files, DATA)[1]["interoperability.data-standards"]
    assert "xls" not in str(r["evidence"]).lower() and "ODS" not in r["message"]["en"], (r["message"]["en"], r["evidence"])


def test_a_spreadsheet_written_by_the_code_is_still_a_format(tmp_path):
    files = {"requirements.txt": "Django==4.2\nxlwt==1.3.0\n", "manage.py": "import django\n",
             "evenements/export.py": "import xlwt\n\n\ndef exporter(rows):\n    wb = xlwt.Workbook()\n    wb.save('export.xls')\n"}
    r = judge(tmp_path, files, DATA)[1]["interoperability.data-standards"]
    assert ".xls" in str(r["evidence"]) or "xlwt" in str(r["evidence"]), (r["message"]["en"], r["evidence"])
