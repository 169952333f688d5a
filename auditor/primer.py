"""Fill the caches every per-file analysis fills on a process's first file, once, in the server
process the local workers are forked from (``forkserver`` preload of :mod:`auditor.warmup` and of
:mod:`auditor.blobwork`'s pool): the Pygments lexers' token tables, the text signals' regular
expressions, detect-secrets' plugins and their patterns. Each forked worker then starts with them
instead of paying them on its first audit (a second or so per worker, measured in
``benchmarks/run_all.py``'s batch).

Nothing here reads a repository or depends on an audit's settings: the analyses give the same
results primed or not. A failure only means each worker fills its caches itself.
"""

from __future__ import annotations


def prime() -> None:
    try:
        from auditor.facts.comments import LEXERS, lexer_for, python_metrics

        for lang in LEXERS:
            for _ in lexer_for(lang).get_tokens("/** x */\nx = 1;\n"):
                pass
        python_metrics('"""x."""\n\n\ndef f():\n    """y."""\n    return 1\n')
        from auditor.facts.code import load_lizard

        load_lizard()  # lizard's readers (imported with sys.path kept as it is: see load_lizard)
        from auditor.facts.signal_registry import load_signals

        for sig in load_signals().values():
            sig.regex  # noqa: B018 - compiled and cached
        from auditor.facts.secrets import scan

        scan("primer.py", b'password = "x"\n')
        from auditor import scratch

        scratch.release()  # (the scan's copy folder: the workers keep theirs under their audit's root)
    except Exception:  # noqa: BLE001 - best effort: the workers fill what is missing themselves
        pass


prime()
