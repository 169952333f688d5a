"""An import kept inside a triple-quoted string is no import (issue 12, s46 fi46 = remifroger/parsexml). to_csv.py, a command-line
script converting ISO 19139 metadata to CSV, loads pandas only; an older method kept as dead code between triple quotes at the end of
the file holds ``import xmltodict``. reusability.dependencies said "the code loads 2 package(s) (pandas, xmltodict)": the
python_imports fact read imports as text lines without setting string blocks aside. Triple-quoted strings are blanked first now."""

from __future__ import annotations

from auditor.engine import AuditOptions, audit
from auditor.facts.python_imports import blank_string_blocks

SCRIPT = ('"""Convert a feature catalogue to a table."""\nimport argparse\nimport pandas as pd\n\n'
          'parser = argparse.ArgumentParser()\nparser.add_argument("source")\nargs = parser.parse_args()\n'
          'frame = pd.read_xml(args.source)\nframe.to_csv("out.csv")\n\n')
DEAD = '"""\n# former method\nimport lxml.etree\nfrom shapely import wkt\ntree = lxml.etree.parse("x.xml")\n"""\n'


def _dependencies(repo, tmp_path, script):
    files = {"README.md": "# Catalogue\n\nConvertit un catalogue d'attributs en CSV.\n", "convert.py": script}
    report = audit(str(repo([{"files": files}])), AuditOptions(cache_dir=tmp_path / "c", only=["reusability.dependencies"]))
    return report["results"][0]


def test_an_import_in_a_dead_string_block_is_not_counted(repo, tmp_path):
    r = _dependencies(repo, tmp_path, SCRIPT + DEAD)
    assert r["status"] == "fail"
    assert r["evidence"][0]["value"] == ["pandas"], r["evidence"]


def test_near_miss_the_same_import_as_code_is_counted(repo, tmp_path):
    live = SCRIPT + DEAD.replace('"""\n', "", 1).rsplit('"""', 1)[0].replace("# former method\n", "")
    r = _dependencies(repo, tmp_path, live)
    assert r["evidence"][0]["value"] == ["lxml", "pandas", "shapely"], r["evidence"]


def test_quotes_inside_comments_and_one_line_strings_open_no_block():
    text = "x = \"'''\"  # '''\nimport requests\ny = '\"\"\"'\nimport yaml\ns = \"\"\"a\"\"\"; import toml\n"
    assert blank_string_blocks(text) == text.replace('"""a"""', '""" """')
    assert blank_string_blocks("a = 1\n'''\nimport x\n") == "a = 1\n'''\n        \n"  # (an unclosed block runs to the end)
