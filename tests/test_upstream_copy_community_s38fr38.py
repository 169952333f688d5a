"""Community files and documentation of a repository holding a copied upstream project (issue 12, s38 fr38, reader rt38 at b057159d).

The files are written for these tests, in the shape of the real repository named above each group."""

from __future__ import annotations

from tests.gitrepo import make_repo
from tests.test_reusability_fixtures import run_audit

CHECKS = ["documentation.community-files", "documentation.docs"]


def _files(tmp_path, files: dict) -> dict:
    commits = [{"files": files, "date": "2023-06-02T10:00:00Z", "message": "Initial commit."}]
    return run_audit(make_repo(tmp_path / "r", commits), tmp_path / "c", CHECKS)["facts"]["files"]


# - ANSSI-FR/cry-me: a messenger "based on Android element (https://github.com/vector-im/element-android)" whose app/element/ is a
#   modified copy of element-android (its own LICENSE, README naming github.com/vector-im/element-android, CONTRIBUTING.md, CHANGES.md,
#   a manifest) with a library's doc/ inside; its own documents are the specification PDFs of the root folder cryme_docs/. The copy's
#   guide, history and docs were reported as the project's. A monorepo's component linking to another repository the root README
#   does not name stays a component whose community files stand for the project's.
ROOT = {"README.md": ("# CRY.ME - A flawed messenger\n\nA secure messaging application containing vulnerabilities for education.\n\n"
                      "CRY.ME is based on Android element (https://github.com/vector-im/element-android).\n\n"
                      "## Specifications\n\nThe specifications are in the `cryme_docs` folder.\n"),
        "LICENSE": "Apache License\nVersion 2.0, January 2004\nhttp://www.apache.org/licenses/\n",
        "cryme_docs/crypto_spec.pdf": "%PDF-1.4 spec\n", "cryme_docs/security_target.pdf": "%PDF-1.4 target\n"}
ELEMENT = {"app/element/README.md": ("# Element Android\n\nElement is an Android Matrix client.\n\n"
                                     "Install a [release](https://github.com/vector-im/element-android/releases).\n"),
           "app/element/LICENSE": "Apache License\nVersion 2.0, January 2004\n",
           "app/element/build.gradle": "buildscript { }\n",
           "app/element/CONTRIBUTING.md": "# Contributing code to Matrix\n\nPlease read the Synapse guide before opening a pull request.\n",
           "app/element/CHANGES.md": "Changes in Element v1.3.12 (2021-12-20)\n=======================================\n\n- Fix a crash.\n",
           "app/element/lib/yubikit/doc/Usage.adoc": "= Usage\n\nHow to use the YubiKit.\n",
           "app/element/lib/yubikit/LICENSE": "Apache License\n"}


def test_an_upstream_copy_keeps_its_community_files_and_a_suffixed_docs_folder_is_documentation(tmp_path):
    f = _files(tmp_path, {**ROOT, **ELEMENT})
    assert f["contributing"] is None and f["changelog"] is None, (f["contributing"], f["changelog"])
    assert f["docs"] == "cryme_docs/", f["docs"]


def test_a_component_of_the_monorepo_keeps_standing_for_the_project(tmp_path):
    readme = ROOT["README.md"].replace("CRY.ME is based on Android element (https://github.com/vector-im/element-android).\n\n", "")
    f = _files(tmp_path, {**ROOT, "README.md": readme, **ELEMENT})
    assert f["contributing"] == "app/element/CONTRIBUTING.md" and f["changelog"] == "app/element/CHANGES.md", (f["contributing"], f["changelog"])


def test_a_suffixed_folder_below_the_root_or_of_code_is_no_documentation_folder(tmp_path):
    f = _files(tmp_path, {"README.md": "# Outil\n\nUn outil.\n", "src/api_docs/notes.md": "# Notes\n\nDes notes.\n",
                          "gen-docs/index.js": "module.exports = () => 1;\n"})
    assert f["docs"] in (None, "src/api_docs/") and f["docs"] != "gen-docs/", f["docs"]
