"""licensing.data-and-docs (issue 12, s34 k34 = numerique-gouv/dsfr-skill): a coding assistant's skill packs the State design
system's guide, one folder per component under skills/<skill>/composants/ (index.md, design.md, code.md, accessibilite.md, with
their examples/ and assets/), hundreds of written pages under the root LICENSE.md. The check said "Too little data or documentation
beside the code (1 file(s))": documentation was counted in docs/-like folders only, and s33 p33 had rightly stopped taking one of the
components (composants/notice/) for a documentation folder. A collection of written pages — more than three sibling folders holding
the same two or more prose pages and nothing else — is documentation now, whatever its folder's name. A collection of modules, each
with its README beside its code and manifest, and folders holding one README each, are not."""

from __future__ import annotations

from tests.test_reusability_fixtures import build, results, run_audit

CID = "licensing.data-and-docs"
GPL = "GNU GENERAL PUBLIC LICENSE\nVersion 2, June 1991\n"
COMPONENTS = ("accordion", "alert", "badge", "button", "card", "notice")
BASE = {"README.md": "# Skill DSFR\n\nLe guide des composants du Système de design de l'État pour un assistant de code.\n", "LICENSE": GPL,
        "sync-component.sh": "#!/bin/bash\nset -e\ncurl -sSL \"https://raw.githubusercontent.com/org/dsfr/main/$1/index.md\" -o index.md\n",
        "skills/dsfr/SKILL.md": "---\nname: dsfr\ndescription: Composants du DSFR\n---\n\n# DSFR\n\nListe des composants.\n"}


def _guide() -> dict:
    files = dict(BASE)
    for c in COMPONENTS:
        for page in ("index", "design", "code"):
            files[f"skills/dsfr/composants/{c}/{page}.md"] = f"# {c.title()} — {page}\n\nComment utiliser le composant {c}.\n"
        files[f"skills/dsfr/composants/{c}/examples/example-1.html"] = f'<div class="fr-{c}">Exemple</div>\n'
    return files


def run(tmp_path, files: dict) -> dict:
    return results(run_audit(build(tmp_path / "r", files), tmp_path / "c", [CID]))[CID]


def test_a_collection_of_component_pages_is_documentation(tmp_path):
    r = run(tmp_path, _guide())
    assert r["status"] == "warn" and "documentation" in r["message"]["en"], (r["message"], r["evidence"])
    assert "skills/dsfr/composants/" in [e.get("path") for e in r["evidence"]], r["evidence"]


def test_a_collection_of_modules_with_their_readmes_is_no_documentation(tmp_path):
    files = dict(BASE)
    for c in COMPONENTS:
        files[f"packages/{c}/README.md"] = f"# {c}\n\nLe composant {c}.\n"
        files[f"packages/{c}/CHANGELOG.md"] = "# Changelog\n\n## 1.0.0\n\n- première version\n"
        files[f"packages/{c}/package.json"] = f'{{"name": "@org/{c}", "version": "1.0.0"}}\n'
        files[f"packages/{c}/index.js"] = f"export const {c} = () => null;\n"
    assert run(tmp_path, files)["status"] == "not_applicable"


def test_folders_holding_one_readme_each_are_no_documentation(tmp_path):
    files = dict(BASE)
    for c in COMPONENTS:
        files[f"exemples/{c}/README.md"] = f"# {c}\n\nUn exemple.\n"
        files[f"exemples/{c}/src/main.py"] = "print('ok')\n"
    assert run(tmp_path, files)["status"] == "not_applicable"
