"""interoperability.geo (issue 12, s17 b2): a 3 MB Onyxia notebook draws a map of stops (px.scatter_map on latitude/longitude)
beside a small Streamlit app; the text scan leaves files over its size bound unread, and the check said "The service handles no
detectable map or geographic data" (not applicable). A code file left unread for its size is not measured: inconclusive."""

from __future__ import annotations

import json

from auditor.engine import AuditOptions, audit
from tests.gitrepo import make_repo
from tests.test_reusability_fixtures import results

CID = "interoperability.geo"
APP = "import streamlit as st\n\nst.title('Résumé de page')\nurl = st.text_input('Adresse')\n"


def notebook(size: int) -> str:
    cells = [{"cell_type": "code", "metadata": {}, "execution_count": 1, "outputs": [],
              "source": ["import plotly.express as px\n", "fig = px.scatter_map(arrets, lat='latitude', lon='longitude')\n"]}]
    blob = "x" * size
    cells.append({"cell_type": "code", "metadata": {}, "execution_count": 2, "source": ["fig.show()\n"],
                  "outputs": [{"output_type": "display_data", "data": {"text/html": [blob]}, "metadata": {}}]})
    return json.dumps({"cells": cells, "metadata": {}, "nbformat": 4, "nbformat_minor": 5})


def run(tmp_path, name, files):
    repo = make_repo(tmp_path / name, [{"files": {"README.md": "# Data day\n\nDeux ressources.\n", "scrap/app.py": APP,
                                                  "scrap/requirements.txt": "streamlit>=1.30\n", **files},
                                        "date": "2026-04-02T10:00:00Z", "message": "initial", "author": ("Ugo Martin", "ugo@exemple.fr")}])
    return results(audit(str(repo), AuditOptions(cache_dir=tmp_path / f"c-{name}", offline=True, only=[CID])))[CID]


def test_a_notebook_too_large_to_read_is_not_measured(tmp_path):
    r = run(tmp_path, "big", {"onyxia/etl.ipynb": notebook(3_000_000)})  # (over the snapshot's 2 MB cap: never read; s35 ad35)
    assert r["status"] == "inconclusive", r["message"]
    assert "onyxia/etl.ipynb" in r["message"]["en"]


def test_nothing_unread_and_no_map_is_not_applicable(tmp_path):
    r = run(tmp_path, "none", {})
    assert r["status"] == "not_applicable", r["message"]


def test_a_copied_library_too_large_to_read_is_not_the_projects_unread_code(tmp_path):
    """(s18 k3, mairiesamois: a commercial plugin's large files copied into a WordPress site made the check inconclusive.)"""
    banner = "/*!\n * jQuery JavaScript Library v3.7.1\n * https://jquery.com/\n *\n * Copyright OpenJS Foundation and other contributors\n" \
             " * Released under the MIT license\n * https://jquery.org/license\n */\n"
    r = run(tmp_path, "copy", {"scrap/static/jquery.js": banner + "var a = 1;\n" * 70_000})
    assert r["status"] == "not_applicable", r["message"]
