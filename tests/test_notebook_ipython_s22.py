"""A notebook analysis (issue 12, session 22 reader a4, case c1 2: wilfrid03/ACCIDENTOLOGIE): one line of IPython syntax in a code cell
(`ax.plot?`, `!pip freeze > x`) made the whole notebook unparsable, so comments and maintainability were inconclusive. IPython's lines
(magics, shell escapes, help suffixes, cell magics whose body is not Python) are neutralised line by line before Python reads the cells."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge
from tests.test_notebook_kind_s22 import notebook


# (case 2) one line of IPython syntax, a help request `ax.plot?` or a shell escape, made the whole notebook unparsable: its comments and
# functions were not measured and both checks said inconclusive. IPython's lines are neutralised before Python reads the cells.
def _ipython_notebooks(broken: bool = False) -> dict:
    cells = ["!pip freeze > requirements_velo.txt\n%matplotlib inline", "import pandas as pd\nimport matplotlib.pyplot as plt",
             "# Lecture des accidents\ndef lire(chemin):\n    \"\"\"Lit le fichier des accidents.\"\"\"\n    return pd.read_csv(chemin, sep=';')",
             "fig, ax = plt.subplots()\nax.plot?", "plt.figure??", "fichiers = !ls DONNEES", "%%bash\nfor f in DONNEES/*.csv; do wc -l $f; done",
             "%%time\n# Comptage par année\ndef compter(df):\n    return df.groupby('an').size()"]
    if broken:  # (a syntax error in most of the notebook's code: a cell left unfinished among many is left out alone, s25 t25)
        cells.append("def casse(:\n    return 1\n" * 80)
    return {"LISEZMOI.txt": "Étude des accidents de vélo\n", "velo.ipynb": notebook(*cells),
            "explo.ipynb": notebook("import pandas as pd", "# Exploration\ndef resume(df):\n    return df.describe()", "resume?")}


def test_ipython_lines_leave_notebooks_measurable(tmp_path):
    _, res = judge(tmp_path, _ipython_notebooks(), ["documentation.code-comments", "reusability.maintainability"])
    for cid in ("documentation.code-comments", "reusability.maintainability"):
        assert res[cid]["status"] in ("pass", "warn", "fail"), (cid, res[cid]["message"])
        assert "velo.ipynb" not in res[cid]["message"]["en"], res[cid]["message"]


def test_a_notebook_with_a_python_syntax_error_stays_unparsable(tmp_path):
    _, res = judge(tmp_path, _ipython_notebooks(broken=True), ["reusability.maintainability"])
    assert "velo.ipynb" in res["reusability.maintainability"]["message"]["en"], res["reusability.maintainability"]["message"]


def test_ipython_syntax_is_read_line_by_line():
    from auditor.facts.embedded import ipython_line, notebook_code

    assert all(ipython_line(x) for x in ("ax.plot?", "plt.figure??", "  obj.method()?", "files = !ls", "t = %timeit -o f()", "!pip freeze"))
    assert not any(ipython_line(x) for x in ("x = a != b", "s = '%s' % x", "print('why?')", "a = 5 % 3", "y = not x"))
    code, language = notebook_code(notebook("%%html\n<b>gras</b>", "%%timeit\nsum(range(9))"))
    assert language == "python" and "# <b>gras</b>" in code and "\nsum(range(9))" in code
