"""Streamlit's secrets store is the app's settings mechanism (issue 12, s41 fa41 = reader rl40's tovajav/gem_gam_sdd): a Streamlit
chatbot reading its one deployment setting, the LLM API key, through ``st.secrets['GROQ_API_KEY']`` (.streamlit/secrets.toml, which
the README's installation step shows) was said to read "no setting from the environment" (fail 0). Rule now: a key read from
``st.secrets`` (``[…]``, ``.get(…)``, attribute) in a file importing Streamlit is a setting read from outside the code, named for
Streamlit's store, its template .streamlit/secrets.toml.example. Near miss: Python's own ``secrets`` module and a ``secrets`` dict of
a program without Streamlit read no setting. The fixtures are written for the test."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

CHECK = "reusability.configuration"
README = ("# Assistant déchets\n\nUn assistant conversationnel sur le tri des déchets de la métropole.\n\n## Installation\n\n"
          "### 1. Install dependencies\n```sh\npip install streamlit groq\n```\n### 2. Set up the API key\n"
          "Store it with Streamlit's secrets management:\n```sh\n# .streamlit/secrets.toml\nGROQ_API_KEY=\"your_key_here\"\n```\n"
          "### 3. Run the app\n```sh\nstreamlit run app.py\n```\n")
APP = ("import streamlit as st\nfrom groq import Groq\n\nif 'KEY' not in st.session_state:\n    st.session_state.KEY = st.secrets['GROQ_API_KEY']\n"
       "client = Groq(api_key=st.secrets['GROQ_API_KEY'])\nprompt = st.chat_input('Votre question')\nif prompt:\n"
       "    with st.chat_message('assistant'):\n        st.write(client.chat.completions.create(model='m', messages=[{'role': 'user', 'content': prompt}]))\n")
CONFIG = "MAIN_PROMPT = 'Tu es un assistant sur le tri des déchets.'\nMODEL = 'llama-3.1-8b-instant'\n"
NO_STREAMLIT = ("import secrets\nfrom groq import Groq\n\nsecrets_table = {'GROQ_API_KEY': 'x'}\nclient = Groq(api_key='gsk_placeholder')\n"
                "session = secrets.token_hex(16)\nprint(client, session)\n")


def test_a_key_read_from_streamlits_secrets_store_is_a_setting(tmp_path):
    _, res = judge(tmp_path, {"app.py": APP, "config.py": CONFIG, "requirements.txt": "groq\nstreamlit\n", "README.md": README}, [CHECK], name="st")
    r = res[CHECK]
    assert r["status"] != "fail" and r["details"]["env_vars"] == 1, (r["status"], r["message"])
    assert "st.secrets" in r["message"]["en"] and r["details"]["undocumented"] == [], r["message"]
    assert any(e.get("value") == ".streamlit/secrets.toml.example" for e in r["evidence"]), r["evidence"]
    assert ".env" not in r["remediation"]["en"], r["remediation"]


def test_near_miss_pythons_secrets_module_is_no_setting(tmp_path):
    _, res = judge(tmp_path, {"app.py": NO_STREAMLIT, "config.py": CONFIG, "requirements.txt": "groq\n", "README.md": README}, [CHECK], name="py")
    assert res[CHECK]["details"].get("env_vars", 0) == 0, res[CHECK]["message"]


def test_the_same_app_with_windows_line_ends(tmp_path):
    _, res = judge(tmp_path, {"app.py": APP.replace("\n", "\r\n"), "config.py": CONFIG, "requirements.txt": "groq\nstreamlit\n", "README.md": README},
                   [CHECK], name="crlf")
    assert res[CHECK]["details"]["env_vars"] == 1, res[CHECK]["message"]
