"""A README heading over the API key to set is the configuration section (issue 12, s41 fa41 = reader rl40's tovajav/gem_gam_sdd):
"### 3. Set up Groq API Key:" under "## Installation", over the .streamlit/secrets.toml line GROQ_API_KEY="…", was counted as one more
installation step, and documentation.readme-sections said "missing: configuration". Rule now: a heading setting up the key, token or
secrets the project is called with ("Set up <X> API Key", "Mise en place de la clé API"), or naming them alone ("Secrets",
"Credentials", "Clé d'API"), is configuration. Near miss: "Set up the project" and "Set up the secret scanning" stay installation.
The fixtures are written for the test."""

from __future__ import annotations

from auditor.facts.readme_headings import heading_sections
from tests.test_local_authority_verdicts import judge

CHECK = "documentation.readme-sections"
README = ("# Assistant déchets\n\nUn assistant conversationnel sur le tri des déchets de la métropole.\n\n## Features\n\n- Chat\n\n"
          "## Installation\n\n### 1. Clone this repository\n### 2. Install dependencies:\n```sh\npip install streamlit groq\n```\n"
          "### 3. {step}:\nStore it with Streamlit's secrets management:\n```sh\n# .streamlit/secrets.toml\nGROQ_API_KEY=\"your_key_here\"\n```\n")
APP = "import streamlit as st\n\nkey = st.secrets['GROQ_API_KEY']\nst.chat_input('?')\n"


def _found(tmp_path, step, name):
    _, res = judge(tmp_path, {"app.py": APP, "requirements.txt": "streamlit\n", "README.md": README.replace("{step}", step)}, [CHECK], name=name)
    return res[CHECK]["details"]["found"]


def test_setting_up_the_api_key_is_the_configuration_section(tmp_path):
    assert "configuration" in _found(tmp_path, "Set up Groq API Key", "key")
    for heading in ("Mise en place de la clé API", "Secrets", "Credentials", "Clé d'API"):
        assert heading_sections(heading) == ["configuration"], heading


def test_near_miss_setting_up_the_project_stays_installation(tmp_path):
    assert "configuration" not in _found(tmp_path, "Set up the project", "project")
    for heading in ("Set up the secret scanning", "Setup", "Set up your development environment"):
        assert heading_sections(heading) == ["install"], heading
