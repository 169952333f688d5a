"""A component's contributing guide kept in its documentation folder (issue 12, s37 fa37 = numerique-gouv/ami-ia-dgcl).

Two components and no root file: a Python OCR/NLP part (aclia_data/, its requirements.txt, Sphinx docs in aclia_data/docs/ beside
its CONTRIBUTING.md: "# Contributing … ## Pull Request Process") and a web part (aclia_www/client, aclia_www/server). files.contributing
was null: a component's guide was looked for only in the component's own top folder. It is now looked for in the component's
documentation or forge folder too (docs/, doc/, .github/, .gitlab/), as a root guide is at the root's; the files fact and
documentation.community-files ask the same rule. The near miss: the same guide under a folder that is no component (no manifest)
stays unseen. The files are written for this test, in the shape of the real ones."""

from __future__ import annotations

from tests.gitrepo import make_repo
from tests.test_scaling import ctx_for

_GUIDE = ("# Contributing\n\nWhen contributing to this repository, please first discuss the change you wish to make via issue.\n\n"
          "## Pull Request Process\n\n1. Test your code.\n2. Update unit tests.\n3. Rebase your branch.\n4. Ask for a review.\n")
_REPO = {"aclia_data/README.md": "# Actes IA\n\nThe data part: OCR pipeline and classifiers.\n",
         "aclia_data/requirements.txt": "numpy==1.19.1\npdf2image==1.12.1\n",
         "aclia_data/pipeline/extract.py": "def extract(path):\n    return open(path).read()\n",
         "aclia_data/pipeline/test/test_extract.py": "from pipeline.extract import extract\n\ndef test_extract():\n    assert extract\n",
         "aclia_data/docs/index.rst": "Actes IA\n========\n\n.. toctree::\n\n   source/code\n",
         "aclia_data/docs/conf.py": "project = 'Actes IA'\n",
         "aclia_www/README.md": "# Actes IA web\n\nThe annotation client and its server.\n",
         "aclia_www/client/package.json": '{"name": "client", "private": true}\n',
         "aclia_www/client/src/App.js": "export default function App() { return null; }\n",
         "aclia_www/server/package.json": '{"name": "server", "private": true}\n',
         "aclia_www/server/index.js": "const express = require('express');\nexpress().listen(3000);\n"}


def _ctx(tmp_path, files):
    path = make_repo(tmp_path / "r", [{"date": "2021-02-05T10:56:55Z", "author": ("Alice Martin", "alice@example.fr"), "files": files}])
    return ctx_for(path, tmp=tmp_path)


def test_a_components_guide_in_its_docs_folder_is_the_contributing_guide(tmp_path):
    ctx = _ctx(tmp_path, {**_REPO, "aclia_data/docs/CONTRIBUTING.md": _GUIDE})
    assert ctx.fact("files")["contributing"] == "aclia_data/docs/CONTRIBUTING.md", ctx.fact("files")["contributing"]  # was None
    assert ctx.fact("docs")["community"]["contributing"]["path"] == "aclia_data/docs/CONTRIBUTING.md"


def test_a_guide_in_the_docs_of_a_folder_without_manifest_stays_unseen(tmp_path):
    # the near miss: notes/docs/ belongs to no component (no manifest in notes/): nothing says whose guide it is
    ctx = _ctx(tmp_path, {**_REPO, "notes/docs/CONTRIBUTING.md": _GUIDE, "notes/docs/meeting.md": "# Réunion\n\nOrdre du jour.\n"})
    assert ctx.fact("files")["contributing"] is None, ctx.fact("files")["contributing"]
    assert ctx.fact("docs")["community"]["contributing"] is None
