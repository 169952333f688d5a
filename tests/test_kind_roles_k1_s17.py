"""Kinds of project read wrong on State repositories by this session's State reader a3 (issue 12, s17), each on a git fixture shaped
like the real case (invented content):
- a Cargo package building only a program (src/main.rs with clap, no src/lib.rs) is a command-line tool, not a library (ORADAZ);
- a reusable Django application in a src/ layout, published on PyPI with a test project under tests/, is a library (django-lasuite);
- a Flask/GraphQL back end whose templates only its mail and PDF helpers render is an API service (mobilic-api);
- a docsify page in docs/ is the documentation, not the project's static site (kontinuous);
- a go.mod's "// indirect" requirement is no library of the project's own (cobra under an operator: s3-operator)."""

from __future__ import annotations

from tests.test_kind_first_reads import kind_and_results


def _kind(tmp_path, files):
    project, _results = kind_and_results(tmp_path, files, ["reusability.portability"])
    return project["kind"], project["kind_decided"], [e["reason"] for e in project["kind_evidence"]], project["scores"]


DUMPER = {"README.md": "# Dumper\n\nDumps a cloud tenant's directory for an audit.\n\n    dumper.exe -t <tenant_id> -a <app_id>\n",
          "Cargo.toml": "[package]\nname = \"dumper\"\nversion = \"1.0.0\"\nedition = \"2021\"\n\n[dependencies]\n"
                        "clap = {version = \"4.5\", features = [\"derive\"]}\nserde = \"1.0\"\n",
          "src/main.rs": "use clap::Parser;\n\nmod dump;\n\n#[derive(Parser)]\nstruct Args { #[arg(short)] tenant: String }\n\n"
                         "fn main() {\n    let args = Args::parse();\n    dump::run(&args.tenant);\n}\n",
          "src/dump.rs": "pub fn run(tenant: &str) {\n    println!(\"{}\", tenant);\n}\n"}


def test_a_cargo_package_building_only_a_program_is_a_command_line_tool(tmp_path):
    assert _kind(tmp_path, DUMPER)[:2] == ("cli-tool", True)
    # counterpart: a crate with its src/lib.rs stays a library
    lib = {**DUMPER, "src/lib.rs": "pub mod dump;\n", "src/main.rs": "fn main() {}\n"}
    lib["Cargo.toml"] = lib["Cargo.toml"].replace("clap = {version = \"4.5\", features = [\"derive\"]}\n", "")
    assert _kind(tmp_path / "lib", lib)[0] == "library"


DJANGO_LIB = {"README.md": "# suite-commons\n\nA Django library for the common needs of a suite's services.\n\n    pip install suite-commons\n",
              "pyproject.toml": "[build-system]\nrequires = [\"hatchling\"]\nbuild-backend = \"hatchling.build\"\n\n[project]\n"
                                "name = \"suite-commons\"\nversion = \"0.1.0\"\ndependencies = [\"django>=5.0\", \"requests\"]\n",
              "src/commons/__init__.py": "",
              "src/commons/admin/apps.py": "from django.apps import AppConfig\n\n\nclass AdminConfig(AppConfig):\n    name = 'commons.admin'\n",
              "src/commons/admin/templates/admin/base_site.html": "{% extends 'admin/base.html' %}\n{% block branding %}Suite{% endblock %}\n",
              "src/commons/scan/models.py": "from django.db import models\n\n\nclass Scan(models.Model):\n    status = models.CharField(max_length=20)\n",
              "src/commons/login/views.py": "from django.http import HttpResponseRedirect\n\n\ndef login(request):\n    return HttpResponseRedirect('/')\n",
              "tests/test_project/manage.py": "import os\nimport sys\n\nfrom django.core.management import execute_from_command_line\n\n"
                                              "execute_from_command_line(sys.argv)\n",
              "tests/test_project/settings.py": "INSTALLED_APPS = ['commons.admin']\n",
              "tests/test_scan.py": "def test_scan():\n    assert sorted([2, 1]) == [1, 2]\n"}


def test_a_reusable_django_app_in_a_src_layout_is_a_library(tmp_path):
    assert _kind(tmp_path, DJANGO_LIB)[:2] == ("library", True)
    # counterpart: a Django project of its own (manage.py and settings at the root) stays a web application
    site = {**DJANGO_LIB, "manage.py": DJANGO_LIB["tests/test_project/manage.py"], "suite/settings.py": "INSTALLED_APPS = []\n"}
    assert _kind(tmp_path / "site", site)[0] == "web-application"


_MAIL = ("from flask import render_template\n\n\ndef send(template, to, **kwargs):\n    html = render_template(template, **kwargs)\n"
         "    return {'to': to, 'html': html}\n")
BACK = {"README.md": "# Registre\n\nDépôt de code du back : l'API GraphQL du registre de temps de travail.\n",
        "Pipfile": "[packages]\nflask = \"*\"\ngraphene = \"*\"\njinja2 = \"*\"\nalembic = \"*\"\n",
        "app/__init__.py": "from flask import Flask\n\napp = Flask(__name__)\n",
        "app/graphql.py": "import graphene\n\n\nclass Query(graphene.ObjectType):\n    hello = graphene.String()\n\n\nschema = graphene.Schema(query=Query)\n",
        "app/helpers/mail.py": _MAIL,
        "app/helpers/pdf/__init__.py": _MAIL.replace("'html': html", "'pdf': html"),
        "app/templates/transactional_base.html": "<html><body>{% block content %}{% endblock %}</body></html>\n",
        "app/templates/invitation_email.html": "{% extends 'transactional_base.html' %}\n{% block content %}Bonjour {{ name }}{% endblock %}\n",
        "app/templates/button.html": "<a href=\"{{ link }}\" style=\"color: #fff\">{{ text }}</a>\n",
        "app/templates/work_days_pdf.html": "{% extends 'transactional_base.html' %}\n{% block content %}{{ days }}{% endblock %}\n",
        "migrations/script.py.mako": "\"\"\"${message}\"\"\"\nrevision = ${repr(up_revision)}\n"}


def test_a_flask_back_end_sending_only_mails_and_pdfs_is_an_api_service(tmp_path):
    assert _kind(tmp_path, BACK)[:2] == ("api-service", True)
    # counterpart: a view rendering a page makes it a web application
    views = {**BACK, "app/views.py": "from flask import render_template\n\nfrom app import app\n\n\n@app.route('/')\n"
                                     "def home():\n    return render_template('home.html')\n",
             "app/templates/home.html": "{% extends 'transactional_base.html' %}\n{% block content %}Accueil{% endblock %}\n"}
    assert _kind(tmp_path / "views", views)[0] == "web-application"


DOCSIFY = ("<!DOCTYPE html>\n<html>\n<head>\n  <link rel=\"stylesheet\" href=\"//cdn.jsdelivr.net/npm/docsify@4/lib/themes/vue.css\">\n"
           "</head>\n<body>\n  <div id=\"app\"></div>\n  <script>\n    window.$docsify = { name: 'deployer', loadSidebar: true }\n"
           "  </script>\n  <script src=\"//cdn.jsdelivr.net/npm/docsify@4\"></script>\n</body>\n</html>\n")
CLI = {"README.md": "# Deployer\n\nGitOps for Kubernetes.\n",
       "package.json": '{"name": "deployer-monorepo", "private": true, "workspaces": ["packages/*"]}',
       "packages/deployer/package.json": '{"name": "deployer", "bin": "./dist/index.js", "dependencies": {"commander": "^9.0.0"}}',
       "packages/deployer/src/index.js": "const { program } = require('commander')\nprogram.command('deploy').action(() => {})\nprogram.parse()\n",
       "packages/deployer/src/deploy.js": "module.exports = async () => {}\n",
       "docs/index.html": DOCSIFY, "docs/README.md": "# Deployer\n\nThe documentation.\n"}


def test_a_docsify_page_is_documentation_not_a_static_site(tmp_path):
    kind, _decided, reasons, scores = _kind(tmp_path, CLI)
    assert kind != "static-site" and "static-site" not in scores
    assert "HTML page" not in reasons
    # counterpart: a page of the project's own at the root stays a page (it scores as a static site; the command its workspace
    # package declares, packages/deployer/package.json's bin, outweighs it since s18 h1)
    site = {**CLI, "index.html": "<!DOCTYPE html>\n<html><body><h1>Deployer</h1><p>Our landing page.</p></body></html>\n"}
    assert "static-site" in _kind(tmp_path / "site", site)[3]


OPERATOR_GO = {"README.md": "# Bucket operator\n\nA Kubernetes operator that manages S3 buckets.\n",
               "go.mod": "module example.org/bucket-operator\n\ngo 1.22\n\nrequire (\n\tsigs.k8s.io/controller-runtime v0.19.0\n)\n\n"
                         "require (\n\tgithub.com/spf13/cobra v1.10.2 // indirect\n\tgithub.com/spf13/pflag v1.0.5 // indirect\n)\n",
               "internal/controller/bucket_controller.go": "package controller\n\ntype BucketReconciler struct{}\n",
               "api/v1alpha1/bucket_types.go": "package v1alpha1\n\ntype Bucket struct{}\n"}


def test_an_indirect_go_requirement_is_no_library_of_the_project(tmp_path):
    assert "cli-tool" not in _kind(tmp_path, OPERATOR_GO)[3]
    # counterpart: a direct requirement counts
    direct = {**OPERATOR_GO, "go.mod": OPERATOR_GO["go.mod"].replace(" // indirect\n\tgithub.com/spf13/pflag", "\n\tgithub.com/spf13/pflag")}
    assert "cli-tool" in _kind(tmp_path / "direct", direct)[3]
