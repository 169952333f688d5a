"""A hosted LLM vendor's client is that vendor's proprietary service, whichever vendor (issue 12, s41 fa41 = reader rl40's
tovajav/gem_gam_sdd): a Streamlit chatbot whose every answer comes from Groq's hosted API (requirements ``groq``, ``from groq import
Groq``, ``client.chat.completions.create``) was said to depend on "no proprietary service of the list": the catalogue knew OpenAI,
Anthropic and Mistral only. Groq, Google's Gemini API, Cohere, Together AI and Perplexity join it. Near miss: a local model served by
Ollama is no proprietary service. The fixtures are written for the test."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

CHECKS = ["scaling.vendor-lock-in", "reusability.portability"]
README = "# Assistant déchets\n\nUn assistant conversationnel sur le tri des déchets.\n"
GROQ_APP = ("import streamlit as st\nfrom groq import Groq\n\nclient = Groq(api_key=st.secrets['GROQ_API_KEY'])\n\n"
            "def answer(question):\n    r = client.chat.completions.create(model='llama-3.1-8b-instant',\n"
            "        messages=[{'role': 'user', 'content': question}])\n    return r.choices[0].message.content\n")
GEMINI_APP = ("import os\nimport google.generativeai as genai\n\ngenai.configure(api_key=os.environ['GEMINI_API_KEY'])\n"
              "model = genai.GenerativeModel('gemini-1.5-flash')\n\ndef answer(q):\n    return model.generate_content(q).text\n")
OLLAMA_APP = ("import streamlit as st\nimport ollama\n\ndef answer(question):\n"
              "    r = ollama.chat(model='llama3', messages=[{'role': 'user', 'content': question}])\n    return r['message']['content']\n")


def test_a_groq_chatbot_depends_on_groq(tmp_path):
    _, res = judge(tmp_path, {"app.py": GROQ_APP, "requirements.txt": "groq\nstreamlit\n", "README.md": README}, CHECKS, name="groq")
    lock = res["scaling.vendor-lock-in"]
    assert lock["status"] == "warn" and "Groq" in lock["message"]["en"], lock["message"]
    assert "Groq" in res["reusability.portability"]["message"]["en"], res["reusability.portability"]["message"]


def test_a_gemini_client_depends_on_google_gemini(tmp_path):
    _, res = judge(tmp_path, {"bot.py": GEMINI_APP, "requirements.txt": "google-generativeai==0.8.3\n", "README.md": README}, CHECKS, name="gemini")
    assert "Gemini" in res["scaling.vendor-lock-in"]["message"]["en"], res["scaling.vendor-lock-in"]["message"]


def test_near_miss_a_local_model_is_no_proprietary_service(tmp_path):
    _, res = judge(tmp_path, {"app.py": OLLAMA_APP, "requirements.txt": "ollama\nstreamlit\n", "README.md": README}, CHECKS, name="ollama")
    assert res["scaling.vendor-lock-in"]["status"] == "pass", res["scaling.vendor-lock-in"]["message"]
