"""Session 32 (g32, reader m25o2's GANABA/plugin-sdis-intervention): a project delivered as Claude Code skills (skills/<name>/SKILL.md
with allowed-tools, their scripts run as ${CLAUDE_SKILL_DIR}/main.py, the README copying them into ~/.claude/skills/) was said to
depend on one proprietary service only (OpenAI, through its LangChain agent): the proprietary host the skills are written for,
Anthropic's Claude Code, was missed by scaling.vendor-lock-in and reusability.portability. It is now named. A repository that only
keeps a developer's settings for the tool (.claude/settings.json, CLAUDE.md) does not depend on it."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

_SKILL = ("---\nname: sdis-eau\ndescription: |\n  Trigger when user asks \"points d'eau\", \"bornes incendie\".\nallowed-tools: Bash(python3 *)\n---\n\n"
          "# Points d'eau\n\n```bash\npython3 ${CLAUDE_SKILL_DIR}/main.py localise --address \"14 rue de la Préfecture, Besançon\" --rayon 500\n```\n")
_MAIN = ("import argparse\nimport json\nimport urllib.request\n\n\ndef localise(lat, lon, rayon):\n"
         "    url = f'https://overpass-api.de/api/interpreter?data=[out:json];node(around:{rayon},{lat},{lon})[emergency=fire_hydrant];out;'\n"
         "    with urllib.request.urlopen(url) as r:\n        return json.load(r)\n\n\nif __name__ == '__main__':\n"
         "    p = argparse.ArgumentParser()\n    p.add_argument('commande')\n    p.add_argument('--lat', type=float)\n"
         "    p.add_argument('--lon', type=float)\n    p.add_argument('--rayon', type=int, default=500)\n    a = p.parse_args()\n"
         "    print(json.dumps(localise(a.lat, a.lon, a.rayon)))\n")
FILES = {
    "README.md": ("# Plugin SDIS Intervention — Claude Code\n\nPlugin Claude Code d'aide à la décision opérationnelle pour les sapeurs-pompiers.\n\n"
                  "## Installation\n\n```bash\n# 1. Installer les dépendances\npip install -r requirements.txt\n\n"
                  "# 2. Copier les skills dans Claude Code\ncp -r skills/* ~/.claude/skills/\n```\n"),
    "requirements.txt": "requests\n",
    "skills/sdis-eau/SKILL.md": _SKILL,
    "skills/sdis-eau/main.py": _MAIN,
    "skills/sdis-eau/references/api.md": "# API\n\nOverpass, IGN.\n",
    "agents/requirements.txt": "langchain-openai\nlanggraph\n",
    "agents/llm.py": "from langchain_openai import ChatOpenAI\n\n\ndef llm():\n    return ChatOpenAI(model='gpt-4o-mini')\n",
}


def test_skills_written_for_claude_code_depend_on_it(tmp_path):
    _, res = judge(tmp_path, FILES, ["scaling.vendor-lock-in", "reusability.portability"])
    lock = res["scaling.vendor-lock-in"]
    assert "Claude Code (Anthropic)" in lock["message"]["en"], lock["message"]
    assert "Claude Code (Anthropic)" in res["reusability.portability"]["message"]["en"], res["reusability.portability"]["message"]


def test_a_developers_settings_for_the_tool_are_no_dependency(tmp_path):
    files = {
        "README.md": "# Annuaire\n\nScripts de l'annuaire.\n",
        "CLAUDE.md": "# Instructions\n\nLancer les tests avec pytest avant chaque commit.\n",
        ".claude/settings.json": '{"permissions": {"allow": ["Bash(pytest:*)"]}}\n',
        "annuaire.py": "import csv\n\n\ndef lire(chemin):\n    with open(chemin, newline='') as f:\n        return list(csv.DictReader(f))\n",
    }
    _, res = judge(tmp_path, files, ["scaling.vendor-lock-in"])
    assert "Claude Code" not in res["scaling.vendor-lock-in"]["message"]["en"], res["scaling.vendor-lock-in"]["message"]
