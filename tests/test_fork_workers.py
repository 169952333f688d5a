"""A batch's workers are forked from the coordinator once it has loaded the engine, when no other
thread runs (auditor.executors.fork_context); otherwise they come from the clean server process.
Each case runs in a fresh interpreter: the test process itself has threads of earlier tests."""

from __future__ import annotations

import subprocess
import sys
import textwrap


def run(code: str) -> str:
    return subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True, check=True,
                          timeout=120).stdout


def test_workers_are_forked_from_the_warm_coordinator_when_it_runs_alone():
    out = run("""
        import os, sys
        from auditor.executors import make_executor

        def engine_loaded():  # found in the worker: it is a fork of this very process
            return "auditor.engine" in sys.modules

        with make_executor("process", 2) as ex:
            parents = {ex.submit(os.getppid).result() for _ in range(4)}
            loaded = ex.submit(engine_loaded).result()
        print(parents == {os.getpid()}, loaded)
    """)
    assert out.split() == ["True", "True"]


def test_a_coordinator_running_threads_uses_the_server_process_instead():
    out = run("""
        import os, threading
        stop = threading.Event()
        threading.Thread(target=stop.wait, daemon=True).start()
        from auditor.executors import fork_safe, make_executor
        with make_executor("process", 2) as ex:
            parents = {ex.submit(os.getppid).result() for _ in range(4)}
        stop.set()
        print(fork_safe(), os.getpid() in parents)
    """)
    assert out.split() == ["False", "False"]


def test_output_buffered_before_the_fork_is_written_once():
    out = run("""
        import os, sys
        sys.stdout.write("avant-fork;")  # buffered: stdout is a pipe
        from auditor.executors import make_executor
        with make_executor("process", 2) as ex:
            ex.submit(os.getpid).result()
    """)
    assert out == "avant-fork;"
