"""files facts of State repositories (issue 12, s30 p30, reader r7b): the production workflow's "docker build -t $IMAGE_ID:latest ."
then "docker push" publishes the root Dockerfile (no -f: the context folder's), which comes before a staging variant built with
"-f Dockerfile-staging" (dataesr/works-magnet); a folder holding an HTML Help project (htmlhelp.hhp, toc.hhc, chapter pages) is the
product's help manual, its documentation (CEREMA/territoires-ville.Hydrouti's html/)."""

from __future__ import annotations

from auditor.engine import AuditOptions, audit
from auditor.facts.ci_images import _from_commands
from tests.gitrepo import make_repo

APP = {
    "README.md": "# Works\n\nRetrieve and promote the scholarly works of your institution.\n",
    "package.json": '{"name": "works", "scripts": {"start": "node server/index.js"}}',
    "server/index.js": "console.log('works');\n",
    "Dockerfile": "FROM node:20-alpine\nCOPY . /app\nCMD [\"node\", \"server/index.js\"]\n",
    "Dockerfile-staging": "FROM node:20-alpine\nENV NODE_ENV=staging\nCOPY . /app\nCMD [\"node\", \"server/index.js\"]\n",
}
JOB = """name: {name}
on: {{push: {{branches: [main]}}}}
jobs:
  publish:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: Build image
        run: |
          docker build {args}
      - name: Push image
        run: |
          docker push $IMAGE_ID --all-tags
"""


def _facts(tmp_path, files: dict) -> dict:
    repo = make_repo(tmp_path / "r", [{"files": files, "date": "2026-03-02T10:00:00Z", "message": "init"}])
    return audit(str(repo), AuditOptions(cache_dir=tmp_path / "c", offline=True, only=["reusability.install", "documentation.docs"]))["facts"]["files"]


def test_a_build_without_file_option_publishes_the_context_dockerfile():
    assert _from_commands("docker build -t $IMAGE_ID:${{ steps.tag.outputs.tag }} -t $IMAGE_ID:latest .\ndocker push $IMAGE_ID") == {"Dockerfile"}
    assert _from_commands("docker build -t app \\\n  ./api\ndocker push app") == {"api/Dockerfile"}
    assert _from_commands("docker build -t app .") == set()  # (built, never pushed)
    assert _from_commands("docker build . -t app\ndocker push app") == set()  # (the last word an option's value)


def test_the_root_dockerfile_the_production_workflow_pushes_comes_first(tmp_path):
    files = {**APP, ".github/workflows/production.yml": JOB.format(name="production", args="-t $IMAGE_ID:latest ."),
             ".github/workflows/staging.yml": JOB.format(name="staging", args="-f Dockerfile-staging -t $IMAGE_ID:staging .")}
    assert _facts(tmp_path, files)["dockerfile"] == "Dockerfile"


def test_only_the_staging_variant_pushed_stays_first(tmp_path):
    files = {**APP, ".github/workflows/staging.yml": JOB.format(name="staging", args="-f Dockerfile-staging -t $IMAGE_ID:staging .")}
    assert _facts(tmp_path, files)["dockerfile"] == "Dockerfile-staging"


MANUAL = {
    "README.md": "# Hydrouti\n\nUne boite à outils pour les projeteurs en assainissement.\n",
    "Form1.frm": "VERSION 5.00\nBegin VB.Form Form1\nEnd\n",
    "Module1.bas": "Attribute VB_Name = \"Module1\"\nPublic Sub Main()\nEnd Sub\n",
    "html/htmlhelp.hhp": "[OPTIONS]\nCompiled file=hydrouti.chm\nContents file=toc.hhc\nDefault topic=index.html\n",
    "html/toc.hhc": "<HTML><BODY><UL><LI><OBJECT type=\"text/sitemap\"><param name=\"Name\" value=\"Introduction\"></OBJECT></UL></BODY></HTML>\n",
    "html/index.html": "<html><body><h1>Hydrouti</h1><p>Guide de l'utilisateur.</p></body></html>\n",
    "html/ch01.html": "<html><body><h1>Introduction</h1><p>Les modules de calculs du logiciel et leur emploi.</p></body></html>\n",
}


def test_an_html_help_project_folder_is_the_documentation(tmp_path):
    repo = make_repo(tmp_path / "r", [{"files": MANUAL, "date": "2026-03-02T10:00:00Z", "message": "init"}])
    report = audit(str(repo), AuditOptions(cache_dir=tmp_path / "c", offline=True, only=["documentation.docs"]))
    assert report["facts"]["files"]["docs"] == "html/"
    assert report["facts"]["docs"]["docs_dirs"] == ["html"]
    docs = next(r for r in report["results"] if r["id"] == "documentation.docs")
    assert "folder" in docs["details"]["found"], docs["details"]


def test_a_web_folder_of_pages_without_help_project_is_no_documentation(tmp_path):
    files = {k: v for k, v in MANUAL.items() if not k.endswith((".hhp", ".hhc"))}
    assert _facts(tmp_path, files)["docs"] is None
