"""Verdicts read against ecological-transition tools built for territories that the tool had not seen (a national
car-pooling observatory for local transport authorities, a tree-plantability map of a métropole, a static portal of
EPCI environment reports), each fixed at its cause and shown on a git fixture shaped like the real case."""

from __future__ import annotations

from tests.test_project_kind import run
from tests.test_reusability_fixtures import build, results

OBSERVATORY = {  # a Nuxt front end with national maps, a fastify API documented by fastify-oas, an ETL keeping its SQL in strings
    "README.md": "# Observatoire\n\nL'observatoire suit l'évolution des pratiques de covoiturage dans les territoires.\n\n"
                 "## Installation\n\n    docker-compose up\n",
    "api/package.json": '{\n  "name": "api",\n  "dependencies": {\n    "fastify": "^3.15.0",\n    "fastify-oas": "^3.0.8",\n'
                        '    "fastify-postgres": "^3.5.0"\n  }\n}\n',
    "api/src/server.ts": "import fastify from 'fastify'\nimport swagger from 'fastify-oas'\n\nconst server = fastify()\n"
                         "server.register(swagger, { routePrefix: '/documentation', exposeRoute: true })\n",
    "front/package.json": '{\n  "name": "front",\n  "dependencies": {\n    "nuxt": "^2.15.0",\n    "maplibre-gl": "^2.1.0"\n  }\n}\n',
    "front/components/mixins/map.ts": "export default class MapMixin {\n  defaultOptions = {\n    center: [2.087, 46],\n"
                                      "    style: process.env.NUXT_ENV_MAPLIBRE_STYLE || '',\n    zoom: 5,\n  }\n}\n",
    "front/components/maps/Aires.vue": "<script>\nexport default {\n  methods: {\n    fit() {\n"
                                       "      const bounds = this.territory == 'XXXXX' ? [-5.225,41.333,9.55,51.2] : this.box\n"
                                       "      this.map.fitBounds(bounds, {padding: 50})\n    }\n  }\n}\n</script>\n",
    "etl/src/CreateAiresTable.ts": "export class CreateAiresTable {\n  readonly sql = `\n    CREATE TABLE IF NOT EXISTS aires (\n"
                                   "      id SERIAL PRIMARY KEY,\n      id_lieu varchar UNIQUE,\n      insee varchar,\n"
                                   "      geom geometry(POINT,4326)\n    );\n  `;\n}\n",
}
LOCAL_VIEW = {"front/map.js": "var map = L.map('map').setView([48.1113, -1.6800], 12);\n",
              "index.html": "<html><body><div id=\"map\"></div><script src=\"front/map.js\"></script></body></html>\n"}


def test_a_national_observatory_for_territories(tmp_path):
    report = run(build(tmp_path / "obs", OBSERVATORY), tmp_path / "c1", sponsor="state",
                 only=["reusability.territory-neutral", "interoperability.identifiers", "interoperability.api-spec", "documentation.docs"])
    res = results(report)
    # France's whole extent and the centre of a zoom-5 view of the country are no territory
    assert res["reusability.territory-neutral"]["status"] == "pass", res["reusability.territory-neutral"]
    # an INSEE column created by SQL kept in the ETL's TypeScript
    ident = res["interoperability.identifiers"]
    assert ident["status"] != "not_applicable" and any(e.get("path") == "etl/src/CreateAiresTable.ts" for e in ident["evidence"]), ident
    # fastify-oas generates the OpenAPI description from the routes' schemas and serves it
    spec = res["interoperability.api-spec"]
    assert spec["status"] == "warn" and spec["details"]["generators"] == ["fastify-oas"], spec
    docs = res["documentation.docs"]
    assert not any(e.get("kind") == "missing" and e.get("value") == "api" for e in docs["evidence"]), docs
    # a city's own view (zoom 12) is still a hard-coded territory
    report = run(build(tmp_path / "local", LOCAL_VIEW), tmp_path / "c2", sponsor="local-authority", only=["reusability.territory-neutral"])
    assert results(report)["reusability.territory-neutral"]["status"] in ("warn", "fail")


def test_the_projects_own_environments_are_no_reuse():
    from auditor.facts.scaling.reuse import scan_document

    changelog = ("Un CI déploie automatiquement la branche `dev` sur l'instance de [`preprod`](https://preprod-carte.exemple.fr)\n"
                 "et la branche `main` sur l'instance de [`prod`](https://carte.exemple.fr), après les tests.\n")
    assert scan_document("docs/changelog/product.md", changelog) == []
    others = "Voir les instances de [Lyon](https://carte.lyon.fr) et de [Rennes](https://carte.rennes.fr).\n"
    assert [f["value"] for f in scan_document("README.md", others)] == ["https://carte.lyon.fr", "https://carte.rennes.fr"]


PLANTABILITY = {  # a GeoDjango back end whose settings keep Django's throw-away key for local development, a changelog folder of pages
    "README.md": "# Plantabilité\n\nCarte de plantabilité des arbres du territoire.\n",
    "back/requirements.txt": "Django==5.2.13\ndjangorestframework==3.15.2\n",
    "back/app/settings.py": "import os\n\nIS_LOCAL_DEV = bool(os.environ.get('APP_DEV'))\n\n"
                            "# SECURITY WARNING: keep the secret key used in production secret!\nif IS_LOCAL_DEV:\n"
                            "    SECRET_KEY = \"django-insecure-@3rjfjbnt85l*c$)j)c55w-!%0ez(v9vu4e=%d@@)pvljpwg)n\"\nelse:\n"
                            "    SECRET_KEY = os.environ['SECRET_KEY']\n",
    "docs/changelog/product.md": "# Journal des modifications\n\n## 0.29.0 (2026-05-06)\n\n- Carte de vulnérabilité\n",
}


def test_a_django_dev_key_and_a_changelog_folder(tmp_path):
    report = run(build(tmp_path / "plant", PLANTABILITY), tmp_path / "c1", sponsor="local-authority",
                 only=["reusability.secrets", "documentation.community-files"])
    res = results(report)
    assert res["reusability.secrets"]["status"] == "pass", res["reusability.secrets"]  # Django's deploy checks refuse that key
    assert report["facts"]["files"]["changelog"] == "docs/changelog/product.md"
    community = res["documentation.community-files"]
    assert any(e.get("kind") == "found" and e.get("value") == "changelog" for e in community["evidence"]), community


PORTAL = {  # a static page listing EPCI reports, its libraries pinned in CDN addresses, no manifest
    "index.html": "<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n  <title>Observatoire local de l'environnement</title>\n"
                  "  <link href=\"https://stackpath.bootstrapcdn.com/bootstrap/4.2.1/css/bootstrap.min.css\" rel=\"stylesheet\" />\n"
                  "  <script src=\"https://cdn.jsdelivr.net/npm/vue@3.4.21/dist/vue.global.prod.js\"></script>\n"
                  "  <link href=\"style.css\" rel=\"stylesheet\" />\n</head>\n<body><div id=\"map\"></div>\n"
                  "  <script src=\"https://stackpath.bootstrapcdn.com/bootstrap/4.2.1/js/bootstrap.min.js\"></script>\n</body>\n</html>\n",
    "style.css": "body { margin: 0; }\n",
}


def test_framework_versions_pinned_in_a_pages_cdn_addresses(tmp_path):
    report = run(build(tmp_path / "portal", PORTAL), tmp_path / "c1", sponsor="local-authority", only=["scaling.end-of-life"])
    eol = results(report)["scaling.end-of-life"]
    assert eol["status"] == "warn", eol
    found = [e["value"] for e in eol["evidence"] if e.get("kind") == "finding"]
    assert [(f["product"], f["cycle"]) for f in found] == [("Bootstrap", "4")], found  # once per page; Vue 3 is supported
    assert eol["evidence"][0]["path"] == "index.html" and eol["evidence"][0]["line"] == 5


CHAIN = {  # a processing chain run as a job: a frozen Pipfile (a template engine among its pins), scripts, a PostGIS image
    "README.md": "# Calque de plantabilité\n\nCes scripts calculent les indices de plantabilité sur le territoire.\n\n"
                 "## Utilisation\n\n    python main.py --compute\n",
    "scripts/Pipfile": "[packages]\nclick = \"==7.0\"\ngeopandas = \"==0.8.1\"\njinja2 = \"==2.10\"\noauthlib = \"==2.1.0\"\n\n"
                       "[requires]\npython_version = \"3.8\"\n",
    "scripts/main.py": "import sys\nimport geopandas\n\n\ndef main(argv):\n    \"\"\"Compute the factors of each tile.\"\"\"\n"
                       "    return 0\n\n\nif __name__ == '__main__':\n    sys.exit(main(sys.argv))\n",
    "db/Dockerfile": "FROM postgis/postgis:15-3.4\n",
}


def test_a_template_engine_pinned_in_a_batch_serves_nothing(tmp_path):
    report = run(build(tmp_path / "chain", CHAIN), tmp_path / "c1", sponsor="local-authority",
                 only=["interoperability.auth", "interoperability.public-building-blocks"])
    assert report["facts"]["project"]["kind"] != "api-service", report["facts"]["project"]
    res = results(report)
    assert res["interoperability.auth"]["status"] == "not_applicable", res["interoperability.auth"]
    assert res["interoperability.public-building-blocks"]["status"] == "not_applicable"


GNU_NOTICE = ("    Outil sur la plantabilité et l'adaptation au changement climatique.\n    Copyright (C) Consortium, exemple.fr\n\n"
              "    This program is free software: you can redistribute it and/or modify\n"
              "    it under the terms of the GNU Affero General Public License as\n"
              "    published by the Free Software Foundation, either version 3 of the\n"
              "    License, or (at your option) any later version.\n\n"
              "    This program is distributed in the hope that it will be useful,\n    but WITHOUT ANY WARRANTY.\n")
METADATA_README = ("# Calque\n\nCes scripts calculent les indices de plantabilité du territoire.\n\n## Crédits\n\n"
                   "* Author: R. M.\n* Copyright: Copyright 2022, Exemple\n* License: MIT\n* Version: 1.0.0\n")


def test_a_gnu_notice_and_a_readme_metadata_line_state_the_licence(tmp_path):
    report = run(build(tmp_path / "gnu", {"LICENSE": GNU_NOTICE, "README.md": "# IA\n\nCarte de plantabilité.\n", "app.py": "x = 1\n"}),
                 tmp_path / "c1", only=["licensing.license-file", "licensing.consistent"])
    assert report["facts"]["license"]["spdx"] == "AGPL-3.0-or-later", report["facts"]["license"]
    assert results(report)["licensing.consistent"]["status"] == "pass"  # not "no license stated"
    report = run(build(tmp_path / "meta", {"README.md": METADATA_README, "main.py": "x = 1\n"}), tmp_path / "c2",
                 only=["licensing.open-license", "licensing.consistent"])
    res = results(report)
    assert res["licensing.open-license"]["status"] == "pass", res["licensing.open-license"]
    assert res["licensing.open-license"]["evidence"][0]["line"] == 9
    from auditor.facts.license import licence_field
    assert licence_field("Leaflet (License: BSD) draws the map.\n") is None  # a dependency's licence in a sentence


WELCOME_README = ("# 🌳 IA.rbre\n\nBienvenue sur la documentation de IA.rbre !\n\n"
                  "Vous trouverez plus de détails sur le projet sur notre [page](https://exemple.fr).\n\n"
                  "Vous pouvez aussi accéder à la [carte](https://carte.exemple.fr) 🗺️ !\n\n"
                  "## 📁 Structure du Projet\n\nVoici comment le dépôt est organisé :\n\n"
                  "### **back/**\n\nCe répertoire contient le backend, construit avec Django. Il traite les données SIG pour calculer les indices.\n\n"
                  "### **deploy/**\n\nLe déploiement est géré à l'aide d'Ansible.\n\n### **docs/**\n\nLa documentation utilise des fichiers Markdown.\n\n"
                  "### **.pre-commit-config.yaml**\n\nLe fichier garantit que tous les contributeurs respectent les bonnes pratiques.\n")


def test_a_greeting_pointers_and_a_trees_folders_are_no_readme_sections():
    from auditor.facts.readme import analyse

    a = analyse(WELCOME_README, "README.md")
    assert a["description"] is None, a["description"]  # a greeting and links elsewhere say nothing of what it is
    sections = {d["name"]: d["text"] for d in a["section_details"]}
    assert not {"purpose", "usage", "deployment", "configuration"} & set(sections), sections  # "deploy/", "docs/": folders presented


SHOWCASE = {  # a Hugo site kept in website/ (its theme brings the pages), its Ansible deploy beside it, preprod behind a htpasswd
    "README.md": "# site\n\nSite vitrine du projet, une plateforme pour la végétalisation urbaine et l'adaptation au changement climatique.\n\n"
                 "| Branche | Auth |\n|---|---|\n| `main` | publique |\n| `dev` | htpasswd |\n",
    "website/hugo.toml": "baseURL = 'https://exemple.fr/'\nlanguageCode = 'fr'\ntitle = 'Site'\n",
    "website/content/_index.md": "# Accueil\n",
    "website/assets/js/script.js": "function privacyBanner() { return 1; }\n",
    "website/assets/sass/main.scss": "body { margin: 0; }\n",
    "deploy/ansible.cfg": "[defaults]\ninventory = hosts\n",
    "deploy/hosts": "[prod]\nexemple.fr\n",
    "deploy/website.yml": "- hosts: all\n  roles:\n    - nginx\n",
    "deploy/telescoop-deploy/tasks/setup-nginx.yml": "- name: nginx\n  template: src=nginx.conf.j2 dest=/etc/nginx/sites-enabled/site\n",
    ".github/workflows/website.yml": "on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: hugo --minify\n",
}


def test_a_hugo_site_kept_in_a_folder_is_a_static_site(tmp_path):
    report = run(build(tmp_path / "site", SHOWCASE), tmp_path / "c1", sponsor="local-authority",
                 only=["reusability.configuration", "reusability.dependencies", "interoperability.public-building-blocks"])
    proj = report["facts"]["project"]
    assert proj["kind"] == "static-site" and proj["kind_decided"], proj
    res = results(report)
    assert {res[c]["status"] for c in res} == {"not_applicable"}, {c: res[c]["message"]["en"] for c in res}


def test_a_tools_documentation_named_in_a_useful_links_list():
    from auditor.facts.doc_links import product_named

    assert product_named("https://gohugo.io/documentation/", "- Documentation Hugo")  # Hugo's site
    assert not product_named("https://docs.macarte.fr/", "la documentation de la carte")  # the project's own site


def test_a_manual_deployment_is_no_usage():
    from auditor.facts.readme import analyse

    text = ("# site\n\nSite vitrine du projet, une plateforme pour la végétalisation urbaine et l'adaptation au climat.\n\n"
            "## Déploiement Ansible\n\nLes playbooks vivent dans deploy/.\n\n### Déploiement manuel\n\n    ansible-playbook website.yml -l preprod\n")
    assert "usage" not in analyse(text, "README.md")["sections"]
    assert "usage" in analyse("# outil\n\nUn outil de calcul des indices de plantabilité pour les communes.\n\n## Manuel utilisateur\n\nOuvrez la carte.\n",
                              "README.md")["sections"]
