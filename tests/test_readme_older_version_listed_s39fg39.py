"""maintenance.not-archived (issue 12, s39 fg39 = reader rb39 on DataSud/DataSud-2020-2022).

A platform's archive lists its components in its README, one of them the older version kept in the archive: "La version dépréciée
2017-2020 : <the folder's address in this same repository>". The README's notice rule read that line as the project's deprecation
notice, and the folder as the successor repository: not-archived fail without a forge. A version is said deprecated when the
sentence says so of it ("Cette version est obsolète", "La version 1 est dépréciée"), not when the README names an older version
by its state before a link.
Near miss: "La version 2017-2020 est dépréciée : voir https://forge…" still fails the check without a forge.
"""

from __future__ import annotations

import pytest

from auditor.facts.document import norm
from auditor.facts.readme_forms import notice_line
from tests.test_reusability_fixtures import build, results, run_audit

CHECK = "maintenance.not-archived"
LINK = "https://forge.exemple.fr/region/plateforme-2020-2022/tree/main/sources/portail_2017_2020"
README = ("# plateforme-2020-2022\nCode source de la plateforme de données 2020-2022\n\n"
          "Le back office : https://forge.exemple.fr/region/plateforme-2020-2022/tree/main/sources/portail\n\n"
          "Les modèles de données : https://forge.exemple.fr/region/plateforme-2020-2022/tree/main/sources/modeles\n\n"
          f"La version dépréciée 2017-2020: {LINK}\n\n"
          "Et pour le catalogue, on garde les forks.\n")
FILES = {"sources/portail/manage.py": "import os\nimport sys\nos.environ.setdefault('DJANGO_SETTINGS_MODULE', 'portail.settings')\n",
         "sources/portail/portail/views.py": "from django.http import JsonResponse\n\n\ndef index(request):\n    return JsonResponse({})\n"}


def _check(tmp_path, readme: str) -> dict:
    return results(run_audit(build(tmp_path / "r", {"README.md": readme, **FILES}), tmp_path / "c", [CHECK]))[CHECK]


def test_an_older_version_listed_by_its_state_is_no_deprecation_notice(tmp_path):
    res = _check(tmp_path, README)
    assert res["status"] != "fail", res["message"]
    assert LINK not in res["message"]["en"], res["message"]


def test_a_version_said_deprecated_still_is(tmp_path):
    res = _check(tmp_path, README.replace(f"La version dépréciée 2017-2020: {LINK}",
                                          "La version 2020-2022 est dépréciée : voir https://forge.exemple.fr/region/plateforme"))
    assert res["status"] == "fail", res["message"]


@pytest.mark.parametrize("sentence,said", [
    (f"La version dépréciée 2017-2020: {LINK}", False),
    ("The deprecated version 1.x: https://forge.exemple.fr/outil/tree/v1", False),
    ("Cette version est obsolète : utilisez la version 3.", True),
    ("La version 1 est dépréciée.", True),
    ("This version is deprecated.", True),
])
def test_version_sentences(sentence, said):
    assert notice_line(norm(sentence)) is said, sentence
