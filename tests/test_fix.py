"""`auditor fix`: new files only, never an overwrite; the level rises; drafts are never a pass."""

from __future__ import annotations

import json
import subprocess

import pytest

from auditor.report import validate_report
from tests.gitrepo import git
from tests.test_cli import run

CODE = {
    "app/main.py": ('import os\n\nDATABASE_URL = os.environ["DATABASE_URL"]\nMAP_TILES_URL = os.getenv("MAP_TILES_URL")\n\n\n'
                    'def collect(route):\n    return [stop for stop in route if stop]\n'),
    "app/__init__.py": "",
}


def _audit(path, tmp_path, *extra):
    out = run("audit", str(path), "--format", "json", "--offline", "--no-history", "--cache-dir", str(tmp_path / "cache"), *extra)
    assert out.returncode == 0, out.stderr
    report = json.loads(out.stdout)
    assert validate_report(report) == []
    return report


def _status(path) -> list[str]:
    return git(path, "status", "--porcelain", "--untracked-files=all").splitlines()


def test_fix_then_audit_raises_the_level_and_only_adds_files(repo, tmp_path):
    path = repo([{"files": CODE}])
    before = _audit(path, tmp_path)
    assert before["scores"]["level"]["id"] == "ferme"
    plan_items = {p["id"]: p for p in before["action_plan"]}
    assert plan_items["licensing.license-file"]["fixable"] == ["LICENSE"]  # the action plan says what fix can write
    from auditor.reports import render

    for fmt in ("terminal", "md", "html"):
        for lang, words in (("fr", "auditor fix peut l"), ("en", "auditor fix can write it")):
            assert words in render(before, fmt, lang) and "LICENSE" in render(before, fmt, lang), (fmt, lang)
    dry = run("fix", str(path), "--license", "EUPL-1.2", "--dry-run", "--cache-dir", str(tmp_path / "cache"))
    assert dry.returncode == 0, dry.stderr
    assert _status(path) == []  # a dry run writes nothing
    files = [line.split(" b/", 1)[1] for line in dry.stdout.splitlines() if line.startswith("diff --git ")]
    assert set(files) == {"LICENSE", "publiccode.yml", "CONTRIBUTING.md", "SECURITY.md", "CODE_OF_CONDUCT.md", ".env.example", "README.md", ".auditor.yml"}
    assert dry.stdout.count("new file mode 100644") == len(files) and dry.stdout.count("--- /dev/null") == len(files)
    assert not any(line.startswith("-") and not line.startswith("--- /dev/null") for line in dry.stdout.splitlines())
    check = subprocess.run(["git", "apply", "--check", "-"], cwd=path, input=dry.stdout, text=True, capture_output=True)
    assert check.returncode == 0, check.stderr  # the patch applies as is
    out = run("fix", str(path), "--license", "EUPL-1.2", "--cache-dir", str(tmp_path / "cache"))
    assert out.returncode == 0, out.stderr
    assert sorted(_status(path)) == sorted(f"?? {f}" for f in files)  # only new files, nothing modified
    assert "DATABASE_URL=" in (path / ".env.example").read_text() and "MAP_TILES_URL=" in (path / ".env.example").read_text()
    assert "EUROPEAN UNION PUBLIC LICENCE v. 1.2" in (path / "LICENSE").read_text()
    git(path, "add", "-A")
    git(path, "commit", "-q", "-m", "auditor fix")
    after = _audit(path, tmp_path)
    assert after["scores"]["level"]["rank"] >= before["scores"]["level"]["rank"] + 1
    results = {r["id"]: r for r in after["results"]}
    for cid in ("documentation.readme", "documentation.readme-sections", "documentation.publiccode"):
        assert results[cid]["status"] != "pass", cid  # the markers left in: drafts, never a pass
        assert any(e.get("kind") == "finding" for e in results[cid]["evidence"]), cid
    assert results["documentation.publiccode"]["details"]["draft_lines"]
    assert results["licensing.license-file"]["status"] == "pass" and results["licensing.authorized-fr"]["status"] == "pass"
    assert results["documentation.declarations"]["status"] == "not_applicable"  # the skeleton declares nothing yet
    again = run("fix", str(path), "--license", "EUPL-1.2", "--cache-dir", str(tmp_path / "cache"))
    assert again.returncode == 0 and _status(path) == []  # nothing left to write, nothing touched


def test_existing_files_are_never_overwritten(repo, tmp_path):
    readme = "# Collecte\n\nLa collecte des encombrants de la commune, sur rendez-vous.\n\n## Installation\n\n`pip install .`\n"
    path = repo([{"files": {**CODE, "README.md": readme}}])
    (path / "security.md").write_text("Écrire à securite@commune.fr\n")  # present in the working tree only, another case
    out = run("fix", str(path), "--lang", "en", "--cache-dir", str(tmp_path / "cache"))
    assert out.returncode == 0, out.stderr
    assert (path / "README.md").read_text() == readme
    assert (path / "security.md").read_text() == "Écrire à securite@commune.fr\n" and not (path / "SECURITY.md").exists()
    assert "already there, left alone: SECURITY.md" in out.stdout
    sections = (path / "README.sections.md").read_text()
    assert "## Usage" in sections and "## Installation" not in sections and "TO COMPLETE" in sections
    assert not (path / "LICENSE").exists()  # no --license: proposals only
    assert "No license: choose one with --license" in out.stdout and "EUPL-1.2" in out.stdout


def test_an_existing_license_is_kept_everywhere(repo, tmp_path):
    from auditor.fix import license_text

    path = repo([{"files": {**CODE, "LICENSE": license_text("MIT", "en", 2024, "Ville de Rive")}}])
    out = run("fix", str(path), "--license", "EUPL-1.2", "--dry-run", "--cache-dir", str(tmp_path / "cache"))
    assert out.returncode == 0, out.stderr
    assert "--license EUPL-1.2 ignorée" in out.stderr and "diff --git a/LICENSE" not in out.stdout
    assert '+  license: "MIT"' in out.stdout and "EUPL" not in out.stdout  # publiccode.yml states the project's own license


def test_license_proposals_follow_the_dependency_licenses(repo, tmp_path):
    pytest.importorskip("licensecheck.license_matrix")  # imported here: its CLI module reconfigures sys.stdout, which run() swaps
    lock = {"name": "carte", "lockfileVersion": 3, "packages": {
        "": {"name": "carte", "dependencies": {"gpl-lib": "1.0.0"}},
        "node_modules/gpl-lib": {"version": "1.0.0", "license": "GPL-3.0-or-later"}}}
    path = repo([{"files": {"index.js": "module.exports = 1;\n", "package.json": '{"name": "carte"}', "package-lock.json": json.dumps(lock)}}])
    out = run("fix", str(path), "--only", "licensing.license-file", "--dry-run", "--cache-dir", str(tmp_path / "cache"))
    assert out.returncode == 0, out.stderr
    rows = [line.split() for line in out.stderr.splitlines() if line.startswith("  ")]
    verdicts = {r[0]: r[1] for r in rows}
    assert verdicts["GPL-3.0-or-later"] == "compatible" and verdicts["MIT"] == "incompatible"
    order = [r[0] for r in rows]
    assert order.index("GPL-3.0-or-later") < order.index("MIT")  # compatible ones first
    assert out.stdout == ""  # --only licensing: nothing else proposed


@pytest.mark.parametrize("lid,lang,start", [
    ("CECILL-2.1", "fr", "CONTRAT DE LICENCE DE LOGICIEL LIBRE CeCILL"),
    ("CECILL-2.1", "en", "CeCILL FREE SOFTWARE LICENSE AGREEMENT"),
    ("etalab-2.0", "en", "LICENCE OUVERTE / OPEN LICENCE"),
    ("MIT", "fr", "MIT License"),
])
def test_official_license_texts(lid, lang, start):
    from auditor.fix import license_text

    text = license_text(lid, lang, 2026, "Ville de Rive")
    assert text.startswith(start) and len(text) > 1000
    if lid == "MIT":
        assert "Copyright (c) 2026 Ville de Rive" in text and "<year>" not in text


def test_branch_commits_without_hooks_and_never_reuses_a_branch(repo, tmp_path):
    path = repo([{"files": CODE}])
    hook = path / ".git" / "hooks" / "pre-commit"
    hook.write_text(f"#!/bin/sh\ntouch {tmp_path / 'hook-ran'}\nexit 1\n")
    hook.chmod(0o755)
    out = run("fix", str(path), "--license", "MIT", "--branch", "auditor/fix", "--cache-dir", str(tmp_path / "cache"))
    assert out.returncode == 0, out.stderr
    assert not (tmp_path / "hook-ran").exists()
    assert git(path, "rev-parse", "--abbrev-ref", "HEAD").strip() == "auditor/fix"
    changed = git(path, "show", "--name-status", "--format=", "HEAD").split("\n")
    assert all(line.startswith("A\t") for line in changed if line)  # added files only
    assert _status(path) == [] and git(path, "remote").strip() == ""
    again = run("fix", str(path), "--branch", "auditor/fix", "--cache-dir", str(tmp_path / "cache"))
    assert again.returncode in (0, 2)  # nothing to write (0) or the branch exists (2): never an overwrite
    (path / "LICENSE").unlink()
    git(path, "commit", "-q", "--no-verify", "-am", "drop license")
    again = run("fix", str(path), "--license", "MIT", "--branch", "auditor/fix", "--cache-dir", str(tmp_path / "cache"))
    assert again.returncode == 2 and "already exists" in again.stderr


def test_bad_usage_is_one_line_exit_2(tmp_path, repo):
    path = repo([{"files": CODE}])
    for args in (("--license", "WTFPL"), ("--only", "nope.check"), ("--dry-run", "--branch", "x")):
        out = run("fix", str(path), *args)
        assert out.returncode == 2 and len(out.stderr.strip().splitlines()) == 1, out.stderr
    out = run("fix", str(tmp_path / "missing"))
    assert out.returncode == 2


def test_publiccode_validate_warns_on_the_tools_markers(tmp_path):
    from auditor.publiccode import validate

    text = ('publiccodeYmlVersion: "0"\nname: x\nurl: "https://forge.example.org/x"\nplatforms: [web]\ndevelopmentStatus: beta\n'
            'softwareType: standalone/web\ndescription:\n  fr:\n    shortDescription: "À COMPLÉTER"\n    longDescription: "' + "Un service. " * 20 +
            '"\n    features: [a]\nlegal:\n  license: MIT\nmaintenance:\n  type: none\nlocalisation:\n  localisationReady: false\n  availableLanguages: [fr]\n')
    result = validate(text)
    assert result.draft_lines == [3, 9]
    p = tmp_path / "publiccode.yml"
    p.write_text(text)
    out = run("publiccode", "validate", str(p), "--lang", "en")
    assert "publiccode.yml:3: warning: (draft): draft: the tool's marker 'forge.example.org' was left as is" in out.stdout
    clean = validate(text.replace("forge.example.org", "gitlab.rive.fr").replace("À COMPLÉTER", "Collecte des encombrants"))
    assert clean.draft_lines == []


def test_a_qgis_plugin_is_suggested_as_a_desktop_addon(repo, tmp_path):
    """Seen on a Strasbourg QGIS plugin: its built HTML help made the suggestion say 'web'."""
    from auditor.publiccode import validate

    path = repo([{"files": {"plugin/metadata.txt": "[general]\nname=Délimitation\nqgisMinimumVersion=3.16\n", "plugin/main.py": "def classFactory(iface):\n    return None\n",
                            "plugin/help/build/html/index.html": "<html><body>Aide</body></html>\n"}}])
    out = run("publiccode", "suggest", str(path), "--cache-dir", str(tmp_path / "cache"))
    assert out.returncode == 0, out.stderr
    assert '  - "linux"\n  - "windows"\n  - "mac"' in out.stdout and 'softwareType: "addon"' in out.stdout
    assert validate(out.stdout).valid
