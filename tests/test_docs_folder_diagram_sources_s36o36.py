"""files.docs, docs.doc_files (issue 12, s36 o36 = reader r18b, meteofrance/cams-dl-ensemble): doc/ holds an empty data.md (0
bytes) and the README's pictures — a PNG timeline, two SVG diagrams and model_io.drawio, the draw.io source of model_io.svg.
files.docs said "doc/" and the docs check counted "1 (page) in doc/": the empty page was set aside by files but counted by docs,
and the .drawio, unknown as a picture, kept doc/ a documentation folder. A diagram editor's source is a picture's; an empty file
is no page. Near miss: the same folder whose data.md describes the data is a documentation folder."""

from __future__ import annotations

from auditor.engine import AuditOptions, audit
from tests.gitrepo import make_repo

PNG = b"\x89PNG\r\n\x1a\n" + bytes(64)
SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>\n'
DRAWIO = '<mxfile host="app.diagrams.net"><diagram name="Page-1" id="a1">dZHBb8IwDIb/Sn</diagram></mxfile>\n'


def run(tmp_path, data_md: str) -> tuple[dict, dict]:
    files = {"README.md": "# DL ensemble\n\n*Deep learning ensemble of air quality forecasts*\n\n![timeline](doc/images/timeline.png)\n\n"
                          "![model](doc/images/model_io.svg)\n",
             "pyproject.toml": '[project]\nname = "dl-ens"\nversion = "0.1.0"\n', "src/dl_ens/train.py": "def train():\n    return 1\n",
             "doc/data.md": data_md, "doc/images/timeline.png": PNG, "doc/images/model_io.svg": SVG, "doc/images/oper.svg": SVG,
             "doc/images/model_io.drawio": DRAWIO}
    repo = make_repo(tmp_path / "r", [{"files": files, "date": "2026-03-02T10:00:00Z", "message": "init",
                                       "author": ("Alice Martin", "alice@exemple.fr")}])
    report = audit(str(repo), AuditOptions(cache_dir=tmp_path / "c", offline=True, only=["documentation.docs"]))
    return next(r for r in report["results"] if r["id"] == "documentation.docs"), report["facts"]


def test_an_empty_page_and_the_readmes_pictures_with_their_drawio_source_are_no_documentation_folder(tmp_path):
    r, facts = run(tmp_path, "")
    assert facts["files"]["docs"] is None
    assert facts["docs"]["doc_files"] == 0
    assert "(1 in doc/)" not in r["message"]["en"], r["message"]


def test_a_page_describing_the_data_beside_the_pictures_is_a_documentation_folder(tmp_path):
    _, facts = run(tmp_path, "# Data\n\nThe CAMS regional forecasts, hourly, 0.1° grid, from the ADS.\n")
    assert facts["files"]["docs"] == "doc/"
    assert facts["docs"]["doc_files"] == 1
