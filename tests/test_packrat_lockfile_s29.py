"""R's packrat lockfile (issue 12, session 29 fixer o29; reader r6a: SGMAP-AGD/opensignauxfaibles).

An R analysis of 2017 pins its CRAN packages with packrat, renv's predecessor (``packrat/packrat.lock``, written by
``packrat::snapshot()``): the files fact lists it as a lockfile, like Go's legacy locks it is listed and not read (no manifests entry, so
no "invalid" lock); renv.lock stays a lockfile, and a file merely named like packrat's options is none.
"""

from __future__ import annotations

from tests.gitrepo import make_repo
from tests.test_scaling import ctx_for

PACKRAT_LOCK = ("PackratFormat: 1.4\nPackratVersion: 0.4.8.1\nRVersion: 3.3.2\nRepos: CRAN=https://cran.example.org/\n\n"
                "Package: dplyr\nSource: CRAN\nVersion: 0.7.4\nHash: 0123456789abcdef0123456789abcdef\n")
ANALYSIS = {"README.md": "# Analyse\n\nUne analyse en R.\n", "analyse.Rmd": "---\ntitle: Analyse\n---\n\n```{r}\nlibrary(dplyr)\n```\n",
            "packrat/packrat.opts": "auto.snapshot: TRUE\n", "packrat/init.R": "local({ message('packrat') })\n"}


def test_packrat_lock_is_a_lockfile_listed_not_read(tmp_path):
    make_repo(tmp_path / "p", [{"files": {**ANALYSIS, "packrat/packrat.lock": PACKRAT_LOCK}}])
    ctx = ctx_for(tmp_path / "p")
    assert ctx.fact("files")["lockfiles"] == ["packrat/packrat.lock"]  # was []
    assert not [m for m in ctx.fact("manifests")["manifests"] if m["path"] == "packrat/packrat.lock"]


def test_renv_lock_unchanged_and_packrat_opts_no_lockfile(tmp_path):
    renv = '{"R": {"Version": "4.5.0"}, "Packages": {"dplyr": {"Package": "dplyr", "Version": "1.1.4"}}}\n'
    make_repo(tmp_path / "renv", [{"files": {**ANALYSIS, "renv.lock": renv}}])
    assert ctx_for(tmp_path / "renv").fact("files")["lockfiles"] == ["renv.lock"]
    make_repo(tmp_path / "none", [{"files": ANALYSIS}])
    assert ctx_for(tmp_path / "none").fact("files")["lockfiles"] == []
