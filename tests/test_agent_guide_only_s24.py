"""A coding assistant's guide that is the repository's only written guide (issue 12, session 24 fixer c24; reader s23 n2 family
2: Carte42's demonstrator for the SMMAG). The repository has no README; CLAUDE.md's "## Démarrage" gives `npm install`, `npm run
dev` and names the variable that moves the data chain's input folder. reusability.install said "written instructions: no" and
reusability.configuration called that variable undocumented. Now the install steps of the only guide are evidence, said to be in
CLAUDE.md, with the advice to write them in a README; the settings it names are documented. With a README (even one giving no
install steps), CLAUDE.md stays a coding assistant's file, not the project's guide.
"""

from __future__ import annotations

from tests.gitrepo import make_repo
from tests.test_scaling import ctx_for, run

APP = {"package.json": '{"name": "temps-velo", "private": true, "scripts": {"dev": "vite", "build": "vite build"}, '
                       '"dependencies": {"react": "^18.2.0", "leaflet": "^1.9.4"}, "devDependencies": {"vite": "^5.0.0"}}\n',
       "index.html": "<!doctype html><div id=\"root\"></div><script type=\"module\" src=\"/src/main.jsx\"></script>\n",
       "src/main.jsx": "import { createRoot } from 'react-dom/client';\ncreateRoot(document.getElementById('root')).render(null);\n",
       "scripts/prepare_donnees.py": "import os\nimport json\n\nSOURCE = os.environ.get('VELO_SOURCES', '../sources')\n"
                                    "with open('public/data/meta.json', 'w') as f:\n    json.dump({'source': SOURCE}, f)\n"}
GUIDE = ("# Temps de parcours à vélo — démonstrateur\n\nCarte des temps de parcours à vélo depuis un point que l'on déplace.\n\n"
         "## Démarrage\n\n```bash\nnpm install\nnpm run dev\nnpm run build\n```\n\n## Chaîne de données\n\n```bash\n"
         "python scripts/prepare_donnees.py\n```\n\nLe dossier des sources est surchargeable par `VELO_SOURCES`.\n\n"
         "## Points d'attention\n\n- Ne jamais simplifier la géométrie utilisée pour le calcul.\n")


def _ctx(tmp_path, files: dict):
    make_repo(tmp_path, [{"files": {**APP, **files}}])
    return ctx_for(tmp_path)


def test_the_only_guide_of_a_coding_assistant_gives_the_install_steps(tmp_path):
    ctx = _ctx(tmp_path / "only", {"CLAUDE.md": GUIDE})
    res = run(ctx, "reusability.install")
    assert res.details["instructions"] is True  # was False: "Pas de section d'installation dans le README ni de document d'installation"
    found = [e for e in res.evidence if e.path == "CLAUDE.md"]
    assert found and found[0].line == 5 and "CLAUDE.md" in found[0].note["fr"], res.evidence
    assert "README.md" in res.remediation["fr"] and "CLAUDE.md" in res.remediation["en"] and "application web" in res.remediation["fr"]
    conf = run(ctx, "reusability.configuration")
    assert "VELO_SOURCES" not in conf.details.get("undocumented", []), conf.details  # was undocumented
    # an AGENTS.md or a Copilot guide in the same place is read the same way
    other = _ctx(tmp_path / "copilot", {".github/copilot-instructions.md": GUIDE})
    assert run(other, "reusability.install").details["instructions"] is True


def test_with_a_readme_the_assistants_guide_stays_set_aside(tmp_path):
    readme = "# Temps de parcours à vélo\n\nCarte des temps de parcours à vélo depuis un point que l'on déplace.\n"
    ctx = _ctx(tmp_path / "readme", {"CLAUDE.md": GUIDE, "README.md": readme})
    res = run(ctx, "reusability.install")
    assert res.details["instructions"] is False and not [e for e in res.evidence if e.path == "CLAUDE.md"]
    assert "VELO_SOURCES" in run(ctx, "reusability.configuration").details.get("undocumented", [])
    # and the README's own install chapter is the one named
    steps = readme + "\n## Installation\n\n```bash\nnpm install\nnpm run dev\n```\n"
    ctx = _ctx(tmp_path / "steps", {"CLAUDE.md": GUIDE, "README.md": steps})
    res = run(ctx, "reusability.install")
    assert [e.path for e in res.evidence if e.value == "install"] == ["README.md"] and not [e for e in res.evidence if e.path == "CLAUDE.md"]


def test_an_assistants_guide_is_no_root_guide_of_the_documentation(tmp_path):
    """Three root documents but for the assistants' AGENTS.md and CLAUDE.md make the documentation folder; with two of them
    only, the root holds two guides, not four."""
    page = "Décisions d'architecture et choix des modèles pour l'outil de recherche de documents.\n" * 20
    base = {**APP, "README.md": "# Outils\n\nOutils de recherche dans les documents de la collectivité.\n", "AGENTS.md": GUIDE, "CLAUDE.md": GUIDE}
    two = _ctx(tmp_path / "two", {**base, "decisions.md": page, "benchmarks.md": page})
    folder = [e for e in run(two, "documentation.docs").evidence if e.value and isinstance(e.value, dict) and "guides" in e.value]
    assert not folder or not {"AGENTS.md", "CLAUDE.md"} & set(folder[0].value["guides"]), folder  # were counted as guides
    three = _ctx(tmp_path / "three", {**base, "decisions.md": page, "benchmarks.md": page, "guides.md": page})
    folder = [e for e in run(three, "documentation.docs").evidence if e.value and isinstance(e.value, dict) and "guides" in e.value]
    assert folder and folder[0].value["guides"] == ["benchmarks.md", "decisions.md", "guides.md"], folder
