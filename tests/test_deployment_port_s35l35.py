"""Session 35 (l35): the variables a deployment's start reads in shell (issue 12).

aubryprieur/streamlit_data_territoire, a Streamlit dashboard of a territory's indicators: its Procfile runs `sh setup.sh && streamlit
run app.py`, and setup.sh writes `port = $PORT` into Streamlit's config. reusability.configuration said "No setting read from the
environment": the shell scripts' reads left out every variable of the platform or the system. A Procfile's commands, a container's
CMD / ENTRYPOINT and the shell scripts they run read the deployment's PORT, HOST or run mode from the environment: said as such
("only PORT, set by the platform"), as process.env.PORT is. A variable the script sets itself is no read, nor is a `${...}` in a
quoted heredoc (the JavaScript fed to node by GwendolineD/app-mairies' scripts/generate-pwa-icons.sh: `${JSON.stringify(…)}`), nor
a PORT read by a script the deployment does not run. The files are written for these tests, in the shape of those repositories."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

CONF = ["reusability.configuration"]
# (the page reads a territory's own Opendatasoft portal, a value another territory sets: written in the code; the shared public hub,
# public.opendatasoft.com, read without a key, would be none — tests/test_public_data_hub_s35t35.py)
PAGE = ("import pandas as pd\nimport requests\nimport streamlit as st\n\n\ndef app(code_iris):\n    st.title('Activité')\n"
        "    url = ('https://data.metropole-exemple.fr/api/records/1.0/search/?dataset=iris-activite&q=' + code_iris)\n"
        "    df = pd.DataFrame(requests.get(url).json()['records'])\n    st.dataframe(df)\n")
SETUP = ('mkdir -p ~/.streamlit/\n\necho "\\\n[general]\\n\\\nemail = \\"agent@exemple.fr\\"\\n\\\n" > ~/.streamlit/credentials.toml\n\n'
         'echo "\\\n[server]\\n\\\nheadless = true\\n\\\nport = $PORT\\n\\\n" > ~/.streamlit/config.toml\n')
DASHBOARD = {"README.md": "", "app.py": "import streamlit as st\nfrom pages import activite\n\nactivite.app('593500101')\n",
             "pages/__init__.py": "", "pages/activite.py": PAGE,
             "requirements.txt": "streamlit==1.22.0\npandas==1.5.3\nrequests==2.28.2\n",
             "Procfile": "web: sh setup.sh && streamlit run app.py\n", "setup.sh": SETUP}


def _conf(tmp_path, files, name):
    return judge(tmp_path, files, CONF, name=name)[1]["reusability.configuration"]


def test_a_port_a_procfiles_setup_script_reads_is_the_platforms(tmp_path):
    res = _conf(tmp_path, DASHBOARD, "s")
    assert res["status"] == "fail", res["message"]
    assert "only PORT, set by the platform" in res["message"]["en"] and "seulement PORT, que fixe la plateforme" in res["message"]["fr"], res["message"]
    assert any(e.get("path") == "setup.sh" and e.get("value") == "PORT" for e in res["evidence"]), res["evidence"]
    # (the same read in the Procfile's own command, `--server.port $PORT`, and in a container's CMD running the script)
    procfile = {**DASHBOARD, "Procfile": "web: streamlit run app.py --server.port $PORT --server.headless true\n"}
    procfile.pop("setup.sh")
    res = _conf(tmp_path, procfile, "p")
    assert "only PORT, set by the platform" in res["message"]["en"], res["message"]
    docker = {**DASHBOARD, "Dockerfile": "FROM python:3.11-slim\nCOPY . /app\nWORKDIR /app\nRUN pip install -r requirements.txt\n"
                                         'CMD ["sh", "-c", "sh setup.sh && streamlit run app.py"]\n'}
    docker.pop("Procfile")
    res = _conf(tmp_path, docker, "d")
    assert "only PORT, set by the platform" in res["message"]["en"], res["message"]


def test_a_port_set_by_the_script_or_read_by_a_script_nothing_runs_is_no_read(tmp_path):
    # (the script gives PORT its value: no environment read)
    own = {**DASHBOARD, "setup.sh": "PORT=8501\n" + SETUP}
    res = _conf(tmp_path, own, "o")
    assert "only PORT" not in res["message"]["en"] and "No setting read from the environment" in res["message"]["en"], res["message"]
    # (a developer's helper no Procfile or container runs: the deployment's start reads no PORT)
    aside = {**DASHBOARD, "Procfile": "web: streamlit run app.py\n", "scripts/serve_local.sh": "#!/bin/sh\nstreamlit run app.py --server.port $PORT\n"}
    aside.pop("setup.sh")
    res = _conf(tmp_path, aside, "a")
    assert "only PORT" not in res["message"]["en"], res["message"]


def test_a_dashboard_writing_nothing_whose_start_reads_only_port_has_nothing_to_set(tmp_path):
    quiet = {**DASHBOARD, "pages/activite.py": ("import pandas as pd\nimport streamlit as st\n\n\ndef app(code_iris):\n"
                                               "    st.dataframe(pd.read_csv('data/iris.csv', sep=';'))\n"), "data/iris.csv": "CODE_IRIS;ACT\n593500101;12\n"}
    res = _conf(tmp_path, quiet, "q")
    assert res["status"] == "not_applicable", res["message"]
    assert "its start (setup.sh) reads only PORT, set by the platform" in res["message"]["en"], res["message"]
    assert "son démarrage (setup.sh) lit seulement PORT, que fixe la plateforme" in res["message"]["fr"], res["message"]


HEREDOC = ('#!/usr/bin/env bash\nset -euo pipefail\nROOT="$(cd "$(dirname "$0")/.." && pwd)"\nVERSION=$(md5 -q "$ROOT/logo.png" | cut -c1-8)\n\n'
           'cat > "$ROOT/lib/icons.ts" <<EOF\nexport const ICON_VERSION = "${VERSION}";\nEOF\n\n'
           "node <<'NODE'\nconst fs = require(\"fs\");\nconst manifest = JSON.parse(fs.readFileSync(\"public/manifest.webmanifest\", \"utf8\"));\n"
           "fs.writeFileSync(\"public/manifest.webmanifest\", `${JSON.stringify(manifest, null, 2)}\\n`);\nNODE\n\n"
           'echo "Icons generated (v${VERSION}) for ${ICON_HOST}"\n')


def test_a_quoted_heredocs_javascript_reads_no_variable(tmp_path):
    files = {"README.md": "# Icônes\n\nGénère les icônes.\n", "scripts/generate-icons.sh": HEREDOC,
             "package.json": '{"name": "app", "private": true, "scripts": {"prebuild": "sh scripts/generate-icons.sh"}}\n'}
    res = _conf(tmp_path, files, "h")
    # (ICON_HOST, read after the heredoc, is still the script's setting; JSON, in node's quoted heredoc, is JavaScript)
    names = {e.get("value") for e in res["evidence"] if e.get("kind") == "finding"}
    assert "JSON" not in names and "ICON_HOST" in names, res["evidence"]
