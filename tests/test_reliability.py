"""The reliability suite inside pytest: a quick slice of the hostile corpus by default (one case of
each kind that needs no long audit), the whole corpus with ``AUDITOR_RELIABILITY=full`` and the heavy
cases too with ``AUDITOR_RELIABILITY=heavy`` (or ``python -m tests.reliability [--heavy]``)."""

from __future__ import annotations

import os

import pytest

# Inside the test suite other tests run alongside: time bounds three times looser unless told.
os.environ.setdefault("AUDITOR_RELIABILITY_TIME_SCALE", "3")

from tests.reliability.corpus import corpus
from tests.reliability.runner import judge, make_work_base, summary

QUICK = {"git-gitdir", "git-symlink-file-url", "portfolio-alias-bomb", "portfolio-brackets", "ruleset-deep-block", "report-deep-json",
         "report-dev-zero", "credentialed-url-bad-port", "credentialed-clone-http", "unresponsive-http-server", "mirror-head-truncated",
         "fact-cache-wrong-shape", "output-dev-full", "csv-doubled-quotes", "esc-bel-author-names", "empty-repository",
         "sigkill-during-clone", "corrupt-pack"}
MODE = os.environ.get("AUDITOR_RELIABILITY", "quick")
CASES = [c for c in corpus() if (c.name in QUICK if MODE == "quick" else (MODE == "heavy" or not c.heavy))]
_VERDICTS: list = []


@pytest.fixture(scope="module")
def base(tmp_path_factory):
    base = make_work_base(tmp_path_factory.mktemp("reliability"))
    yield base
    print("\n" + summary(_VERDICTS))


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_hostile_case_survives(case, base):
    from tests.reliability.runner import Work

    verdict = judge(case, Work(base, case.name))
    _VERDICTS.append(verdict)
    if any("cannot mount" in p for p in verdict.problems):
        pytest.skip(verdict.problems[0])
    assert verdict.survived, verdict.problems


def test_quick_slice_covers_every_kind():
    kinds = {c.kind for c in corpus() if not c.heavy}
    quick = {c.kind for c in corpus() if c.name in QUICK}
    assert QUICK <= {c.name for c in corpus()}
    assert kinds - quick <= {"read-only", "full-disk", "kill-resume", "bounded-history", "bounded-tree", "bounded-repository-file",
                             "untrusted-repository", "kill-leftovers"}


def test_sampled_command_lines_are_the_runs_own():
    """The credential case samples the command lines of the audit's own processes only: another audit of the same case
    running at the same time on the machine (a second test run) must not be taken for this run's leak."""
    import subprocess
    import time

    from tests.reliability.runner import descendant_cmdlines

    mine = subprocess.Popen(["sh", "-c", 'sh -c "sleep 2" child-of-this-run & wait'])
    other = subprocess.Popen(["sh", "-c", "sleep 2", "another-run"])
    try:
        time.sleep(0.3)
        seen = descendant_cmdlines(mine.pid)
        assert any(b"child-of-this-run" in c for c in seen)
        assert not any(b"another-run" in c for c in seen)
    finally:
        mine.wait()
        other.wait()
