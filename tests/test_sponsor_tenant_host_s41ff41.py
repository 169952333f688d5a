"""scaling.hosting (issue 12, session 41 fixer ff41 = SBVR-jeremy/sbvr_observatory_myliaq, reader rb41 item 1 wrong 4): a river
syndicate's dashboard, committed from @syndicat-reyssouze.fr, reads all its data with a key from https://reyssouze.myliaq.fr/api/…,
the syndicate's own instance of a hydrometry SaaS. myliaq.fr is in no list: the host was one of the "other organisations" and the
check passed. A sub-domain whose first label is the sponsor's name (a word of its domain that is no body's kind) on an unlisted
domain is the sponsor's tenant of a commercial service: another territory has no such instance. Near miss: a server of that vendor
under another name (api.) stays an other organisation's. The fixtures are written for the test."""

from __future__ import annotations

from tests.gitrepo import make_repo
from tests.test_reusability_fixtures import results, run_audit

QUERIES = ('import requests\n\nKEY = "x"\n\n\ndef stations():\n    return requests.get("https://{HOST}/api/stations", '
           'headers={"Authorization": "Bearer " + KEY}).json()\n\n\ndef measures(station):\n'
           '    return requests.get("https://{HOST}/api/measures/" + str(station), headers={"Authorization": "Bearer " + KEY}).json()\n')


def hosting(tmp_path, host, name):
    files = {"README.md": "# Observatoire\n\nTableau de bord des débits de la rivière.\n", "requirements.txt": "requests==2.31.0\n",
             "tools/queries.py": QUERIES.replace("{HOST}", host)}
    repo = make_repo(tmp_path / name, [{"files": files, "date": "2025-03-01T10:00:00Z", "message": "import",
                                        "author": ("Jean Dupont", "jean.dupont@syndicat-valdaine.fr")},
                                       {"files": {"README.md": files["README.md"] + "\nVersion 2.\n"}, "date": "2025-04-01T10:00:00Z",
                                        "message": "v2", "author": ("Jean Dupont", "jean.dupont@syndicat-valdaine.fr")}])
    return results(run_audit(repo, tmp_path / f"c-{name}", ["scaling.hosting"]))["scaling.hosting"]


def test_the_sponsor_s_instance_of_a_service_is_a_tenant_dependency(tmp_path):
    r = hosting(tmp_path, "valdaine.hydro-saas.fr", "t")
    assert r["status"] in ("warn", "fail"), r
    assert any(isinstance(e.get("value"), dict) and e["value"].get("class") == "commercial" and e["value"]["host"] == "valdaine.hydro-saas.fr"
               for e in r["evidence"]), r["evidence"]
    assert "sponsor's own instance" in r["details"]["risk"]["text"]["en"], r["details"]


def test_a_vendor_server_of_another_name_stays_other(tmp_path):
    r = hosting(tmp_path, "api.hydro-saas.fr", "n")
    assert r["status"] == "pass", r
