"""A document loader fed by an upload is no data format the project exchanges (issue 12, s40 fn40 = reader rj40's
CaptainZiboo/anthony).

A commune's RAG chatbot (Next.js, LangChain) indexes whatever file a user uploads: its upload route switches on the file's
extension to LangChain's CSVLoader, JSONLoader or PDFLoader, and the chat component calls its own API in JSON. The `case ".csv":`
made "CSV" a format the project exchanges (interoperability.data-standards fail 3, advice to publish Table Schemas). Rule now: a
file extension that chooses an LLM framework's document loader (on its line or the next three) names a document indexed for
retrieval, no data format; with JSON messages only, the check is not applicable. Near miss: a script writing a CSV export keeps CSV."""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

CHECK = "interoperability.data-standards"
ROUTE = ("import { CSVLoader } from '@langchain/community/document_loaders/fs/csv';\n"
         "import { JSONLoader } from 'langchain/document_loaders/fs/json';\n"
         "import { PDFLoader } from '@langchain/community/document_loaders/fs/pdf';\n"
         "import { TextLoader } from 'langchain/document_loaders/fs/text';\nimport path from 'path';\n\n"
         "export async function POST(request: Request) {\n  const form = await request.formData();\n"
         "  const file = form.get('file') as File;\n  const _path = '/tmp/' + file.name;\n"
         "  const extension = path.extname(file.name);\n  let documents;\n  switch (extension) {\n    case \".csv\":\n"
         "      const csv_loader = new CSVLoader(_path);\n      documents = await csv_loader.load();\n      break;\n"
         "    case \".json\":\n      const json_loader = new JSONLoader(_path);\n      documents = await json_loader.load();\n      break;\n"
         "    case \".pdf\":\n      const pdf_loader = new PDFLoader(_path);\n      documents = await pdf_loader.load();\n      break;\n"
         "    default:\n      documents = await new TextLoader(_path).load();\n  }\n  return Response.json({ count: documents.length });\n}\n")
CHAT = ("export async function ask(question: string) {\n  const res = await fetch('/api/llm/chat', {\n    method: 'POST',\n"
        "    headers: { 'Content-Type': 'application/json' },\n    body: JSON.stringify({ question }),\n  });\n  return res.json();\n}\n")
FILES = {"README.md": "# City Chatbot\n\nA chatbot answering the residents' questions.\n",
         "package.json": '{"name": "client", "scripts": {"dev": "next dev"}, "dependencies": {"next": "15.0.0", "langchain": "0.3.0", '
                         '"@langchain/community": "0.3.0"}}\n',
         "src/app/page.tsx": "export default function Page() {\n  return <main>Chat</main>;\n}\n",
         "src/app/api/llm/upload/route.ts": ROUTE, "src/lib/chat.ts": CHAT}
EXPORT = ("import csv\n\n\ndef export(rows):\n    with open('export.csv', 'w', newline='') as f:\n        w = csv.writer(f)\n"
          "        w.writerows(rows)\n")


def test_an_uploaded_document_loader_is_no_data_format(tmp_path):
    r = check_result(tmp_path, FILES, CHECK)
    assert "CSV" not in r["details"]["formats"], (r["status"], r["message"])
    assert r["status"] == "not_applicable", r["message"]


def test_a_script_writing_a_csv_export_keeps_csv(tmp_path):
    r = check_result(tmp_path, {**FILES, "scripts/export.py": EXPORT}, CHECK)
    assert "CSV" in r["details"]["formats"] and r["status"] != "not_applicable", (r["status"], r["message"])
