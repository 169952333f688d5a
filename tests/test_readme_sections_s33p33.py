"""README facts of State repositories (issue 12, session 33 fixer p33 = reader r12a), each on a README shaped like the real one.

- SocialGouv/classifia: "## Points de Terminaison API" over `GET /health` and the webhook `POST /crisp/webhook/…` (French for
  "Endpoints") gave no usage; "## Points de vigilance" stays none.
- SocialGouv/doublure: "## Start" over `devbox install` and the first `task` commands gave no install; "## Start the proxy" under
  "## Usage" is no install heading of its own.
- numerique-gouv/dsfr-skill: "**Note pour les contributeurs** : … clonez le dépôt" gave no contributing; "**Note** : …" stays none.
- InseeFrLab/McpDiffusion: the description was the status banner "> **BETA** — This project is in BETA. It should not be considered
  a finished nor an official product" instead of l.5 "MCPDiffusion is a MCP server that exposes …"; a description saying what a
  beta product does ("X is a beta service that …") stays the description."""

from __future__ import annotations

from tests.test_readme_facts_s32e32 import _readme, _section

SERVICE = {"package.json": '{"name": "classifia", "scripts": {"start": "nest start"}}\n', "src/main.ts": "console.log(1);\n"}
ENDPOINTS = ("# ClassifIA : Système de Classification de Conversations\n\nService automatisé de classification des conversations du "
             "support.\n\n## Démarrage Rapide\n\n```bash\npnpm install\ncp .env.example .env\n```\n\n## {heading}\n\n### Vérification de Santé\n\n"
             "```http\nGET /health\n```\n\nRetourne le statut de santé du service.\n\n### Webhook Crisp\n\n```http\n"
             "POST /crisp/webhook/message-updated?secret={{CRISP_WEBHOOK_SECRET}}\nContent-Type: application/json\n```\n\n"
             "Reçoit les notifications de webhook de Crisp.\n\n## Licence\n\nMIT\n")


def test_points_de_terminaison_are_the_endpoints_a_use(tmp_path):
    info = _readme(tmp_path, ENDPOINTS.format(heading="Points de Terminaison API"), SERVICE)
    assert _section(info, "usage")["text"] == "Points de Terminaison API"


def test_points_de_vigilance_stay_no_use(tmp_path):
    info = _readme(tmp_path, ENDPOINTS.format(heading="Points de vigilance"), SERVICE)
    assert _section(info, "usage") is None


PROXY = {"pyproject.toml": '[project]\nname = "doublure"\nversion = "0.1"\n', "src/proxy.py": "print(1)\n", "devbox.json": '{"packages": []}\n'}
START = ("# doublure\n\nPseudonymisation proxy between a coding assistant and its model's API.\n\n## {heading}\n\n```bash\n"
         "devbox install        # pinned toolchain: uv, go, node, task\ntask                  # lists everything that can be run\n"
         "task proxy            # proxy :8090\n```\n\nThe detector needs the NVIDIA driver; `services/wrapper/install-cuda.sh` sets it up.\n\n"
         "## Licence\n\nMIT\n")


def test_a_bare_start_chapter_is_the_installation(tmp_path):
    info = _readme(tmp_path, START.format(heading="Start"), PROXY)
    assert _section(info, "install")["text"] == "Start"


def test_start_the_proxy_under_usage_is_no_installation(tmp_path):
    readme = START.replace("## {heading}\n\n```bash\ndevbox install        # pinned toolchain: uv, go, node, task\n", "## Usage\n\n### Start the proxy\n\n```bash\n")
    assert _section(_readme(tmp_path, readme, PROXY), "install") is None


SKILL = {"skills/dsfr/SKILL.md": "---\nname: dsfr\n---\n# DSFR\n", "scripts/sync.sh": "#!/bin/sh\ncurl -s https://example.org\n"}
NOTE = ("# DSFR Skill pour Claude Code\n\nSkill Claude Code fournissant la documentation de 23 composants du Design System de l'État.\n\n"
        "## Installation\n\n```bash\n/plugin install dsfr-skill\n```\n\n---\n\n**{label}** : Si vous souhaitez contribuer au projet ou "
        "synchroniser les composants, clonez le dépôt dans un dossier de travail :\n```bash\ngit clone https://github.com/example/dsfr-skill.git\n"
        "cd dsfr-skill\n```\n\n## Licence\n\nEtalab 2.0\n")


def test_a_note_to_the_contributors_is_the_contributing_guide(tmp_path):
    info = _readme(tmp_path, NOTE.format(label="Note pour les contributeurs"), SKILL)
    assert _section(info, "contributing")["line"] == 13


def test_a_bare_note_stays_no_section(tmp_path):
    assert _section(_readme(tmp_path, NOTE.format(label="Note"), SKILL), "contributing") is None


MCP = {"pyproject.toml": '[project]\nname = "mcpdiffusion"\nversion = "0.1"\n', "src/server.py": "print(1)\n"}
BANNER = ("# McpDiffusion\n\n> **BETA** — This project is in BETA. It should not be considered a finished nor an official product "
          "supported by INSEE.\n\nMCPDiffusion is a MCP server that exposes INSEE public data to Large Language Models.\n\n"
          "## Installation\n\n```bash\nuv sync\n```\n")


def test_a_status_banner_is_not_the_description(tmp_path):
    info = _readme(tmp_path, BANNER, MCP)
    assert info["description"]["line"] == 5, info["description"]


def test_a_description_of_a_beta_service_stays_the_description(tmp_path):
    readme = BANNER.replace("> **BETA** — This project is in BETA. It should not be considered a finished nor an official product "
                            "supported by INSEE.\n\n", "")
    readme = readme.replace("MCPDiffusion is a MCP server", "MCPDiffusion is a beta MCP server")
    assert _readme(tmp_path, readme, MCP)["description"]["line"] == 3
