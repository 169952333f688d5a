"""reusability.territory-neutral (issue 12, session 16 reader r1, departement-loire-atlantique/pdf-fusion-connector): setup.py's
url= (the package's home page on the sponsor's GitLab) was "a hard-coded address of one of the sponsoring local government's
servers"; the author_email beside it was already package metadata."""

from __future__ import annotations

from auditor.context import AuditConfig
from auditor.engine import AuditOptions, audit
from tests.gitrepo import make_repo
from tests.test_reusability_fixtures import results

CID = "reusability.territory-neutral"


def test_setup_pys_url_is_package_metadata(tmp_path):
    setup = ('#! /usr/bin/env python\n\nfrom setuptools import setup, find_packages\n\nsetup(\n    name="fusion-connector",\n'
             '    author="Jeanne Martin",\n    author_email="jeanne.martin@exemple-departement.fr",\n'
             '    url="https://gitlab.exemple-departement.fr/publik/fusion-connector/",\n    packages=find_packages(),\n)\n')
    models = ("import requests\n\nSIG = 'https://sig.exemple-departement.fr/api/communes'\n\n\ndef communes():\n"
              "    return requests.get(SIG).json()\n")
    files = {"setup.py": setup, "fusion/__init__.py": "", "fusion/models.py": models, "README.md": "# Fusion\n\nConnecteur Publik.\n"}
    repo = make_repo(tmp_path / "r", [{"files": files, "date": "2026-03-02T10:00:00Z", "message": "initial",
                                       "author": ("Jeanne Martin", "jeanne.martin@exemple-departement.fr")}])
    cache = tmp_path / "c"
    report = audit(str(repo), AuditOptions(cache_dir=cache, offline=True, only=[CID], config=AuditConfig(
        cache_dir=cache, offline=True, network=False, extra={"sponsor_type": "local-authority"})))
    r = results(report)[CID]
    where = {(e.get("path"), e.get("line")) for e in r["evidence"] if e.get("kind") == "finding"}
    assert ("setup.py", 9) not in where, r["evidence"]
    assert ("fusion/models.py", 3) in where, r["evidence"]  # (a server the code calls still is)
