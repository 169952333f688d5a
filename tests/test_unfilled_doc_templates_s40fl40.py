"""A documentation template left unfilled documents nothing, in any language (issue 12, s40 fl40 = reader ri40: georchestra/maelstro,
gitreunion/datacup-challenge-muc, gitreunion/datacup-challenge-eco-logique).

- geOrchestra's documentation template, in English: api.en.md "- Provide URLs to the APIs.", configuration.en.md "How to configure the
  component:" over "- Explanation of the different configuration components…", debug.en.md a list of questions to its writer ("How
  are logs constructed?"), images/alire.txt "dossier image": documentation.docs listed them as deployment and API documents (the
  French pages of the same template were already set aside, s31). A filled page of the same template keeps its credit.
- A hackathon template's INSTALL.md ("## Production" / "Indicate, if it exist, a documentation to run the solution in production
  mode."), whose development chapter the team filled: no deployment for documentation.docs nor for readme-sections (the README's
  link to INSTALL.md covered "deployment" by that chapter); the README's "### Installation" whose only text is the link to INSTALL.md
  writes no deployment of its own. Filled, the same "## Production" chapter stays the deployment.
- create-vue's "## Recommended IDE Setup" (VSCode + Volar) is no install step of a part's README; its "## Project Setup" is.
"""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

WEBAPP = {
    "README.md": "# Synchro\n\nSynchro copie des fiches de métadonnées et des couches d'une plateforme vers une autre.\n\n"
                 "## Déploiement\n\nLancez `docker compose up -d` sur le serveur.\n",
    "docker-compose.yml": "services:\n  api:\n    build: backend\n",
    "backend/Dockerfile": "FROM python:3.12\nCOPY . /app\nCMD [\"python\", \"-m\", \"synchro\"]\n",
    "backend/synchro/__init__.py": "",
    "backend/synchro/main.py": "def run():\n    return 1\n",
    "mkdocs.yml": "site_name: Synchro\n",
    "docs/index.en.md": "# Synchro\n\nThis site documents the Synchro component of the platform.\n",
    "docs/technical_guides/contribute/api.en.md": "# API Documentation\n\n- Provide URLs to the APIs.\n"
                                                  "- Describe the methods of the APIs (unless Swagger is integrated -> URL to Swagger).\n",
    "docs/technical_guides/installation/configuration.en.md": "# Configuration\n\nHow to configure the component:\n\n"
        "- Explanation of the different configuration components (where and what).\n- List of possible configurations.\n"
        "- Example with concrete cases: I want to achieve this with the response.\n",
    "docs/technical_guides/installation/debug.en.md": "# Debugging\n\n## Debugging\n\nHow to obtain debugging information (additional "
        "information in the console)?\n\n## Logging\n\nHow are logs constructed?\n\nWhere are they stored by default (or sent remotely)?\n\n"
        "How to modify the location/remote target?\n",
    "docs/technical_guides/installation/images/alire.txt": "dossier image",
}
STUB_PATHS = {"docs/technical_guides/installation/configuration.en.md", "docs/technical_guides/installation/debug.en.md",
              "docs/technical_guides/installation/images/alire.txt"}


def test_an_english_template_pages_document_nothing(tmp_path):
    report, _ = judge(tmp_path, WEBAPP, ["documentation.docs"])
    docs = report["facts"]["docs"]
    assert not STUB_PATHS & set(docs["deployment"]), docs["deployment"]
    assert "docs/technical_guides/contribute/api.en.md" not in docs["api"], docs["api"]


def test_a_filled_page_of_the_template_keeps_its_credit(tmp_path):
    files = dict(WEBAPP, **{
        "docs/technical_guides/installation/debug.en.md": "# Debugging\n\n## Logging\n\nHow are logs constructed? Each synchronisation "
            "writes one line per record to the logs table. Set LOG_LEVEL=debug to see the requests sent to GeoServer.\n",
        "docs/technical_guides/contribute/api.en.md": "# API Documentation\n\nThe API answers on /synchro/api; its methods are listed "
                                                      "by the Swagger page at /synchro/api/docs.\n",
    })
    report, _ = judge(tmp_path, files, ["documentation.docs"])
    docs = report["facts"]["docs"]
    assert "docs/technical_guides/installation/debug.en.md" in docs["deployment"]
    assert "docs/technical_guides/contribute/api.en.md" in docs["api"]


HACKATHON = {
    "README.md": "# Chatbot du dispositif\n\nNotre solution est un agent conversationnel qui répond aux questions des entreprises "
                 "sur le dispositif d'aide.\n\n### Installation\n\n[Guide d'installation](/INSTALL.md)\n\n### Utilisation\n\n"
                 "Lancez l'API puis ouvrez la page d'accueil.\n\n### Licence\n\nLe code est publié sous licence MIT.\n",
    "README.en.md": "# Chatbot\n\nOur solution is a conversational agent answering the companies' questions on the aid scheme.\n\n"
                    "### Installation\n\n[Installation Guide](/INSTALL.md)\n",
    "INSTALL.md": "# Installation Guide\n\n## Dependencies\n\nList the dependencies necessary to the project so that it can run locally :\n"
                  "- language: Python3\n- packages: flask, requests\n\n## Development\n\nIndicate how to run the solution in development "
                  "mode locally.\n\nTo launch the project you have to launch:\n\n    - the API: go to `./rag` and launch `python3 main.py`\n\n"
                  "## Production\n\nIndicate, if it exist, a documentation to run the solution in production mode.\n",
    "rag/main.py": "from flask import Flask\napp = Flask(__name__)\n\n@app.route('/chat')\ndef chat():\n    return 'ok'\n",
    "rag/requirements.txt": "flask==3.0.0\n",
    "LICENSE": "MIT License\n\nCopyright (c) 2024 Team\n",
}
FILLED_PRODUCTION = ("## Production\n\nOn the server, build the image with `docker build -t chatbot rag` and run it behind the "
                     "reverse proxy with `docker run -d -p 8000:8000 chatbot`.\n")


def _with_production(text: str) -> dict:
    return dict(HACKATHON, **{"INSTALL.md": HACKATHON["INSTALL.md"].split("## Production")[0] + text})


def test_an_install_guide_whose_production_chapter_is_the_templates_prompt_documents_no_deployment(tmp_path):
    report, res = judge(tmp_path, HACKATHON, ["documentation.docs", "documentation.readme-sections"])
    assert report["facts"]["docs"]["deployment"] == []
    assert "deployment" in res["documentation.docs"]["details"]["missing"]
    sections = res["documentation.readme-sections"]
    assert "deployment" not in sections["message"]["en"].split("missing")[0], sections["message"]["en"]


def test_a_filled_production_chapter_stays_the_deployment(tmp_path):
    report, res = judge(tmp_path, _with_production(FILLED_PRODUCTION), ["documentation.docs", "documentation.readme-sections"])
    assert "INSTALL.md" in report["facts"]["docs"]["deployment"]
    assert "deployment" in res["documentation.readme-sections"]["message"]["en"].split("missing")[0]


def test_a_wholly_unfilled_install_guide_and_a_link_only_chapter_document_no_deployment(tmp_path):
    unfilled = ("# Installation Guide\n\n## Data Collection\n\nIndicate how to collect the data necessary for this project :\n"
                "- Where and how to get the data ?\n- Where and how to integrate the data in the repository ? (example : in data/raw)\n\n"
                "## Development\n\nIndicate how to run the solution in development mode locally.\n\n## Production\n\n"
                "Indicate, if it exist, a documentation to run the solution in production mode.\n")
    report, _ = judge(tmp_path, dict(HACKATHON, **{"INSTALL.md": unfilled}), ["documentation.docs"])
    assert report["facts"]["docs"]["deployment"] == []


VUE_PART = {
    "README.md": "# Synchro\n\nSynchro copie des fiches de métadonnées d'une plateforme vers une autre.\n",
    "frontend/package.json": '{"name": "frontend", "scripts": {"dev": "vite", "build": "vite build"}, "dependencies": {"vue": "^3.4.0"}}\n',
    "frontend/src/main.js": "import { createApp } from 'vue'\ncreateApp({}).mount('#app')\n",
    "frontend/README.md": "# frontend\n\nThe synchronisation's web interface.\n\n## Recommended IDE Setup\n\n"
                          "[VSCode](https://code.visualstudio.com/) + [Volar](https://marketplace.visualstudio.com/items?itemName=Vue.volar) "
                          "(and disable Vetur).\n\n## Project Setup\n\nNote that all commands should be run in the `frontend` folder.\n\n"
                          "```sh\nnpm install\n```\n\n### Compile and Hot-Reload for Development\n\n```sh\nnpm run dev\n```\n",
}


def _install_sections(report) -> list:
    return [e.get("note", {}).get("en", "") for r in report["results"] if r["id"] == "reusability.install"
            for e in r["evidence"] if e.get("value") == "install section"]


def test_an_editor_setup_heading_is_no_install_step(tmp_path):
    report, _ = judge(tmp_path, VUE_PART, ["reusability.install"])
    notes = _install_sections(report)
    assert notes and all("IDE" not in n for n in notes) and any("Project Setup" in n for n in notes), notes


def test_installing_in_an_editor_stays_an_install_step(tmp_path):
    part = dict(VUE_PART, **{"frontend/README.md": "# frontend\n\n## Install in VS Code\n\nRun `code --install-extension synchro.vsix`.\n"})
    _, res = judge(tmp_path, part, ["reusability.install"])
    r = res["reusability.install"]
    assert r["details"]["instructions"] and any(e.get("path") == "frontend/README.md" for e in r["evidence"]), r["evidence"]
