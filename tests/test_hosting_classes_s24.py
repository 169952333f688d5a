"""Hosting classes (issue 12, session 23 readers n1 and n2): four kinds of address the hosting check misread.

- A script reading its counting stations from a uMap data layer (http://umap.<osm chapter>/fr/datalayer/<id>/ in its config.ini)
  passed with "no external address": OpenStreetMap France's domain is listed neutral (tiles, wiki) and swallowed the uMap
  instance, where every map is one account's; and a setting named ``…_auto = http://…`` was taken for a router link's ``to=``.
  A more precise personal-platform entry now wins over a neutral domain it is under (gist.github.com under github.com too).
- A production address on a domain spelling a committer's name (orgarif.<initial+surname>.net, the committer writing from a
  webmail) was "another organisation": a domain named with a committer's full name or initial and surname is that person's.
- A Maven repository of one framework (repo.spring.io) named by a Gradle build was "another organisation": a package registry.
- A Django site on one Heroku app with its files in an S3 bucket ('%s.s3.amazonaws.com' % bucket, ALLOWED_HOSTS
  ['<app>.herokuapp.com']) passed with "no risky hosting dependency": a platform's host written bare in a string is read.
The neighbouring right cases keep their verdicts: OSM tiles stay neutral, a company's Maven repository stays another
organisation, a domain spelling no committer's name stays another organisation, a wildcard ALLOWED_HOSTS names no app."""

from __future__ import annotations

import pytest

from auditor.engine import AuditOptions, audit
from auditor.facts.scaling.common import host_class, is_neutral_host
from tests.gitrepo import make_repo

AUTHOR = ("Jeanne Durandal", "jeanne.durandal@gmail.com")


def _hosting(tmp_path, files: dict, author=AUTHOR) -> tuple[dict, dict]:
    repo = make_repo(tmp_path / "r", [{"files": {"README.md": "# Outil\n\nUn outil de la collectivité.\n", **files},
                                       "date": "2026-03-02T10:00:00Z", "message": "init", "author": author}])
    report = audit(str(repo), AuditOptions(cache_dir=tmp_path / "c", offline=True, only=["scaling.hosting"]))
    return report["results"][0], report["facts"]["hosting_dependencies"]


def _classes(fact: dict) -> dict[str, str]:
    return {h["host"]: h["class"] for h in fact["hosts"]}


@pytest.mark.parametrize(("host", "cls"), [
    ("umap.openstreetmap.fr", "personal"),     # a uMap instance's maps: one account's each
    ("framacarte.org", "personal"),
    ("gist.github.com", "personal"),           # listed personal, under neutral github.com
    ("tile.openstreetmap.fr", "neutral"),      # the same chapter's tiles stay neutral
    ("github.com", "neutral"),
    ("repo.spring.io", "neutral"),             # a framework's Maven repository
    ("repo.osgeo.org", "neutral"),
    ("nexus.agence-exemple.com", "other"),     # a company's repository manager stays another organisation
])
def test_host_classes(host, cls):
    assert host_class(host, "/fr/datalayer/123456/")["class"] == cls
    assert is_neutral_host(host) is (cls == "neutral")


INI = "[base]\nhost = localhost\n\n[carte]\nstations_auto = http://umap.openstreetmap.fr/fr/datalayer/123456/\n"
PY = ("import configparser\nimport requests\n\ncfg = configparser.ConfigParser()\ncfg.read('config.ini')\n"
      "stations = requests.get(cfg.get('carte', 'stations_auto')).json()\n")


def test_a_umap_data_layer_read_at_run_time_is_one_accounts_data(tmp_path):
    r, f = _hosting(tmp_path, {"config.ini": INI, "import_stations.py": PY})
    assert _classes(f) == {"umap.openstreetmap.fr": "personal"}, f["hosts"]
    assert r["status"] != "pass" and "no external address" not in r["message"]["en"], r["message"]


def test_osm_tiles_and_a_router_link_stay_no_dependency(tmp_path):
    js = ("import L from 'leaflet';\nconst map = L.map('carte');\n"
          "L.tileLayer('https://{s}.tile.openstreetmap.fr/osmfr/{z}/{x}/{y}.png').addTo(map);\n")
    jsx = "export const Aide = () => <Link to=\"https://www.ville-exemple.fr/aide\">Aide</Link>;\n"
    r, f = _hosting(tmp_path, {"src/carte.js": js, "src/Aide.jsx": jsx,
                               "package.json": '{"name": "carte", "dependencies": {"leaflet": "1.9.4"}}'})
    assert f["hosts"] == [] and r["status"] == "pass", (f["hosts"], r["message"])


def test_a_production_address_on_a_committers_own_domain_is_personal(tmp_path):
    files = {"server/src/main/resources/application-prod.yaml": "app:\n  url: https://outil.jdurandal.net\n",
             "server/src/main/resources/application-staging.yaml": "app:\n  url: https://outil-recette.jdurandal.net\n",
             "server/src/main/resources/application.yaml": "mail:\n  api: https://api.agence-exemple.com/v1/send\n"}
    r, f = _hosting(tmp_path, files)
    assert _classes(f) == {"outil.jdurandal.net": "personal", "agence-exemple.com": "other"}, f["hosts"]
    assert [h["count"] for h in f["hosts"] if h["class"] == "personal"] == [2]  # (one person's domain, both its servers)
    assert r["status"] != "pass", r["message"]


def test_a_domain_spelling_no_committers_name_stays_another_organisation(tmp_path):
    files = {"server/src/main/resources/application-prod.yaml": "app:\n  url: https://outil.jdurandal.net\n"}
    _r, f = _hosting(tmp_path, files, author=("Paul Martin", "paul.martin@gmail.com"))
    # (no person's: the production profile's app.url on a domain of no committer is the project's own address, s39 fb39)
    assert _classes(f) == {"jdurandal.net": "own"}, f["hosts"]


def test_a_frameworks_maven_repository_is_a_package_registry(tmp_path):
    gradle = ("pluginManagement {\n  repositories {\n    gradlePluginPortal()\n    maven { url = uri(\"https://repo.spring.io/milestone\") }\n"
              "  }\n}\nrootProject.name = \"outil\"\n")
    build = ("repositories {\n  mavenCentral()\n  maven { url = uri(\"https://repo.spring.io/snapshot\") }\n"
             "  maven { url = uri(\"https://nexus.agence-exemple.com/repository/maven-public\") }\n}\n")
    _r, f = _hosting(tmp_path, {"settings.gradle.kts": gradle, "server/build.gradle.kts": build})
    assert _classes(f) == {"agence-exemple.com": "other"}, f["hosts"]


SETTINGS = ("import os\n\nDEBUG = False\nALLOWED_HOSTS = ['riviere-demo.herokuapp.com']\n"
            "AWS_STORAGE_BUCKET_NAME = os.environ['AWS_STORAGE_BUCKET_NAME']\n"
            "AWS_S3_CUSTOM_DOMAIN = '%s.s3.amazonaws.com' % AWS_STORAGE_BUCKET_NAME\n"
            "STATIC_URL = 'https://%s/static/' % AWS_S3_CUSTOM_DOMAIN\n")


def test_a_heroku_app_and_an_s3_bucket_written_bare_are_hosting_dependencies(tmp_path):
    r, f = _hosting(tmp_path, {"site/settings/production.py": SETTINGS, "Procfile": "web: gunicorn site.wsgi\n"})
    assert _classes(f) == {"riviere-demo.herokuapp.com": "personal", "s3.amazonaws.com": "commercial"}, f["hosts"]
    assert "No risky hosting dependency" not in r["message"]["en"], r["message"]


def test_a_wildcard_or_a_commented_platform_host_names_no_app(tmp_path):
    py = ("import os\n\n# deployed once on 'vieille-demo.herokuapp.com'\nALLOWED_HOSTS = ['.herokuapp.com', 'localhost']\n"
          "STATIC_URL = '/static/'\n")
    r, f = _hosting(tmp_path, {"site/settings/production.py": py})
    assert f["hosts"] == [] and r["status"] == "pass", (f["hosts"], r["message"])
