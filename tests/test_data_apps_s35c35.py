"""Session 35 (c35): data apps — restricted data, REUSE coverage, settings (issue 12).

aubryprieur/streamlit_data_territoire, a Streamlit dashboard of a territory's indicators: a page titled 'ALLOCATAIRES CAF' (the
CAF's open counts of benefit recipients by IRIS, published as aggregates) was "restricted-access data: nominative CAF/MSA data"
(scaling.hosting). An aggregate count named after the people it counts is no person's record: CAF data are nominative when the
code handles a beneficiary's number or the recipients' file. The files are written for these tests, in the shape of that
repository."""

from __future__ import annotations

from tests.test_scaling import ctx_for, one

CAF_PAGE = ("import pandas as pd\nimport streamlit as st\n\n\ndef app(code_commune):\n    st.title('ALLOCATAIRES CAF')\n"
            "    df = pd.read_csv('./caf/iris/data_CAF_2020_IRIS.csv', sep=';')\n"
            "    df = df.rename(columns={'AI': 'Allocataires isolés sans enfant', 'AM': 'Allocataires mono-parent'})\n"
            "    st.subheader('Allocataires CAF ressources à 100%')\n    st.write(df)\n")
DASHBOARD = {"README.md": "# Données du territoire\n\nUn tableau de bord des indicateurs par commune.\n",
             "app.py": "import streamlit as st\nfrom pages import caf\n\ncaf.app('59350')\n",
             "pages/__init__.py": "", "pages/caf.py": CAF_PAGE,
             "caf/iris/data_CAF_2020_IRIS.csv": "CODGEO;AI;AM\n593500101;120;45\n"}


def _restricted(repo, files):
    return [x["id"] for x in ctx_for(one(repo, files)).fact("hosting_dependencies")["restricted"]]


def test_aggregate_counts_of_caf_recipients_are_no_restricted_data(repo):
    assert _restricted(repo, DASHBOARD) == []


def test_a_beneficiarys_number_is_still_nominative_caf_data(repo):
    files = {**DASHBOARD, "pages/dossiers.py": ("import pandas as pd\n\n\ndef dossiers():\n"
                                                "    df = pd.read_csv('extractions/beneficiaires.csv', sep=';')\n"
                                                "    return df[['numero_allocataire', 'nom', 'montant_rsa']]\n")}
    assert _restricted(repo, files) == ["rpls-nominatif"]
    assert _restricted(repo, {**DASHBOARD, "sql/snds.sql": "SELECT * FROM snds.er_prs_f;\n"}) == ["rpls-nominatif"]
