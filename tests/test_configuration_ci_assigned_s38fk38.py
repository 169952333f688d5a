"""reusability.configuration (issue 12, s38 fk38 = TelesCoop/IArbre-v1-…, fBedecarrats/Nantes_delibR).

A Métropole's batch computation deploys each step as an OpenShift Job whose template reads ${CALQUL_ACTION}, ${MEM_LIMIT}… and
${NAMESPACE}; its .gitlab-ci.yml assigns them (global `variables:` NAMESPACE, each job's `variables:` CALQUL_ACTION…) and fills the
template with envsubst. A Shiny app's entrypoint.sh deploys it to shinyapps.io with $SHINY_USERNAME, $APP_NAME… that its GitHub
workflow sets in `env:`. They were counted as settings read by the code and undocumented. A variable the repository's own CI assigns,
read by a deployment template or script, is defined by the repository, no setting a reuser supplies.
Near misses: the application's own code reading a variable a CI test job sets keeps it as a setting; a variable no CI file assigns,
read by the same template, stays undocumented.
"""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

CID = "reusability.configuration"
GITLAB = """variables:
  TRIGRAMME: arb
  NAMESPACE: ns-$TRIGRAMME-$NAMESPACE_ENV

.deploy:
  script:
    - envsubst < deploy/job.yml | oc apply -f -

1. Init:
  extends: .deploy
  variables:
    STEP_ACTION: "init"
    MEM_LIMIT: "8000Mi"
    CPU_LIMIT: 4

test:
  image: python:3.12
  variables:
    DATABASE_URL: postgres://test:test@postgres/test
  script:
    - pytest
"""
JOB = """apiVersion: batch/v1
kind: Job
metadata:
  name: calc-${STEP_ACTION}
  namespace: ${NAMESPACE}
spec:
  template:
    spec:
      containers:
        - name: calc
          image: registry.example.org/calc:latest
          args: ["${STEP_ACTION}"]
          resources:
            limits: {memory: "${MEM_LIMIT}", cpu: "${CPU_LIMIT}"}
          env:
            - {name: REGISTRY_TOKEN, value: "${REGISTRY_TOKEN}"}
"""


def _findings(r: dict) -> set[str]:
    return {e["value"] for e in r["evidence"] if e.get("kind") == "finding" and isinstance(e.get("value"), str)}


def test_variables_the_gitlab_ci_assigns_to_a_deployment_template_are_no_settings(tmp_path):
    files = {".gitlab-ci.yml": GITLAB, "deploy/job.yml": JOB, "requirements.txt": "psycopg2==2.9.9\n",
             "calc/main.py": "import os\nimport sys\n\nDB = os.environ['DATABASE_URL']\n\n\nif __name__ == '__main__':\n    print(DB, sys.argv[1])\n",
             "README.md": "# Calcul\n\nCalcul par étapes.\n"}
    found = _findings(check_result(tmp_path, files, CID))
    assert not found & {"STEP_ACTION", "MEM_LIMIT", "CPU_LIMIT", "NAMESPACE"}, found
    assert {"DATABASE_URL", "REGISTRY_TOKEN"} <= found, found  # (the code's own setting; a placeholder no CI file assigns)


WORKFLOW = """name: Deploy
on: push
jobs:
  deploy:
    env:
      SHINY_USERNAME: 'bacasable'
      SHINY_TOKEN: ${{ secrets.SHINYAPP_TOKEN }}
      APP_NAME: 'delibr'
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: ./entrypoint.sh
"""
ENTRYPOINT = ("#!/bin/sh\nset -e\necho \"Authorizing $SHINY_USERNAME\"\nRscript -e \"rsconnect::setAccountInfo(name='$SHINY_USERNAME', "
              "token='$SHINY_TOKEN')\"\necho \"Deploying $APP_NAME from $SHINY_PATH\"\n")


def test_variables_a_workflow_hands_its_deployment_script_are_no_settings(tmp_path):
    files = {".github/workflows/main.yml": WORKFLOW, "entrypoint.sh": ENTRYPOINT, "app.R": "library(shiny)\nshinyApp(fluidPage(), function(input, output) {})\n",
             "Dockerfile": "FROM r-base:4.3.1\nCOPY entrypoint.sh /entrypoint.sh\nENTRYPOINT [\"/entrypoint.sh\"]\n", "README.md": "# delibR\n\nUne application Shiny.\n"}
    found = _findings(check_result(tmp_path, files, CID))
    assert not found & {"SHINY_USERNAME", "SHINY_TOKEN", "APP_NAME"}, found
    assert "SHINY_PATH" in found, found  # (set by no workflow)
