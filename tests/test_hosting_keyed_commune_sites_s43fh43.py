"""scaling.hosting (issue 12, s43 fh43 = reader rf43, nicolasaunai/ccpl-news).

A cron script reads the news of an intercommunality's communes from a table keyed by their names, `'Briis-sous-Forges' =>
'https://www.briis.fr/…/feed/'`, `'Les Molières' => 'https://www.lesmolieres.fr/feed/'`, beside `'Limours' =>
'https://www.mairie-limours.fr/feed/'`: the sites whose domains name a commune were public bodies' servers, but briis.fr, lesmolieres.fr
and courson-monteloup.fr (first met in the User-Agent string) were "other organisations". A host keyed by a place's name in a table
of such sites, most of them public bodies', is a public body's too; and a host met first elsewhere in the file (the User-Agent
string) takes the class its keyed line gives. Near miss: a table of companies' sites keyed by their names stays "other".

The files are written for these tests, in the shape of the real repository.
"""

from __future__ import annotations

from auditor.engine import AuditOptions, audit
from tests.gitrepo import make_repo

CID = "scaling.hosting"
CRON = """<?php
if (php_sapi_name() !== 'cli') {{
    exit(1);
}}

function lire_flux(string $commune, string $url): array
{{
    $ch = curl_init($url);
    curl_setopt_array($ch, [
        CURLOPT_USERAGENT => 'NewsAggregator/1.0 (+https://{ua}/)',
    ]);
    $body = curl_exec($ch);
    return [$commune => $body];
}}

const FLUX = [
{table}];

foreach (FLUX as $commune => $url) {{
    lire_flux($commune, $url);
}}
"""
COMMUNES = ("    'Boullay-les-Troux' => 'https://www.boullay-les-troux.fr/fr/rss',\n"
            "    'Briis-sous-Forges' => 'https://www.briis.fr/category/actualite/feed/',\n"
            "    'Courson-Monteloup' => 'https://courson-monteloup.fr/category/actualites/feed/',\n"
            "    'Fontenay-lès-Briis' => 'https://www.fontenay-les-briis.fr/feed/',\n"
            "    'Forges-les-Bains' => 'https://www.forges-les-bains.fr/feed/',\n"
            "    'Les Molières' => 'https://www.lesmolieres.fr/feed/',\n"
            "    'Limours' => 'https://www.mairie-limours.fr/feed/',\n")
COMPANIES = ("    'Boulangerie Martin' => 'https://www.boulangerie-martin.fr/feed/',\n"
             "    'Garage Durand' => 'https://www.garage-durand.fr/feed/',\n"
             "    'Fleurs et Jardins' => 'https://www.fleurs-jardins.fr/feed/',\n"
             "    'Limours' => 'https://www.mairie-limours.fr/feed/',\n")


def _hosts(tmp_path, table: str, ua: str) -> dict:
    files = {"README.md": "# Actualités\n\nAgrégateur des actualités.\n", "api/news_cron.php": CRON.format(table=table, ua=ua),
             "news.html": "<html><body><ul id=\"news\"></ul></body></html>\n"}
    repo = make_repo(tmp_path / "r", [{"files": files, "date": "2026-07-18T10:00:00Z", "message": "init", "author": ("Agent", "agent@exemple.fr")}])
    report = audit(str(repo), AuditOptions(cache_dir=tmp_path / "c", offline=True, only=[CID]))
    return {h["host"]: h["class"] for h in report["facts"]["hosting_dependencies"]["hosts"]}


def test_sites_keyed_by_communes_names_are_public_bodies_servers(tmp_path):
    hosts = _hosts(tmp_path, COMMUNES, "courson-monteloup.fr")
    assert hosts["briis.fr"] == hosts["lesmolieres.fr"] == hosts["courson-monteloup.fr"] == hosts["mairie-limours.fr"], hosts
    assert hosts["briis.fr"].startswith("public"), hosts


def test_near_miss_a_table_of_companies_sites_stays_other(tmp_path):
    hosts = _hosts(tmp_path, COMPANIES, "www.garage-durand.fr")
    assert hosts["boulangerie-martin.fr"] == hosts["garage-durand.fr"] == "other", hosts
