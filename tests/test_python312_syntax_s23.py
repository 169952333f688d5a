"""Python 3.12 syntax read by the auditor's 3.11 parser (issue 12, session 23, seen on a State pipeline's API,
gip-inclusion/data-inclusion): modules using type parameter lists (`class CursorPage[T](BaseModel):`) were "unparsed", and with a
large notebook beside them documentation.code-comments said "mostly not measured". Such a module is now measured like any other
(its classes and functions, their docstrings and complexity, on the same lines); a file with a real syntax error stays unparsed."""

from __future__ import annotations

import pytest

from auditor.facts.pyparse import downgraded, parse
from tests.test_local_authority_verdicts import judge

PAGES = '''"""Pagination of the API's lists."""

from typing import Generic

from pydantic import BaseModel


class CursorPage[T](BaseModel):
    """A page of results and the cursor of the next one."""

    items: list[T]
    next_cursor: str | None = None


type Cursor = str


def first_page[T: BaseModel](items: list[T], size: int) -> CursorPage[T]:
    """The first ``size`` items."""
    if size <= 0:
        return CursorPage(items=[])
    return CursorPage(items=items[:size], next_cursor=str(size) if len(items) > size else None)


def encode(cursor: Cursor) -> str:
    return cursor.encode().hex()
'''


def test_type_parameters_and_aliases_parse_on_the_same_lines():
    tree = parse(PAGES)
    names = {n.name: n.lineno for n in tree.body if hasattr(n, "name")}
    assert names == {"CursorPage": 8, "first_page": 18, "encode": 25}, names
    assert downgraded("def f(x):\n    return x\n") is None


def test_a_real_syntax_error_still_fails():
    with pytest.raises(SyntaxError):
        parse("class Broken[T](:\n    pass\n")


def test_a_module_in_312_syntax_is_measured(tmp_path):
    files = {"api/pagination.py": PAGES, "README.md": "# API\n\nL'API des structures.\n",
             "api/app.py": '"""The API."""\n\n\ndef create_app():\n    """The application."""\n    return object()\n'}
    res = judge(tmp_path, files, ["documentation.code-comments", "reusability.maintainability"])[1]
    cc = res["documentation.code-comments"]
    py = cc["details"]["by_language"]["python"]
    assert cc["details"]["left_out"]["unparsed"] == 0, cc["details"]
    assert (py["files"], py["documented"], py["declarations"]) == (2, 3, 4), cc["details"]
    assert res["reusability.maintainability"]["status"] in ("pass", "warn", "fail"), res["reusability.maintainability"]


def _notebook(cells: list[tuple[str, str]]) -> str:
    import json

    return json.dumps({"nbformat": 4, "nbformat_minor": 5, "metadata": {"kernelspec": {"language": "python", "name": "python3"}},
                       "cells": [{"cell_type": t, "metadata": {}, "source": src.splitlines(keepends=True),
                                  **({"outputs": [], "execution_count": None} if t == "code" else {})} for t, src in cells]}, indent=1)


def test_a_notebook_installing_packages_over_several_lines_is_measured(tmp_path):
    # (the same notebook's `%pip install \` with one package a line: the continuation lines are IPython's too)
    nb = _notebook([("markdown", "# Déduplication des structures\n"),
                    ("code", "%%capture\n\n%pip install \\\n    pandas \\\n    scikit-learn\n"),
                    ("code", "import pandas as pd\n\n\ndef charger(chemin):\n    \"\"\"Les structures du fichier.\"\"\"\n    return pd.read_csv(chemin)\n")])
    res = judge(tmp_path, {"analyses/dedup.ipynb": nb, "README.md": "# Analyses\n\nCarnets d'analyse.\n"},
                ["documentation.code-comments"])[1]["documentation.code-comments"]
    assert res["details"]["left_out"]["unparsed"] == 0, res["details"]
    assert res["status"] != "inconclusive", res["message"]
