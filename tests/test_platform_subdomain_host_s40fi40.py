"""A host under a platform's domain is the platform's, whatever its sub-domain says (issue 12, s40 fi40 = reader rh40's
Korno1970/Commissions-mairie-Lestiac).

Commissions-mairie-Lestiac: its pages' Firebase Realtime Database, https://mairie-lestiac-2026-default-rtdb.europe-west1.firebasedatabase.app,
was counted by scaling.hosting as "a public body's servers" (the sub-domain's "mairie-"). Rule now: the public rules are read on a
host's registrable domain when that domain is a platform's (hosting.yml's commercial hosts and app platforms; Firebase's added, and to
proprietary_services.yml's Google Firebase hosts): <db>.firebasedatabase.app, <db>.firebaseio.com, <site>.web.app are Google Firebase's. Near miss: mairie-x.fr stays a public
body's server."""

from __future__ import annotations

from auditor.facts.scaling.common import host_class
from tests.test_local_authority_verdicts import judge

CHECK = "scaling.hosting"
PAGE = ("<!DOCTYPE html>\n<html lang=\"fr\"><head><title>Commission</title></head><body>\n<script>\n"
        "const DB_URL = \"{url}\";\nfetch(DB_URL + \"/projets.json\").then(r => r.json()).then(p => console.log(p));\n</script>\n</body></html>\n")


def _classes(tmp_path, url, name):
    report, res = judge(tmp_path, {"index.html": PAGE.replace("{url}", url), "README.md": "# Commission\n\nPages de la commission.\n"}, [CHECK], name=name)
    return res[CHECK], report["facts"]


def test_a_database_under_firebase_domain_is_no_public_body_server(tmp_path):
    r, _ = _classes(tmp_path, "https://mairie-x-2026-default-rtdb.europe-west1.firebasedatabase.app", "firebase")
    assert "public body" not in r["message"]["en"], r["message"]
    assert not any(isinstance(e.get("value"), dict) and str(e["value"].get("class", "")).startswith("public") for e in r["evidence"]), r["evidence"]
    for host in ("mairie-x-default-rtdb.europe-west1.firebasedatabase.app", "mairie-x.firebaseio.com", "mairie-x.web.app"):
        assert not host_class(host)["class"].startswith("public"), host


def test_near_miss_a_commune_domain_stays_a_public_body_server(tmp_path):
    r, _ = _classes(tmp_path, "https://www.mairie-x.fr", "commune")
    assert "public body" in r["message"]["en"], r["message"]
    assert host_class("www.mairie-x.fr")["class"] == "public-other"
