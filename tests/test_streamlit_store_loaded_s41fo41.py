"""reusability.configuration on a Streamlit dashboard loading its secrets file by path (issue 12, session 41 fixer fo41 =
SBVR-jeremy/sbvr_observatory_myliaq, reader rb41 item 1, re-reader va41). The app reads its keys from ``.streamlit/secrets.toml`` in
two ways: ``st.secrets["observatory"]["center_map_location"]`` and, in its data modules, ``secrets = toml.load("./.streamlit/secrets.toml")``
then ``secrets["myliaq"]["api_key"]``. Only the st.secrets read was counted ("1 setting"), and the code writes the sponsor's own
instance of the data service (``https://valdaine.hydro-saas.fr/api/…``) at several places beside the template: pass 9. Rules now: the
store loaded by its path and indexed by key is read as st.secrets is, each key of a section named section.key; and the sponsor's
instance of a service written in the code at two places or more, which no setting sets, holds the verdict to a warning, whatever
the settings are read from. Near misses: the same app reading a host its template sets keeps its pass; a dict loaded from another
TOML file (a project's own pyproject.toml) is no read. The fixtures are written for the test."""

from __future__ import annotations

from tests.gitrepo import make_repo
from tests.test_reusability_fixtures import results, run_audit

CHECK = "reusability.configuration"
README = ("# Observatoire\n\nTableau de bord des débits de la rivière.\n\n## Installation\n\n```sh\npip install -r requirements.txt\n"
          "streamlit run Accueil.py\n```\n\n## Configuration\n\nCopier .streamlit/modele-secrets.toml en .streamlit/secrets.toml et le remplir.\n")
TEMPLATE = "[observatory]\ncenter_map_location = [46.2, 5.1]\nadmin_password = \"\"\n\n[saas]\napi_key = \"\"\n{EXTRA}"
HOME = ("import streamlit as st\nimport folium\nfrom tools.queries import stations\n\nst.title('Observatoire')\n"
        "m = folium.Map(location=st.secrets[\"observatory\"][\"center_map_location\"], zoom_start=10)\nst.write(stations())\n")
QUERIES = ('import requests\nimport toml\n\ntry:\n    secrets = toml.load("./.streamlit/secrets.toml")\n'
           '    headers = {"Authorization": "Bearer " + secrets["saas"]["api_key"]}\nexcept Exception:\n    print("no secrets")\n\n'
           'ADMIN = secrets["observatory"]["admin_password"]\n{BASE}\n\ndef stations():\n    return requests.get({URL1}, headers=headers).json()\n\n\n'
           'def measures(station):\n    return requests.get({URL2} + str(station), headers=headers).json()\n')
HARD = {"BASE": "", "URL1": '"https://valdaine.hydro-saas.fr/api/stations"', "URL2": '"https://valdaine.hydro-saas.fr/api/measures/"'}
READ = {"BASE": 'BASE = secrets["saas"]["base_url"]\n', "URL1": 'BASE + "/api/stations"', "URL2": 'BASE + "/api/measures/"'}


def configuration(tmp_path, name, queries, extra="", more=None):
    files = {"README.md": README, "requirements.txt": "streamlit==1.30.0\nrequests==2.31.0\ntoml==0.10.2\nfolium==0.15.1\n",
             "Accueil.py": HOME, "tools/__init__.py": "", "tools/queries.py": queries,
             ".streamlit/modele-secrets.toml": TEMPLATE.replace("{EXTRA}", extra), **(more or {})}
    repo = make_repo(tmp_path / name, [{"files": files, "date": "2025-03-01T10:00:00Z", "message": "import",
                                        "author": ("Jean Dupont", "jean.dupont@syndicat-valdaine.fr")},
                                       {"files": {"README.md": README + "\nVersion 2.\n"}, "date": "2025-04-01T10:00:00Z",
                                        "message": "v2", "author": ("Jean Dupont", "jean.dupont@syndicat-valdaine.fr")}])
    return results(run_audit(repo, tmp_path / f"c-{name}", [CHECK]))[CHECK]


def _q(values):
    q = QUERIES
    for k, v in values.items():
        q = q.replace("{" + k + "}", v)
    return q


def test_the_loaded_store_s_keys_are_counted_and_the_sponsor_s_instance_in_the_code_warns(tmp_path):
    r = configuration(tmp_path, "hard", _q(HARD))
    assert r["details"]["env_vars"] == 3 and r["details"]["undocumented"] == [], (r["message"], r["details"])
    assert r["status"] == "warn", (r["status"], r["message"])
    assert "valdaine.hydro-saas.fr" in r["message"]["en"] and "valdaine.hydro-saas.fr" in r["message"]["fr"], r["message"]


def test_near_miss_the_host_read_from_the_store_keeps_the_pass(tmp_path):
    r = configuration(tmp_path, "read", _q(READ), extra='base_url = "https://example.hydro-saas.fr"\n')
    assert r["details"]["env_vars"] == 4 and r["status"] == "pass", (r["status"], r["message"], r["details"])


def test_near_miss_another_toml_file_loaded_is_no_read(tmp_path):
    other = _q(READ).replace("./.streamlit/secrets.toml", "pyproject.toml")
    r = configuration(tmp_path, "other", other, extra='base_url = "https://example.hydro-saas.fr"\n')
    assert r["details"]["env_vars"] == 1, (r["message"], r["details"])
