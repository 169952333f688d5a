"""README sections read from one word of a heading or a sentence (issue 12, session 21 fixer k14, cases 1 and 2):

1. "Deploiement local avec Docker" under an Installation chapter (docker compose up on the developer's machine) gave deployment: a
   deployment qualified as local is the installation, unless the heading names a server or production;
2. "Charger une base de données de production" (a production dump restored locally) gave deployment: "production" qualifying data
   is no deployment;
3. "Configuration AI (Claude Code)" (the contributors' AI assistant: its hooks, rules, agents) gave configuration: an AI coding
   assistant's set-up is developer tooling, like pre-commit, and its chapter's sentences ("Le projet est configuré pour Claude Code")
   give no section either; "Usage with Claude Code" (an MCP server's clients) stays usage;
4. a login step of a test environment ("2. Saisir l'email : `test@…`") gave contact: an address to type in a form names a field,
   nobody to reach; "Pour toute question, écrivez à …" stays contact.
Each with the neighbouring case that must not change."""

from __future__ import annotations

from auditor.facts.readme_headings import heading_sections
from tests.gitrepo import make_repo
from tests.test_scaling import ctx_for

INTRO = "# Signalements\n\nSignalements permet aux agents d'une direction départementale de suivre les signalements des usagers.\n\n"


def _secs(tmp_path, text: str) -> dict:
    make_repo(tmp_path, [{"files": {"README.md": text}}])
    return {d["name"]: d["line"] for d in ctx_for(tmp_path).fact("readme")["section_details"]}


def test_a_local_deployment_is_the_installation(tmp_path):
    text = INTRO + ("## Installation\n\nCopier `.env.sample` en `.env`.\n\n### Deploiement local avec Docker\n\n```bash\ndocker compose up --build -d\n```\n\n"
                    "### Deploiement local sans Docker\n\n```bash\nyarn install\nyarn dev\n```\n")
    secs = _secs(tmp_path / "local", text)
    assert "deployment" not in secs and secs["install"] == text.splitlines().index("## Installation") + 1
    assert heading_sections("Deploiement local avec Docker", under_install=True) == ["install"]
    # a deployment to a server, to production, or plain, stays deployment
    server = INTRO + "## Déploiement\n\nLe service est déployé sur un serveur de la direction par `deploy.sh`.\n"
    assert _secs(tmp_path / "server", server)["deployment"] == server.splitlines().index("## Déploiement") + 1
    assert heading_sections("Déploiement sur un serveur local") == ["deployment"]
    assert heading_sections("Déploiement en production") == ["deployment"]


def test_production_data_is_no_deployment(tmp_path):
    text = INTRO + ("## Installation\n\n```bash\nmake resetdb\n```\n\n## Charger une base de données de production\n\n"
                    "Récupérer la dernière sauvegarde puis la restaurer dans la base locale avec `pg_restore`.\n")
    assert "deployment" not in _secs(tmp_path / "dump", text)
    assert heading_sections("Restore a production dump") == []
    assert heading_sections("Mise en production") == ["deployment"]
    assert heading_sections("Production") == ["deployment"]


def test_an_ai_assistants_setup_is_no_configuration(tmp_path):
    text = INTRO + ("## Installation\n\n```bash\npnpm install\n```\n\n## Configuration AI (Claude Code)\n\n"
                    "Le projet est configuré pour [Claude Code](https://claude.com/claude-code). Toute la configuration est versionnée dans "
                    "`.claude/` : chaque développeur qui clone le dépôt retrouve les règles, les agents et les hooks de l'assistant.\n")
    assert "configuration" not in _secs(tmp_path / "ai", text)
    conf = INTRO + "## Configuration\n\nRenseigner `DATABASE_URL` dans le fichier `.env`.\n"
    assert "configuration" in _secs(tmp_path / "conf", conf)
    assert heading_sections("Usage with Claude Code") == ["usage"]
    assert heading_sections("Configuration de l'IA") == ["configuration"]  # (a product's own AI settings)


def test_a_login_step_is_no_contact(tmp_path):
    text = INTRO + ("## Installation\n\n```bash\npnpm install\n```\n\n### Connexion (environnement de test)\n\n"
                    "1. Cliquer sur « Se connecter »\n2. Saisir l'email : `agent@signalements-test.fr`\n3. Valider\n")
    assert "contact" not in _secs(tmp_path / "login", text)
    reach = text + "\n## Nous joindre\n\nPour toute question, écrivez à equipe@signalements-test.fr.\n"
    assert "contact" in _secs(tmp_path / "reach", reach)
    step = INTRO + "Pour toute question, écrivez à equipe@signalements-test.fr.\n"
    assert "contact" in _secs(tmp_path / "sentence", step)
