"""Session 35, af35: three regressions verifier v19e found at fin55 (issue 12).

- naturalsolutions/ecoteka (interoperability.geo): the map is built on deck.gl (package.json "deck.gl") whose modules the code
  imports by their scoped names ("@deck.gl/react", "@deck.gl/layers", "@deck.gl/geo-layers"); unimported_packages read no
  "deck.gl" word (a name after "@" was never one), so geo dropped deck.gl from the open libraries. A scoped module of the
  package's own name names it; an e-mail address at a host of that name still does not.
- TanguyJ44/Launcher-BYOD-Metropole-de-Lyon (reusability.install): a Swing launcher (pom.xml, a main() opening a JFrame) that the
  README builds with Maven and packages with jpackage went from "installed from its package manifest (pom.xml)", pass 10, to
  warn 6 asking for a Dockerfile and a compose.yaml once its kind was read as desktop-application: a desktop application is
  installed by its build and package, never a container. A Spring Boot service built by the same pom.xml still is a service.
- GeotrekCE/Geotrek-event-reservation (documentation.readme-sections): the README sends to front-vite/README.md for the install
  steps, create-vue's README left as generated; its chapter "Type Support for `.vue` Imports in TS" was taken for a contact
  chapter (7308dc93: a linked document gives the contact). create-vue's chapters over its npm scripts are the template's (the
  README is then an untouched template: no sections), and "<…> support for <a technology>" is what the tooling handles, no one to
  reach. A linked README of the team's own with a "Support" chapter still gives the contact.
"""

from __future__ import annotations

import json

from tests.test_kinds_s35z35 import FRAME, MAIN, POM
from tests.test_local_authority_verdicts import judge


def _ecoteka(provider: str) -> dict:
    pkg = {"name": "frontend", "private": True, "dependencies": {"deck.gl": "^8.4.0", "maplibre-gl": "^1.14.0", "react": "^17.0.0",
                                                                  "next": "^10.0.0"}}
    return {
        "README.md": "# ecoteka\n\nGérer le patrimoine arboré d'une collectivité sur une carte.\n",
        "frontend/package.json": json.dumps(pkg, indent=2) + "\n",
        "frontend/components/Map/Provider.tsx": provider,
        "frontend/components/Map/Base.tsx": "import maplibregl from \"maplibre-gl\";\n\nexport const style = maplibregl.version;\n",
        "frontend/pages/index.tsx": "import React from \"react\";\n\nexport default function Home() {\n  return null;\n}\n",
    }


DECK = ("import React from \"react\";\nimport DeckGL from \"@deck.gl/react\";\nimport { GeoJsonLayer } from \"@deck.gl/layers\";\n\n"
        "export const layer = new GeoJsonLayer({ id: \"trees\", data: \"/api/trees.geojson\" });\nexport default DeckGL;\n")


def _geo(tmp_path, files, name="r"):
    return judge(tmp_path, files, ["interoperability.geo"], name=name)[1]["interoperability.geo"]


def test_a_package_imported_by_its_scoped_modules_is_an_open_map_library(tmp_path):
    r = _geo(tmp_path, _ecoteka(DECK))
    assert "deck.gl" in r["message"]["en"], r["message"]


def test_a_mail_address_at_the_package_name_is_no_import_of_it(tmp_path):
    # near miss: "deck.gl" only in an address (contact@deck.gl/…) and no module of it imported: still unimported
    provider = "import React from \"react\";\n\n// questions: contact@deck.gl/support\nexport default React;\n"
    r = _geo(tmp_path, _ecoteka(provider), name="m")
    assert "deck.gl" not in r["message"]["en"], r["message"]


LAUNCHER_README = ("# Launcher BYOD\n\nLanceur des postes en libre usage.\n\n## Installation\n\nConstruire le jar puis le paquet Windows :\n\n"
                   "```\nmvn clean package\njpackage --type exe --input target --main-jar launcher-1.0.jar --name Launcher\n```\n")


def _install(tmp_path, files, name="r"):
    return judge(tmp_path, files, ["reusability.install"], name=name)[1]["reusability.install"]


def test_a_desktop_application_is_installed_by_its_build_not_a_container(tmp_path):
    files = {"README.md": LAUNCHER_README, "pom.xml": POM, "src/main/java/org/exemple/Main.java": MAIN,
             "src/main/java/org/exemple/gui/Frame.java": FRAME}
    r = _install(tmp_path, files)
    assert r["status"] == "pass" and "pom.xml" in r["message"]["en"], r["message"]
    assert "Dockerfile" not in ((r.get("remediation") or {}).get("en") or ""), r.get("remediation")


def test_a_service_built_by_maven_is_still_asked_a_container(tmp_path):
    # near miss: a Spring Boot web service built by the same pom.xml is started as a service, not installed as a package
    app = ("package org.exemple;\n\nimport org.springframework.boot.SpringApplication;\n"
           "import org.springframework.boot.autoconfigure.SpringBootApplication;\nimport org.springframework.web.bind.annotation.*;\n\n"
           "@SpringBootApplication\n@RestController\npublic class Main {\n    @GetMapping(\"/api/postes\")\n    public String postes() {\n"
           "        return \"[]\";\n    }\n\n    public static void main(String[] args) {\n        SpringApplication.run(Main.class, args);\n    }\n}\n")
    pom = POM.replace("<groupId>com.formdev</groupId><artifactId>flatlaf</artifactId><version>3.2</version>",
                      "<groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-web</artifactId><version>3.2.0</version>")
    files = {"README.md": LAUNCHER_README.replace("jpackage --type exe --input target --main-jar launcher-1.0.jar --name Launcher",
                                                  "java -jar target/launcher-1.0.jar"),
             "pom.xml": pom, "src/main/java/org/exemple/Main.java": app}
    r = _install(tmp_path, files, name="s")
    assert "package manifest" not in r["message"]["en"], r["message"]


CREATE_VUE = ("# front\n\nThis template should help get you started developing with Vue 3 in Vite.\n\n## Recommended IDE Setup\n\n"
              "VSCode with the Volar extension.\n\n## Type Support for `.vue` Imports in TS\n\nWe use vue-tsc for the types of .vue files.\n\n"
              "## Customize configuration\n\nSee the Vite configuration reference.\n\n## Project Setup\n\n```sh\nnpm install\n```\n\n"
              "### Compile and Hot-Reload for Development\n\n```sh\nnpm run dev\n```\n\n### Type-Check, Compile and Minify for Production\n\n"
              "```sh\nnpm run build\n```\n\n### Run Unit Tests with [Vitest](https://vitest.dev/)\n\n```sh\nnpm run test:unit\n```\n\n"
              "### Run End-to-End Tests with [Playwright](https://playwright.dev)\n\n```sh\nnpm run test:e2e\n```\n\n"
              "### Lint with [ESLint](https://eslint.org/)\n\n```sh\nnpm run lint\n```\n")
RESERVATION = {
    "README.md": ("# Réservation d'événements\n\nUn module de réservation des sorties d'un parc national.\n\n## Installation\n\n"
                  "Les instructions se trouvent dans les READMEs `backend/README.md` et `front/README.md`.\n\n"
                  "Voir [le front](front/README.md).\n"),
    "front/README.md": CREATE_VUE,
    "front/package.json": "{\"name\": \"front\", \"private\": true, \"dependencies\": {\"vue\": \"^3.3.0\"}}\n",
    "front/src/main.ts": "import { createApp } from \"vue\";\n\ncreateApp({}).mount(\"#app\");\n",
    "backend/app.py": "def create_app():\n    return None\n",
}


def _sections(tmp_path, files, name="r"):
    return judge(tmp_path, files, ["documentation.readme-sections"], name=name)[1]["documentation.readme-sections"]["details"]["found"]


def test_a_linked_create_vue_readme_gives_no_contact(tmp_path):
    assert "contact" not in _sections(tmp_path, RESERVATION)


def test_a_technical_support_heading_in_a_teams_linked_readme_is_no_contact(tmp_path):
    # the same chapter kept in a README the team wrote (no template sentence): what TypeScript handles, no one to reach
    own = CREATE_VUE.replace("This template should help get you started developing with Vue 3 in Vite.", "Le site public des réservations.")
    own += "\n## Données\n\nLes sorties viennent de l'API Geotrek du parc.\n"
    assert "contact" not in _sections(tmp_path, {**RESERVATION, "front/README.md": own}, name="o")


def test_a_support_chapter_in_a_linked_readme_still_gives_the_contact(tmp_path):
    # near miss: the linked README's own "Support" chapter, an address to write to
    own = ("# front\n\nLe site public des réservations.\n\n## Installation\n\n```sh\nnpm install\n```\n\n## Support\n\n"
           "Écrire à reservation@parc-exemple.fr pour toute question.\n")
    assert "contact" in _sections(tmp_path, {**RESERVATION, "front/README.md": own}, name="s")
