"""reusability.configuration (issue 12, s35 t35, the question c35 left open on aubryprieur/streamlit_data_territoire): a Streamlit
dashboard of a territory's indicators reads INSEE's IRIS reference (georef-france-iris-millesime) from public.opendatasoft.com, the
shared public hub of Opendatasoft where national datasets are read without a key, the commune chosen by the user in the page. The
check failed "No setting read from the environment … and no configuration template", its one finding that hub's address, taken as
a proprietary service's address written in the project. A setting is a value one deployment changes: every reuser reads the same
national dataset at the same address (the commune is a parameter of the query), so the hub's address, read without a key, is no
value of a deployment — its dependence on a vendor is vendor lock-in's to judge. With nothing else written or read, there is nothing
to set (its start reading only PORT, set by the platform). A territory's own portal on Opendatasoft (data.<city>.fr, <city>.opendatasoft.com)
is that territory's value: another body sets its own, so it stays a value written in the code; so does the hub read with an API key
(an account's). The files are written for these tests, in the shape of that repository."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

CID = "reusability.configuration"
PAGE = ("import pandas as pd\nimport requests\nimport streamlit as st\n\n\ndef app(code_commune, nom_commune):\n    st.title('Activité')\n"
        '    url = "{base}/api/records/1.0/search/?dataset={dataset}&q=&rows=500&facet=com_code&refine.year=2022&refine.com_code=" + code_commune{key}\n'
        "    df = pd.DataFrame(requests.get(url).json()['records'])\n    st.dataframe(df)\n")
SETUP = ('mkdir -p ~/.streamlit/\n\necho "\\\n[general]\\n\\\nemail = \\"agent@exemple.fr\\"\\n\\\n" > ~/.streamlit/credentials.toml\n\n'
         'echo "\\\n[server]\\n\\\nheadless = true\\n\\\nport = $PORT\\n\\\n" > ~/.streamlit/config.toml\n')
MULTIAPP = ("import streamlit as st\n\n\nclass MultiApp:\n    def __init__(self):\n        self.apps = []\n\n"
            "    def add_app(self, title, func):\n        self.apps.append({'title': title, 'function': func})\n\n"
            "    def run(self):\n        code = st.sidebar.text_input('Code commune', '59350')\n"
            "        app = st.sidebar.radio('Page', self.apps, format_func=lambda a: a['title'])\n        app['function'](code, code)\n")


def _dashboard(base: str, dataset: str = "georef-france-iris-millesime", key: str = "") -> dict:
    return {"README.md": "# streamlit_data_territoire\n",
            "app.py": "from multiapp import MultiApp\nfrom pages import activite, population\n\napp = MultiApp()\n"
                      "app.add_app('Activité', activite.app)\napp.add_app('Population', population.app)\napp.run()\n",
            "multiapp.py": MULTIAPP, "pages/__init__.py": "",
            "pages/activite.py": PAGE.format(base=base, dataset=dataset, key=key),
            "pages/population.py": PAGE.format(base=base, dataset=dataset, key=key).replace("Activité", "Population"),
            "requirements.txt": "streamlit==1.22.0\npandas==1.5.3\nrequests==2.28.2\n",
            "Procfile": "web: sh setup.sh && streamlit run app.py\n", "setup.sh": SETUP}


def _conf(tmp_path, files, name):
    report, res = judge(tmp_path, files, [CID], name=name)
    return report, res[CID]


def test_the_shared_public_hubs_national_dataset_read_without_a_key_is_no_setting(tmp_path):
    report, r = _conf(tmp_path, _dashboard("https://public.opendatasoft.com"), "h")
    # (still a proprietary service the project depends on: vendor lock-in's)
    assert [s["id"] for s in report["facts"]["vendor_lockin"]["services"]] == ["opendatasoft"], report["facts"]["vendor_lockin"]
    assert r["status"] == "not_applicable", r["message"]
    assert "its start (setup.sh) reads only PORT, set by the platform" in r["message"]["en"], r["message"]
    assert "public.opendatasoft.com" in r["message"]["en"] and "public.opendatasoft.com" in r["message"]["fr"], r["message"]
    assert "is the same for every deployment" in r["message"]["en"] and "est la même pour tout déploiement" in r["message"]["fr"], r["message"]


def test_a_territorys_own_portal_or_a_keyed_read_stays_a_value_written_in_the_code(tmp_path):
    for name, files in (("c", _dashboard("https://data.metropole-exemple.fr", "indicateurs-iris-metropole")),
                        ("t", _dashboard("https://metropole-exemple.opendatasoft.com", "indicateurs-iris-metropole")),
                        ("k", _dashboard("https://public.opendatasoft.com", key=' + "&apikey=" + "3f2a"'))):
        r = _conf(tmp_path, files, name)[1]
        assert r["status"] == "fail", (name, r["message"])
        assert any(e.get("value") == "Opendatasoft" and e.get("kind") == "finding" for e in r["evidence"]), (name, r["evidence"])


# The same repository commits its virtualenv (venv/, 23,000 files): Jupyter's extensions installed there write their configuration in
# the environment's etc/jupyter/ (venv/etc/jupyter/nbconfig/notebook.d/pydeck.json, jupyterlab-plotly.json), which the check took
# for files of the project's settings of an unknown shape ("not reads nothing"). A virtualenv's etc/jupyter/ is its own, as its
# lib/ and share/ are; a project's folder named env/ holding etc/ files of its own stays the project's.
VENV = {"venv/pyvenv.cfg": "home = /usr/local/bin\nversion = 3.8.10\n", "venv/bin/activate": "# This file must be used with source\nexport VIRTUAL_ENV\n",
        "venv/lib/python3.8/site-packages/pydeck/__init__.py": "__version__ = '0.8.0'\n",
        "venv/share/jupyter/nbextensions/pydeck/extensionRequires.js": "define(function () {});\n",
        "venv/etc/jupyter/nbconfig/notebook.d/pydeck.json": '{"load_extensions": {"pydeck/extension": true}}\n',
        "venv/etc/jupyter/nbconfig/notebook.d/jupyterlab-plotly.json": '{"load_extensions": {"jupyterlab-plotly/extension": true}}\n'}


def test_a_committed_virtualenvs_jupyter_configuration_is_no_settings_file_of_the_project(tmp_path):
    r = _conf(tmp_path, {**_dashboard("https://public.opendatasoft.com"), **VENV}, "v")[1]
    assert r["status"] == "not_applicable", r["message"]
    # (an env/ folder of the project's own, its etc/ holding a settings file: the project's, not a virtualenv's)
    own = {**_dashboard("https://public.opendatasoft.com"), "env/etc/tableau.yml": "commune_par_defaut: '59350'\nannee: 2022\n"}
    r = _conf(tmp_path, own, "e")[1]
    assert r["status"] != "not_applicable", r["message"]
