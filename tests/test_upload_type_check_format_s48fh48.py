"""interoperability.data-standards read an upload's accepted media type as a closed format the project writes (issue 12, s48 fh48 =
gitreunion/datacup-challenge-vanille): a Next.js server action checks the user's file with `data.type !== "application/vnd.ms-excel"
&& data.type !== "application/vnd.openxmlformats-…sheet"` before sending it on; "Closed format (binary Excel .xls)" was listed on
that line. A media type compared with a received file's type names what the project accepts, not what it writes. Near miss: a
response sent with Excel's media type (a Content-Type set to application/vnd.ms-excel) is still the binary format written."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

CHECK = "interoperability.data-standards"

APP = {"package.json": '{"name": "adresses", "dependencies": {"next": "14.1.0", "react": "18.2.0", "xlsx": "0.18.5"}}\n',
       "README.md": "# Adresses\n\nDéposez un fichier d'adresses pour le comparer à la base nationale.\n",
       "app/page.tsx": "export default function Page() {\n  return <main>Adresses</main>;\n}\n",
       "lib/export.ts": ("import * as XLSX from 'xlsx';\n\nexport function exporter(lignes: object[]) {\n  const wb = XLSX.utils.book_new();\n"
                         "  XLSX.utils.book_append_sheet(wb, XLSX.utils.json_to_sheet(lignes), 'adresses');\n"
                         "  XLSX.writeFile(wb, 'adresses.csv');\n}\n")}
UPLOAD = ("\"use server\";\n\nexport const deposer = async (fichier: File) => {\n  // fichiers .csv, .xlsx ou .xls\n  if (\n"
          "    fichier.type !== \"application/vnd.ms-excel\" &&\n"
          "    fichier.type !== \"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\"\n  ) {\n"
          "    return { erreur: \"Format refusé\" };\n  }\n  return { ok: true };\n};\n")
SEND = ("export async function GET() {\n  const corps = await fabriquer();\n"
        "  return new Response(corps, { headers: { \"Content-Type\": \"application/vnd.ms-excel\" } });\n}\n")


def _closed(res):
    return [e for e in res["evidence"] if "Closed format" in str((e.get("note") or {}).get("en", ""))]


def test_an_accepted_upload_type_is_no_format_written(tmp_path):
    res = judge(tmp_path, dict(APP, **{"action/deposer.ts": UPLOAD}), [CHECK])[1][CHECK]
    assert not [e for e in _closed(res) if e.get("path") == "action/deposer.ts"], res["evidence"]


def test_near_miss_a_response_sent_as_excel_is_still_written(tmp_path):
    res = judge(tmp_path, dict(APP, **{"app/api/export/route.ts": SEND}), [CHECK])[1][CHECK]
    assert [e for e in _closed(res) if e.get("path") == "app/api/export/route.ts"], res["evidence"]
