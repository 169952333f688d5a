"""The build, test and delivery machinery's own scripts, apart from the running service (issue 12, s21 r4 on a fork of Suricata).

A fuzzing harness and its image build (.clusterfuzzlite/build.sh fetching a public seed corpus, .clusterfuzzlite/Dockerfile cloning
the libraries it fuzzes), a CI or QA folder's scripts (qa/travis.sh and its CFLAGS, TRAVIS_OS_NAME; ci/, .ci/), git hooks and
git helper commands (.githooks/, .husky/, scripts/git-clang-format-custom and its GIT_INDEX_FILE), a formatter's or linter's
wrapper (scripts/clang-format.sh): what they read, fetch or clone is the machinery's, never a setting or a dependency of the
service a reuser deploys. A path rule only: nothing is read.
"""

from __future__ import annotations

import re

from auditor.lazyre import lazy_compile

MACHINERY_SCRIPT = lazy_compile(r"(?:^|/)(?:\.clusterfuzzlite|\.?fuzz|fuzzing|oss-fuzz|\.?ci|qa|\.githooks|githooks|git-hooks|\.husky)/"
                                r"|(?:^|/)git-[\w.-]+$|(?:^|/)(?:clang-format|run-clang-format|lint|format)(?:[._-][\w.-]*)?\.sh$", re.I)


def machinery_script(path: str) -> bool:
    """The file belongs to the fuzzing, CI/QA, git-hook or formatting machinery (see above)."""
    return bool(MACHINERY_SCRIPT.search(path))
