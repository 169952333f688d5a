"""reusability.territory-neutral (issue 12, session 16): values of one territory the check did not read — a New Caledonian
province's server (www.province-sud.nc) called by a cloud function."""

from __future__ import annotations

from auditor.context import AuditConfig
from auditor.engine import AuditOptions, audit
from tests.gitrepo import make_repo
from tests.test_reusability_fixtures import results

CID = "reusability.territory-neutral"


def territory(tmp_path, files, name="r"):
    repo = make_repo(tmp_path / name, [{"files": files, "date": "2026-03-02T10:00:00Z", "message": "initial",
                                        "author": ("Jeanne Martin", "jeanne.martin@exemple.nc")}])
    cache = tmp_path / f"c-{name}"
    report = audit(str(repo), AuditOptions(cache_dir=cache, offline=True, only=[CID], config=AuditConfig(
        cache_dir=cache, offline=True, network=False, extra={"sponsor_type": "local-authority"})))
    r = results(report)[CID]
    return r, {(e.get("path"), e.get("line")) for e in r["evidence"] if e.get("kind") == "finding"}


def test_a_new_caledonian_provinces_server_is_a_territory_value(tmp_path):
    main = ("import os\n\nimport requests\n\nTOKEN = os.environ['apikey-emploi']\n"
            "URL = 'https://www.province-nord.nc/emploi/api/v2/offres/'\n\n\n"
            "def offres():\n    return requests.get(URL, headers={'token': TOKEN}).json()\n")
    r, where = territory(tmp_path, {"main.py": main, "requirements.txt": "requests==2.32.3\n",
                                    "README.md": "# Offres\n\nCopie les offres d'emploi dans l'entrepôt.\n"})
    assert ("main.py", 6) in where, r["message"]
    assert r["status"] == "warn"
