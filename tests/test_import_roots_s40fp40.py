"""A module deeper in the repository does not shadow a third-party package (issue 12, session 40 fixer fp40 = yougis/sudBoard,
reader rk40 item 3). A Django dashboard imports ``lumen`` and ``intake`` (HoloViz's Lumen, Intake) from vizApps/controllers/ and
vizApps/services/dataSource/, while the project has its own packages vizApps/services/lumen/ and vizApps/services/intake/: the
dependencies check took both imports for local modules (a folder of that name anywhere) and counted 21 packages declared nowhere
instead of 24. A bare import resolves from an import root only — the repository's root, src/, a project's root marker's folder, the
importing file's own folder, its package's root. Near miss: the same import from a file beside the local package stays local. The
fixtures are written for the test."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

INIT = ""
BASE = {"manage.py": "import os\nimport django\nos.environ.setdefault('DJANGO_SETTINGS_MODULE', 'board.settings')\n",
        "board/__init__.py": INIT, "board/settings.py": "SECRET = 1\n",
        "app/__init__.py": INIT, "app/controllers/__init__.py": INIT, "app/services/__init__.py": INIT,
        "app/services/lumen/__init__.py": INIT, "app/services/lumen/board.py": "def make():\n    return 1\n",
        "app/services/intake/__init__.py": "QUERY = 'select 1'\n"}


def _dep(tmp_path, files, name):
    r = judge(tmp_path, {"README.md": "# Board\n\nTableau de bord.\n", **BASE, **files}, ["reusability.dependencies"],
              name=name)[1]["reusability.dependencies"]
    return r["message"]["en"]


def test_a_package_named_like_a_nested_folder_is_third_party(tmp_path):
    msg = _dep(tmp_path, {"app/controllers/views.py": "import lumen\nfrom intake import open_catalog\n\n\ndef v():\n"
                                                      "    return lumen.Dashboard(open_catalog('x'))\n"}, "deep")
    assert "lumen" in msg and "intake" in msg, msg


def test_an_import_beside_the_local_package_stays_local(tmp_path):
    # near miss: the importing file sits in the folder that holds lumen/ and intake/ (its own folder is an import root)
    msg = _dep(tmp_path, {"app/services/views.py": "import lumen\nfrom intake import QUERY\n\n\ndef v():\n    return lumen, QUERY\n"},
               "beside")
    assert "lumen" not in msg and "intake" not in msg, msg
