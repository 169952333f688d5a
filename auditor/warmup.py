"""What every audit loads before it reads a repository, loaded once in the server process that
forks the local workers (``forkserver`` preload, see :func:`auditor.executors.make_executor`).

A worker forked from that server starts with the engine imported, the checks, facts and text
signals registered, the licence index, the language model and the SPDX licensing loaded: the pool's start-up costs one
audit's fixed costs in all, instead of one per worker. Nothing here depends on a repository or on
the audit's settings; a failure only means each worker loads what it needs itself.
"""

from __future__ import annotations


def warm() -> None:
    try:
        import auditor.engine  # noqa: F401
        from auditor.checks import load_checks
        from auditor.facts import load_facts
        from auditor.facts.signal_registry import load_signals
        from auditor.langid import identifier
        from auditor.licenses.matcher import get_index
        from auditor.spdx import spdx_licensing

        load_checks()
        load_facts()
        load_signals()
        get_index()
        identifier()
        spdx_licensing()
        import auditor.primer  # noqa: F401 - fills the per-file analyses' caches (lizard imported there, sys.path kept)
        import markdown_it  # noqa: F401
        import radon.complexity  # noqa: F401
        from auditor.lazyre import compile_all

        compile_all()  # the auditor's regular expressions, compiled on first use, once here for every worker
    except Exception:  # noqa: BLE001 - best effort: the workers load what is missing themselves
        pass


warm()
