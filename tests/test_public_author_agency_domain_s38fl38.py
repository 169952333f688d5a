"""maintenance.organisations, scaling.contributor-organisations, scaling.hosting (issue 12, s38 fl38 = reader ma38's
ed199531/mairie_de_montastruc): a commune's site made by a web agency whose commits carry the commune's name, "Mairie Montastruc"
<edwin@localisia.fr>. The author's public-looking name made the agency's own domain public ("1 of them public: localisia.fr
(public)", "public bodies 100%"), and the site's production domain (baseUrl in its site settings, src/data/site.js) was "another
public body's servers". Rule now: an unlisted domain is public by its author's name only when it is that body's own (named after
a local authority, or carrying the body's place name); a site's own base URL setting names its own address.
Near misses: "Mairie de <commune>" committing from the commune's own domain stays public; an address of another public body
named nowhere in the site's settings stays another body's."""

from __future__ import annotations

from datetime import date

from auditor.engine import AuditOptions, audit
from tests.gitrepo import make_repo

SITE = ("const config = {\n  siteName: \"Mairie de Castelnau-des-Prés\",\n  baseUrl: \"https://mairie-castelnau-des-pres.fr\", "
        "// domaine de production\n  lang: \"fr\",\n};\n\nmodule.exports = { config };\n")
PAGE = ("<!doctype html>\n<html lang=\"fr\"><head><meta property=\"og:image\" "
        "content=\"https://mairie-castelnau-des-pres.fr/assets/img/facade.jpg\">\n"
        "<script src=\"https://www.rennes-metropole.fr/widget/agenda.js\"></script></head>\n<body><h1>Mairie</h1></body></html>\n")
FILES = {"README.md": "# Site de la mairie\n\nSite officiel de la commune, généré par build.js.\n", "src/data/site.js": SITE,
         "public/index.html": PAGE, "build.js": "const fs = require('fs');\nfs.writeFileSync('public/index.html', '');\n",
         "package.json": "{\"name\": \"mairie\", \"scripts\": {\"build\": \"node build.js\"}}\n"}
CHECKS = ["maintenance.organisations", "scaling.contributor-organisations", "scaling.hosting"]


def run(tmp_path, author, files=FILES) -> dict:
    commits = [{"files": files if i == 0 else {f"src/pages/p{i}.html": f"<p>{i}</p>\n"}, "author": author, "message": f"page {i}",
                "date": f"2026-0{i + 1}-10T10:00:00Z"} for i in range(5)]
    path = make_repo(tmp_path / "r", commits)
    report = audit(str(path), AuditOptions(cache_dir=tmp_path / "c", offline=True, as_of=date(2026, 6, 30), only=CHECKS))
    return {r["id"]: r for r in report["results"]}


def _orgs(r):
    return {o["domain"]: o["public"] for o in r["maintenance.organisations"]["evidence"][0]["value"]["organisations"]}


def test_an_agency_committing_under_the_communes_name_is_the_agency(tmp_path):
    r = run(tmp_path, ("Mairie Castelnau", "edwin@agence-webcreation.fr"))
    assert _orgs(r) == {"agence-webcreation.fr": False}, _orgs(r)
    assert "organismes publics 100" not in r["scaling.contributor-organisations"]["message"]["fr"], r["scaling.contributor-organisations"]
    ev = {e["value"]["host"]: e["value"]["class"] for e in r["scaling.hosting"]["evidence"] if isinstance(e.get("value"), dict) and "host" in e["value"]}
    assert ev.get("mairie-castelnau-des-pres.fr") == "own", ev
    assert ev.get("rennes-metropole.fr") not in (None, "own"), ev


def test_the_communes_own_domain_stays_public(tmp_path):
    r = run(tmp_path, ("Mairie de Castelnau-des-Prés", "informatique@castelnaudespres.fr"))
    assert _orgs(r) == {"castelnaudespres.fr": True}, _orgs(r)
    assert "organismes publics 100" in r["scaling.contributor-organisations"]["message"]["fr"], r["scaling.contributor-organisations"]


def test_a_site_setting_naming_no_address_leaves_the_host_anothers(tmp_path):
    files = {**FILES, "src/data/site.js": SITE.replace("https://mairie-castelnau-des-pres.fr", "/")}
    r = run(tmp_path, ("Mairie Castelnau", "edwin@agence-webcreation.fr"), files)
    ev = {e["value"]["host"]: e["value"]["class"] for e in r["scaling.hosting"]["evidence"] if isinstance(e.get("value"), dict) and "host" in e["value"]}
    assert ev.get("mairie-castelnau-des-pres.fr") not in (None, "own"), ev
