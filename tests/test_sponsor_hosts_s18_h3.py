"""scaling.hosting and the people checks (issue 12, s17 a2/b2, s18 h3): sponsors' own domains the tool did not know.

- A body listed by a host under another body's domain (Mégalis Bretagne's megalis.bretagne.bzh under the Région's
  bretagne.bzh) was merged into that domain: its servers and its staff's addresses were the Région's. A listed domain is now
  one organisation's whole domain (history.registrable_domain), in hosting and in commit addresses alike.
- A government's domain under a registry-like second level (gov.pf, the Polynesian government's; its IT service's commits come
  from informatique.gov.pf, its Artifactory is bin.gov.pf) was cut into one organisation per host: the sponsor's own
  Artifactory was "another public body's servers".
- A WordPress plugin mirrored by an account that is not its publisher's (the wordpress.org mirror): its header's
  ``Author URI`` on a public body's domain names the sponsor; the platform the plugin calls was "other organisations".
- A park's GIS account (sig-pnrnm, PNR Normandie-Maine) whose name does not spell its domain: listed with its source."""

from __future__ import annotations

import subprocess

import pytest

from auditor.engine import AuditOptions, audit
from auditor.facts.history import registrable_domain
from auditor.facts.scaling.common import body_domains
from tests.gitrepo import make_repo

CID = "scaling.hosting"


def audit_of(tmp_path, owner: str, files: dict, author=("Dev Presta", "dev.presta@accenture.com")) -> dict:
    repo = make_repo(tmp_path / f"r-{owner}", [{"files": {"README.md": "# Outil\n\nUn outil.\n", **files},
                                                "date": "2026-03-02T10:00:00Z", "message": "init", "author": author}])
    subprocess.run(["git", "-C", str(repo), "remote", "add", "origin", f"https://github.com/{owner}/outil.git"], check=True)
    return audit(str(repo), AuditOptions(cache_dir=tmp_path / f"c-{owner}", offline=True, only=[CID, "scaling.contributor-organisations"]))


def classes(report: dict) -> dict:
    return {h["host"]: h["class"] for h in report["facts"]["hosting_dependencies"]["hosts"]}


@pytest.mark.parametrize(("host", "reg"), [
    ("data.megalis.bretagne.bzh", "megalis.bretagne.bzh"),  # a body listed by its host under the Région's domain
    ("megalis.bretagne.bzh", "megalis.bretagne.bzh"),
    ("www.bretagne.bzh", "bretagne.bzh"),  # the Région's own
    ("bin.gov.pf", "gov.pf"),  # listed: one government's domain, not a registry's second level
    ("informatique.gov.pf", "gov.pf"),
    ("portal.gov.br", "portal.gov.br"),  # an unlisted registry second level keeps its rule
    ("carto.paris.fr", "paris.fr"),
    ("beta.gouv.fr", "beta.gouv.fr"),
])
def test_a_listed_domain_is_one_organisations_whole_domain(host, reg):
    assert registrable_domain(host) == reg


def test_bodies_listed_with_their_accounts():
    assert body_domains("sipf") == {"gov.pf"}
    assert body_domains("sig-pnrnm") == {"parc-naturel-normandie-maine.fr", "parc-normandie-maine.fr"}  # (its second domain, s22 f1)
    assert body_domains("megalis-bretagne") == {"megalis.bretagne.bzh"}
    assert "e-bourgogne.fr" in body_domains("ideo-bfc")


def test_a_governments_artifactory_is_its_it_services_own(tmp_path):
    docker = ("FROM openjdk:8-jdk\n"
              "RUN curl -sSLo /tmp/policy.jar https://depot.gov.pf/artifactory/public/jce/policy.jar\n"
              "COPY target/annuaire.jar /app.jar\n")
    report = audit_of(tmp_path, "sipf", {"Dockerfile": docker, "src/main/java/pf/gov/annuaire/App.java": "class App {}\n"},
                      author=("Teva Dev", "teva.dev@informatique.gov.pf"))
    assert classes(report).get("gov.pf") == "own", classes(report)


def test_a_body_under_a_regions_domain_is_not_the_region(tmp_path):
    js = ('export const PUB = "https://publication.megalis.bretagne.bzh/api/actes";\n'
          'export const REGION = "https://www.bretagne.bzh/aides/";\n')
    report = audit_of(tmp_path, "megalis-bretagne", {"src/settings.js": js}, author=("Anne Le Goff", "anne.legoff@megalis.bretagne.bzh"))
    c = classes(report)
    assert c == {"megalis.bretagne.bzh": "own", "bretagne.bzh": "public-other"}, c
    orgs = report["facts"]["contributor_types"]["all_time"]["organisations"]
    assert [o["domain"] for o in orgs] == ["megalis.bretagne.bzh"], orgs


PLUGIN = """<?php
/*
Plugin Name: Agenda {who}
Plugin URI: {uri}
Description: Affiche l'agenda de la plateforme
Version: 1.2.0
Author: {who}
Author URI: {uri}
License: GPLv2 or later
*/
define( 'AGENDA_BASE_URL', 'https://agenda.{domain}/api/' );
"""


@pytest.mark.parametrize(("who", "domain", "expected"), [
    ("e-bourgogne", "e-bourgogne.fr", "own"),  # a public body's platform (an OPSN's former name), listed in organisations.yml
    ("Agence Pixel", "agencepixel-web.fr", "other"),  # a web agency's site: whoever wrote it, not the sponsor
])
def test_a_mirrored_wordpress_plugins_author(tmp_path, who, domain, expected):
    php = PLUGIN.format(who=who, uri=f"https://www.{domain}", domain=domain)
    report = audit_of(tmp_path, "wp-mirror", {"agenda.php": php, "readme.txt": "=== Agenda ===\nContributors: x\n"},
                      author=("Mirror Bot", "mirror@mirror-host.de"))
    assert classes(report).get(domain) == expected, classes(report)


def test_a_parks_gis_account_holds_the_parks_site(tmp_path):
    php = ('<?php\n$flux = file_get_contents("https://observatoire.parc-naturel-normandie-maine.fr/geojson/haies_commune.php");\n'
           'echo $flux;\n')
    report = audit_of(tmp_path, "sig-pnrnm", {"interfaces/haies.php": php}, author=("Agent SIG", "sig-pnrnm@users.noreply.github.com"))
    assert classes(report).get("parc-naturel-normandie-maine.fr") == "own", classes(report)
