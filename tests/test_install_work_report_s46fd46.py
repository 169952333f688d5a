"""reusability.install: a report of what was installed is no install document.

Real case (issue 12, s46 fd46 = D-OTIsud/badgeuse_oti): GRAPHIQUES_IMPLEMENTATION.md reports a dashboard's charts work; under
"## ✅ Ce qui a été implémenté" its "### 1. 📦 Installation des Dépendances" says "Recharts 2.15.4 installé et configuré", no step
nor command. The docs fact took the "Installation" heading for an install chapter and reusability.install listed the file as an
install document. A chapter with commands stays an install chapter, even under such a heading.
"""

from __future__ import annotations

from auditor.engine import AuditOptions, audit

APP = {"package.json": '{"name": "pointage", "scripts": {"dev": "vite"}, "dependencies": {"react": "^18.2.0"}}',
       "src/main.tsx": "export const start = () => 1;\n", "README.md": "# Pointage\n\nUne application de pointage.\n"}
REPORT = ("# Implémentation des tableaux de bord\n\n## ✅ Ce qui a été implémenté\n\n### 1. 📦 Installation des dépendances\n"
          "- **Nivo 0.84** installé et configuré\n- Bibliothèque de graphiques pour React\n\n### 2. Composants créés\n- `PieChart`\n")
GUIDE = ("# Mise en route\n\n## Ce qui a été fait\n\nLe projet est prêt.\n\n### Installation\n\n```sh\nnpm ci\nnpm run dev\n```\n")


def install_documents(repo, tmp_path, files):
    report = audit(str(repo([{"files": {**APP, **files}}])), AuditOptions(cache_dir=tmp_path / "c", only=["reusability.install"]))
    return [e["path"] for e in report["results"][0]["evidence"] if e.get("value") == "install document"]


def test_a_report_of_what_was_installed_is_no_install_document(repo, tmp_path):
    assert "DASHBOARD_IMPLEMENTATION.md" not in install_documents(repo, tmp_path, {"DASHBOARD_IMPLEMENTATION.md": REPORT})


def test_near_miss_an_install_chapter_with_its_commands_stays(repo, tmp_path):
    assert "GETTING_STARTED.md" in install_documents(repo, tmp_path, {"GETTING_STARTED.md": GUIDE})
