"""action.yml and the project's own readiness workflow, validated structurally."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from auditor.ci import github_action
from auditor.ci.common import headline

ROOT = Path(__file__).resolve().parent.parent
ACTION = ROOT / "action.yml"
WORKFLOW = ROOT / ".github" / "workflows" / "readiness.yml"
INPUTS = {"ruleset", "lang", "fail-under", "min-level", "formats", "sarif", "token", "comment"}
OUTPUTS = {"score", "level", "open-source", "scaling", "report-json", "report-html", "sarif"}
PINNED = re.compile(r"^[\w.-]+/[\w./-]+@[0-9a-f]{40}$")


@pytest.fixture(scope="module")
def action():
    return yaml.safe_load(ACTION.read_text(encoding="utf-8"))


def _steps(action):
    return action["runs"]["steps"]


def test_required_keys(action):
    assert action["name"] and action["description"] and len(action["description"]) < 125  # Marketplace limit
    assert action["runs"]["using"] == "composite"
    for step in _steps(action):
        if "run" in step:
            assert step["shell"] == "bash", step.get("name")


def test_inputs_and_outputs_are_the_documented_ones(action):
    assert set(action["inputs"]) == INPUTS
    assert set(action["outputs"]) == OUTPUTS
    for name, spec in action["inputs"].items():
        assert spec.get("description") and "default" in spec and spec.get("required") is False, name
    assert action["inputs"]["token"]["default"] == "${{ github.token }}"


def test_every_input_reaches_the_script_as_an_environment_variable(action):
    """Each input is passed in `env:` of the audit step, and the script reads that variable."""
    audit = next(s for s in _steps(action) if s.get("id") == "audit")
    env = audit["env"]
    source = Path(github_action.__file__).read_text(encoding="utf-8")
    for name in INPUTS:
        var = f"GHA_AUDITOR_{name.upper().replace('-', '_')}"
        assert env.get(var) == f"${{{{ inputs.{name} }}}}", var
        assert f'"{var}"' in source, f"{var} is passed but never read"
    assert "-m auditor.ci.github_action" in audit["run"]


def test_every_output_is_set_by_the_audit_step(action):
    """Each output maps to the audit step; the script sets exactly these (test_action.py checks it at run time too)."""
    source = Path(github_action.__file__).read_text(encoding="utf-8")
    for name, spec in action["outputs"].items():
        assert spec["value"] == f"${{{{ steps.audit.outputs.{name} }}}}"
    assert set(headline({})) | {"report-json", "report-html", "sarif"} == set(action["outputs"])
    for name in ("report-json", "report-html", "sarif"):
        assert f'"{name}":' in source


def test_no_expression_inside_shell_code(action):
    """Inputs, contexts and step outputs reach `run:` only through `env:`; no `${{` is pasted into bash."""
    for step in _steps(action):
        if "run" in step:
            assert "${{" not in step["run"], step.get("name")
    assert "${{ inputs" not in "".join(s.get("run", "") for s in _steps(action))


def test_third_party_actions_are_pinned_by_commit(action):
    text = ACTION.read_text(encoding="utf-8")
    uses = [s["uses"] for s in _steps(action) if "uses" in s]
    assert any(u.startswith("actions/setup-python@") for u in uses)
    for u in uses:
        assert PINNED.match(u), u
        assert re.search(re.escape(u) + r" # v\d+\.\d+\.\d+", text), f"{u}: add the version as a comment"
    setup = next(s for s in _steps(action) if s.get("uses", "").startswith("actions/setup-python@"))
    assert setup["with"]["python-version"] == "3.11"


def test_installs_from_the_action_folder(action):
    runs = "\n".join(s.get("run", "") for s in _steps(action))
    assert 'pip install --quiet --disable-pip-version-check "$GITHUB_ACTION_PATH"' in runs
    assert any(s.get("uses", "").startswith("actions/cache@") for s in _steps(action))


@pytest.fixture(scope="module")
def workflow():
    data = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    data["on"] = data.pop(True, data.get("on"))  # YAML 1.1 reads a bare `on` as true
    return data


def test_workflow_uses_the_action_on_the_project_itself(workflow):
    assert {"push", "pull_request", "schedule"} <= set(workflow["on"])
    steps = workflow["jobs"]["audit"]["steps"]
    checkout = next(s for s in steps if s.get("uses", "").startswith("actions/checkout@"))
    assert checkout["with"]["fetch-depth"] == 0
    audit = next(s for s in steps if s.get("uses") == "./")
    assert set(audit.get("with", {})) <= INPUTS


def test_workflow_permissions_are_least(workflow):
    assert workflow["permissions"] == {}
    perms = {name: job.get("permissions") for name, job in workflow["jobs"].items()}
    assert perms["audit"] == {"contents": "read", "pull-requests": "write"}
    writers = [name for name, p in perms.items() if p and p.get("security-events") == "write"]
    assert writers == ["code-scanning"]
    assert not any(s.get("uses") == "./" for s in workflow["jobs"]["code-scanning"]["steps"])  # runs no project code


def test_workflow_actions_are_pinned(workflow):
    text = WORKFLOW.read_text(encoding="utf-8")
    for job in workflow["jobs"].values():
        for step in job["steps"]:
            u = step.get("uses")
            if u and u != "./":
                assert PINNED.match(u), u
                assert re.search(re.escape(u) + r" # v\d+\.\d+\.\d+", text), u
            assert "${{" not in step.get("run", "")


def test_readme_workflow_for_candidates():
    """The copy-paste workflow in the README parses, pins its actions and uses only real inputs and outputs."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    if "## GitHub Action et GitLab CI" not in text:
        pytest.skip("README section not present")
    section = text[text.index("## GitHub Action et GitLab CI"):]
    block = re.search(r"```yaml\n(.*?)```", section, re.S).group(1)
    wf = yaml.safe_load(block)
    assert {"push", "pull_request", "schedule"} <= set(wf.get(True, wf.get("on")))
    assert wf["permissions"] == {}
    job = next(iter(wf["jobs"].values()))
    assert set(job["permissions"]) == {"contents", "pull-requests", "security-events"}
    ours = next(s for s in job["steps"] if "readiness-auditor@" in s.get("uses", ""))
    assert set(ours["with"]) <= INPUTS
    assert set(re.findall(r"steps\.readiness\.outputs\.([\w-]+)", block)) <= OUTPUTS
    assert any("upload-sarif" in s.get("uses", "") for s in job["steps"])
    assert any("upload-artifact" in s.get("uses", "") for s in job["steps"])
    for step in job["steps"]:
        u = step.get("uses", "")
        if u and "readiness-auditor@" not in u:
            assert PINNED.match(u), u
    assert "include:" in section and "templates/gitlab-ci.yml" in section
