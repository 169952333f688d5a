"""Session 34 (a34), README and licensing cases left open by s33 (issue 12).

- DSI-Maurepas/elections-2026: no README at the root; the root package.json ("elections-municipales-2026", "license": "MIT") and a
  folder holding a copy of the same package (files/elections-municipales-2026-COMPLET/: package.json of the same name, its README)
  whose "## ⚖️ Licence" chapter says "Propriété de la Mairie de Maurepas - Usage interne uniquement.". licensing.consistent passed
  "a single source states the license (package.json)": the README of the project's copy speaks for the project, and a use
  restricted to its owner reserves the rights as "tous droits réservés" does.
"""

from __future__ import annotations

import json

from tests.test_licensing_checks import run, text  # noqa: F401 (the fixture)

PACKAGE = json.dumps({"name": "elections-municipales-2026", "version": "1.0.0", "description": "Application de gestion des élections",
                      "type": "module", "scripts": {"dev": "vite", "build": "vite build"}, "dependencies": {"react": "^18.2.0"},
                      "author": "DSI Mairie", "license": "MIT"}, indent=2) + "\n"
APP = {"package.json": PACKAGE, "index.html": "<div id=\"root\"></div>\n", "src/main.jsx": "import App from './App';\n",
       "src/App.jsx": "export default function App() { return null; }\n"}
INTERNAL = ("# 🗳️ Application Élections Municipales 2026\n\nApplication de saisie des résultats des bureaux de vote.\n\n## 🚀 Installation\n\n"
            "```bash\nnpm install\nnpm run dev\n```\n\n## 🤝 Support\n\nContacter le DSI.\n\n## ⚖️ Licence\n\n{licence}\n\n---\n\n"
            "**Version** : 1.0.0\n")
COPY = "files/elections-municipales-2026-COMPLET/"
ONLY = ["licensing.consistent"]


def _copy(licence: str, name: str = "elections-municipales-2026") -> dict:
    return {COPY + "package.json": PACKAGE.replace('"elections-municipales-2026"', json.dumps(name)),
            COPY + "README.md": INTERNAL.format(licence=licence), COPY + "vite.config.js": "export default {};\n"}


def test_the_copys_readme_restricting_the_use_contradicts_the_manifests_mit(run):  # noqa: F811
    res, lic = run({**APP, **_copy("Propriété de la Mairie de Maurepas - Usage interne uniquement.")}, only=ONLY)
    readme = [s for s in lic["sources"] if s["kind"] == "readme"]
    assert readme and readme[0]["path"] == COPY + "README.md" and readme[0]["ids"] == ["LicenseRef-proprietary"], lic["sources"]
    assert res["licensing.consistent"]["status"] == "fail", res["licensing.consistent"]["message"]


def test_the_copys_readme_stating_mit_agrees(run):  # noqa: F811
    res, _lic = run({**APP, **_copy("MIT")}, only=ONLY)
    assert res["licensing.consistent"]["status"] == "pass", res["licensing.consistent"]["message"]


def test_a_component_of_another_name_does_not_speak_for_the_project(run):  # noqa: F811
    res, lic = run({**APP, **_copy("Usage interne uniquement.", name="outil-de-saisie")}, only=ONLY)
    assert not [s for s in lic["sources"] if s["kind"] == "readme"], lic["sources"]
    assert res["licensing.consistent"]["status"] == "pass", res["licensing.consistent"]["message"]


def test_a_root_readme_keeps_speaking_for_the_project(run):  # noqa: F811
    res, lic = run({**APP, "README.md": INTERNAL.format(licence="MIT"), **_copy("Usage interne uniquement.")}, only=ONLY)
    assert [s["path"] for s in lic["sources"] if s["kind"] == "readme"] == ["README.md"], lic["sources"]
    assert res["licensing.consistent"]["status"] == "pass", res["licensing.consistent"]["message"]
