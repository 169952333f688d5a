"""A link to an app platform's deployed instance is the README's demo (issue 12, s41 fa41 = reader rl40's tovajav/gem_gam_sdd): the
"Open in Streamlit" badge over https://gem-gam-sdd.streamlit.app/ left details.signals.demo null. Near miss: a link to Streamlit's own
documentation is no demo. The fixtures are written for the test."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

CHECK = "documentation.readme-sections"
README = ("# Assistant déchets\n\n- [![Streamlit App](https://static.streamlit.io/badges/streamlit_badge_black_white.svg)]({url})\n"
          "- Un assistant conversationnel sur le tri des déchets.\n\n## Installation\n\n```sh\npip install streamlit\n```\n")
APP = "import streamlit as st\n\nst.chat_input('?')\n"


def _demo(tmp_path, url, name):
    _, res = judge(tmp_path, {"app.py": APP, "requirements.txt": "streamlit\n", "README.md": README.replace("{url}", url)}, [CHECK], name=name)
    return res[CHECK]["details"]["signals"]["demo"]


def test_a_streamlit_app_badge_is_the_demo(tmp_path):
    assert (_demo(tmp_path, "https://assistant-dechets.streamlit.app/", "app") or {}).get("url") == "https://assistant-dechets.streamlit.app/"


def test_near_miss_streamlits_documentation_is_no_demo(tmp_path):
    assert _demo(tmp_path, "https://docs.streamlit.io/develop/concepts/connections/secrets-management", "docs") is None
