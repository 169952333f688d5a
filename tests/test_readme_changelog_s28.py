"""The changelog the README links to, wherever it is (issue 12, s28 c28 = s27 reader r3, a State service's published model).

The repository keeps its model's release notes beside the model, app/règles/CHANGELOG.md, and its README says "Suivez les
changements du modèle via le [fichier CHANGELOG](…/blob/master/app/r%C3%A8gles/CHANGELOG.md)". The changelog was looked up at the
root, in docs/ and in folders holding a manifest only: facts.files.changelog null, documentation.community-files "missing:
CHANGELOG". A changelog the README links to is the changelog; one in the same place that nothing links to is still not found."""

from __future__ import annotations

from tests.test_reusability_fixtures import build, results, run_audit

# (over 4 KB, as the real one: 10 KB of versions)
CHANGELOG = "# Notes de version du modèle\n\n" + "".join(f"## 0.{i}.0\n\n- Nouveau barème des aides, plafonds de ressources revus.\n\n" for i in range(80, 0, -1))
README = ("# Simulateur d'aides\n\nLe modèle ouvert des aides à la rénovation énergétique.\n\n"
          "Suivez les changements du modèle via le [fichier CHANGELOG](https://github.com/exemple/simulateur/blob/master/app/r%C3%A8gles/CHANGELOG.md).\n")
FILES = {
    "README.md": README,
    "package.json": '{"name": "simulateur", "dependencies": {"next": "^14.0.0"}}\n',
    "app/page.tsx": "export default function Page() { return <main>Simulateur</main> }\n",
    "app/règles/règles.yaml": "aides:\n  titre: Aides à la rénovation\n",
    "app/règles/CHANGELOG.md": CHANGELOG,
}


def audit(tmp_path, files: dict, name: str = "r") -> dict:
    return run_audit(build(tmp_path / name, files), tmp_path / f"c-{name}", ["documentation.community-files"])


def test_the_changelog_the_readme_links_to_is_the_changelog(tmp_path):
    report = audit(tmp_path, FILES)
    assert report["facts"]["files"]["changelog"] == "app/règles/CHANGELOG.md", report["facts"]["files"]
    assert report["facts"]["docs"]["community"]["changelog"]["path"] == "app/règles/CHANGELOG.md"
    r = results(report)["documentation.community-files"]
    assert "CHANGELOG" not in r["message"]["en"].split("missing:")[1], r["message"]


def test_the_same_file_linked_by_nothing_is_not_found(tmp_path):
    readme = README.replace("Suivez les changements du modèle via le [fichier CHANGELOG](https://github.com/exemple/simulateur/blob/master/app/r%C3%A8gles/CHANGELOG.md).\n", "")
    report = audit(tmp_path, dict(FILES, **{"README.md": readme}), "n")
    assert report["facts"]["files"]["changelog"] is None and report["facts"]["docs"]["community"]["changelog"] is None
