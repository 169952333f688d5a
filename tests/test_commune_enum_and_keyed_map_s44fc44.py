"""interoperability.identifiers: communes the code lists by name itself — an enum's cases, a table keyed by their names whose key each
record keeps as its commune — are communes held by name (issue 12, s44 fc44 = readers ri43's geoffroycochard/vom-metadata and rf43's
nicolasaunai/ccpl-news).

vom-metadata is a PHP library whose ``enum City: string`` lists a métropole's 22 communes by slug ('saint-jean-de-braye'), with a
label() per case; ccpl-news's cron walks ``const CCPL_NEWS_FEEDS = ['Limours' => 'https://…/feed/', …]`` with ``foreach (… as $commune
=> $url)`` and stores ``'commune' => $commune`` in each article. Both were "The service handles no detectable local-government
identifier": the communes' names are the only key the code has for them, no INSEE code. Near misses: an enum of three large cities
(examples of a national choice), and a table keyed by communes that the code walks as something else (a label, no commune), stay n/a."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

CID = "interoperability.identifiers"
SLUGS = ["chambray-les-tours", "joue-les-tours", "saint-avertin", "saint-cyr-sur-loire", "saint-pierre-des-corps", "la-riche",
         "fondettes", "luynes"]
COMPOSER = '{\n  "name": "metropole/metadata",\n  "type": "library",\n  "license": "MIT",\n  "autoload": {"psr-4": {"Metro\\\\Metadata\\\\": "src/"}}\n}\n'


def _enum(values: list[str]) -> str:
    cases = "".join(f"    case {v.replace('-', '').upper()} = '{v}';\n" for v in values)
    labels = "".join(f"            City::{v.replace('-', '').upper()} => '{v.replace('-', ' ').title()}',\n" for v in values)
    return ("<?php\ndeclare(strict_types=1);\n\nnamespace Metro\\Metadata\\Enum;\n\nenum City: string\n{\n" + cases
            + "    public function label(): string\n    {\n        return match($this)\n        {\n" + labels + "        };\n    }\n}\n")


def _library(tmp_path, values, name):
    files = {"composer.json": COMPOSER, "src/Enum/City.php": _enum(values)}
    return judge(tmp_path, files, [CID], name=name)[1][CID]


def test_an_enum_of_a_metropoles_communes_holds_them_by_name(tmp_path):
    r = _library(tmp_path, SLUGS, "enum")
    assert r["status"] == "warn", r["message"]
    assert "src/Enum/City.php:6" in r["message"]["en"] and "this library" in r["message"]["en"], r["message"]


def test_a_python_enum_class_of_communes_holds_them_by_name(tmp_path):
    body = "".join(f"    {v.replace('-', '_').upper()} = '{v}'\n" for v in SLUGS)
    files = {"pyproject.toml": '[project]\nname = "metro-places"\nversion = "1.0"\n',
             "metro_places/__init__.py": "from enum import Enum\n\n\nclass Commune(str, Enum):\n" + body}
    r = judge(tmp_path, files, [CID], name="py")[1][CID]
    assert r["status"] == "warn", r["message"]


def test_near_miss_an_enum_of_three_large_cities_stays_not_applicable(tmp_path):
    r = _library(tmp_path, ["paris", "lyon", "marseille"], "cities")
    assert r["status"] == "not_applicable", r["message"]


FEEDS = {"Cesson-Sévigné": "https://www.ville-cesson-sevigne.fr/feed/", "Saint-Jacques-de-la-Lande": "https://www.st-jacques.fr/feed/",
         "Chantepie": "https://www.ville-chantepie.fr/rss", "Betton": "https://www.betton.fr/feed/", "Bruz": "https://www.ville-bruz.fr/feed/",
         "Vezin-le-Coquet": "https://www.vezinlecoquet.fr/feed/", "Noyal-Châtillon": "https://www.noyal-chatillon.fr/feed/"}


def _cron(key_var: str, field: str) -> str:
    table = "".join(f"    '{k}' => '{v}',\n" for k, v in FEEDS.items())
    return ("<?php\n\nfunction fetch_feed(string $name, string $url): array\n{\n    $xml = @simplexml_load_file($url);\n    $out = [];\n"
            "    foreach ($xml->channel->item ?? [] as $item) {\n"
            f"        $out[] = ['{field}' => $name, 'title' => (string) $item->title, 'url' => (string) $item->link];\n"
            "    }\n    return $out;\n}\n\n"
            "const NEWS_FEEDS = [\n" + table + "];\n\n$all = [];\n"
            f"foreach (NEWS_FEEDS as ${key_var} => $feedUrl) {{\n    $all = array_merge($all, fetch_feed(${key_var}, $feedUrl));\n}}\n"
            "file_put_contents(__DIR__ . '/../data/news.json', json_encode(['articles' => $all]));\n")


def _site(tmp_path, key_var, field, name):
    files = {"README.md": "# Actualités\n\nLes actualités des communes, rassemblées chaque heure.\n",
             "index.html": "<!DOCTYPE html>\n<html lang=\"fr\">\n<head><title>Actualités</title></head>\n<body><div id=\"news\"></div>"
                           "<script src=\"app.js\"></script></body>\n</html>\n",
             "app.js": "fetch('data/news.json').then(r => r.json()).then(d => { document.getElementById('news').textContent = d.articles.length; });\n",
             "api/cron.php": _cron(key_var, field)}
    return judge(tmp_path, files, [CID], name=name)[1][CID]


def test_a_table_keyed_by_communes_walked_as_the_commune_holds_them_by_name(tmp_path):
    r = _site(tmp_path, "commune", "commune", "feeds")
    assert r["status"] == "warn", r["message"]
    assert "api/cron.php:13" in r["message"]["en"], r["message"]


def test_near_miss_a_table_keyed_by_communes_walked_as_a_label_stays_not_applicable(tmp_path):
    r = _site(tmp_path, "label", "source", "labels")
    assert r["status"] == "not_applicable", r["message"]
