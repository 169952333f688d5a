"""Scaling-risks family: each signal passing and failing on real git fixtures shaped like the cases
seen in local authorities' and State start-ups' repositories; forge forks replayed from answers
shaped as GitHub's and GitLab's REST documentation shows them; the report's scaling_risks section."""

from __future__ import annotations

import json
import re
from datetime import date, datetime, timedelta, timezone

import pytest
import responses

from auditor.checks import load_checks
from auditor.context import AuditConfig, AuditContext
from auditor.data import about, load
from auditor.engine import AuditOptions, audit, run_check
from auditor.facts.scaling.eol import judge
from auditor.facts.scaling.common import domain_type, email_type, host_class, owner_type
from auditor.reports import render
from auditor.snapshot import GitSnapshot
from auditor.target import parse_target
from tests.gitrepo import git

AS_OF = datetime(2026, 12, 1, 23, 59, 59, tzinfo=timezone.utc)


def days_ago(n: float) -> str:
    return (AS_OF - timedelta(days=n)).strftime("%Y-%m-%dT%H:%M:%SZ")


def ctx_for(path, as_of=AS_OF, target=None, network=False, tmp=None):
    head = git(path, "rev-parse", "HEAD").strip()
    snap = GitSnapshot(str(path / ".git"), head)
    cfg = AuditConfig(offline=not network, network=network, fact_cache=False, cache_dir=(tmp / "cache") if tmp else None)
    return AuditContext(snap, parse_target(target or str(path)), as_of, cfg)


def run(ctx, cid):
    spec = load_checks()[cid]
    return run_check(spec, ctx, dict(spec.params))


def one(repo, files, name="r", author=("Alice Martin", "alice@grenoble.fr")):
    return repo([{"date": days_ago(10), "author": author, "files": files}], name=name)


# -- data files ---------------------------------------------------------------------------------
@pytest.mark.parametrize("name", ["endoflife.yml", "proprietary_services.yml", "organisations.yml", "hosting.yml", "personal_data.yml"])
def test_every_data_file_is_dated_and_sourced(name):
    a = about(name)
    assert re.match(r"^\d{4}-\d{2}-\d{2}$", a["date"]) and a["source"]


def test_eol_judgement_uses_the_as_of_date_not_the_clock():
    assert judge("python", "==3.7", datetime(2023, 6, 1).date())["past"] is False  # before 2023-06-27
    assert judge("python", "==3.7", datetime(2023, 7, 1).date())["past"] is True
    # a minimum or a range allowing past and supported cycles says nothing of the version in use (session 9: Tisséo's "php >=5.x")
    assert judge("python", ">=3.7", AS_OF.date())["minimum"] is True
    assert judge("nodejs", "^14.17.0", AS_OF.date())["cycle"] == "14"
    assert judge("php", "^7.4|^8.0", AS_OF.date(), True)["minimum"] is True
    assert judge("python", ">=3.12", AS_OF.date())["past"] is False  # every cycle it allows is supported
    assert judge("php", "^7.4", AS_OF.date(), True)["past"] is True
    assert judge("django", "<3", AS_OF.date())["cycle"] == "2.2"


def test_domain_and_owner_classes_come_from_the_data_file():
    assert domain_type("dev.grenoble.fr")["type"] == "public"
    assert domain_type("ville-quimper.fr")["type"] == "public"
    assert domain_type("nimes-metropole.fr")["type"] == "public"
    assert domain_type("beta.gouv.fr")["type"] == "public"
    assert domain_type("ecrins-parcnational.fr")["type"] == "public"  # a national park (GeoNature's authors)
    assert domain_type("octo.com") == {"type": "company", "domain": "octo.com", "name": "OCTO Technology", "kind": "esn", "listed": True}
    assert domain_type("gmail.com")["type"] == "individual" and domain_type("free.fr")["type"] == "individual"
    assert domain_type("example.com")["type"] == "individual" and domain_type("example.com")["placeholder"]  # as auditor/people.yml
    assert email_type("Claude", "noreply@anthropic.com")["type"] == "bot"
    assert email_type("dependabot[bot]", "49699333+dependabot[bot]@users.noreply.github.com")["type"] == "bot"
    assert owner_type("geobretagne", "Organization") == "public" and owner_type("ville-de-brest", "User") == "public"
    assert owner_type("acme-corp", "Organization") == "organisation" and owner_type("jdupont", "User") == "individual"
    assert host_class("jdupont.github.io")["class"] == "personal"
    assert host_class("o.github.io", owner="o")["class"] == "own"
    assert host_class("data.grandlyon.com")["class"] == "public-other"
    assert host_class("geo.api.gouv.fr")["class"] == "public-national"
    assert host_class("srv-pg.intra")["class"] == "internal"


# -- reuse ----------------------------------------------------------------------------------------
README_INSTANCES = """# Visionneuse

Une visionneuse cartographique.

## Instances

- [Géobretagne](https://geobretagne.fr/mviewer/)
- [Région Hauts-de-France](https://www.geo2france.fr/mviewer/)

## Installation

Voir https://example.org/doc.
"""


def test_reuse_from_publiccode_and_readme_instances(repo):
    r = one(repo, {"README.md": README_INSTANCES,
                   "publiccode.yml": "publiccodeYmlVersion: '0.4'\nname: v\nusedBy:\n  - Rennes Métropole\n  - Région Bretagne\n"})
    res = run(ctx_for(r), "scaling.reuse")
    assert res.status.value == "pass" and res.score == 10
    assert "Rennes Métropole" in res.message["fr"] and "2 instance(s)" in res.message["fr"]
    assert any(e.path == "README.md" and e.line == 7 for e in res.evidence)


def test_reuse_offline_without_local_evidence_is_inconclusive_not_zero(repo):
    r = one(repo, {"README.md": "# Outil\n\nUn outil.\n"})
    res = run(ctx_for(r), "scaling.reuse")
    assert res.status.value == "inconclusive" and res.score is None
    assert "hors ligne" in res.message["fr"] and "offline" in res.message["en"]


# Shaped like a shared extraction tool's README (11 instances at towns and utilities) and its admin guide.
README_PRODUCTION = """# Outil

## Groupe utilisateurs

L'association et des administrations forment un groupe utilisateur qui pilote le projet.

## En production

Actuellement, 30 fournisseurs diffusent leurs données grâce aux 6 instances installées chez :

* Ville de Saint-Lô & Régie des eaux SA
* Ville de Vire
* Énergie Normande SA
* Bureau Martin SA qui gère la diffusion de 12 communes en délégation

## Liens
"""
ADMIN_GUIDE = "## User administration\n\n### Users list\n\n* **create a new user** by clicking the button\n* **delete a user**\n"
DEPLOY_README = "# App\n\n## En production\n\nDéfinir les variables :\n\n* DJANGO_SETTINGS_MODULE\n* Lancer `make deploy`\n"


def test_reuse_from_a_production_section_naming_public_bodies(repo):
    r = one(repo, {"README.md": README_PRODUCTION, "docs/admin-guide.md": ADMIN_GUIDE})
    res = run(ctx_for(r), "scaling.reuse")
    assert res.status.value == "pass", res.message
    assert "3 déploiement(s) chez des organismes publics" in res.message["fr"] and "Ville de Vire" in res.message["fr"]
    assert not any(e.path == "docs/admin-guide.md" for e in res.evidence)  # a user guide's "Users list" is not reuse


def test_used_by_the_application_is_not_reuse(repo):
    doc = ("# Données\n\nLe COG utilisé par l'application est celui de l'année des données des communes.\n\n"
           "L'outil est utilisé par la Ville de Brest depuis 2023.\n")
    f = ctx_for(one(repo, {"README.md": doc})).fact("reuse_evidence")
    assert [m["line"] for m in f["mentions"]] == [5], f["mentions"]


def test_a_production_how_to_and_a_users_guide_are_not_reuse(repo):
    r = one(repo, {"README.md": DEPLOY_README, "docs/admin-guide.md": ADMIN_GUIDE})
    res = run(ctx_for(r), "scaling.reuse")
    assert res.status.value == "inconclusive" and not [e for e in res.evidence if e.path], res.evidence


GH = "https://api.github.com"


def _gh_url(path):
    return re.compile(re.escape(GH).replace("api\\.github\\.com", "api\\.github\\.com(:443)?") + re.escape(path) + r"(\?.*)?$")


def _gh_repo(forks):
    return {"id": 1, "name": "n", "full_name": "o/n", "owner": {"login": "o", "type": "Organization"}, "private": False, "fork": False,
            "archived": False, "url": f"{GH}/repos/o/n", "forks_count": forks, "stargazers_count": 1, "open_issues_count": 0,
            "default_branch": "main", "created_at": "2021-01-01T00:00:00Z", "pushed_at": "2026-11-01T00:00:00Z", "license": None}


def _fork(owner, kind):
    return {"id": hash(owner) % 10**6, "full_name": f"{owner}/n", "owner": {"login": owner, "type": kind}, "fork": True}


def test_reuse_from_github_forks_by_public_bodies(repo, tmp_path):
    r = one(repo, {"README.md": "# Outil\n"})
    with responses.RequestsMock(assert_all_requests_are_fired=False) as rs:
        rs.add("GET", _gh_url("/repos/o/n"), json=_gh_repo(3))
        rs.add("GET", _gh_url("/repos/o/n/forks"), json=[_fork("geobretagne", "Organization"), _fork("acme", "Organization"),
                                                          _fork("jdupont", "User")])
        res = run(ctx_for(r, target="https://github.com/o/n", network=True, tmp=tmp_path), "scaling.reuse")
    assert res.status.value == "pass", res.message
    assert "geobretagne/n" in res.message["fr"]
    forks = next(e.value for e in res.evidence if isinstance(e.value, dict) and "forks" in e.value)
    assert forks["public_bodies"] == ["geobretagne/n"] and forks["organisations"] == ["acme/n"] and forks["individuals"] == 1


def test_reuse_when_the_forge_refuses_the_forks_is_inconclusive_with_its_reason(repo, tmp_path):
    # GitHub's rate-limit answer (403 with its documented message) on the forks listing: not zero forks.
    r = one(repo, {"README.md": "# Outil\n"})
    with responses.RequestsMock(assert_all_requests_are_fired=False) as rs:
        rs.add("GET", _gh_url("/repos/o/n"), json=_gh_repo(12))
        rs.add("GET", _gh_url("/repos/o/n/forks"), status=403,
               json={"message": "API rate limit exceeded for 203.0.113.7.", "documentation_url": "https://docs.github.com/rest/overview/resources-in-the-rest-api#rate-limiting"},
               headers={"X-RateLimit-Remaining": "0", "X-RateLimit-Reset": "4102444800"})
        res = run(ctx_for(r, target="https://github.com/o/n", network=True, tmp=tmp_path), "scaling.reuse")
    assert res.status.value == "inconclusive" and res.score is None, res.message
    assert "forks" in res.message["en"] and "0 fork" not in res.message["en"]


def _reuse_with_gitlab_forks(repo, tmp_path, forks):
    """scaling.reuse on a repository whose GitLab project answers (as GitLab's REST documentation shows) with these forks."""
    r = one(repo, {"README.md": "# Outil\n"})
    base = "https://gitlab.com/api/v4/projects/grp%2Fn"
    with responses.RequestsMock(assert_all_requests_are_fired=False) as rs:
        rs.add("GET", re.compile(re.escape(base) + r"(\?.*)?$"), json={
            "id": 7, "path_with_namespace": "grp/n", "forks_count": len(forks), "star_count": 0, "open_issues_count": 0, "default_branch": "main",
            "visibility": "public", "archived": False, "created_at": "2021-01-01T00:00:00Z", "last_activity_at": "2026-11-01T00:00:00Z"})
        rs.add("GET", re.compile(r"https://gitlab\.com/api/v4/projects/7/forks(\?.*)?$"), json=forks)
        return run(ctx_for(r, target="https://gitlab.com/grp/n", network=True, tmp=tmp_path), "scaling.reuse")


def test_reuse_gitlab_fork_by_a_group_is_another_organisation(repo, tmp_path):
    res = _reuse_with_gitlab_forks(repo, tmp_path, [
        {"id": 8, "path_with_namespace": "agglo-annecy/n", "namespace": {"kind": "group", "full_path": "agglo-annecy"}},
        {"id": 9, "path_with_namespace": "acme-sig/n", "namespace": {"kind": "group", "full_path": "acme-sig"}}])
    forks = next(e.value for e in res.evidence if isinstance(e.value, dict) and "forks" in e.value)
    assert forks["public_bodies"] == ["agglo-annecy/n"] and forks["organisations"] == ["acme-sig/n"], forks
    assert res.status.value == "pass"


def test_reuse_gitlab_forks_by_people_only_is_a_warning(repo, tmp_path):
    res = _reuse_with_gitlab_forks(repo, tmp_path, [
        {"id": 8, "path_with_namespace": "jdupont/n", "namespace": {"kind": "user", "full_path": "jdupont"}}])
    assert res.status.value == "warn" and res.score == 3, res.message
    assert "(1 fork(s) au total)" in res.details["risk"]["text"]["fr"]


# -- contributors ---------------------------------------------------------------------------------
def test_contractor_majority_and_bus_factor_in_words(repo):
    commits = [{"date": days_ago(300 - i), "author": ("Paul Presta", "paul@octo.com"), "files": {"a.py": f"{i}\n"}} for i in range(18)]
    commits += [{"date": days_ago(100), "author": ("Alice Martin", "alice@grenoble.fr"), "files": {"b.py": "1\n"}},
                {"date": days_ago(90), "author": ("Carla", "carla@example.com"), "files": {"c.py": "1\n"}},
                {"date": days_ago(80), "author": ("dependabot[bot]", "49699333+dependabot[bot]@users.noreply.github.com"), "files": {"d": "1"}}]
    r = repo(commits)
    res = run(ctx_for(r), "scaling.contributor-organisations")
    fr = res.message["fr"]
    assert "Une seule personne a écrit 90 % des commits de l'année." in fr
    assert "viennent d'entreprises" in fr and "octo.com (OCTO Technology)" in fr
    assert res.status.value == "fail" and res.details["risk"]["level"] == 3
    year = res.evidence[0].value["year"]
    assert year["bot_commits"] == 1 and year["by_type"] == {"public": 1, "company": 18, "organisation": 0, "individual": 1, "unknown": 0}


def test_company_built_entirely(repo):
    commits = [{"date": days_ago(200 - 10 * i), "author": (f"Dev {i % 3}", f"dev{i % 3}@makina-corpus.com"), "files": {"a.py": f"{i}\n"}}
               for i in range(9)]
    res = run(ctx_for(repo(commits)), "scaling.contributor-organisations")
    assert "entièrement écrit par une entreprise" in res.message["fr"] and "Makina Corpus" in res.message["fr"]
    assert res.details["risk"]["level"] == 3


def test_shared_public_project_passes(repo):
    people = [("Alice", "alice@grenoble.fr"), ("Bob", "bob@lametro.fr"), ("Chloé", "chloe@rennesmetropole.fr"), ("Dan", "dan@beta.gouv.fr")]
    commits = [{"date": days_ago(300 - 10 * i), "author": people[i % 4], "files": {"a.py": f"{i}\n"}} for i in range(16)]
    res = run(ctx_for(repo(commits)), "scaling.contributor-organisations")
    assert res.status.value == "pass" and "risk" not in res.details
    assert "Il faut 2 personnes" not in res.message["fr"] and "organismes publics 100 %" in res.message["fr"]


# -- vendor lock-in ---------------------------------------------------------------------------------
def test_vendor_lockin_from_hosts_packages_and_file_types(repo):
    r = one(repo, {
        "etl/import_parcelles.fmw": "#! <?xml version=\"1.0\" ?>\n<WORKSPACE>\n",
        "package.json": json.dumps({"name": "carte", "dependencies": {"mapbox-gl": "^2.0.0", "leaflet": "^1.9"}}),
        "src/api.js": "const URL = 'https://data.metropole.opendatasoft.com/api/records/1.0/search/?dataset=arbres';\n",
        "src/map.js": "import mapboxgl from 'mapbox-gl';\nimport L from 'leaflet';\nexport { mapboxgl, L };\n",
        "README.md": "# Carte\n\nAncienne version sous ArcGIS (https://www.arcgis.com/home).\n",
    })
    res = run(ctx_for(r), "scaling.vendor-lock-in")
    services = {e.value["service"] for e in res.evidence}
    assert services == {"FME (Safe Software)", "Mapbox", "Opendatasoft"}  # the README's mention is not a dependency
    assert res.status.value == "fail" and res.details["risk"]["level"] == 3
    assert "FME" in res.details["risk"]["text"]["fr"] and res.details["data"][0]["file"] == "proprietary_services.yml"


def test_a_headless_cms_in_the_vendors_cloud_is_lock_in(repo):
    """A commune's Next.js site whose pages come from Sanity's Content Lake: the content lives with the vendor
    (reusability.portability says so too; the two checks agree)."""
    r = one(repo, {"package.json": json.dumps({"dependencies": {"next": "15.0.0", "next-sanity": "9.0.0"}}),
                   "sanity/lib/client.ts": "import { createClient } from 'next-sanity';\nexport const client = createClient({ projectId, dataset, apiVersion: '2024-01-01' });\n"})
    res = run(ctx_for(r), "scaling.vendor-lock-in")
    assert {e.value["service"] for e in res.evidence} == {"Sanity (Content Lake)"} and res.status.value == "warn", res.message


def test_no_lockin_passes(repo):
    r = one(repo, {"package.json": json.dumps({"dependencies": {"maplibre-gl": "^4.0.0"}}), "src/map.js": "fetch('https://data.geopf.fr/wmts')\n"})
    res = run(ctx_for(r), "scaling.vendor-lock-in")
    assert res.status.value == "pass" and not res.evidence


# -- hosting ------------------------------------------------------------------------------------
def test_the_sponsors_own_site_named_longer_than_its_forge_account_is_its_own(repo):
    """A commune's site (forge account labastidedengras, site mairie-labastidedengras.fr): its own address, not
    'another public body's server'."""
    r = one(repo, {"app/layout.tsx": "export const metadata = { metadataBase: new URL('https://www.mairie-labastidedengras.fr') };\n"})
    f = ctx_for(r, target="https://github.com/labastidedengras/mairie-la-bastide").fact("hosting_dependencies")
    assert {h["host"]: h["class"] for h in f["hosts"]}.get("mairie-labastidedengras.fr") == "own", f["hosts"]
    f = ctx_for(r, target="https://github.com/autre-commune/site").fact("hosting_dependencies")
    assert {h["host"]: h["class"] for h in f["hosts"]}.get("mairie-labastidedengras.fr") != "own", f["hosts"]


def test_hosting_personal_accounts_internal_db_restricted_data(repo):
    r = one(repo, {
        "publiccode.yml": "publiccodeYmlVersion: '0.4'\nname: x\nurl: https://git.grenoble.fr/x\n",
        "config/settings.py": "TILES = 'https://tuiles.grenoble.fr/{z}/{x}/{y}.png'\n"
                              "DATA = 'https://raw.githubusercontent.com/jdupont/donnees/main/communes.geojson'\n"
                              "DATABASES = {'default': 'postgres://app@srv-sig-pg01.intra:5432/sig'}\n",
        "Dockerfile": "FROM python:3.12-slim\nRUN git clone https://github.com/jdupont/outils-fork.git /opt/outils\n",
        "src/carte.js": "const FOND = 'https://data.grandlyon.com/geoserver/wms';\n",
        "sql/init.sql": "-- Import des fichiers fonciers 2022 (Cerema)\nCREATE TABLE ff_parcelles (idpar text);\n",
    })
    res = run(ctx_for(r), "scaling.hosting")
    f = ctx_for(r).fact("hosting_dependencies")
    classes = {h["host"]: h["class"] for h in f["hosts"]}
    assert classes["grenoble.fr"] == "own"
    assert classes["raw.githubusercontent.com"] == "personal"
    assert classes["grandlyon.com"] == "public-other"
    assert f["clones"][0]["account"] == "jdupont"
    assert f["internal"][0]["host"] == "srv-sig-pg01.intra"
    assert f["restricted"][0]["id"] == "fichiers-fonciers"
    assert res.status.value == "fail" and res.details["risk"]["level"] == 3


def test_hosting_clean_passes(repo):
    # Links people follow, comments and prose are not dependencies (shapes seen in a QGIS plugin, a
    # jQuery plugin's header and a Vue page).
    r = one(repo, {"src/app.py": "API = os.environ['API_URL']\nBAN = 'https://api-adresse.data.gouv.fr/search/'\n",
                   "plugin/Makefile": "doc:\n\t@echo See https://g-sherman.github.io/plugin_build_tool/ for info.\n",
                   "static/slick.js": "/*\n Author: Ken Wheeler\n Website: http://kenwheeler.github.io\n*/\nvar a = 1;\n",
                   "src/Cgu.vue": "<template>\n  <a\n    href=\"https://www.cnil.fr\"\n  >https://www.cnil.fr</a>\n</template>\n",
                   ".github/workflows/ci.yml": "run: curl -sSL https://raw.githubusercontent.com/pypa/pipenv/master/get-pipenv.py | python\n"})
    res = run(ctx_for(r), "scaling.hosting")
    assert res.status.value == "pass" and res.score == 10


def test_libraries_the_inventory_calls_vendored_are_not_the_projects_dependencies(repo):
    # A library copied into js/lib/ (not a vendor folder by name) with its banner, as in a city's map
    # viewer: its hosts and private addresses are the library's, not the project's.
    lib = "/*! ArcMap bridge v2.3.1 | (c) Someone | MIT */\nvar s='https://services.arcgis.com/x';var smtp='10.1.2.3';\n"
    r = one(repo, {"js/lib/bridge.js": lib, "js/app.js": "const API = '/api';\n"})
    ctx = ctx_for(r)
    assert ctx.fact("inventory")["categories"]["vendored"] >= 1
    assert ctx.fact("hosting_dependencies")["internal"] == []
    lock = {s["id"] for s in ctx.fact("vendor_lockin")["services"]}
    assert "esri" not in lock, lock
    # The same text in the project's own file is reported.
    r2 = one(repo, {"js/app.js": lib.replace("/*! ArcMap bridge v2.3.1 | (c) Someone | MIT */", "// app")},
             name="own")
    ctx2 = ctx_for(r2)
    assert ctx2.fact("hosting_dependencies")["internal"][0]["host"] == "10.1.2.3"
    assert "esri" in {s["id"] for s in ctx2.fact("vendor_lockin")["services"]}


def test_compose_services_xml_identifiers_placeholders_and_messages_are_not_hosts(repo):
    # Shapes read in a Java extraction tool: a JDBC URL to the Compose file's own database container,
    # Thymeleaf namespaces and DTDs, a placeholder server, links in a message bundle, the Maven wrapper.
    r = one(repo, {
        "docker-compose.yaml": "services:\n  pgsql:\n    image: postgres:16\n  app:\n    image: app\n",
        "app/src/main/resources/application.properties": "spring.datasource.url=jdbc:postgresql://pgsql:5432/app\n"
                                                         "app.url=http://myserver.mydomain.com:8080/myApp/\n",
        "app/src/main/resources/templates/mail.html": '<!DOCTYPE html SYSTEM "http://www.thymeleaf.org/dtd/xhtml1-strict.dtd">\n'
                                                      '<html xmlns:layout="http://www.ultraq.net.nz/thymeleaf/layout">\n'
                                                      '<img src="https://monimage.com/monqr.png"/></html>\n',
        "app/src/main/resources/messages_fr.properties": "totp.help=Installez https://apps.apple.com/fr/app/authenticator\n",
        "app/.mvn/wrapper/maven-wrapper.properties": "distributionUrl=https://repo1.maven.org/maven2/maven.zip\n",
    })
    f = ctx_for(r).fact("hosting_dependencies")
    assert f["hosts"] == [] and f["internal"] == [], (f["hosts"], f["internal"])
    # A database host that is no container of the project is an internal server.
    r2 = one(repo, {"app/application.properties": "spring.datasource.url=jdbc:postgresql://pgsql:5432/app\n"}, name="nocompose")
    assert ctx_for(r2).fact("hosting_dependencies")["internal"][0]["host"] == "pgsql"


def test_names_comments_and_developer_settings_are_not_dependencies(repo):
    # Shapes read in a State start-up's Django app: a list of bot domains, a comment naming a form service,
    # the local settings' INTERNAL_IPS; the form it embeds and a production database are dependencies.
    r = one(repo, {"app/analytics.py": "BOTS = [\n    \"amazonaws.com\",  # a preview bot\n]\n",
                   "app/views.py": "# Extra CSP directives for pages that embed Tally.so forms.\nURL = f\"https://tally.so/r/{FORM}\"\n",
                   "config/settings/local.py": "INTERNAL_IPS = [\"127.0.0.1\", \"10.0.2.2\"]\n",
                   "app/middleware.py": "def f():\n    \"\"\"Cookies exempt from consent:\n\n    https://www.cnil.fr/fr/cookies\n    \"\"\"\n",
                   "config/settings/production.py": "DB = \"postgres://app@10.8.0.12:5432/app\"\n"})
    ctx = ctx_for(r)
    lock = {s["id"]: [e["line"] for e in s["evidence"]] for s in ctx.fact("vendor_lockin")["services"]}
    assert lock == {"tally-airtable": [2]}, lock
    assert {x["path"] for x in ctx.fact("hosting_dependencies")["internal"]} == {"config/settings/production.py"}
    assert ctx.fact("hosting_dependencies")["hosts"] == []  # the docstring's link is read by people


def test_a_dev_servers_proxy_table_names_no_dependency(repo):
    # A MapStore add-on's webpack proxy to the vendor's dev server; a city's service-worker mock of an ArcGIS layer.
    r = one(repo, {"addon/proxyConfig.js": "module.exports = {'/rest': {target: 'https://dev-mapstore2.geosolutionsgroup.com/mapstore'}};\n",
                   "src/sw-proxy-config.js": "const c = [{request: {url: 'https://services9.arcgis.com/x/FeatureServer/0/'}}];\n",
                   "src/app.js": "const tiles = 'https://tiles.jdupont.fr/{z}/{x}/{y}.png';\n"})
    ctx = ctx_for(r)
    assert [h["host"] for h in ctx.fact("hosting_dependencies")["hosts"]] == ["jdupont.fr"]
    assert ctx.fact("vendor_lockin")["services"] == []


def test_block_comments_and_copy_me_examples_are_not_dependencies(repo):
    # Shapes read in a map server's client: a credit inside a multi-line CSS comment, a .js.example to copy.
    r = one(repo, {"www/css/map.css": "a{}\n/*\nSprites via https://draeton.github.io/stitches/\n*/\n.b{background:url(https://tiles.jdupont.fr/a.png)}\n",
                   "media/js/home.js.example": "var home = 'http://3liz.com';\n"})
    hosts = [h["host"] for h in ctx_for(r).fact("hosting_dependencies")["hosts"]]
    assert hosts == ["jdupont.fr"], hosts


def test_one_internal_mail_server_is_a_warning(repo):
    # A city's contact form sending through its internal SMTP relay, beside a copied PHPMailer (a library).
    r = one(repo, {"form/envoiMail.php": "<?php\n$mail->Host = '10.253.100.1';\n",
                   "form/PHPMailer/PHPMailer.php": "<?php\n/** @license LGPL */\n$x = '192.168.0.1';\n"})
    res = run(ctx_for(r), "scaling.hosting")
    assert res.status.value == "warn" and [e.path for e in res.evidence] == ["form/envoiMail.php"], res.evidence


def test_proprietary_files_in_tests_are_an_optional_integration(repo):
    # An extraction tool's FME plugin tested with FME workspaces: not the project's dependency; a
    # province's repository of FME workspaces is.
    r = one(repo, {"src/test/java/fme_scripts/workspace_v1.fmw": "#! <?xml?>\n", "src/main/java/Fme.java": "class Fme {}\n"})
    assert run(ctx_for(r), "scaling.vendor-lock-in").status.value == "pass"
    r2 = one(repo, {"haltebestand/haltebestand.fmw": "#! <?xml?>\n", "README.md": "# FME workspaces\n"}, name="ws")
    res = run(ctx_for(r2), "scaling.vendor-lock-in")
    assert res.status.value != "pass" and res.evidence[0].path == "haltebestand/haltebestand.fmw"


def test_a_public_sponsors_own_domain_is_not_a_company(repo):
    # A municipality's account whose staff write from the city's domain (not in the French lists).
    commits = [{"date": days_ago(100 + i), "author": ("Joey", "joey@amsterdam.nl"), "files": {"a.py": f"{i}\n"}} for i in range(3)]
    commits[0]["files"]["publiccode.yml"] = "publiccodeYmlVersion: '0.2'\nname: s\nlegal:\n  repoOwner: Gemeente Amsterdam\n"
    r = repo(commits, name="signals")
    res = run(ctx_for(r, target="https://github.com/Amsterdam/signals"), "scaling.contributor-organisations")
    assert res.evidence[0].value["year"]["by_type"]["public"] == 3, res.message
    # The same domain on an account of unknown sponsor stays an unlisted organisation's.
    r2 = repo([{**c, "files": {"a.py": "x\n"}} for c in commits], name="other")
    res2 = run(ctx_for(r2, target="https://github.com/Amsterdam/other"), "scaling.contributor-organisations")
    assert res2.evidence[0].value["year"]["by_type"]["organisation"] == 3


# -- end of life ---------------------------------------------------------------------------------
OLD_STACK = {
    "Dockerfile": "FROM python:3.7-slim-buster\nCOPY . /app\n",
    "requirements.txt": "Flask==1.1.2\nflask-restplus==0.13.0\nfbprophet==0.7.1\nDjango>=2.2\n",
    "front/package.json": json.dumps({"name": "front", "engines": {"node": "14.x"}, "dependencies": {"angular": "1.8.2"}}),
}


def test_end_of_life_stack(repo):
    r = one(repo, OLD_STACK)
    res = run(ctx_for(r), "scaling.end-of-life")
    products = {(e.value.get("product"), e.value.get("cycle")) for e in res.evidence if "product" in e.value}
    assert {("Python", "3.7"), ("Debian", "10"), ("Flask", "1.1"), ("Node.js", "14"), ("AngularJS", "1")} <= products
    assert ("Django", "5.2") not in products  # >=2.2 allows a supported cycle
    assert {e.value["package"] for e in res.evidence if "package" in e.value} == {"flask-restplus", "fbprophet"}
    assert res.status.value == "fail" and "2026-08-22" in res.message["fr"] and res.details["risk"]["level"] == 3


def test_spring_boot_from_maven_and_gradle(repo):
    # A geOrchestra module's BOM version in a property, a State API's starter parent, a Gradle plugin.
    r = one(repo, {"pom.xml": "<project><properties>\n<springframework.boot.version>3.5.10</springframework.boot.version>\n</properties>\n"
                              "<dependencyManagement><dependencies><dependency>\n<groupId>org.springframework.boot</groupId>\n"
                              "<artifactId>spring-boot-dependencies</artifactId>\n<version>${springframework.boot.version}</version>\n"
                              "</dependency></dependencies></dependencyManagement></project>\n",
                   "api/pom.xml": "<project><parent>\n<groupId>org.springframework.boot</groupId>\n<artifactId>spring-boot-starter-parent</artifactId>\n"
                                  "<version>2.3.0.RELEASE</version>\n</parent></project>\n",
                   "web/build.gradle": "plugins {\n  id 'org.springframework.boot' version '3.3.4'\n}\n",
                   # A city's HR application on Spring Framework 4.3 without Spring Boot.
                   "rh/pom.xml": "<project><properties>\n<spring.version>4.3.11.RELEASE</spring.version>\n</properties>\n"
                                 "<dependencies><dependency>\n<groupId>org.springframework</groupId>\n<artifactId>spring-webmvc</artifactId>\n"
                                 "<version>${spring.version}</version>\n</dependency></dependencies></project>\n",
                   # A metropolis' Spark jobs (Scala artifact names carry the Scala version).
                   "spark-trafic/pom.xml": "<project><properties><spark.version>3.3.0</spark.version></properties>\n<dependencies><dependency>\n"
                                           "<artifactId>spark-core_${scala.binary.version}</artifactId>\n<version>${spark.version}</version>\n"
                                           "</dependency></dependencies></project>\n"})
    f = ctx_for(r).fact("end_of_life")
    got = {(x["path"], x["cycle"]) for x in f["findings"]}
    assert got == {("pom.xml", "3.5"), ("api/pom.xml", "2.3"), ("web/build.gradle", "3.3"), ("rh/pom.xml", "4.3"),
                   ("spark-trafic/pom.xml", "3.3")}, got
    early = {x["path"] for x in ctx_for(r, as_of=datetime(2026, 1, 1, tzinfo=timezone.utc)).fact("end_of_life")["findings"]}
    assert "pom.xml" not in early  # 3.5 is supported until 2026-06-30


def test_a_version_newer_than_the_data_is_inconclusive_not_unread(repo):
    """Shaped like GIP-RECIA/Notification-POC: micro-services on a Spring Boot released after the dated end-of-life
    data (then 4.0 against cycles that stopped at 3.5; here 5.0 against cycles that stop at 4.1): the version was read, it
    cannot be judged — inconclusive, never "no runtime or framework version read" (not applicable)."""
    parent = ("<project><parent>\n<groupId>org.springframework.boot</groupId>\n<artifactId>spring-boot-starter-parent</artifactId>\n"
              "<version>{}</version>\n</parent></project>\n")
    r = one(repo, {"consumer-mail/pom.xml": parent.format("5.0.1"), "consumer-push/pom.xml": parent.format("5.0.6"),
                   "producer/pom.xml": parent.format("5.0.1")})
    res = run(ctx_for(r), "scaling.end-of-life")
    assert res.status.value == "inconclusive", res.message
    assert "newer than the end-of-life data" in res.message["en"] and "Spring Boot (consumer-mail/pom.xml:3" in res.message["en"]
    assert "+1" in res.message["en"] and "plus récente" in res.message["fr"]
    assert [(e.path, e.line) for e in res.evidence] == [("consumer-mail/pom.xml", 3), ("consumer-push/pom.xml", 3), ("producer/pom.xml", 3)]
    # beside a version that is judged, the pass says which ones were not
    r2 = one(repo, {"api/pom.xml": parent.format("5.0.1"), "Dockerfile": "FROM node:22-alpine\n"}, name="r2")
    res2 = run(ctx_for(r2), "scaling.end-of-life")
    assert res2.status.value == "pass" and "newer than the data, not judged: Spring Boot (api/pom.xml:3)" in res2.message["en"], res2.message
    assert judge("spring-boot", "==5.0", AS_OF.date()) == {"product": "spring-boot", "name": "Spring Boot", "newer": True,
                                                           "source": load("endoflife.yml")["products"]["spring-boot"]["source"]}
    assert judge("spring-boot", "^4.1 || ^5", date(2026, 1, 1)) is None  # a range that allows a supported cycle: nothing to say
    # once every cycle of the data it allows is past (4.1 ends on 2027-07-31), a range that also allows newer ones is not judged
    # either, rather than unread (Drupal ^9.5 || ^10 against data that stopped at 9: e-Collectivites/pleiade-custom-modules)
    assert judge("spring-boot", "^4.1 || ^5", date(2027, 8, 1))["newer"] is True


def test_frameworks_copied_into_the_repository_are_judged_by_their_version(repo):
    """Shaped like a métropole's static investment map and a département's CMS skeletons: Bootstrap 3.3.6 and jQuery 1.12
    copied under lib/, Vue 2.5.16 as js/vue.js (its banner gives the version). The report's dependencies verdict named them;
    end-of-life said "no runtime or framework version read". A jQuery plugin named after its host says nothing of jQuery's."""
    banner = "/*!\n * Vue.js v2.5.16\n * (c) 2014-2018 Evan You\n * Released under the MIT License.\n */\n!function(e,t){}(this);\n"
    r = one(repo, {"index.html": "<html><script src='lib/jquery-1.12/jquery-1.12.0.min.js'></script></html>\n",
                   "lib/bootstrap/3.3.6/css/bootstrap.css": "/*!\n * Bootstrap v3.3.6 (http://getbootstrap.com)\n */\nhtml{font-family:sans-serif}\n",
                   "lib/jquery-1.12/jquery-1.12.0.min.js": "/*! jQuery v1.12.0 | (c) jQuery Foundation | jquery.org/license */\n!function(a,b){}(this);\n",
                   "js/vue.js": banner,
                   "js/jquery.scrolly.js": "/* jquery.scrolly v1.0.0-dev | (c) @ajlkn | MIT licensed */\n(function($){})(jQuery);\n"})
    res = run(ctx_for(r), "scaling.end-of-life")
    found = {(e.value.get("product"), e.value.get("cycle"), e.path) for e in res.evidence if "product" in e.value}
    assert {("Bootstrap", "3", "lib/bootstrap/3.3.6/css/bootstrap.css"), ("Vue", "2", "js/vue.js")} <= found, found
    assert any(p == "jQuery" and path.startswith("lib/jquery-1.12/") for p, _, path in found), found
    assert not any("scrolly" in path for _, _, path in found)
    assert res.status.value == "fail" and "copied into the repository" in str([e.value for e in res.evidence])  # three stacks past their end


def test_end_of_life_depends_on_as_of_only(repo):
    r = one(repo, {"Dockerfile": "FROM node:20-alpine\n"})
    before = run(ctx_for(r, as_of=datetime(2026, 1, 1, 23, 59, 59, tzinfo=timezone.utc)), "scaling.end-of-life")
    after = run(ctx_for(r), "scaling.end-of-life")
    assert before.status.value == "pass" and after.status.value == "warn"
    assert any(e.value.get("eol") == "2026-04-30" for e in after.evidence)


def test_an_organisations_own_debian_image_is_judged_as_debian(repo):
    """Shaped like nantesmetropole/docker-paas: images built FROM the metropolis' own Debian image tagged with a
    release name (wheezy = Debian 7, end of life 2016); a language image under another name is not guessed."""
    r = one(repo, {"php/5.4-apache2/Dockerfile": "FROM nantesmetropole/debian:wheezy\nRUN apt-get install -y php5\n",
                   "app/Dockerfile": "FROM registry.example.org/acme/python:3.7\n"})
    f = ctx_for(r).fact("end_of_life")
    # (and the PHP 5 its RUN line installs, s16: php5 allows PHP 5.3 to 5.6, all past)
    assert {(x["path"], x["product"], x["cycle"]) for x in f["findings"]} == {("php/5.4-apache2/Dockerfile", "debian", "7"),
                                                                            ("php/5.4-apache2/Dockerfile", "php", "5.6")}, f["findings"]


def test_no_version_read_is_not_applicable(repo):
    assert run(ctx_for(one(repo, {"README.md": "# x\n"})), "scaling.end-of-life").status.value == "not_applicable"


# -- personal data --------------------------------------------------------------------------------
def test_personal_data_in_sql_django_prisma_and_table_schema(repo):
    r = one(repo, {
        "db/schema.sql": "CREATE TABLE usager (\n  id serial primary key,\n  nom varchar(80),\n  prenom varchar(80),\n  email text,\n"
                         "  date_naissance date\n);\nCREATE TABLE equipement (\n  id serial,\n  nom text,\n  adresse text\n);\n",
        "app/models.py": "from django.db import models\n\nclass Demandeur(models.Model):\n    telephone = models.CharField(max_length=20)\n"
                         "    adresse = models.TextField()\n",
        "prisma/schema.prisma": "model Agent {\n  id Int @id\n  email String @unique\n}\n",
        "schema.json": json.dumps({"fields": [{"name": "nir", "type": "string"}, {"name": "commune", "type": "string"}]}),
    })
    f = ctx_for(r).fact("personal_data")
    tables = {t["table"]: {x["name"] for x in t["fields"]} for t in f["tables"]}
    assert tables["usager"] == {"nom", "prenom", "email", "date_naissance"}
    assert tables["Demandeur"] == {"telephone", "adresse"} and tables["Agent"] == {"email"}
    assert "equipement" not in tables  # a place's name and address are not a person's
    assert any("nir" in names for names in tables.values())
    res = run(ctx_for(r), "scaling.personal-data")
    assert res.status.value == "warn" and res.details["risk"]["level"] == 2
    assert "RGPD" in res.details["risk"]["text"]["fr"]


def test_a_taxon_or_a_towns_name_is_not_a_persons(repo):
    # A citizen-science app's species reference (Taxref.nom_complet is the scientific name) beside its users.
    r = one(repo, {"backend/core/taxonomy/models.py": "class Taxref(db.Model):\n    cd_nom = db.Column(db.Integer)\n"
                                                       "    nom_complet = db.Column(db.String)\n",
                   "backend/core/users/models.py": "class UserModel(db.Model):\n    nom_complet = db.Column(db.String)\n"
                                                    "    email = db.Column(db.String)\n"})
    tables = {t["table"] for t in ctx_for(r).fact("personal_data")["tables"]}
    assert tables == {"UserModel"}


def test_a_constraints_name_is_not_a_model_and_a_migration_names_its_model(repo):
    # Shapes of a State start-up's Django app: a UniqueConstraint's name inside a model's Meta, and a migration.
    r = one(repo, {"erp/models.py": "class Erp(models.Model):\n    telephone = models.CharField(max_length=20)\n"
                                    "    class Meta:\n        constraints = [\n            UniqueConstraint(\n"
                                    "                name=\"unique_asp_id\",\n            ),\n        ]\n    contact_email = models.EmailField()\n",
                   "erp/migrations/0001_initial.py": "operations = [\n    migrations.CreateModel(\n        name='Usager',\n"
                                                     "        fields=[\n            ('email', models.EmailField()),\n        ],\n    ),\n]\n"})
    tables = {t["table"]: {x["name"] for x in t["fields"]} for t in ctx_for(r).fact("personal_data")["tables"]}
    assert tables.get("Erp") == {"telephone", "contact_email"}, tables
    assert "unique_asp_id" not in tables


def test_a_name_beside_an_email_only_may_be_a_things(repo):
    # A regulation perimeter with a contact address (a State start-up's model): the e-mail counts, the name is the perimeter's.
    r = one(repo, {"app/models.py": "class Perimeter(models.Model):\n    name = models.CharField()\n    contact_email = models.EmailField()\n"
                                    "class Usager(models.Model):\n    nom = models.CharField()\n",
                   "sql/rh.sql": "CREATE TABLE FAMILLE_AGENT (\n  PRENOM varchar(50),\n  SEXE char(1)\n);\n",
                   "contact/models.py": "class Message(models.Model):\n    name = models.CharField()\n    email = models.EmailField()\n"})
    tables = {t["table"]: {x["name"] for x in t["fields"]} for t in ctx_for(r).fact("personal_data")["tables"]}
    assert tables == {"Perimeter": {"contact_email"}, "Usager": {"nom"}, "FAMILLE_AGENT": {"PRENOM", "SEXE"},
                      "Message": {"name", "email"}}, tables


def test_personal_data_in_a_generated_typescript_sdk_model(repo):
    """Shaped like grandlyon/glsdk: a LoopBack SDK model whose properties are quoted ("firstName"?: string)."""
    r = one(repo, {"src/app/shared/sdk/models/Agent.ts": 'export class Agent {\n  "id": string;\n  "firstName": string;\n'
                                                          '  "lastName": string;\n  "phoneNumber"?: string;\n  "email"?: string;\n}\n'})
    f = ctx_for(r).fact("personal_data")
    assert {x["name"] for t in f["tables"] for x in t["fields"]} == {"firstName", "lastName", "phoneNumber", "email"}, f["tables"]


def test_a_headless_cms_document_type_is_a_schema_read(repo):
    """A commune's Sanity document types: a booking of the village hall holds the tenant's name and phone;
    a news item holds none (the schemas are read, not 'no schema')."""
    booking = ('import { defineField, defineType } from "sanity";\n\nexport default defineType({\n  name: "reservation",\n  type: "document",\n'
               '  fields: [\n    defineField({\n      name: "nomLocataire",\n      type: "string",\n    }),\n'
               '    defineField({\n      name: "telephone",\n      type: "string",\n    }),\n    defineField({\n      name: "dateDebut",\n'
               '      type: "date",\n    }),\n  ],\n});\n')
    news = 'export default defineType({\n  name: "actualite",\n  fields: [defineField({\n    name: "titre",\n    type: "string" })],\n});\n'
    f = ctx_for(one(repo, {"sanity/schemaTypes/reservation.ts": booking, "sanity/schemaTypes/actualite.ts": news})).fact("personal_data")
    assert f["schemas_read"] == 2
    got = {(t["table"], x["name"]) for t in f["tables"] for x in t["fields"]}
    assert ("reservation", "telephone") in got and not any(table == "actualite" for table, _ in got), got


def test_a_documented_columns_comment_says_it_holds_personal_data(repo):
    """Shaped like sigagglocompiegne/marcheimmo: abbreviated columns whose COMMENT ON says 'Email du propriétaire';
    an organisation's contact e-mail and a comment left in a -- line are not a person's data."""
    sql = ("CREATE TABLE m_eco.an_immo_prop (\n  idprop integer,\n  propnom varchar(80),\n  proptel varchar(14),\n  propmail varchar(80)\n);\n"
           "COMMENT ON COLUMN m_eco.an_immo_prop.propnom\n    IS 'Nom du propriétaire';\n"
           "COMMENT ON COLUMN m_eco.an_immo_prop.proptel\n    IS 'Téléphone du propriétaire';\n"
           "COMMENT ON COLUMN m_eco.an_immo_prop.propmail\n    IS 'Email du propriétaire';\n"
           "CREATE TABLE m_mob.an_iti (\n  id integer,\n  contact varchar(255),\n  l_operateur varchar(80)\n);\n"
           "COMMENT ON COLUMN m_mob.an_iti.contact IS 'Email de contact de la structure publicatrice du jeu de données';\n"
           "-- COMMENT ON COLUMN m_mob.an_iti.l_operateur IS 'nom de la personne responsable des modifications';\n")
    f = ctx_for(one(repo, {"bdd/10_squelette.sql": sql})).fact("personal_data")
    got = {(t["table"], x["name"]) for t in f["tables"] for x in t["fields"]}
    assert got == {("an_immo_prop", "propnom"), ("an_immo_prop", "proptel"), ("an_immo_prop", "propmail")}, got


def test_schema_without_personal_data_passes(repo):
    r = one(repo, {"db/schema.sql": "CREATE TABLE arbre (\n  id serial,\n  espece text,\n  hauteur numeric\n);\n"})
    res = run(ctx_for(r), "scaling.personal-data")
    assert res.status.value == "pass"


# -- impact -------------------------------------------------------------------------------------
def test_impact_indicators(repo):
    r = one(repo, {"app/urls.py": "urlpatterns = [path('stats/', views.stats)]\n",
                   "README.md": "# Outil\n\n## Indicateurs d'impact\n\nTonnes de CO2 évitées.\n"})
    res = run(ctx_for(r), "scaling.impact-indicators")
    assert res.status.value == "pass" and res.score == 10
    bare = run(ctx_for(one(repo, {"README.md": "# Outil\n"}, name="b")), "scaling.impact-indicators")
    assert bare.status.value == "warn" and bare.details["risk"]["level"] == 1


def test_headings_that_mention_stats_in_passing_are_no_impact_section(repo):
    # A scripting guide's headings in a State start-up's docs, and a design note on reusing a document.
    guide = ("# Script practices\n\n## INFO: Log file (progress, stats)\n\n## Bar with dynamic stats\n\n"
             "## Cumulative Impact of Optimizations\n\n## Reuse Document Across Multiple Entities\n\n- one\n")
    r = one(repo, {"docs/SCRIPT_PRACTICES.md": guide, "README.md": "# Outil\n"})
    ctx = ctx_for(r)
    assert ctx.fact("impact_indicators")["sections"] == []
    assert ctx.fact("reuse_evidence")["mentions"] == []


def test_google_tiles_as_a_base_layer_are_google_maps(repo):
    # A map client's base-layer configuration (Lizmap's BaseLayer.js).
    r = one(repo, {"assets/src/config/BaseLayer.js": "const url = 'https://mt1.google.com/vt/lyrs=m&x={x}&y={y}&z={z}';\n"})
    assert [s["id"] for s in ctx_for(r).fact("vendor_lockin")["services"]] == ["google-maps"]


def test_an_aws_api_endpoint_is_lock_in_a_cli_download_is_not(repo):
    r = one(repo, {"docker/Dockerfile": "RUN curl https://awscli.amazonaws.com/awscli-exe-linux-x86_64.zip -o aws.zip\n",
                   "app/queue.py": "QUEUE = 'https://sqs.eu-west-3.amazonaws.com/1234/jobs'\n"})
    lock = {s["id"]: [e["path"] for e in s["evidence"]] for s in ctx_for(r).fact("vendor_lockin")["services"]}
    assert lock == {"aws-services": ["app/queue.py"]}, lock


# -- report ---------------------------------------------------------------------------------------
def test_report_scaling_risks_section_and_renderers(repo, tmp_path):
    commits = [{"date": days_ago(100 - i), "author": ("Solo", "solo@octo.com"), "files": {**OLD_STACK, "etl/a.fmw": "<WORKSPACE/>\n",
                                                                                       "n.txt": f"{i}\n"}} for i in range(3)]
    r = repo(commits)
    report = audit(str(r), AuditOptions(cache_dir=tmp_path / "c", offline=True, as_of=AS_OF.date()))
    sr = report["scaling_risks"]
    assert 1 <= len(sr["risks"]) <= 3 and sr["risks_total"] >= len(sr["risks"])
    assert [x["level"] for x in sr["risks"]] == sorted((x["level"] for x in sr["risks"]), reverse=True)
    assert {d["file"] for d in sr["data"]} >= {"endoflife.yml", "proprietary_services.yml", "organisations.yml"}
    assert report["scores"]["families"]["scaling"]["score"] is not None
    html = render(report, "html", "fr")
    assert "Risques pour le passage à l" in html and "endoflife.yml (" in html and 'id="scaling-risks"' in html
    md = render(report, "md", "en")
    assert "Risks for scaling up" in md and sr["risks"][0]["text"]["en"][:30] in md
    again = audit(str(r), AuditOptions(cache_dir=tmp_path / "c2", offline=True, as_of=AS_OF.date()))
    assert again["scaling_risks"] == sr


def test_declared_instances_reusers_and_impact_link_count(repo):
    r = one(repo, {"README.md": "# Outil\n",
                   ".auditor.yml": "version: 1\ninstances:\n  - url: https://carte.ville-brest.fr\n    territory: Brest\n"
                                   "reusers:\n  - name: Ville de Quimper\nlinks:\n  impact: https://outil.example.org/stats\n"})
    f = ctx_for(r).fact("declarations")
    assert not f.get("error"), f["error"]
    res = run(ctx_for(r), "scaling.reuse")
    assert res.status.value == "pass" and "Ville de Quimper" in res.message["fr"]
    imp = run(ctx_for(r), "scaling.impact-indicators")
    assert imp.status.value == "pass"


def test_a_person_with_exactly_half_of_the_commits_wrote_at_least_half_not_more():
    """The absence factor counts the fewest people making up 50 % or more: one person with exactly half the
    commits is 'at least half' (before: 'more than half (50 %)', seen on three repositories)."""
    from auditor.checks.scaling.risks import bus_factor_words

    fr, en = bus_factor_words({"commits": 10, "top_person_share": 0.5, "people": 3, "absence_factor": 1})
    assert "au moins la moitié (50 %)" in fr and "at least half (50%)" in en and "plus de" not in fr and "more than" not in en
    fr, en = bus_factor_words({"commits": 10, "top_person_share": 0.3, "people": 4, "absence_factor": 2})
    assert "au moins la moitié" in fr and "more than" not in en
