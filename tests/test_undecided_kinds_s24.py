"""The kind when no file decides it (issue 12, session 24 reader o2, family B).

A GIP's BigBlueButton configuration (etc/bigbluebutton/*.properties, *.yml, and the apply-config.sh hook BigBlueButton runs to copy
them into /etc) was a "library" by default, and the checks of an application failed it for lacking a dependency manifest, packaging,
i18n and a settings template. An association's emptied repository (a README "scripts associated with the website" and a .gitignore)
was a "web application" from the README's words. When no file decides, the kind is now said unknown, with the reason; a tree
mirroring /etc with the hook that applies it is a server's configuration overlay: infrastructure."""

from __future__ import annotations

from auditor.reports.common import project_line
from tests.test_local_authority_verdicts import judge

HOOK = ("#!/bin/bash\n# Public IP of the server\nPUBLIC_IP=\"$(hostname -I | cut -d' ' -f1)\"\nHERE=/opt/visio_conf\n\n"
        "source /etc/bigbluebutton/bbb-conf/apply-lib.sh\n\necho \"  - overrides\"\n"
        "cp $HERE/etc/bigbluebutton/bbb-html5.yml /etc/bigbluebutton/\n"
        "sed -i '/### BEGIN LOCAL/,/### END LOCAL/d' /etc/bigbluebutton/bbb-web.properties\n"
        "cat $HERE/etc/bigbluebutton/bbb-web.properties >> /etc/bigbluebutton/bbb-web.properties\n")
OVERLAY = {
    "LICENSE": "GNU GENERAL PUBLIC LICENSE\nVersion 3, 29 June 2007\n",
    "apply-config.sh": HOOK,
    "etc/bigbluebutton/bbb-web.properties": "### BEGIN LOCAL\ndefaultWelcomeMessage=Bienvenue\nmaxNumPages=200\n### END LOCAL\n",
    "etc/bigbluebutton/bbb-html5.yml": "public:\n  app:\n    appName: Visio\n    listenOnlyMode: false\n",
    "etc/bigbluebutton/bbb-webrtc-sfu/production.yml": "mediaServer: mediasoup\nrecordWebcams: false\n",
}
KIND_CHECKS = ["reusability.dependencies", "reusability.configuration", "reusability.portability", "reusability.install"]


def test_a_tree_mirroring_etc_with_its_hook_is_a_servers_configuration(tmp_path):
    report, res = judge(tmp_path, OVERLAY, KIND_CHECKS)
    project = report["facts"]["project"]
    assert project["kind"] == "infrastructure" and project["kind_decided"] is True, project
    assert project["kind_evidence"][0]["path"] == "apply-config.sh", project["kind_evidence"]
    for cid in ("reusability.dependencies", "reusability.configuration", "reusability.portability"):
        assert res[cid]["status"] == "not_applicable", (cid, res[cid]["message"])
    assert "etc/bigbluebutton/" in res["reusability.configuration"]["message"]["en"]
    install = res["reusability.install"]
    assert "apply-config.sh" in [e.get("path") for e in install["evidence"]] and "no reproducible way" not in install["message"]["en"].lower()


def test_an_application_with_an_etc_folder_stays_an_application(tmp_path):
    files = dict(OVERLAY, **{"requirements.txt": "flask==3.0.0\n",
                             "app.py": "from flask import Flask\n\napp = Flask(__name__)\n\n\n@app.route('/')\ndef index():\n    return 'ok'\n"})
    project = judge(tmp_path, files, ["reusability.dependencies"])[0]["facts"]["project"]
    assert project["kind"] != "infrastructure" or "overlay" not in str(project["kind_evidence"]), project


def test_an_emptied_repository_is_no_web_application(tmp_path):
    files = {"README.md": "# ScriptsSite\nDépôt des scripts associés au site Web\n", ".gitignore": "*.log\n"}
    report, _ = judge(tmp_path, files, ["documentation.readme"])
    project = report["facts"]["project"]
    assert project["kind"] != "web-application" and project["kind_decided"] is False, project
    assert "site web" in project["kind_evidence"][0]["reason"]  # (the README's words are kept, as words)
    for lang, said, guess in (("fr", "non déterminé", "application web"), ("en", "not decided", "web application")):
        line = project_line(report, lang)
        assert said in line and guess not in line.lower() and "nearest" not in line and "au plus près" not in line, line


def test_code_whose_kind_no_file_decides_is_said_unknown_not_a_library(tmp_path):
    files = {"README.md": "# Outils\n\nQuelques fonctions.\n",
             "outils.py": "def arrondi(x):\n    return round(x, 2)\n\n\ndef somme(xs):\n    return sum(xs)\n"}
    report, _ = judge(tmp_path, files, ["documentation.readme"])
    project = report["facts"]["project"]
    assert project["kind_decided"] is False, project
    line = project_line(report, "en")
    assert "not decided" in line and "library" not in line.lower(), line


def test_a_named_package_is_still_a_library(tmp_path):
    files = {"README.md": "# outils\n\nQuelques fonctions.\n", "pyproject.toml": "[project]\nname = \"outils\"\nversion = \"0.1\"\n",
             "outils/__init__.py": "def arrondi(x):\n    return round(x, 2)\n"}
    report, _ = judge(tmp_path, files, ["documentation.readme"])
    project = report["facts"]["project"]
    assert project["kind"] == "library" and project["kind_decided"] is True, project
