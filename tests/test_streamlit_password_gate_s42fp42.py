"""interoperability.auth (issue 12, s42 fp42 = reader rh42, ThomasLafargue/mediatheque-arcachon).

A library's Streamlit chat app gates the whole app behind a password form: ``st.text_input("Mot de passe", type="password")``
compared with ``st.secrets.get("MOT_DE_PASSE")`` and ``st.session_state.authentifie = True``. It was said to sign nobody in (not
applicable); a shared password guarding the agents' app is a local sign-in to judge. Near miss: a Streamlit page whose password
field is handed to a database connection, with no comparison nor session flag, still signs nobody in.
"""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

GATE = '''"""Outil conversationnel de la médiathèque."""
import os

import streamlit as st

st.set_page_config(page_title="Médiathèque", layout="wide")
mot_de_passe_requis = st.secrets.get("MOT_DE_PASSE", os.environ.get("MOT_DE_PASSE", ""))
if mot_de_passe_requis:
    if "ok" not in st.session_state:
        st.session_state.ok = False
    if not st.session_state.ok:
        saisie = st.text_input("Mot de passe", type="password")
        if saisie:
            if saisie == mot_de_passe_requis:
                st.session_state.ok = True
                st.rerun()
            else:
                st.error("Mot de passe incorrect.")
        st.stop()

question = st.chat_input("Votre question")
if question:
    st.write(question)
'''

CONNECT = '''"""Consultation de la base des prêts."""
import psycopg

import streamlit as st

st.set_page_config(page_title="Prêts", layout="wide")
hote = st.text_input("Serveur")
secret = st.text_input("Mot de passe de la base", type="password")
if st.button("Se connecter à la base"):
    with psycopg.connect(host=hote, password=secret) as con:
        st.dataframe(con.execute("select titre, prets from notices").fetchall())
'''

FILES = {"requirements.txt": "streamlit==1.40.0\npsycopg==3.2.3\n",
         "README.md": "# Médiathèque\n\nApplication Streamlit des agents : `streamlit run app.py`.\n"}


def test_a_streamlit_password_gate_is_a_local_sign_in(tmp_path):
    r = check_result(tmp_path, {**FILES, "app.py": GATE}, "interoperability.auth")
    assert r["status"] != "not_applicable", r["message"]
    assert r["details"]["local_login"] is True, r["details"]
    assert any(e.get("path") == "app.py" for e in r["evidence"]), r["evidence"]


def test_a_password_handed_to_a_database_signs_nobody_in(tmp_path):
    r = check_result(tmp_path, {**FILES, "app.py": CONNECT}, "interoperability.auth")
    assert r["status"] == "not_applicable", r["message"]
