"""A folder is an upstream project's copy only when it is named after it (issue 12, s38 lead = re-reader vi38 on pass-culture-api).

fr38's rule took a folder with its own licence and README, whose README names a forge repository the root README names too, as that
repository's copy (cry-me's app/element/, element-android). pass-culture-api moved its own code into api/ (its LICENSE, its README
and CONTRIBUTING.md), and both READMEs link the organisation's pass-culture-main: files.contributing lost api/CONTRIBUTING.md. The
copy must also be named after the project it copies (element/ for element-android); api/ is the project's own folder.
"""

from __future__ import annotations

from tests.test_upstream_copy_community_s38fr38 import ELEMENT, ROOT, _files

MAIN = "https://github.com/exemple-culture/culture-main"
API = {"README.md": f"# culture-api\n\nL'API du pass. Le code de l'application est dans [culture-main]({MAIN}).\n",
       "api/README.md": f"# API\n\nLancer l'API : voir [culture-main]({MAIN}).\n",
       "api/LICENSE": "Mozilla Public License Version 2.0\n", "api/setup.py": "from setuptools import setup\nsetup(name='api')\n",
       "api/CONTRIBUTING.md": "# Contribuer\n\nOuvrez une pull request ; les validations de données vont dans les routes.\n"}


def test_the_projects_own_folder_linking_the_organisations_repository_keeps_its_guide(tmp_path):
    f = _files(tmp_path, API)
    assert f["contributing"] == "api/CONTRIBUTING.md", f["contributing"]


def test_a_folder_named_after_the_upstream_stays_its_copy(tmp_path):
    f = _files(tmp_path, {**ROOT, **ELEMENT})
    assert f["contributing"] is None and f["changelog"] is None, (f["contributing"], f["changelog"])
