"""R's rv lockfile (issue 12, session 25 fixer s25; reader o4 family 6: InseeFrLab/utilitR).

A documentation site in R pins its packages with rv (``rproject.toml`` and the ``rv.lock`` that ``rv sync`` writes): rv.lock is a
lockfile, and the R packages it pins are read; renv's renv.lock stays one, and an rv.lock that is not valid TOML is reported
as invalid, not read as empty.
"""

from __future__ import annotations

from tests.gitrepo import make_repo
from tests.test_scaling import ctx_for

RV_LOCK = ('# written by the R package manager\nversion = 2\nr_version = "4.5"\n\n[[packages]]\nname = "dplyr"\nversion = "1.1.4"\n'
           'source = { repository = "https://cran.example.org" }\ndependencies = ["rlang"]\n\n[[packages]]\nname = "rlang"\n'
           'version = "1.1.6"\nsource = { repository = "https://cran.example.org" }\ndependencies = []\n')
SITE = {"README.md": "# Guide\n\nUn guide des bonnes pratiques en R.\n", "index.qmd": "---\ntitle: Guide\n---\n\nBienvenue.\n",
        "_quarto.yml": "project:\n  type: book\n", "rproject.toml": '[project]\nname = "guide"\nr_version = "4.5"\ndependencies = ["dplyr"]\n'}


def test_rv_lock_is_a_lockfile_and_its_packages_are_read(tmp_path):
    make_repo(tmp_path / "rv", [{"files": {**SITE, "rv.lock": RV_LOCK}}])
    ctx = ctx_for(tmp_path / "rv")
    assert ctx.fact("files")["lockfiles"] == ["rv.lock"]  # was []
    r = [m for m in ctx.fact("manifests")["manifests"] if m["path"] == "rv.lock"]
    assert r and r[0]["ecosystem"] == "r" and r[0]["dependencies"] == ["dplyr", "rlang"] and r[0]["error"] is None


def test_renv_lock_unchanged_and_a_broken_rv_lock_is_invalid(tmp_path):
    renv = '{"R": {"Version": "4.5.0"}, "Packages": {"dplyr": {"Package": "dplyr", "Version": "1.1.4"}}}\n'
    make_repo(tmp_path / "renv", [{"files": {**SITE, "renv.lock": renv}}])
    ctx = ctx_for(tmp_path / "renv")
    assert ctx.fact("files")["lockfiles"] == ["renv.lock"]
    assert [m["dependencies"] for m in ctx.fact("manifests")["manifests"] if m["path"] == "renv.lock"] == [["dplyr"]]
    make_repo(tmp_path / "broken", [{"files": {**SITE, "rv.lock": "[[packages]\nname = \n"}}])
    broken = [m for m in ctx_for(tmp_path / "broken").fact("manifests")["manifests"] if m["path"] == "rv.lock"]
    assert broken and broken[0]["error"] and broken[0]["dependencies"] == []
