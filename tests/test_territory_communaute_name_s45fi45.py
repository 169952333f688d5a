"""reusability.territory-neutral: an agglomération named "Communauté <name>" (INSEE's "CA Communauté <name>") in the HTML a
Streamlit page writes (st.markdown(f\"\"\"…\"\"\")) is its territory hard-coded (issue 12, s45 fi45, reader rf45).

crepinbaudouin/observatoire-territorial's Accueil.py:47 shows "Communauté Paris-Saclay – Indicateurs stratégiques…" inside a
triple-quoted string passed to st.markdown: the check passed, "No territory-specific value", because "Communauté" alone was no
authority word, INSEE's name was kept as communauteparissaclay, and any triple-quoted string was read as a docstring. Near misses:
the same words in a real docstring, and "Communauté" before a name no intercommunality has, find nothing."""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

CID = "reusability.territory-neutral"
NAME = "Communauté Paris-Saclay"


def _page(subtitle: str, doc: str = "Page d'accueil.") -> str:
    return (f'"""{doc}"""\nimport streamlit as st\n\nst.set_page_config(page_title="Observatoire")\n'
            f'st.markdown(f"""\n    <div class="hero">\n        <p class="subtitle">{subtitle} – Indicateurs du territoire</p>\n'
            '    </div>\n""", unsafe_allow_html=True)\n')


def _files(page: str) -> dict:
    return {"app.py": page, "requirements.txt": "streamlit>=1.30\n", "README.md": "# Observatoire\n\nTableaux de bord.\n"}


def test_communaute_name_in_a_page_string_is_a_territory_value(tmp_path):
    r = check_result(tmp_path, _files(_page(NAME)), CID)
    assert r["status"] in ("warn", "fail"), r["message"]
    assert any(e.get("path") == "app.py" and e.get("line") == 7 for e in r["evidence"]), r["evidence"]


def test_near_miss_docstring_and_no_intercommunality(tmp_path):
    r = check_result(tmp_path, _files(_page("Communauté Emmaüs", doc=f"Tableau de bord écrit pour la {NAME}.")), CID)
    assert r["status"] == "pass", (r["message"], r["evidence"])
