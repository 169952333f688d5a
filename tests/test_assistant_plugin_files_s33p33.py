"""Issue 12, session 33 fixer p33 (reader r12a: SocialGouv/doublure, numerique-gouv/dsfr-skill): a coding assistant's plugin files
read as the project's settings, a plugin manifest's licence unread, a component named "notice" read as documentation, a devbox
lockfile unseen.

- A Claude Code hook wiring kept in hooks/settings.json ({"hooks": {"PreToolUse": [...]}}, "the wiring to copy into a guarded
  project's .claude/") and a plugin's .claude-plugin/marketplace.json ("Configuration pour le marketplace de plugins") were
  facts.files.env_template: the README names them beside "copy", "configuration". Neither is a deployment's settings template;
  a config/settings.json the README says to copy stays one.
- .claude-plugin/plugin.json and marketplace.json's own entry ("source": "./") say "license": "Etalab-2.0": facts.license.declared
  was []. A marketplace entry for another repository's plugin declares nothing of this one.
- skills/<skill>/composants/notice/, one of 23 component folders each holding index.md, code.md, design.md, accessibilite.md, was
  facts.files.docs ("notices?" names a folder of documents): a folder named like a kind of document among sibling folders of the same
  layout is an item of a collection. A notices/ folder of PDFs beside code stays documentation.
- devbox.lock (Jetify devbox, beside devbox.json) was missing from facts.files.lockfiles."""

from __future__ import annotations

import json

from tests.test_project_kind import run

HOOKS = json.dumps({"$schema": "https://json-schema.org/draft/2020-12/schema",
                    "hooks": {"PreToolUse": [{"matcher": "*", "hooks": [{"type": "command", "command": "$CLAUDE_PROJECT_DIR/hooks/guard.py",
                                                                         "timeout": 10}]}]}}, indent=2) + "\n"
GUARD_README = ("# Doublure\n\nA pseudonymising proxy between a coding assistant and its model.\n\n## Start\n\n```bash\ndevbox install\ntask session\n```\n\n"
                "## Layout\n\n| folder | role |\n| --- | --- |\n| `hooks/` | PreToolUse guard; `hooks/settings.json` is the wiring to copy into a "
                "guarded project's `.claude/` |\n| `config/` | the proxy's configuration |\n")
GUARD = {"README.md": GUARD_README, "hooks/settings.json": HOOKS, "hooks/guard.py": "import sys\nprint(sys.argv)\n",
         "src/proxy.py": "import os\nPORT = int(os.environ.get('PORT', '8080'))\n", "pyproject.toml": "[project]\nname = \"doublure\"\nversion = \"0.1\"\n",
         "uv.lock": "version = 1\n", "devbox.json": '{"packages": ["go@1.23", "python@3.12"]}\n',
         "devbox.lock": '{\n  "lockfile_version": "1",\n  "packages": {\n    "go@1.23": {"version": "1.23.4"}\n  }\n}\n'}
# the same README naming a real settings file to copy
SETTINGS = json.dumps({"listen": "127.0.0.1:8080", "upstream": "https://api.example.org", "token": "CHANGE_ME"}, indent=2) + "\n"
COPY_SETTINGS = GUARD_README + "\nCopy `config/settings.json` and adapt the configuration to your upstream.\n"

PLUGIN = {"name": "dsfr-skill", "version": "1.0.0", "description": "Documentation du DSFR", "author": {"name": "skelz0r"},
          "repository": "https://github.com/example/dsfr-skill", "license": "Etalab-2.0", "keywords": ["claude-skill"]}
MARKET = {"name": "dsfr-skill", "owner": {"name": "example"}, "plugins": [
    {"name": "dsfr-skill", "source": "./", "description": "Skill", "version": "1.0.0", "license": "Etalab-2.0"}]}
COMPONENTS = ("accordion", "alert", "badge", "button", "card", "notice", "tag", "tile")
SKILL_README = ("# DSFR skill\n\nUn skill Claude Code pour le Design System de l'État.\n\n## Structure\n\n```\n.claude-plugin/\n"
                "│   └── marketplace.json         # Configuration pour le marketplace de plugins\n```\n")


def _skill(manifests: bool, market_source: str = "./") -> dict:
    files = {"README.md": SKILL_README, "skills/dsfr-skill/SKILL.md": "---\nname: dsfr\n---\n# DSFR\n",
             "LICENSE": "Licence Ouverte / Open Licence version 2.0\n\nEtalab\n"}
    for c in COMPONENTS:
        for page in ("index.md", "code.md", "design.md", "accessibilite.md"):
            files[f"skills/dsfr-skill/composants/{c}/{page}"] = f"# {c} — {page}\n\nLe composant {c} du DSFR.\n"
    if manifests:
        files[".claude-plugin/plugin.json"] = json.dumps(PLUGIN, indent=2) + "\n"
        market = {**MARKET, "plugins": [{**MARKET["plugins"][0], "source": market_source}]}
        files[".claude-plugin/marketplace.json"] = json.dumps(market, indent=2) + "\n"
    return files


def _facts(repo, tmp_path, files, name="r"):
    report = run(repo([{"files": files, "date": "2025-06-02T10:00:00Z"}], name=name), tmp_path / f"c-{name}")
    return report["facts"]


def test_a_hook_wiring_is_no_settings_template_and_devbox_lock_is_a_lockfile(repo, tmp_path):
    files = _facts(repo, tmp_path, GUARD)["files"]
    assert files["env_template"] is None
    assert files["lockfiles"] == ["devbox.lock", "uv.lock"]


def test_a_settings_file_the_readme_says_to_copy_stays_the_template(repo, tmp_path):
    plain = {p: t for p, t in GUARD.items() if not p.startswith("hooks/")}
    assert _facts(repo, tmp_path, {**plain, "README.md": COPY_SETTINGS, "config/settings.json": SETTINGS})["files"]["env_template"] \
        == "config/settings.json"
    # (and beside the hook wiring, the settings file is the template, not the wiring the README names first)
    files = _facts(repo, tmp_path, {**GUARD, "README.md": COPY_SETTINGS, "config/settings.json": SETTINGS}, name="r2")["files"]
    assert files["env_template"] == "config/settings.json"


def test_a_plugin_manifest_declares_the_licence_and_is_no_template(repo, tmp_path):
    facts = _facts(repo, tmp_path, _skill(True))
    assert facts["files"]["env_template"] is None
    assert [(d["file"], d["value"]) for d in facts["license"]["declared"]] == [
        (".claude-plugin/plugin.json", "Etalab-2.0"), (".claude-plugin/marketplace.json", "Etalab-2.0")]


def test_a_marketplace_entry_for_another_repository_declares_nothing(repo, tmp_path):
    files = _skill(True, market_source="https://github.com/example/other-plugin")
    del files[".claude-plugin/plugin.json"]
    assert _facts(repo, tmp_path, files)["license"]["declared"] == []


def test_a_component_named_notice_among_its_siblings_is_no_documentation(repo, tmp_path):
    assert _facts(repo, tmp_path, _skill(False))["files"]["docs"] is None


def test_a_notices_folder_of_documents_stays_documentation(repo, tmp_path):
    files = {"README.md": "# Outil\n\nUn outil de calcul.\n", "app/main.py": "print(1)\n", "app/util.py": "X = 1\n",
             "ressources/notices/notice_utilisateur.md": "# Notice\n\nComment utiliser l'outil.\n",
             "ressources/notices/notice_admin.md": "# Notice d'administration\n\nComment l'installer.\n",
             "ressources/data/communes.csv": "code,nom\n01001,L'Abergement\n"}
    assert _facts(repo, tmp_path, files)["files"]["docs"] == "ressources/notices/"
