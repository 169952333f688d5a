"""Session 34 (l34): data apps' settings files and manifests. A Streamlit dashboard's .streamlit/config.toml (the server's port and
theme, which Streamlit reads) and a conda environment.yml (the dependencies: python=3.12, streamlit) were "a code file holding the
settings" (reusability.configuration), and the environment.yml's python=3.12 was no runtime version read (scaling.end-of-life
not applicable). A tool's own settings file in its hidden folder and a dependency manifest are no code; a conda environment pins the
Python it runs on. A config.py of the code holding a service's address is still settings in the code, and a conda environment
pinning Python 3.7 is still past its end of life. The files are written for these tests, in the shape of those repositories."""

from __future__ import annotations

from tests.test_eol_vendor_systems_s26 import _eol
from tests.test_local_authority_verdicts import judge

CONF = ["reusability.configuration"]
APP = ("import pandas as pd\nimport streamlit as st\n\nst.title('Indicateurs par commune')\n"
       "df = pd.read_csv('data/communes.csv')\nst.dataframe(df)\n")
STREAMLIT = {
    "README.md": "# Indicateurs territoriaux\n\nUn tableau de bord Streamlit des indicateurs INSEE par commune.\n",
    "app.py": APP, "data/communes.csv": "code,nom,population\n59350,Lille,236234\n",
    "Pipfile": '[packages]\nstreamlit = "*"\npandas = "*"\n\n[requires]\npython_version = "3.11"\n',
    ".streamlit/config.toml": ('[server]\nheadless = false\nport = 8501\naddress = "0.0.0.0"\n\n[theme]\nprimaryColor = "#F63366"\n'
                               'font = "sans serif"\n'),
}
CONDA = {
    "README.md": "# Observatoire\n\nUne analyse de la délinquance enregistrée par région.\n",
    "02_streamlit/app.py": APP, "data/communes.csv": "code,nom,population\n59350,Lille,236234\n",
    "environment.yml": ("name: datacom\nchannels:\n  - conda-forge\nchannel_priority: strict\ndependencies:\n  - python=3.12\n"
                        "  - streamlit\n  - pandas\n  - pip\n  - pip:\n      - altair\n"),
}


def _code_settings(res) -> list[str]:
    return [e.get("path") for e in res["evidence"] if e.get("value") == "settings in the code"]


def test_a_tools_settings_file_and_a_conda_manifest_are_no_settings_code(tmp_path):
    res = judge(tmp_path, STREAMLIT, CONF, name="s")[1]["reusability.configuration"]
    assert _code_settings(res) == [], res["evidence"]
    res = judge(tmp_path, CONDA, CONF, name="c")[1]["reusability.configuration"]
    assert _code_settings(res) == [] and res["status"] == "not_applicable", (res["status"], res["evidence"])


def test_a_settings_module_of_the_code_is_still_settings_in_the_code(tmp_path):
    files = {**{k: v for k, v in STREAMLIT.items() if not k.startswith(".streamlit/")}, "config.py": "API_URL = 'https://api.exemple-agglo.fr/indicateurs'\nTIMEOUT = 30\n",
             "app.py": "from config import API_URL\n" + APP}
    res = judge(tmp_path, files, CONF, name="k")[1]["reusability.configuration"]
    assert res["status"] == "fail" and _code_settings(res) == ["config.py"], (res["status"], res["evidence"])


def test_a_conda_environment_pins_the_python_it_runs_on(tmp_path):
    fact, res = _eol(tmp_path / "a", CONDA)
    assert [(r["product"], r["cycle"], r["path"], r["line"]) for r in fact["read"]] == [("python", "3.12", "environment.yml", 6)], fact["read"]
    assert res["status"] == "pass", res["message"]
    old = {**CONDA, "environment.yml": CONDA["environment.yml"].replace("python=3.12", "python=3.7")}
    fact, res = _eol(tmp_path / "b", old)
    assert [(f["product"], f["cycle"]) for f in fact["findings"]] == [("python", "3.7")], fact["findings"]
    assert res["status"] in ("warn", "fail"), res["message"]
