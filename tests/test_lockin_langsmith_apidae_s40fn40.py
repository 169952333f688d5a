"""LangSmith and the tourism information systems are proprietary services (issue 12, s40 fn40 = reader rj40's CaptainZiboo/anthony
and touristic/provencemed).

anthony: a commune's RAG chatbot whose settings template turns on LangSmith, LangChain Inc.'s hosted tracing (LANGSMITH_TRACING=true,
LANGSMITH_ENDPOINT="https://api.smith.langchain.com", LANGSMITH_API_KEY): every resident's question and the model's answer go to the
vendor's account. provencemed: a script whose only job is reading events from Apidae's API (api.apidae-tourisme.com, a member
project's key). scaling.vendor-lock-in said "no proprietary service" (pass 10) for both. Near misses: a self-hosted Langfuse's
settings, and DATAtourisme's open data, stay no service."""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

LOCKIN = "scaling.vendor-lock-in"
CHAT = {"README.md": "# City Chatbot\n\nA chatbot for the residents of the city.\n",
        "package.json": '{"name": "client", "scripts": {"dev": "next dev"}, "dependencies": {"next": "15.0.0", "langchain": "0.3.0"}}\n',
        "src/app/page.tsx": "export default function Page() {\n  return <main>Chat</main>;\n}\n",
        ".env.example": 'REDIS_URL=redis://localhost:6379\n\nLANGSMITH_TRACING=true\nLANGSMITH_ENDPOINT="https://api.smith.langchain.com"\n'
                        'LANGSMITH_API_KEY="<langsmith-api-key>"\nLANGSMITH_PROJECT="chatbot"\n'}
SELF_HOSTED = {**CHAT, ".env.example": 'REDIS_URL=redis://localhost:6379\n\nLANGFUSE_HOST="http://localhost:3001"\nLANGFUSE_PUBLIC_KEY=""\n'}
SCRIPT = ("import json\nimport requests\n\nAPI_KEY = 'XXXXXXXX'\nPROJET_ID = 1234\n"
          "URL = 'https://api.apidae-tourisme.com/api/v002/objets-touristiques/list'\n\n\ndef main():\n"
          "    payload = {'apiKey': API_KEY, 'projetId': PROJET_ID, 'count': 100}\n"
          "    r = requests.post(URL, data={'query': json.dumps(payload)})\n"
          "    with open('agenda.json', 'w') as f:\n        json.dump(r.json(), f)\n\n\nmain()\n")
TOURISM = {"README.md": "# Agenda touristique\n\nExtraction des événements du territoire.\n", "requirements.txt": "requests\n",
           "extract_agenda.py": SCRIPT}
OPEN_DATA = {**TOURISM, "extract_agenda.py": SCRIPT.replace("api.apidae-tourisme.com/api/v002/objets-touristiques/list",
                                                            "diffuseur.datatourisme.fr/webservice/abc/def")}


def test_langsmith_is_a_proprietary_service(tmp_path):
    r = check_result(tmp_path, CHAT, LOCKIN)
    assert r["score"] < 10 and "LangSmith" in r["message"]["en"], (r["score"], r["message"])


def test_a_self_hosted_tracing_is_none(tmp_path):
    r = check_result(tmp_path, SELF_HOSTED, LOCKIN)
    assert "LangSmith" not in r["message"]["en"], r["message"]


def test_apidae_is_a_proprietary_service(tmp_path):
    r = check_result(tmp_path, TOURISM, LOCKIN)
    assert r["score"] < 10 and "Apidae" in r["message"]["en"], (r["score"], r["message"])


def test_datatourisme_open_data_is_none(tmp_path):
    r = check_result(tmp_path, OPEN_DATA, LOCKIN)
    assert "Apidae" not in r["message"]["en"], r["message"]
