"""Session 9 (f5): interoperability.public-building-blocks (session 8's first reads): a maintainer's e-mail address at georchestra.org
(sigrennesmetropole/sdi-consistence-check's Dockerfile) was "building blocks used: geOrchestra / cadastrapp", and a bridge to
Plat'AU through PISTE, the State's API gateway (SDIS62/prevarisc-passerelle-platau), was "no public building block called"."""

from __future__ import annotations

import json

from tests.test_local_authority_verdicts import judge

BB = "interoperability.public-building-blocks"


def test_a_maintainers_address_at_a_commons_domain_is_no_use_of_it(tmp_path):
    files = {"Dockerfile": "FROM python:3.9\nMAINTAINER PSC \"psc@georchestra.org\"\nCOPY . /app\nENTRYPOINT [\"python\", \"/app/checker.py\"]\n",
             "requirements.txt": "OWSLib==0.20.0\n", "README.md": "# SDI consistence check\n\nVérifie la cohérence des métadonnées et des services OGC.\n",
             "checker.py": ("import argparse\nfrom owslib.wms import WebMapService\n\nparser = argparse.ArgumentParser()\n"
                            "parser.add_argument('--server', required=True)\nargs = parser.parse_args()\nprint(WebMapService(args.server).contents)\n")}
    files["GeonetworkToGeoserverUpdater.py"] = ('def guess_catalogue(url):\n    """\n    Given a URL, try to guess the catalogue endpoint.\n'
                                                 '    This is for now meant to work only with GeoNetwork (which is the catalogue mainly used in geOrchestra).\n'
                                                 '    """\n    return url.replace("/srv/", "/srv/api/")\n')
    files["checker.py"] = files["checker.py"].replace("parser.add_argument('--server', required=True)",
        "parser.add_argument('--server', required=True, help='the server to target (full URL, e.g. '\n"
        "                    'https://sdi.georchestra.org/geoserver/wms)')")
    files["checker.sh"] = "#!/bin/sh\n# see https://github.com/georchestra/georchestra for the SDI\npython checker.py \"$@\"\n"
    res = judge(tmp_path, files, [BB])[1][BB]
    assert "geOrchestra" not in res["message"]["en"], res


def test_calling_platau_through_piste_is_a_public_building_block(tmp_path):
    client = ("<?php\n\nnamespace App\\Service;\n\nuse GuzzleHttp\\Client;\n\nfinal class PlatauClient\n{\n"
              "    public const PISTE_URL = 'https://api.piste.gouv.fr/mtes/platau/v1/';\n"
              "    public const OAUTH_URL = 'https://oauth.piste.gouv.fr/api/oauth/token';\n\n"
              "    public function __construct(private Client $http) {}\n}\n")
    files = {"composer.json": json.dumps({"name": "sdis62/prevarisc-passerelle-platau", "require": {"guzzlehttp/guzzle": "^7.0",
                                                                                               "symfony/console": "^5.4"}}),
             "composer.lock": "{}", "bin/platau": "#!/usr/bin/env php\n<?php\nrequire __DIR__.'/../vendor/autoload.php';\n(new App\\Application())->run();\n",
             "src/Service/PlatauClient.php": client, "README.md": "# Passerelle Prevarisc - Plat'AU\n\nÉchanges entre Prevarisc et Plat'AU.\n"}
    res = judge(tmp_path, files, [BB])[1][BB]
    assert res["status"] == "pass" and "PISTE" in res["message"]["en"], res


def test_reading_the_georchestra_security_proxys_headers_is_a_use_of_it(tmp_path):
    """geograndest/mdedit2 runs behind geOrchestra's security proxy and reads its headers (HTTP_SEC_USERNAME, HTTP_SEC_ROLES): its
    'geOrchestra' building block rested on a doc comment ('un utilisateur geOrchestra') only, lost once comments no longer count."""
    api = ("<?php\n\nfunction getHeader($name) {\n    return isset($_SERVER[$name]) ? $_SERVER[$name] : null;\n}\n\n"
           "function whoami() {\n    $result['sec_proxy'] = getHeader('HTTP_SEC_PROXY');\n    $result['sec_username'] = getHeader('HTTP_SEC_USERNAME');\n"
           "    $result['sec_roles'] = explode(';', getHeader('HTTP_SEC_ROLES'));\n    return $result;\n}\n\necho json_encode(whoami());\n")
    files = {"src/php/api.php": api, "src/index.html": "<!doctype html><html><body><div ng-app=\"mdedit\"></div></body></html>\n",
             "src/app/app.js": "angular.module('mdedit', []);\n", "src/app/style.css": "body { margin: 0; }\n",
             "README.md": "# MDEdit\n\nÉditeur de métadonnées.\n"}
    res = judge(tmp_path, files, [BB])[1][BB]
    assert "geOrchestra" in res["message"]["en"], res
