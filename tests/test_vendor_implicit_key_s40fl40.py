"""An AI vendor's client built without its key reads the vendor's variable from the environment: a setting of the project (issue 12,
s40 fl40 = reader ri40, gitreunion/datacup-challenge-muc).

rag/main.py builds Haystack's ``OpenAIGenerator(model="gpt-4o-mini")`` ("# Assuming the OPENAI_API_KEY is already set in the
environment"): its api_key defaults to ``Secret.from_env_var("OPENAI_API_KEY")``. reusability.configuration said "No setting of the
project read from the environment"; the service's one secret setting is OPENAI_API_KEY. The same holds of the openai SDK's
``OpenAI()``. Near misses: a client given its key (``OpenAI(api_key=os.environ["LLM_KEY"])`` reads LLM_KEY, not OPENAI_API_KEY) and a
local Ollama generator (no key).
"""

from __future__ import annotations

import json

from tests.test_llm_framework_vendor_s40fl40 import FILES, HAYSTACK
from tests.test_reusability_fixtures import check_result

CID = "reusability.configuration"


def _text(r: dict) -> str:
    return json.dumps(r, ensure_ascii=False)


def test_a_haystack_openai_generator_without_key_reads_openai_api_key(tmp_path):
    r = check_result(tmp_path, FILES, CID)
    assert r["details"].get("env_vars") == 1 and "OPENAI_API_KEY" in _text(r), r


def test_the_openai_sdk_client_without_key_reads_openai_api_key(tmp_path):
    code = "from openai import OpenAI\n\nclient = OpenAI()\nprint(client.responses.create(model='gpt-4o', input='hi').output_text)\n"
    r = check_result(tmp_path, dict(FILES, **{"rag/main.py": code, "rag/requirements.txt": "openai==1.50.0\n"}), CID)
    assert "OPENAI_API_KEY" in _text(r), r


def test_a_client_given_its_key_reads_only_that(tmp_path):
    code = ("import os\nfrom openai import OpenAI\n\nclient = OpenAI(api_key=os.environ['LLM_KEY'])\n"
            "print(client.responses.create(model='gpt-4o', input='hi').output_text)\n")
    r = check_result(tmp_path, dict(FILES, **{"rag/main.py": code, "rag/requirements.txt": "openai==1.50.0\n"}), CID)
    assert "LLM_KEY" in _text(r) and "OPENAI_API_KEY" not in _text(r), r


def test_a_local_generator_reads_no_key(tmp_path):
    local = HAYSTACK.replace("from haystack.components.generators import OpenAIGenerator",
                             "from haystack_integrations.components.generators.ollama import OllamaGenerator")
    local = local.replace('OpenAIGenerator(model="gpt-4o-mini")', 'OllamaGenerator(model="mistral", url="http://localhost:11434")')
    local = local.replace("# Assuming the OPENAI_API_KEY is already set in the environment\n", "")
    r = check_result(tmp_path, dict(FILES, **{"rag/main.py": local}), CID)
    assert not r["details"].get("env_vars") and "API_KEY" not in _text(r), r
