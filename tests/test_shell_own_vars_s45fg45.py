"""env_settings: bash's own variables are no settings of the project (issue 12, s45 fg45 = abotzung/foguefi):

tools/fosbuilder/FOS-alpine-builder.sh (a boot-image builder) reads $BASH_COMMAND inside an ERR trap and ${BASH_LINENO[$i]} in a
stack trace: "4 setting(s) read from the environment, 3 undocumented" named both. They are set by bash as it runs (Bash manual,
"Shell Variables"), like LINENO already was; only the `: "${X:=default}"` variable is the project's. Near miss: that project
variable stays read and undocumented."""

from __future__ import annotations

from tests.test_reusability_fixtures import build, results, run_audit

CHECK = "reusability.configuration"

SCRIPT = ('#!/bin/bash\nset -eE\n: "${MIRROR_URL:=https://mirror.invalid/}"\n'
          'report() {\n  for i in "${!FUNCNAME[@]}"; do\n    echo "at ${FUNCNAME[$i]} line ${BASH_LINENO[$i]}"\n  done\n}\n'
          'trap \'echo "failed: $BASH_COMMAND (subshell $BASH_SUBSHELL)"; report\' ERR\n'
          'curl -fsSL "$MIRROR_URL/latest" -o image.tar\n')


def test_bash_own_variables_are_not_settings(tmp_path):
    files = {"README.md": "# Image builder\n\nRun `tools/bootimg/image-builder.sh` to build the boot image.\n",
             "tools/bootimg/image-builder.sh": SCRIPT}
    res = results(run_audit(build(tmp_path / "r", files), tmp_path / "c", [CHECK]))[CHECK]
    undocumented = (res.get("details") or {}).get("undocumented", [])
    read = [e.get("value") for e in res["evidence"] if e.get("kind") == "finding"] + undocumented
    for own in ("BASH_COMMAND", "BASH_LINENO", "BASH_SUBSHELL"):
        assert own not in read, res
    assert "MIRROR_URL" in read, res
