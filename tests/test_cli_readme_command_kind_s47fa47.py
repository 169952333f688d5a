"""A Python package whose README's usage runs its declared command, never importing it, is a command-line tool.

Real case (issue 12, s47 fa47 = TechCabbalr/sirs_import): pyproject.toml declares a setuptools build and
`[project.scripts] sirs_import = "sirs_import.__main__:main"`; the README's "Utilisation" runs `sirs_import`, `sirs_import --extract`,
`sirs_import --upload` in code blocks and imports nothing. The built package folder weighed "library" 6 against the entry
point's 5, so the tool was called a library; the README's usage says what the package is for, as its import says for a library.
"""

from __future__ import annotations

from auditor.engine import AuditOptions, audit

PYPROJECT = ('[build-system]\nrequires = ["setuptools>=61"]\nbuild-backend = "setuptools.build_meta"\n\n[project]\nname = "gridload"\n'
             'version = "1.2.0"\ndependencies = ["requests", "shapely"]\n\n[project.scripts]\n{scripts}\n')
MAIN = ("import argparse\n\n\ndef main():\n    parser = argparse.ArgumentParser()\n    parser.add_argument('--push', action='store_true')\n"
        "    args = parser.parse_args()\n    print(args.push)\n\n\nif __name__ == '__main__':\n    main()\n")
CORE = "def convert(rows):\n    return [dict(r) for r in rows]\n"


def project(repo, tmp_path, readme: str, scripts: str = 'gridload = "gridload.__main__:main"') -> dict:
    files = {"pyproject.toml": PYPROJECT.format(scripts=scripts), "gridload/__init__.py": "", "gridload/__main__.py": MAIN,
             "gridload/core.py": CORE, "tests/test_core.py": "from gridload.core import convert\n\n\ndef test_convert():\n    assert convert([]) == []\n",
             "README.md": readme}
    report = audit(str(repo([{"files": files}])), AuditOptions(cache_dir=tmp_path / "c", only=["licensing.license-file"]))
    return report["facts"]["project"]


RUN_README = ("# gridload\n\nLoads the network's inspection records into the asset register.\n\n## Installation\n\n```\npip install gridload\n```\n\n"
              "## Usage\n\n```\ncd path/to/records\ngridload\n```\n\nPush to the server:\n\n```\ngridload --push\n```\n")


def test_a_package_whose_readme_runs_its_declared_command_is_a_command_line_tool(repo, tmp_path):
    p = project(repo, tmp_path, RUN_README)
    assert p["kind"] == "cli-tool" and p["kind_decided"]
    readme = [e for e in p["kind_evidence"] if e["path"] == "README.md"]
    assert readme and "l.15: gridload" in readme[0]["reason"]


def test_near_miss_a_library_whose_readme_imports_it_and_ships_a_helper_command(repo, tmp_path):
    """The README documents the importable API; a small helper script is declared beside it: a library, as before."""
    readme = ("# gridload\n\nConverts inspection records.\n\n## Usage\n\n```python\nfrom gridload.core import convert\n\nrows = convert(records)\n```\n\n"
              "A helper, `gridload-check`, validates a file.\n")
    p = project(repo, tmp_path, readme, scripts='gridload-check = "gridload.__main__:main"')
    assert p["kind"] == "library"


def test_near_miss_a_readme_that_runs_the_command_and_imports_the_package_stays_a_library(repo, tmp_path):
    p = project(repo, tmp_path, RUN_README + "\n## From Python\n\n```python\nimport gridload.core\n```\n")
    assert p["kind"] == "library"


def test_near_miss_prose_naming_the_command_is_no_run(repo, tmp_path):
    readme = "# gridload\n\ngridload converts inspection records for the asset register.\n"
    assert project(repo, tmp_path, readme)["kind"] == "library"
