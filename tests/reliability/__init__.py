"""The reliability suite: a hostile corpus built on the fly, each case run as a user would run the
auditor (a subprocess), measured (wall time and peak memory from ``os.wait4``) and checked.

    python -m tests.reliability            # the CI corpus, with a summary
    python -m tests.reliability --heavy    # plus the heavier cases (big history, big blob, many files)
"""
