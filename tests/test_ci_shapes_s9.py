"""reusability.tests-and-ci: a Helm chart whose CI installs it, and a pyresttest test set, unseen (issue 12, session 8's first reads:
mviewer/helm-charts "No source code to test" beside `ct lint` / `ct install`; DataSud-2017-2019's test/test_auth_ogc.yml, "0 test file(s)")."""

from __future__ import annotations

from tests.test_reusability_fixtures import build, results, run_audit

CID = "reusability.tests-and-ci"


def tci(tmp_path, files: dict) -> dict:
    return results(run_audit(build(tmp_path / "r", files), tmp_path / "c", [CID]))[CID]


WORKFLOW = ("name: Lint and Test Charts\non: [push, pull_request]\njobs:\n  lint-test:\n    runs-on: ubuntu-latest\n    steps:\n"
            "      - uses: actions/checkout@v4\n      - uses: azure/setup-helm@v4\n      - uses: helm/chart-testing-action@main\n"
            "      - name: Run chart-testing (lint)\n        run: ct lint --chart-dirs . --charts mviewer\n"
            "      - name: Run chart-testing (install)\n        run: ct install --chart-dirs . --charts mviewer\n")


def test_a_helm_chart_installed_by_its_ci_is_tested(tmp_path):
    r = tci(tmp_path, {".github/workflows/helm-lint-and-test.yml": WORKFLOW,
                       "mviewer/Chart.yaml": "apiVersion: v2\nname: mviewer\nversion: 1.2.0\n",
                       "mviewer/values.yaml": "image:\n  tag: v3.10\n",
                       "mviewer/templates/deployment.yaml": "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {{ .Release.Name }}\n",
                       "README.md": "# Helm charts\n\nCharts of mviewer.\n"})
    assert r["status"] == "pass", r["message"]
    assert "ct install" in r["message"]["en"]


def test_a_pyresttest_set_is_a_test_file(tmp_path):
    tests = ('---\n- config:\n  - testset: "Basic tests for ocs auth"\n\n- test:\n  - group: "Authentification"\n'
             '  - name: "Anonymous access to open data"\n  - url: "/maps/org?service=WMS&request=GetCapabilities"\n')
    r = tci(tmp_path, {"test/test_auth_ogc.yml": tests, "app/views.py": "def index(request):\n    return 1\n",
                       "app/models.py": "class Commune:\n    pass\n", "README.md": "# Portail\n\nUn portail.\n"})
    assert r["details"]["test_files"] == 1, r["message"]
    assert "test/test_auth_ogc.yml" in {e.get("path") for e in r["evidence"]}


def test_go_vet_in_ci_is_a_linter(tmp_path):
    # Ville-Eurometropole-Strasbourg/gristctl: .gitlab-ci.yml runs `go fmt` and `go vet` ("linter: no")
    ci = ("stages: [test]\nformat:\n  stage: test\n  image: golang:1.23\n  script:\n    - go fmt $(go list ./... | grep -v /vendor/)\n"
          "    - go vet $(go list ./... | grep -v /vendor/)\n    - go test -race $(go list ./... | grep -v /vendor/)\n")
    r = tci(tmp_path, {".gitlab-ci.yml": ci, "main.go": "package main\n\nfunc main() {}\n", "common/common.go": "package common\n\nfunc A() int { return 1 }\n",
                       "common/common_test.go": "package common\n\nimport \"testing\"\n\nfunc TestA(t *testing.T) { if A() != 1 { t.Fail() } }\n",
                       "go.mod": "module example.org/gristctl\n\ngo 1.23\n", "README.md": "# gristctl\n\nA CLI.\n"})
    assert r["details"]["linter"] is True, r["message"]
