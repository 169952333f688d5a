"""A web app's served folder holds no documentation, and a .env of the release's version stamp is no settings template (issue 12,
session 27 fixer h27; reader s27 r1: incubateur-ademe/plusfraichemaville-site, MTES-MCT/kelrisks).

A Next.js site serves public/documents/…/calcul-indicateurs.pdf to its visitors (a page links to it): facts.files.docs and the docs
fact's folders said "public/documents/", and documentation.docs advised writing more pages there. A folder in a web project's served
root (public/, static/, assets/ beside its package.json or composer.json) is the site's content, not the project's documentation; a
docs/ folder of the same project, or a documents/ folder of a project that is no web project, still counts.
A Vue app's kelrisks-vue/.env holds one line, VUE_APP_VERSION=v1.2.3.20071911, rewritten at each release: facts.files.env_template
said it was the settings template. A .env whose only keys are the release's version or build stamp names no setting; one with a
setting beside the stamp still is a template.
"""

from __future__ import annotations

from tests.gitrepo import make_repo
from tests.test_scaling import ctx_for

NEXT = {"package.json": '{"name": "site", "scripts": {"dev": "next dev"}, "dependencies": {"next": "14.0.0"}}\n',
        "next.config.js": "module.exports = {};\n", "README.md": "# Site\n\nLe site web du service.\n",
        "src/app/page.tsx": "export default function Page() { return <a href=\"/documents/guide/calcul.pdf\">Calcul</a>; }\n",
        "public/documents/guide/calcul.pdf": "%PDF-1.4 calcul des indicateurs\n"}


def _files(tmp_path, files):
    make_repo(tmp_path, [{"files": files}])
    ctx = ctx_for(tmp_path)
    return ctx.fact("files"), ctx.fact("docs")


def test_served_folder_of_a_web_app_is_no_documentation(tmp_path):
    files, docs = _files(tmp_path, NEXT)
    assert files["docs"] is None
    assert "public/documents" not in docs["docs_dirs"]


def test_docs_folder_of_a_web_app_and_documents_of_other_projects_still_count(tmp_path):
    files, docs = _files(tmp_path / "a", {**NEXT, "docs/architecture.md": "# Architecture\n\nLe site lit le CMS.\n"})
    assert files["docs"] == "docs/"
    files, docs = _files(tmp_path / "b", {"README.md": "# Outil\n\nUn script.\n", "outil.py": "print(1)\n",
                                          "public/documents/guide.pdf": "%PDF-1.4 guide\n"})
    assert files["docs"] == "public/documents/"


VUE = {"package.json": '{"name": "front", "scripts": {"serve": "vue-cli-service serve"}, "dependencies": {"vue": "2.6.0"}}\n',
       "README.md": "# Front\n\nL'interface du service.\n",
       "src/main.js": "console.log(process.env.VUE_APP_VERSION, process.env.VUE_APP_API_PATH);\n"}


def test_env_of_a_version_stamp_is_no_template(tmp_path):
    files, _ = _files(tmp_path, {**VUE, ".env": "VUE_APP_VERSION=v1.2.3.20071911\n"})
    assert files["env_template"] is None


def test_env_with_a_setting_beside_the_stamp_stays_a_template(tmp_path):
    files, _ = _files(tmp_path, {**VUE, ".env": "VUE_APP_VERSION=v1.2.3\nVUE_APP_API_PATH=http://localhost:8080/api/\n"})
    assert files["env_template"] == ".env"


def test_version_stamp_read_by_the_app_is_no_undocumented_setting(tmp_path):
    make_repo(tmp_path, [{"files": {**VUE, ".env": "VUE_APP_VERSION=v1.2.3.20071911\n", ".env.development": "VUE_APP_API_PATH=http://localhost:8080/api/\n"}}])
    env = ctx_for(tmp_path).fact("env_settings")
    names = {v for v, _ in env["read_vars"]}
    assert "VUE_APP_API_PATH" in names and "VUE_APP_VERSION" not in names
    assert ".env.development" in env["templates"] and ".env" not in env["templates"]
