"""A framework's component named for an AI vendor is that vendor's API (issue 12, s40 fl40 = reader ri40,
gitreunion/datacup-challenge-muc).

The team's chatbot answers every question through OpenAI's paid API: rag/main.py builds Haystack's
``OpenAIGenerator(model="gpt-4o-mini")`` (package haystack-ai, in rag/requirements.txt) as its pipeline's "llm". The vendor entry was
found by its hosts and SDK packages only (openai, langchain-openai…), so scaling.vendor-lock-in and reusability.portability named
Opendatasoft alone. The same holds of LangChain's ``ChatOpenAI`` imported from langchain_community and LlamaIndex's
``llama_index.llms.openai``.
Near miss: Haystack with a local generator (OllamaGenerator) calls no vendor.
"""

from __future__ import annotations

import pytest

from tests.test_reusability_fixtures import check_result

HAYSTACK = """from flask import Flask, request
from haystack import Pipeline
from haystack.components.builders import PromptBuilder
from haystack.components.generators import OpenAIGenerator

app = Flask(__name__)
prompt = PromptBuilder(template="Answer: {{ question }}")
# Assuming the OPENAI_API_KEY is already set in the environment
generator = OpenAIGenerator(model="gpt-4o-mini")
pipe = Pipeline()
pipe.add_component("prompt", prompt)
pipe.add_component("llm", generator)
pipe.connect("prompt", "llm")


@app.route("/chat", methods=["POST"])
def chat():
    return pipe.run({"prompt": {"question": request.json["q"]}})["llm"]["replies"][0]
"""
FILES = {
    "README.md": "# Chatbot\n\nUn agent conversationnel qui répond aux questions sur le dispositif d'aide.\n",
    "rag/requirements.txt": "flask==3.0.0\nhaystack-ai==2.6.1\n",
    "rag/main.py": HAYSTACK,
}


@pytest.mark.parametrize("cid", ["scaling.vendor-lock-in", "reusability.portability"])
def test_a_haystack_openai_generator_is_openai(tmp_path, cid):
    r = check_result(tmp_path, FILES, cid)
    assert "OpenAI" in r["message"]["en"], r["message"]


@pytest.mark.parametrize("code", [
    "from langchain_community.chat_models import ChatOpenAI\nllm = ChatOpenAI(model='gpt-4o')\nprint(llm.invoke('hello'))\n",
    "from llama_index.llms.openai import OpenAI\nllm = OpenAI(model='gpt-4o')\nprint(llm.complete('hello'))\n",
])
def test_langchain_and_llamaindex_openai_clients_are_openai(tmp_path, code):
    files = {"README.md": FILES["README.md"], "rag/requirements.txt": "langchain-community\nllama-index-core\n", "rag/main.py": code}
    r = check_result(tmp_path, files, "scaling.vendor-lock-in")
    assert "OpenAI" in r["message"]["en"], r["message"]


def test_a_local_ollama_generator_is_no_vendor(tmp_path):
    local = HAYSTACK.replace("from haystack.components.generators import OpenAIGenerator",
                             "from haystack_integrations.components.generators.ollama import OllamaGenerator")
    local = local.replace('OpenAIGenerator(model="gpt-4o-mini")', 'OllamaGenerator(model="mistral", url="http://localhost:11434")')
    local = local.replace("# Assuming the OPENAI_API_KEY is already set in the environment\n", "")
    r = check_result(tmp_path, dict(FILES, **{"rag/main.py": local, "rag/requirements.txt": "flask==3.0.0\nhaystack-ai==2.6.1\nollama-haystack\n"}),
                     "scaling.vendor-lock-in")
    assert "OpenAI" not in r["message"]["en"], r["message"]
