"""Entry point of the GitLab CI template (``templates/gitlab-ci.yml``): ``python -I -m auditor.ci.gitlab``.

Reads the template's ``READINESS_*`` variables, audits ``$CI_PROJECT_DIR`` and writes the reports
into ``$CI_PROJECT_DIR/readiness/`` (HTML, JSON, Code Quality), where the job's ``artifacts:`` pick
them up. Exit code = the CLI's: 0 done, 1 gate not met (the job fails), 2, 3, 4 errors.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

from auditor.ci.common import forge_env, headline, is_shallow, load_json, plan_audit, split_list, unshallow

OUT_DIR = "readiness"  # artifacts:paths in the template name files in this folder
DEFAULT_FORMATS = "json html codequality"


def main(environ: Mapping[str, str] | None = None) -> int:
    env = dict(os.environ if environ is None else environ)
    project = Path(env.get("CI_PROJECT_DIR") or os.getcwd()).resolve()
    out_dir = project / OUT_DIR
    out_dir.mkdir(parents=True, exist_ok=True)
    formats = split_list(env.get("READINESS_FORMATS") or DEFAULT_FORMATS)
    plan = plan_audit(str(project), out_dir, formats, ruleset=env.get("READINESS_RULESET", ""), lang=env.get("READINESS_LANG", ""),
                      fail_under=env.get("READINESS_FAIL_UNDER", ""), min_level=env.get("READINESS_MIN_LEVEL", ""))
    for fmt in plan.skipped:
        print(f"readiness-auditor: warning: format {fmt!r} is not available in this version: skipped", flush=True)
    if is_shallow(project):
        # The runner's remote URL carries the job token, so a plain fetch can deepen the clone.
        reason = unshallow(project, [None])
        if reason:
            print(f"readiness-auditor: warning: shallow clone ({reason}); maintenance checks need GIT_DEPTH: \"0\"", flush=True)
    child = {k: v for k, v in env.items() if k != "CI_JOB_TOKEN"}  # a job token is not an API token for forge data
    child.update(forge_env(child, "gitlab", env.get("CI_SERVER_URL"), env.get("CI_API_V4_URL")))
    child.setdefault("NO_COLOR", "1")
    rc = subprocess.run(plan.argv, env=child, cwd=out_dir, stdin=subprocess.DEVNULL, check=False).returncode
    report = load_json(plan.paths["json"])
    if report is not None:
        values = headline(report)
        print(f"readiness-auditor: score={values['score']} level={values['level']} open-source={values['open-source']} "
              f"scaling={values['scaling']} exit={rc}", flush=True)
        # A dotenv file other jobs can read through `needs:` (artifacts:reports:dotenv).
        (out_dir / "readiness.env").write_text("".join(
            f"READINESS_{k.upper().replace('-', '_')}={' '.join(v.split())}\n" for k, v in values.items()), encoding="utf-8")
    return rc


if __name__ == "__main__":
    sys.exit(main())
