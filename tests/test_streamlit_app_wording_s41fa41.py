"""An app served by Streamlit or Dash is named for its framework, not called a dashboard (issue 12, s41 fa41 = reader rl40's
tovajav/gem_gam_sdd): interoperability.api-spec said "Dashboard served by streamlit, no API detected" of a chat assistant
(st.chat_input, st.chat_message). The verdict stays not_applicable; the words say an app served by the framework. Near miss: a Dash
page of charts keeps not_applicable. The fixtures are written for the test."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

CHECK = "interoperability.api-spec"
README = "# Assistant\n\nUn assistant conversationnel.\n"
CHAT = ("import streamlit as st\n\nprompt = st.chat_input('Votre question')\nif prompt:\n    with st.chat_message('assistant'):\n"
        "        st.write('Réponse à : ' + prompt)\n")
DASH = ("from dash import Dash, dcc, html\nimport plotly.express as px\n\napp = Dash(__name__)\nfig = px.bar(x=['a', 'b'], y=[1, 2])\n"
        "app.layout = html.Div([dcc.Graph(figure=fig)])\n\nif __name__ == '__main__':\n    app.run(debug=False)\n")


def test_a_streamlit_chat_app_is_no_dashboard(tmp_path):
    _, res = judge(tmp_path, {"app.py": CHAT, "requirements.txt": "streamlit\n", "README.md": README}, [CHECK], name="chat")
    r = res[CHECK]
    assert r["status"] == "not_applicable", r["message"]
    assert "dashboard" not in r["message"]["en"].lower() and "tableau de bord" not in r["message"]["fr"].lower(), r["message"]
    assert "streamlit" in r["message"]["en"], r["message"]


def test_near_miss_a_dash_page_stays_not_applicable(tmp_path):
    _, res = judge(tmp_path, {"app.py": DASH, "requirements.txt": "dash\nplotly\n", "README.md": README}, [CHECK], name="dash")
    assert res[CHECK]["status"] == "not_applicable", res[CHECK]["message"]
