"""Kinds of project still wrong after session 17 (issue 12, s18 h1), each on a git fixture shaped like the real case (invented
content):
- a C++ program starting its own HTTP server (a transport operator's journey planner: Boost.Asio acceptor, its HTTP request
  parser, the sites' pages it serves) is a web application, not a command-line tool from two Python utility scripts beside it
  (Tisseo/synthese); its root CMakeLists.txt building the program is install tooling (reusability.install)."""

from __future__ import annotations

from tests.test_kind_first_reads import kind_and_results


def _kind(tmp_path, files, checks=("reusability.portability",)):
    project, results = kind_and_results(tmp_path, files, list(checks))
    return project, results


_UTIL = ("import argparse\n\n\ndef main():\n    parser = argparse.ArgumentParser()\n    parser.add_argument('path')\n"
         "    print(parser.parse_args().path)\n\n\nif __name__ == '__main__':\n    main()\n")
_MODULE = "#include \"{name}.h\"\n\nnamespace planner {{\n\tint {name}::run() const\n\t{{\n\t\treturn 0;\n\t}}\n}}\n"
PLANNER = {
    "README.md": "# PLANNER\n\nPLANNER is a public transportation server: network modelling, passenger information, journey planning.\n",
    "CMakeLists.txt": "cmake_minimum_required(VERSION 2.8)\nproject(planner)\n\nadd_subdirectory(src)\n\ninstall(FILES README.md DESTINATION share/doc)\n",
    "src/CMakeLists.txt": "add_subdirectory(10_db)\nadd_subdirectory(15_server)\nadd_subdirectory(bin/server)\n",
    "src/15_server/ServerModule.cpp": (
        "#include \"ServerModule.h\"\n#include \"HTTPConnection.hpp\"\n#include <boost/asio.hpp>\n\nnamespace planner {\n"
        "\tboost::asio::io_service ServerModule::_io_service;\n"
        "\tboost::asio::ip::tcp::acceptor ServerModule::_acceptor(ServerModule::_io_service);\n\n"
        "\tvoid ServerModule::start(const std::string& port)\n\t{\n\t\t_acceptor.listen();\n"
        "\t\t_acceptor.async_accept(_new_connection->socket(), &ServerModule::HandleAccept);\n\t}\n\n"
        "\tvoid ServerModule::HandleRequest(const HTTPRequest& req, HTTPReply& rep)\n\t{\n\t\trep.status = HTTPReply::ok;\n\t}\n}\n"),
    "src/15_server/HTTPRequestParser.cpp": _MODULE.format(name="HTTPRequestParser"),
    "src/10_db/DBModule.cpp": _MODULE.format(name="DBModule"),
    "src/10_db/SQLiteDB.cpp": _MODULE.format(name="SQLiteDB"),
    "src/53_journey/JourneyPlanner.cpp": _MODULE.format(name="JourneyPlanner"),
    "src/bin/server/main.cpp": ("#include \"ServerModule.h\"\n#include <boost/program_options.hpp>\n\n"
                                "int main( int argc, char **argv )\n{\n\tplanner::ServerModule::start(\"8080\");\n\treturn 0;\n}\n"),
    "sites/network/pages/home.html": "<!DOCTYPE html>\n<html><head><title>Réseau</title></head><body><h1>Horaires</h1></body></html>\n",
    "sites/network/pages/timetable.html": "<!DOCTYPE html>\n<html><head><title>Fiche horaire</title></head><body></body></html>\n",
    "utils/add_source.py": _UTIL,
    "utils/replay_logs.py": _UTIL,
}


def test_a_cpp_program_serving_http_is_a_web_application(tmp_path):
    project, _ = _kind(tmp_path, PLANNER)
    assert (project["kind"], project["kind_decided"]) == ("web-application", True)
    assert {"path": "src/15_server/ServerModule.cpp", "reason": "HTTP server program (C/C++)"} in project["kind_evidence"]
    # counterpart: the same server module in a library without any program of its own serves nothing itself
    lib = {k: v for k, v in PLANNER.items() if k != "src/bin/server/main.cpp"}
    assert _kind(tmp_path / "lib", lib)[0]["kind"] != "web-application"
    # nor does a C++ program speaking no HTTP (its main() reads files and prints)
    batch = {**PLANNER, "src/15_server/ServerModule.cpp": _MODULE.format(name="ServerModule")}
    assert _kind(tmp_path / "batch", batch)[0]["kind"] != "web-application"


def test_a_cmake_build_is_install_tooling(tmp_path):
    _, results = _kind(tmp_path, PLANNER, ["reusability.install"])
    install = results["reusability.install"]
    assert "build-tool" in install["details"]["runtimes"]
    assert any(e.get("path") == "CMakeLists.txt" and e.get("value") == "build-tool" for e in install["evidence"])
    # counterpart: a CMakeLists.txt that builds nothing (a project() line alone) is no build
    empty = {**{k: v for k, v in PLANNER.items() if not k.endswith("CMakeLists.txt")}, "CMakeLists.txt": "project(planner)\n"}
    assert "build-tool" not in _kind(tmp_path / "empty", empty, ["reusability.install"])[1]["reusability.install"]["details"]["runtimes"]


_GO_TYPES = "package v1alpha1\n\n// +kubebuilder:object:root=true\ntype Bucket struct {\n\tName string `json:\"name\"`\n}\n"
OPERATOR = {
    "README.md": "# bucket-operator\n\nA Kubernetes operator managing S3 buckets, policies and users from custom resources.\n\n"
                 "## Deployment\n\n    helm install bucket-operator deploy/charts/bucket-operator\n",
    "go.mod": "module example.org/bucket-operator\n\ngo 1.22\n\nrequire (\n\tk8s.io/apimachinery v0.30.0\n\tsigs.k8s.io/controller-runtime v0.18.0\n)\n\n"
              "require github.com/spf13/cobra v1.8.0 // indirect\n",
    "PROJECT": "domain: example.org\nlayout:\n- go.kubebuilder.io/v4\nprojectName: bucket-operator\n",
    "cmd/main.go": ("package main\n\nimport (\n\t\"os\"\n\n\tctrl \"sigs.k8s.io/controller-runtime\"\n)\n\nfunc main() {\n"
                    "\tmgr, err := ctrl.NewManager(ctrl.GetConfigOrDie(), ctrl.Options{})\n\tif err != nil {\n\t\tos.Exit(1)\n\t}\n"
                    "\t_ = mgr.Start(ctrl.SetupSignalHandler())\n}\n"),
    "api/v1alpha1/bucket_types.go": _GO_TYPES,
    "api/v1alpha1/policy_types.go": _GO_TYPES.replace("Bucket", "Policy"),
    "internal/controller/bucket_controller.go": "package controller\n\n// BucketReconciler reconciles a Bucket.\ntype BucketReconciler struct{}\n",
    "internal/controller/policy_controller.go": "package controller\n\n// PolicyReconciler reconciles a Policy.\ntype PolicyReconciler struct{}\n",
    "config/crd/bases/example.org_buckets.yaml": "apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata:\n"
                                                 "  name: buckets.example.org\nspec:\n  group: example.org\n",
    "config/crd/kustomization.yaml": "resources:\n- bases/example.org_buckets.yaml\n",
    "deploy/charts/bucket-operator/Chart.yaml": "apiVersion: v2\nname: bucket-operator\nversion: 0.1.0\n",
    "deploy/charts/bucket-operator/templates/deployment.yaml": "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: bucket-operator\n",
    "Dockerfile": "FROM golang:1.22 AS build\nCOPY . .\nRUN go build -o manager cmd/main.go\n",
}


def test_a_kubernetes_operator_is_infrastructure(tmp_path):
    project, _ = _kind(tmp_path, OPERATOR)
    assert (project["kind"], project["kind_decided"]) == ("infrastructure", True)
    assert project["kind_evidence"][0] == {"path": "cmd/main.go", "reason": "Kubernetes operator (controller manager started by the program)"}
    assert {"path": "config/crd/bases/example.org_buckets.yaml", "reason": "custom resource definition of the operator"} in project["kind_evidence"]
    # counterpart: a Go command in cmd/main.go using only a Kubernetes client (no manager started) is a command-line tool
    cli = {**OPERATOR, "cmd/main.go": "package main\n\nimport \"k8s.io/client-go/kubernetes\"\n\nfunc main() {\n\t_ = kubernetes.NewForConfigOrDie(nil)\n}\n"}
    assert _kind(tmp_path / "cli", cli)[0]["kind"] == "cli-tool"


MONOREPO = {
    "README.md": "# deployer\n\nDeploy your applications to Kubernetes from your CI.\n\n    npx deployer build\n",
    "package.json": '{"name": "~dev", "private": true, "workspaces": ["packages/*"], "scripts": {"lint": "eslint ."}}\n',
    "packages/deployer/package.json": '{"name": "deployer", "bin": "./dist/index.js", "main": "src/index",\n'
                                      ' "files": ["dist"], "dependencies": {"commander": "^11.0.0", "fs-extra": "^11.0.0"}}\n',
    "packages/deployer/src/index.js": "const { program } = require('commander')\n\nprogram.command('build').action(() => {})\nprogram.parse()\n",
    "packages/deployer/src/build/index.js": "module.exports = async function build() {}\n",
    "packages/deployer/src/deploy/index.js": "module.exports = async function deploy() {}\n",
    "packages/common/package.json": '{"name": "~common", "private": true, "dependencies": {"axios": "^1.0.0"}}\n',
    "packages/common/src/index.js": "module.exports = {}\n",
    "packages/helm-tree/package.json": '{"name": "helm-tree", "main": "src/index.js", "dependencies": {"semver": "^7.0.0"}}\n',
    "packages/helm-tree/src/index.js": "module.exports = function tree() {}\n",
}


def test_a_monorepo_package_declaring_a_built_command_is_a_command_line_tool(tmp_path):
    project, _ = _kind(tmp_path, MONOREPO)
    assert (project["kind"], project["kind_decided"]) == ("cli-tool", True)
    assert {"path": "packages/deployer/package.json", "reason": "command-line entry point"} in project["kind_evidence"]
    # counterpart: a bin pointing to a file that is neither committed nor the build of the package's sources is no command
    stale = {**MONOREPO, "packages/deployer/package.json": MONOREPO["packages/deployer/package.json"].replace("./dist/index.js", "./cli.js")}
    assert {"path": "packages/deployer/package.json", "reason": "command-line entry point"} not in _kind(tmp_path / "stale", stale)[0]["kind_evidence"]
    # nor is a small helper command beside a library monorepo's main package, which holds more code
    libs = {**MONOREPO, "packages/deployer/package.json": MONOREPO["packages/deployer/package.json"].replace('"bin": "./dist/index.js", ', ""),
            "packages/cli/package.json": '{"name": "deployer-cli", "bin": "./bin/cli.js"}\n', "packages/cli/bin/cli.js": "#!/usr/bin/env node\n"}
    assert {"path": "packages/cli/package.json", "reason": "command-line entry point"} not in _kind(tmp_path / "libs", libs)[0]["kind_evidence"]


POC = {
    "README.md": "# flaskOnLeapPOC\nPOC de déploiement d'une application flask sur Leap avec apache en frontal\n",
    "Vagrantfile": ("Vagrant.configure(\"2\") do |config|\n  config.vm.box = \"opensuse/Leap-15.2.x86_64\"\n"
                    "  config.vm.network \"forwarded_port\", guest: 80, host: 8080\n"
                    "  config.vm.provision \"file\", source: \"site.conf\", destination: \"/home/vagrant/site.conf\"\n"
                    "  config.vm.provision \"file\", source: \"app.py\", destination: \"/home/vagrant/app.py\"\n"
                    "  config.vm.provision \"file\", source: \"flaskapp.service\", destination: \"/home/vagrant/flaskapp.service\"\n"
                    "  config.vm.provision \"shell\", path: \"install.sh\"\nend\n"),
    "install.sh": "#!/bin/bash\nset -e\nzypper install --no-confirm apache2 python3\npython3 -m venv venv\nvenv/bin/pip install flask gunicorn\n"
                  "cp /home/vagrant/app.py /srv/flaskapp/app.py\nsystemctl enable --now flaskapp\n",
    "app.py": "from flask import Flask\n\napp = Flask(__name__)\n\n\n@app.route('/')\ndef index():\n    return 'Bonjour'\n",
    "flaskapp.service": "[Service]\nExecStart=/srv/flaskapp/venv/bin/gunicorn -b 127.0.0.1:5000 app:app\n",
    "site.conf": "<VirtualHost *:80>\n  ProxyPass \"/flaskapp\" \"http://127.0.0.1:5000/\"\n</VirtualHost>\n",
}


def test_a_vagrant_deployment_poc_around_its_sample_app_is_infrastructure(tmp_path):
    project, _ = _kind(tmp_path, POC)
    assert (project["kind"], project["kind_decided"]) == ("infrastructure", True)
    assert project["kind_evidence"] == [{"path": "Vagrantfile", "reason": "Vagrant machine provisioned by the project's scripts"}]
    # counterpart: an application with a Vagrantfile for its developers' box, its code not what the machine is given, is no deployment
    app = {**POC, **{f"flaskapp/views/v{i}.py": "def view():\n    return 'x'\n" for i in range(4)}}
    assert _kind(tmp_path / "app", app)[0]["kind"] != "infrastructure"


DETECTOR = {
    "README.md": ("# Column Detective\n\nThis is a package to detect what the columns of a CSV file hold.\n\n## Install\n\n```\npip install "
                  "column-detective\n```\n\n## Use\n\n```\nfrom column_detective.explore import routine\n\nresult = routine('file.csv')\n```\n"),
    "setup.py": ("from setuptools import setup, find_packages\n\nsetup(\n    name='column-detective',\n    packages=find_packages(),\n"
                 "    install_requires=['pandas'],\n    entry_points={\n        'console_scripts': [\n"
                 "            'column_detective=column_detective.cli:run',\n        ],\n    },\n)\n"),
    "requirements.txt": "pandas\n",
    "column_detective/__init__.py": "",
    "column_detective/explore.py": "import pandas as pd\n\n\ndef routine(path):\n    return pd.read_csv(path).dtypes.to_dict()\n",
    "column_detective/cli.py": "import argparse\n\nfrom .explore import routine\n\n\ndef run():\n    parser = argparse.ArgumentParser()\n"
                               "    parser.add_argument('path')\n    print(routine(parser.parse_args().path))\n",
}


def test_a_package_the_readme_imports_is_a_library_whatever_side_command_it_declares(tmp_path):
    project, _ = _kind(tmp_path, DETECTOR)
    assert (project["kind"], project["kind_decided"]) == ("library", True)
    assert project["kind_evidence"][0]["path"] == "README.md" and "l.14: from column_detective.explore import routine" in project["kind_evidence"][0]["reason"]
    # counterpart: a README showing the command run stays a command-line tool
    cli = {**DETECTOR, "README.md": DETECTOR["README.md"] + "\n## Command line\n\n```\ncolumn_detective data.csv\n```\n"}
    assert _kind(tmp_path / "cli", cli)[0]["kind"] == "cli-tool"


def test_kind_evidence_names_what_each_file_says(tmp_path):
    # a Django project with no manifest naming Django: its manage.py is the evidence (eplouribousse)
    site = {"README.md": "# Bibliothèques\n\nApplication de dédoublonnage des collections.\n",
            "manage.py": ("#!/usr/bin/env python\nimport os\nimport sys\n\nif __name__ == '__main__':\n"
                          "    os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'mysite.settings.dev')\n"
                          "    from django.core.management import execute_from_command_line\n    execute_from_command_line(sys.argv)\n"),
            "mysite/settings/base.py": "INSTALLED_APPS = ['epl']\n",
            "mysite/wsgi.py": "from django.core.wsgi import get_wsgi_application\n\napplication = get_wsgi_application()\n",
            "epl/models.py": "from django.db import models\n\n\nclass Library(models.Model):\n    name = models.CharField(max_length=80)\n",
            "epl/views.py": "from django.shortcuts import render\n\n\ndef home(request):\n    return render(request, 'epl/home.html')\n",
            "epl/templates/epl/home.html": "{% extends 'epl/base.html' %}\n{% block content %}Accueil{% endblock %}\n",
            "epl/templates/epl/base.html": "<html><body>{% block content %}{% endblock %}</body></html>\n"}
    project, _ = _kind(tmp_path / "dj", site)
    assert project["kind"] == "web-application"
    assert project["kind_evidence"][0] == {"path": "manage.py", "reason": "Django project (manage.py runs Django, no manifest names it)"}
    # a server's package.json declaring express and an interface's declaring react: each manifest with its own frameworks, and a
    # React interface's public/index.html a page, no server-side template (tables-correspondances)
    split = {"README.md": "# Tables\n\nCorrespondence tables between codes.\n",
             "server/package.json": '{"name": "tables-server", "dependencies": {"express": "^4.18.0"}}\n',
             "server/index.js": "const express = require('express')\nconst app = express()\napp.use(express.static('../ui/build'))\napp.listen(3000)\n",
             "ui/package.json": '{"name": "tables-ui", "dependencies": {"react": "^18.0.0", "react-dom": "^18.0.0"}}\n',
             "ui/public/index.html": "<!DOCTYPE html>\n<html><head><link rel=\"icon\" href=\"%PUBLIC_URL%/favicon.ico\"></head><body><div id=\"root\"></div></body></html>\n",
             "ui/src/App.js": "export default function App() {\n  return null\n}\n",
             "ui/src/index.js": "import App from './App'\n"}
    project, _ = _kind(tmp_path / "split", split)
    assert project["kind"] == "web-application"
    reasons = {e["path"]: e["reason"] for e in project["kind_evidence"]}
    assert reasons["server/package.json"] == "user-interface framework express"
    assert reasons["ui/package.json"] == "user-interface framework react, react-dom"
    assert reasons.get("ui/public/index.html", "HTML page") == "HTML page"
    # a slide deck in docs/ beside a Streamlit application is the documentation's page, no page of the application
    slides = {"README.md": "# Attente\n\nTableau de bord des temps d'attente.\n", "requirements.txt": "streamlit\njinja2\n",
              "app.py": "import streamlit as st\n\nst.title('Attente')\n",
              "docs/index.html": "<!DOCTYPE html>\n<html><body><div class=\"reveal\"><div class=\"slides\"><section>Attente</section></div></div></body></html>\n"}
    project, _ = _kind(tmp_path / "slides", slides)
    assert project["kind"] == "web-application" and "docs/index.html" not in {e["path"] for e in project["kind_evidence"]}


CONSOLIDATE = {
    "README.md": "# consolidate\n\nConsolidate the catalogue's data.\n\n1. Install Clojure.\n2. Launch the command `clj -M:run`.\n",
    "deps.edn": ('{:deps {org.clojure/clojure {:mvn/version "1.11.3"}\n        metosin/jsonista {:mvn/version "0.3.9"}}\n'
                 ' :aliases\n {:run {:main-opts ["-m" "core"]}\n  :uberdeps {:replace-deps {uberdeps/uberdeps {:mvn/version "1.3.0"}}\n'
                 '             :main-opts ["-m" "uberdeps.uberjar"]}}}\n'),
    "src/core.clj": "(ns core\n  (:require [utils :as u]))\n\n(defn -main []\n  (u/spit-json \"repos.json\" []))\n",
    "src/utils.clj": "(ns utils)\n\n(defn spit-json [f data]\n  (spit f (str data)))\n",
}


def test_a_clojure_program_its_deps_edn_runs_is_a_command_line_tool(tmp_path):
    project, _ = _kind(tmp_path, CONSOLIDATE)
    assert (project["kind"], project["kind_decided"]) == ("cli-tool", True)
    assert project["kind_evidence"] == [{"path": "deps.edn", "reason": "command-line entry point"}]
    # counterpart: an alias running another library's namespace (a build tool) makes no program of the project's
    lib = {**CONSOLIDATE, "deps.edn": CONSOLIDATE["deps.edn"].replace('{:run {:main-opts ["-m" "core"]}\n  ', "{")}
    assert _kind(tmp_path / "lib", lib)[0]["kind"] != "cli-tool"


def test_a_cpp_http_server_without_api_description_is_told_to_describe_what_it_exposes(tmp_path):
    _, results = _kind(tmp_path, PLANNER, ["interoperability.api-spec"])
    spec = results["interoperability.api-spec"]
    assert (spec["status"], spec["score"]) == ("warn", 4)
    assert "src/15_server/ServerModule.cpp" in spec["message"]["en"]
