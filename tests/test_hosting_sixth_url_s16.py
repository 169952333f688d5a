"""scaling.hosting (issue 12, session 15's reads: region-bretagne/inventaire): a one-page map naming its basemap and WFS servers
five times before its place search (``var url = "http://api.geonames.org/searchJSON?"``) lost that third party: the text scan
kept five hits per signal and file, so a host first met at the sixth URL of a file was never seen. Past five, the first hit of
each new host is kept."""

from __future__ import annotations

from auditor.engine import AuditOptions, audit
from tests.gitrepo import make_repo

CID = "scaling.hosting"
MAP = ("var Carte = (function () {\n"
       + "".join(f"    var layer{i} = {{ url: \"http://tuiles.syndicat-carto-exemple.fr/wmts\" }};\n" for i in range(6))
       + "    function search(val) {\n        var url = \"http://api.lieux-du-monde-exemple.org/searchJSON?\";\n"
       "        return $.ajax({ url: url, data: { q: val } });\n    }\n"
       "    var again = \"http://tuiles.syndicat-carto-exemple.fr/wmts\";\n"
       "    return { search: search };\n})();\n")


def test_a_host_first_met_after_five_urls_of_a_file_is_read(tmp_path):
    repo = make_repo(tmp_path / "r", [{"files": {"README.md": "# Carte\n\nUne carte.\n", "index.html": "<script src=\"js/carte.js\"></script>\n",
                                                 "js/carte.js": MAP}, "date": "2026-03-02T10:00:00Z", "message": "init",
                                       "author": ("A B", "ab@gmail.com")}])
    report = audit(str(repo), AuditOptions(cache_dir=tmp_path / "c", offline=True, only=[CID]))
    r = next(x for x in report["results"] if x["id"] == CID)
    hosts = {h["host"]: h for h in report["facts"]["hosting_dependencies"]["hosts"]}
    assert "lieux-du-monde-exemple.org" in hosts and "1 other organisations" in r["message"]["en"], (r["message"], hosts)  # was left out
    assert hosts["lieux-du-monde-exemple.org"]["evidence"][0]["line"] == 9, hosts
    assert hosts["syndicat-carto-exemple.fr"]["count"] == 5, hosts  # the same host past five is not kept again (bounded)
