"""interoperability.auth: streamlit-authenticator declared beside its credential store is a choice of local accounts (issue 12,
s45 fi45, reader rf45).

crepinbaudouin/observatoire-territorial's requirements.txt declares streamlit-authenticator, its config.yaml holds the library's
credential store (usernames with bcrypt hashes, a cookie), and a page draws a sign-in form; the check said "No sign-in of people
found (no … account library)": not applicable. The library was in no list of account libraries. Near miss: the same Streamlit app
without the library stays not applicable."""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

CID = "interoperability.auth"
APP = ('import streamlit as st\n\nst.set_page_config(page_title="Tableau de bord")\nst.title("Indicateurs")\n'
       'st.line_chart([1, 3, 2])\n')
STORE = ("credentials:\n  usernames:\n    agent.un:\n      email: agent.un@exemple.org\n      name: Agent Un\n"
         "      password: $2b$12$" + "a" * 53 + "\ncookie:\n  expiry_days: 30\n  key: a_changer\n  name: tableau_cookie\n")


def test_streamlit_authenticator_is_local_accounts(tmp_path):
    files = {"app.py": APP, "config.yaml": STORE, "requirements.txt": "streamlit>=1.35\npandas>=2.0\nstreamlit-authenticator\n"}
    r = check_result(tmp_path, files, CID)
    assert r["status"] == "fail" and r["score"] == 3, r["message"]
    assert any(e.get("value") == "streamlit-authenticator" and e.get("path") == "requirements.txt" for e in r["evidence"]), r["evidence"]


def test_near_miss_streamlit_without_accounts_library(tmp_path):
    files = {"app.py": APP, "requirements.txt": "streamlit>=1.35\npandas>=2.0\n"}
    r = check_result(tmp_path, files, CID)
    assert r["status"] == "not_applicable", r["message"]
