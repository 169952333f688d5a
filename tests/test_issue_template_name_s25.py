"""GitHub's single issue (or pull request) template named without extension (issue 12, session 25 fixer j25; session 24 reader
o1, GrandNancy/OpenTripPlanner).

The fork's root held ISSUE_TEMPLATE, no extension ("## Expected behavior / ## Observed behavior / ## Version …"), and
documentation.community-files said "issue template" absent: the rule wanted issue_template.md. GitHub reads the single template
at the root, in docs/ or .github/, its name in any case, with or without an extension (.md, .txt). The template folders keep
their rule; a script named after templates is none."""

from __future__ import annotations

import pytest

from tests.gitrepo import make_repo
from tests.test_scaling import ctx_for
from tests.test_scaling import run as run_check

README = "# Planner\n\nPlanner computes journeys on public transport from open timetables.\n"
TEMPLATE = "## Expected behaviour\n\n## Observed behaviour\n\n## Version used\n\n## Steps to reproduce\n"


@pytest.mark.parametrize(("path", "kind"), [
    ("ISSUE_TEMPLATE", "issue_template"), (".github/issue_template.txt", "issue_template"), ("docs/ISSUE_TEMPLATE.md", "issue_template"),
    ("PULL_REQUEST_TEMPLATE", "pr_template"), (".github/ISSUE_TEMPLATE/bug_report.md", "issue_template"),
])
def test_a_single_template_without_extension_is_found(tmp_path, path, kind):
    make_repo(tmp_path, [{"files": {"README.md": README, path: TEMPLATE}}])
    ctx = ctx_for(tmp_path)
    assert (ctx.fact("docs")["community"][kind] or {}).get("path") == path
    res = run_check(ctx, "documentation.community-files")
    assert kind in {e.value for e in res.evidence if e.kind == "found"}, res.evidence


def test_other_files_named_after_templates_are_none(tmp_path):
    make_repo(tmp_path, [{"files": {"README.md": README, "scripts/issue_template.py": "TEMPLATE = ''\n",
                                    "src/ISSUE_TEMPLATES": TEMPLATE}}])
    community = ctx_for(tmp_path).fact("docs")["community"]
    assert community["issue_template"] is None and community["pr_template"] is None
