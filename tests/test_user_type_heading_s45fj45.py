"""A kind of user named by the operations word is no deployment section (issue 12, s45 fj45).

Real case: D-OTIsud/badgeuse_oti, README.md: under "## Types d'utilisateurs", the heading "### A-E (Agents d'Exploitation)"
(operations agents, one kind of user of a time-clock app) was read as the deployment section, because "exploitation" names
operations; it came first, so documentation.readme-sections and reusability.install pointed at it instead of the README's real
"## Déploiement" further down. Near miss: an "## Exploitation" chapter of its own (running the service in production) stays the
deployment section.
"""

from __future__ import annotations

from tests.test_kind_first_reads import kind_and_results

INTRO = "# Pointeuse\n\nApplication de pointage des agents d'une collectivité, écrite avec React et Supabase.\n\n"
INSTALL = "## Installation\n\n```bash\nnpm install\nnpm run dev\n```\n\n"
USERS = ("## Types d'utilisateurs\n\n### Administrateur\n\nGère les comptes et les lieux.\n\n"
         "### Agents d'exploitation\n\nPointent à l'arrivée et au départ depuis une tablette.\n\n")
DEPLOY = "## Déploiement\n\n```bash\nnpm run build\ndocker build -t pointeuse .\n```\n\n"
OPERATIONS = "## Exploitation\n\nLe service tourne dans un conteneur ; sauvegardez la base chaque nuit.\n\n```bash\ndocker compose up -d\n```\n\n"


def _deployment(tmp_path, readme):
    files = {"README.md": readme, "package.json": '{"name": "pointeuse", "scripts": {"build": "vite build"}, "dependencies": {"react": "^18.2.0"}}\n',
             "src/main.tsx": "import React from 'react';\nexport const App = () => <div>Pointeuse</div>;\n"}
    _, res = kind_and_results(tmp_path, files, ["documentation.readme-sections", "reusability.install"])
    lines = readme.split("\n")
    sections = [(e.get("line"), e["value"].get("text")) for e in res["documentation.readme-sections"]["evidence"]
                if isinstance(e.get("value"), dict) and e["value"].get("section") == "deployment" and e.get("kind") == "found"]
    install = [e.get("line") for e in res["reusability.install"]["evidence"] if e.get("path") == "README.md" and e.get("value") == "deployment"]
    return sections, install, lines


def test_an_operations_agents_heading_under_user_types_is_no_deployment(tmp_path):
    readme = INTRO + USERS + INSTALL + DEPLOY
    sections, install, lines = _deployment(tmp_path, readme)
    line = lines.index("## Déploiement") + 1
    assert sections == [(line, "Déploiement")], sections
    assert install == [line], install


def test_near_miss_an_operations_chapter_of_its_own_is_the_deployment(tmp_path):
    readme = INTRO + INSTALL + OPERATIONS
    sections, install, lines = _deployment(tmp_path, readme)
    line = lines.index("## Exploitation") + 1
    assert sections == [(line, "Exploitation")], sections
    assert install == [line], install
