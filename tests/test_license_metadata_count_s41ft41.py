"""The licence stated in the modules' __license__ metadata is counted among the Python modules read (issue 12, s41 ft41 =
cigalsace/zaphirweb).

Seven of nine Python modules carry a metadata block with __license__ = "GPL"; two modules and the JS files state nothing.
licensing.license-file said "stated in the headers of 7 of 7 source files read": the count was of the modules with a metadata
block. It now says the metadata of 7 of the 9 Python modules read. Near miss: a licence given in the header comments keeps the
"headers of n of m source files read" wording.
"""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

META = '''#!/usr/bin/env python
# -*- coding: utf-8 -*-
""" Module docstring
"""

__author__ = "Agent de la Région"
__copyright__ = "Copyright 2015, Agent de la Région"
__license__ = "GPL"
__version__ = "0.1"
__email__ = "agent@region.example"

'''
COMMENT = '''#!/usr/bin/env python
# License: GPL-3.0-or-later
# Copyright 2015 Agent de la Région

'''


def _files(head):
    files = {f"api/mod{i}.py": head + f"def run{i}(x):\n    return x + {i}\n" for i in range(3)}
    files.update({"api/__init__.py": "", "api/plain.py": "def plain(x):\n    return x\n",
                  "web/js/app.js": "function go() {\n  return 1;\n}\n", "web/js/util.js": "function util() {\n  return 2;\n}\n",
                  "README.md": "# Convertisseur\n\nConvertit les fiches.\n"})
    return files


def test_metadata_licences_are_counted_among_the_python_modules_read(tmp_path):
    _, res = judge(tmp_path, _files(META), ["licensing.license-file"])
    r = res["licensing.license-file"]
    assert r["status"] == "warn", r["message"]
    assert "3 of the 5 Python modules read" in r["message"]["en"] and "3 of 3" not in r["message"]["en"], r["message"]
    assert "3 des 5 modules Python lus" in r["message"]["fr"], r["message"]


def test_header_comments_keep_the_source_files_count(tmp_path):
    files = _files(COMMENT)
    files["api/plain.py"] = COMMENT + files["api/plain.py"]
    files.update({k: "// License: GPL-3.0-or-later\n" + v for k, v in files.items() if k.endswith(".js")})
    _, res = judge(tmp_path, files, ["licensing.license-file"], name="c")
    r = res["licensing.license-file"]
    assert "source files read" in r["message"]["en"] and "Python modules" not in r["message"]["en"], r["message"]
