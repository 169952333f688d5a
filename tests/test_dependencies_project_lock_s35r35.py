"""reusability.dependencies: a project manager's lockfile locks its own manifest (issue 12, session 35 fixer r35).

- PnEcrins/CAIRN: the root uv.lock locks the root pyproject.toml (the Gradio application); analysis/requirements.txt is the
  JupyterLite site's list of ranges and bare names (jupyterlite-core, ipyleaflet, bqplot…) that CI installs as it is. The
  lockfile was paired by ecosystem family (uv.lock → "python", any Python manifest in the folder or below): "2 manifest(s),
  0 without a lockfile". A workspace member's pyproject.toml under the root uv.lock, and a requirements list beside the locked
  pyproject.toml, stay locked.
"""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

CAIRN = {
    "README.md": "# CAIRN\n\nComptage des baigneurs et des tentes sur les images des lacs d'altitude.\n",
    "pyproject.toml": '[project]\nname = "cairn"\nversion = "0.0.1"\ndependencies = ["gradio>=5.0", "ultralytics>=8.3", "pandas>=2.2"]\n',
    "uv.lock": 'version = 1\nrequires-python = ">=3.10"\n\n[[package]]\nname = "gradio"\nversion = "5.9.1"\nsource = { registry = "https://pypi.org/simple" }\n',
    "app.py": "import gradio as gr\n\ndemo = gr.Interface(fn=lambda x: x, inputs='image', outputs='text')\ndemo.launch()\n",
    "analysis/requirements.txt": ("# Core modules (mandatory)\njupyterlite-core==0.4.5\njupyterlab~=4.3.1\nnotebook~=7.3.1\n\n"
                                  "# Python: ipyleaflet library for Jupyter notebooks (optional)\nipyleaflet\nbqplot\n"),
    "analysis/notebooks/frequentation.ipynb": '{"cells": [{"cell_type": "code", "source": ["import pandas as pd"], "metadata": {}, '
                                              '"outputs": [], "execution_count": null}], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}\n',
}


def _deps(tmp_path, files, name="r"):
    return judge(tmp_path, files, ["reusability.dependencies"], name=name)[1]["reusability.dependencies"]


def test_a_uv_lock_does_not_lock_a_requirements_list_in_another_folder(tmp_path):
    r = _deps(tmp_path, CAIRN)
    assert r["details"]["unlocked"] == ["analysis/requirements.txt"], r["details"]
    assert "1 without a lockfile" in r["message"]["en"], r["message"]


def test_a_workspace_member_and_a_requirements_list_beside_the_locked_pyproject_stay_locked(tmp_path):
    files = {k: v for k, v in CAIRN.items() if not k.startswith("analysis/")}
    files.update({"requirements.txt": "gradio>=5.0\nultralytics>=8.3\n",
                  "packages/core/pyproject.toml": '[project]\nname = "cairn-core"\nversion = "0.0.1"\ndependencies = ["numpy>=2"]\n',
                  "packages/core/cairn_core/__init__.py": "import numpy\n"})
    r = _deps(tmp_path, files, name="w")
    assert r["details"]["unlocked"] == [], r["details"]
