"""code-comments and maintainability (issue 12, session 18 reader c2): a region's QGIS 2 plugin whose own module (662 lines of
Python 2: ``except IOError, e:``; since session 24 Python 2's statements are read, its octal ``0644`` is not) could not be parsed passed both checks on the plugin-builder boilerplate beside it (__init__.py,
the dialog, plugin_upload.py); a Bottle web app's Python 2 core passed maintainability on its front-end helpers. Files were
counted, not weighed: when the code no analyser could parse outweighs the code measured, both checks are now inconclusive and
say so; a small unparsable file beside a larger measured project is still only named (test_hardening_s11)."""

from __future__ import annotations

from tests.gitrepo import make_repo
from tests.test_project_kind import run
from tests.test_reusability_fixtures import results

DATE = "2017-03-02T10:00:00Z"

MAIN = "# -*- coding: utf-8 -*-\nimport os\n\n\nclass RasterExtract:\n" + "".join(
    f"    def tile{i}(self, path):\n        \"\"\"Copy tile {i}.\"\"\"\n        try:\n            os.chmod(path, 0644)\n            f = open(path)\n"
    f"        except IOError, e:\n            print 'erreur', e\n            return None\n        return f\n\n" for i in range(30))
INIT = "def classFactory(iface):\n    from .raster_extract import RasterExtract\n    return RasterExtract(iface)\n"
DIALOG = "from PyQt4 import QtGui\n\n\nclass RasterExtractDialog(QtGui.QDialog):\n    def __init__(self, parent=None):\n        super().__init__(parent)\n"


def _check(tmp_path, check, name):
    files = {"README.md": "# Extraction de dalles raster\n", "metadata.txt": "[general]\nname=Extract\nqgisMinimumVersion=2.0\n",
             "raster_extract.py": MAIN, "__init__.py": INIT, "raster_extract_dialog.py": DIALOG}
    repo = make_repo(tmp_path / name, [{"files": files, "date": DATE}])
    return results(run(repo, tmp_path / f"c-{name}", only=[check]))[check]


def test_maintainability_is_inconclusive_when_the_main_module_cannot_be_parsed(tmp_path):
    r = _check(tmp_path, "reusability.maintainability", "m")
    assert r["status"] == "inconclusive", r
    assert "raster_extract.py" in r["message"]["en"] and "could not be parsed" in r["message"]["en"], r["message"]


def test_code_comments_is_inconclusive_when_the_main_module_cannot_be_parsed(tmp_path):
    r = _check(tmp_path, "documentation.code-comments", "c")
    assert r["status"] == "inconclusive", r
    assert "raster_extract.py" in r["message"]["en"], r["message"]
