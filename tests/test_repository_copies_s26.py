"""A folder of other repositories' copies is the data a project gathers, not the project (issue 12, session 26 fixer c26; reader
s25 o4: betagouv/gitscan, a State start-up's scanner keeping each scanned repository's README, package.json, CHANGELOG and forge
metadata under repos/<org>/<repo>/, was judged on those 1,130 copies: their manifests without lockfiles, their French READMEs,
their documentation folders, their proprietary services).

The snapshot leaves such a folder out, as it does a copied submodule: at least 5 subfolders each opening like a repository (a
README and a package manifest at their top) with no program anywhere under the folder, and above them a folder holding two or
more such collections (a small organisation's folder of one copy goes with them). A monorepo's packages/ (each with its code) and
a documentation site's sections (docs/<part>/README.md, no manifest) stay the project's.
"""

from __future__ import annotations

from tests.gitrepo import make_repo
from tests.test_local_authority_verdicts import judge
from tests.test_scaling import ctx_for

README = ("# Repository scanner\n\nAutomated scanner of public repositories. It collects the metadata, the documentation and the "
          "dependencies of every repository of the organisations listed in orgas.txt, and builds a static site to browse them.\n\n"
          "## Usage\n\nRun the scan workflow, then build the site in web/ with npm run build. The data is written under repos/.\n\n"
          "## License\n\nMIT\n")
COPY_README = ("# Outil de suivi des demandes\n\nCe service permet aux agents de suivre les demandes des usagers et de leur "
               "répondre. Il est développé par une équipe de l'incubateur et déployé sur les serveurs de l'administration.\n\n"
               "## Installation\n\nInstallez les dépendances puis lancez le serveur de développement.\n")


def scanner() -> dict:
    files = {"README.md": README, "orgas.txt": "org-a\norg-b\norg-c\n",
             "scripts/scan.py": "import json\n\n\ndef scan(org):\n    return json.dumps({'org': org})\n",
             "web/package.json": '{"name": "scanner-web", "private": true, "dependencies": {"next": "15.0.0"}}\n',
             "web/package-lock.json": '{"name": "scanner-web", "lockfileVersion": 3, "packages": {}}\n',
             "web/src/page.ts": "export const title = 'Repositories';\n",
             "repos/org-a/repos.json": '[{"name": "app-1"}]\n', "repos/org-c/tool/README.md": COPY_README,
             "repos/org-c/tool/github.json": '{"full_name": "org-c/tool"}\n'}
    for i in range(6):
        files[f"repos/org-a/app-{i}/README.md"] = COPY_README
        files[f"repos/org-a/app-{i}/package.json"] = f'{{"name": "app-{i}", "dependencies": {{"express": "4.18.2"}}}}\n'
        files[f"repos/org-a/app-{i}/github.json"] = f'{{"full_name": "org-a/app-{i}", "language": "TypeScript"}}\n'
        files[f"repos/org-a/app-{i}/front_package.json"] = f'{{"name": "app-{i}-front"}}\n'
    for i in range(5):
        files[f"repos/org-b/api-{i}/README.md"] = COPY_README
        files[f"repos/org-b/api-{i}/requirements.txt"] = "django==4.2\n"
        files[f"repos/org-b/api-{i}/docs/index.md"] = "# Documentation\n\nGuide d'installation.\n"
    return files


def test_a_folder_of_repositories_copies_is_left_out(tmp_path):
    make_repo(tmp_path / "r", [{"files": scanner()}])
    ctx = ctx_for(tmp_path / "r")
    assert not [p for p in ctx.snapshot.files if p.startswith("repos/")]  # were 46 files
    assert [s["path"] for s in ctx.snapshot.skipped] == ["repos/"]
    assert sorted(ctx.snapshot.files)[:3] == ["README.md", "orgas.txt", "scripts/scan.py"]
    _, res = judge(tmp_path, scanner(), ["reusability.dependencies", "documentation.language"], name="v")
    # (were: fail, 12 manifests and 11 without a lockfile; warn 'documentation in English, French: translate the README')
    deps = res["reusability.dependencies"]
    assert deps["status"] == "warn" and deps["message"]["en"].startswith("1 manifest(s) (npm), 0 without a lockfile"), deps["message"]
    lang = res["documentation.language"]  # (the README's own language is judged, not the copies')
    assert not [e for e in lang["evidence"] if (e.get("path") or "").startswith("repos/")], lang["evidence"]
    assert "fr" not in (lang["details"].get("docs") or []), lang["details"]


def test_a_monorepo_and_documentation_sections_stay_the_project(tmp_path):
    files = {"README.md": README}
    for i in range(6):
        files[f"packages/pkg-{i}/README.md"] = f"# pkg-{i}\n\nA package of the project.\n"
        files[f"packages/pkg-{i}/package.json"] = f'{{"name": "@scanner/pkg-{i}"}}\n'
        files[f"packages/pkg-{i}/src/index.ts"] = f"export const name = 'pkg-{i}';\n"
        files[f"docs/part-{i}/README.md"] = f"# Part {i}\n\nHow to use the scanner.\n"
    # (nor examples whose manifests come with their code, one script each)
    for i in range(5):
        files[f"examples/demo-{i}/README.md"] = f"# Demo {i}\n"
        files[f"examples/demo-{i}/requirements.txt"] = "requests==2.32.3\n"
        files[f"examples/demo-{i}/run.py"] = "print('demo')\n"
    make_repo(tmp_path / "r", [{"files": files}])
    ctx = ctx_for(tmp_path / "r")
    assert set(ctx.snapshot.files) == set(files) and not ctx.snapshot.skipped
