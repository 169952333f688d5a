"""interoperability.public-building-blocks: a link to a building block's product page is no use of it (issue 12, session 20 reader
r2, megalis-bretagne/idelibre). A Symfony application's login footer lists the publisher's other products, each an <a> with the
product's page (https://www.<publisher>/logiciels/iparapheur), an id, a title and a logo whose alt names it; the check said
"communs utilisés : Pastell / S2LOW / i-Parapheur" while nothing in the code calls them. Using a building block is calling it (its
API's address, a client, its settings), not linking to its page; an address the code calls, a script it loads, stay uses."""

from __future__ import annotations

import json

from tests.test_project_kind import run
from tests.test_reusability_fixtures import build, results

CID = "interoperability.public-building-blocks"
LOGO = "data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciLz4="


def product(name: str) -> str:
    return (f'            <li><a data-toggle="tooltip" target="_blank" id="{name}"\n'
            f'                   href="https://www.editeur-exemple.fr/logiciels/{name}"\n'
            f'                   title="En savoir plus sur l\'application {name}">\n'
            f'                    <img class="footer-app-icon"\n                         alt="{name}"\n'
            f'                         src="{LOGO}"></a>\n            </li>\n')


FOOTER = ("<footer class=\"login-footer\">\n    <ul class=\"footer-apps\">\n" + "".join(product(n) for n in ("pastell", "s2low", "iparapheur"))
          + "    </ul>\n    <p><a href=\"https://matomo.org\">Mesure d'audience avec Matomo</a></p>\n</footer>\n")
APP = {
    "composer.json": json.dumps({"name": "exemple/convocations", "type": "project", "license": "AGPL-3.0-or-later",
                                 "require": {"php": ">=8.1", "symfony/framework-bundle": "^6.4", "symfony/twig-bundle": "^6.4",
                                             "doctrine/orm": "^2.17"}}),
    "README.md": "# Convocations\n\nEnvoi des convocations aux séances du conseil.\n",
    "src/Controller/SittingController.php": ("<?php\n\nnamespace App\\Controller;\n\nuse Symfony\\Bundle\\FrameworkBundle\\Controller\\AbstractController;\n\n"
                                             "class SittingController extends AbstractController\n{\n    public function index()\n    {\n"
                                             "        return $this->render('sitting/index.html.twig');\n    }\n}\n"),
    "templates/sitting/index.html.twig": "{% extends 'base.html.twig' %}\n{% block body %}<h1>Séances</h1>{% endblock %}\n",
    "templates/include/_footer_login.html.twig": FOOTER,
}


def verdict(tmp_path, files, name="r"):
    return results(run(build(tmp_path / name, files), tmp_path / f"c-{name}", only=[CID]))[CID]


def test_a_footer_of_product_links_uses_no_building_block(tmp_path):
    r = verdict(tmp_path, APP)
    assert r["details"]["building_blocks"] == [], r["message"]
    assert "Pastell" not in r["message"]["fr"] and "Matomo" not in r["message"]["en"], r["message"]


def test_calling_the_building_block_still_uses_it(tmp_path):
    client = ("<?php\n\nnamespace App\\Service;\n\nclass ActesSender\n{\n    public function send(string $id): void\n    {\n"
              "        $this->http->request('POST', 'https://pastell.exemple-opsn.fr/api/v2/entite/1/document/' . $id);\n    }\n}\n")
    tracker = "<script>var _paq = window._paq || [];</script>\n<script src=\"https://stats.exemple-ville.fr/matomo.js\"></script>\n"
    r = verdict(tmp_path, {**APP, "src/Service/ActesSender.php": client, "templates/base.html.twig": tracker}, "calls")
    assert {"Pastell / S2LOW / i-Parapheur (ADULLACT, Libriciel)", "Matomo"} <= set(r["details"]["building_blocks"]), r["message"]
    assert {e["path"] for e in r["evidence"] if e.get("kind") == "found"} == {"src/Service/ActesSender.php", "templates/base.html.twig"}, r["evidence"]
