"""Issue 12, session 46 fixer fo46 (OPEN-ENT-NG/scratch-connector): the root pipeline is spelled `JenkinsFile` (capital F; a pipeline
with Initialization and Build stages running ./build.sh); the CI systems recognised only `Jenkinsfile`, so reusability.tests-and-ci
said "CI: none in the repository" and advised adding a workflow. Jenkins reads whatever script path a job names: the name is
matched without regard to case. Near miss: a JenkinsFile two folders deep (an example) stays no CI."""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

CID = "reusability.tests-and-ci"
PIPELINE = "pipeline {\n  agent any\n  stages {\n    stage('Build') {\n      steps {\n        sh './build.sh install'\n      }\n    }\n  }\n}\n"
APP = {"README.md": "# Connecteur\n\nUn module de l'ENT.\n", "build.sh": "#!/bin/sh\n./gradlew build\n",
       "src/main/java/fr/exemple/Connecteur.java": "package fr.exemple;\npublic class Connecteur {\n  public int un() { return 1; }\n}\n"}


def _ci(res):
    return [e.get("path") for e in res.get("evidence") or [] if e.get("value") == "jenkins"]


def test_a_jenkinsfile_spelled_with_a_capital_f_is_the_ci(tmp_path):
    res = check_result(tmp_path, {**APP, "JenkinsFile": PIPELINE}, CID)
    assert _ci(res) == ["JenkinsFile"], (res["message"]["en"], res.get("evidence"))  # was: CI: none in the repository


def test_a_jenkinsfile_deep_in_an_example_folder_stays_no_ci(tmp_path):
    res = check_result(tmp_path, {**APP, "docs/examples/JenkinsFile": PIPELINE}, CID)
    assert _ci(res) == [], (res["message"]["en"], res.get("evidence"))
