"""reusability.territory-neutral (issue 12, session 42 fixer fa42 = SBVR-jeremy/sbvr_observatory_myliaq, left open by s41 va41/rb41):
a river syndicate's dashboard, committed from @syndicat-reyssouze.fr, reads its data from https://reyssouze.myliaq.fr/api/…, the
syndicate's own instance of a hydrometry SaaS. scaling.hosting already reads that host as the sponsor's tenant (a sub-domain named
after one of the sponsor's own domains, contractor_hosts.sponsor_tenant); territory-neutral did not count it, though another
territory has no such instance and must change the code. The check now reads the hosting fact's tenants (one reader) in the code's
addresses. Near miss: a server of the same vendor under another name (api.) is no sponsor's instance and keeps the old verdict.
The fixtures are written for the test."""

from __future__ import annotations

from tests.gitrepo import make_repo
from tests.test_reusability_fixtures import results, run_audit

CID = "reusability.territory-neutral"
QUERIES = ('import requests\n\nKEY = "x"\n\n\ndef stations():\n    return requests.get("https://{HOST}/api/stations", '
           'headers={"Authorization": "Bearer " + KEY}).json()\n\n\ndef measures(station):\n'
           '    return requests.get("https://{HOST}/api/measures/" + str(station), headers={"Authorization": "Bearer " + KEY}).json()\n')


def _tn(tmp_path, host, name):
    files = {"README.md": "# Observatoire\n\nTableau de bord des débits de la rivière.\n", "requirements.txt": "requests==2.31.0\n",
             "tools/queries.py": QUERIES.replace("{HOST}", host)}
    author = ("Jeanne Martin", "jeanne.martin@syndicat-valdaine.fr")
    repo = make_repo(tmp_path / name, [{"files": files, "date": "2025-03-01T10:00:00Z", "message": "import", "author": author},
                                       {"files": {"README.md": files["README.md"] + "\nVersion 2.\n"}, "date": "2025-04-01T10:00:00Z",
                                        "message": "v2", "author": author}])
    return results(run_audit(repo, tmp_path / f"c-{name}", [CID]))[CID]


def test_the_sponsor_s_instance_of_a_service_is_a_territory_value(tmp_path):
    r = _tn(tmp_path, "valdaine.hydro-saas.fr", "t")
    assert r["status"] != "pass", r["message"]
    found = [e for e in r["evidence"] if e.get("kind") == "finding"]
    assert [(e["path"], e["line"], e["value"]) for e in found] == [("tools/queries.py", 7, "valdaine.hydro-saas.fr"),
                                                                  ("tools/queries.py", 11, "valdaine.hydro-saas.fr")], found
    assert r["details"]["findings"] == 2 and r["details"]["files"] == 1
    assert "1 territory-specific value" in r["message"]["en"], r["message"]


def test_a_vendor_server_of_another_name_stays_neutral(tmp_path):
    r = _tn(tmp_path, "api.hydro-saas.fr", "n")
    assert r["status"] == "pass", (r["message"], r["evidence"])
