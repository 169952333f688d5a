"""A package an R script or R Markdown chunk calls through its namespace (``readr::read_csv``) is a package the code loads
(issue 12, s46 fm46 = reader rj46 on datactivist/challengedata5).

Two R scripts load leaflet, tidyverse and htmltools with library(); the site's .Rmd page reads its tables with
readr::read_csv(…) and shows them with DT::datatable(…) in evaluated chunks. reusability.dependencies said "the code loads 3
package(s) … declared nowhere": a pkg::fn call loads the package as library() does, but only library()/require() were read.
Near miss: base R's namespaces (stats::median), a call in a comment or inside a string (Rcpp code naming std::vector), and a
chunk never run ({r, eval = FALSE}) add no package.
"""

from __future__ import annotations

from auditor.engine import AuditOptions, audit
from tests.gitrepo import make_repo

SCRIPT = "library(leaflet)\n\ncarte <- leaflet() |> addTiles()\nm <- stats::median(c(1, 2, 3))  # dplyr::filter later\ncarte\n"
RMD = """---
title: "Collectivites"
output: html_document
---

Le tableau ci-dessous liste les collectivites.

```{{r echo=FALSE}}
tab <- {call}
print(tab)
```

```{{r, eval = FALSE}}
brut <- jsonlite::fromJSON("https://example.org/api.json")
```
"""


def _audit(tmp_path, call: str) -> dict:
    files = {"README.md": "# Carnets\n\nLes carnets.\n", "scripts/carte.R": SCRIPT, "rapport/liste.Rmd": RMD.format(call=call),
             "scripts/cpp.R": 'library(Rcpp)\nf <- cppFunction("std::vector<int> f() { return {1}; }")\n'}
    commits = [{"files": files, "date": "2026-09-01T10:00:00Z", "author": ("Anne Blanc", "anne@example.org"), "message": "init"}]
    report = audit(str(make_repo(tmp_path / "carnets", commits)),
                   AuditOptions(cache_dir=tmp_path / "c", offline=True, only=["reusability.dependencies"]))
    return {r["id"]: r for r in report["results"]}["reusability.dependencies"]


def _missing(result: dict) -> list:
    return [v for e in result["evidence"] if e.get("kind") == "missing" for v in e["value"]]


def test_packages_called_through_their_namespace_are_loaded(tmp_path):
    r = _audit(tmp_path, 'DT::datatable(readr::read_csv("liste.csv"))')
    assert r["status"] == "fail", r["message"]
    assert _missing(r) == ["DT", "Rcpp", "leaflet", "readr"], r["message"]


def test_base_namespaces_comments_strings_and_unrun_chunks_add_nothing(tmp_path):
    r = _audit(tmp_path, 'read.csv("liste.csv")')
    assert _missing(r) == ["Rcpp", "leaflet"], r["message"]
    for name in ("stats", "dplyr", "std", "jsonlite"):
        assert name not in _missing(r), r["message"]
