"""license.declared (issue 12, s37 fb37 = reader rs37, ANSSI-FR/pyrolyse): a research tool's root holds LICENSE-APACHE and LICENSE-MIT
and no manifest; its one manifest is its own crate's, tools/pyrolyse-rs/Cargo.toml (license = "MIT/Apache-2.0"), beside many small
Python and shell scripts (tools/script/). license.declared was []: the sub-folder manifest counts as the project's only when its folder
holds half of the project's source files, and the scripts outnumbered the crate's 143 Rust files though they weigh less. The share is
now weighed by size, as a folder's licence text is: the crate holding most of the code declares the project's licence. Near miss: a
crate lighter than the scripts beside it stays a part, its licence no declaration of the project."""

from __future__ import annotations

from tests.test_licensing_checks import run, text  # noqa: F401 (run: the fixture building a repository and auditing it)

CARGO = '[package]\nname = "sonde-rs"\nversion = "0.1.0"\nedition = "2021"\nlicense = "MIT/Apache-2.0"\n'
README = "# sonde\n\nReassembly tests of network stacks.\n\n## License\n\nLicensed under either of Apache License, Version 2.0 or MIT license at your option.\n"


def _rust(i: int, lines: int) -> str:
    return "".join(f"pub fn step_{i}_{k}(x: u32) -> u32 {{ x.wrapping_mul({k + 3}).rotate_left({k % 7}) ^ {i} }}\n" for k in range(lines))


def _files(crate_lines: int) -> dict:
    files = {"README.md": README, "LICENSE-MIT": text("MIT"), "LICENSE-APACHE": text("Apache-2.0"), "tools/sonde-rs/Cargo.toml": CARGO}
    files.update({f"tools/sonde-rs/src/part_{i}.rs": _rust(i, crate_lines) for i in range(6)})
    files.update({f"tools/script/run_{i}.py": f"import sys\nprint(sys.argv[1:], {i})\n" for i in range(10)})
    files.update({f"tools/script/replay_{i}.sh": f"#!/bin/sh\ntcpreplay -i eth0 pcap/{i}.pcap\n" for i in range(6)})
    return files


def test_the_crate_holding_most_of_the_code_declares_the_project_licence(run):
    _, lic = run(_files(60), only=["licensing.consistent"])
    assert [(d["file"], d["value"]) for d in lic["declared"]] == [("tools/sonde-rs/Cargo.toml", "MIT/Apache-2.0")], lic["declared"]
    assert lic["spdx"] == "Apache-2.0 OR MIT" and lic["status"] == "identified", (lic["spdx"], lic["status"])


def test_a_crate_lighter_than_the_scripts_beside_it_declares_nothing_for_the_project(run):
    _, lic = run(_files(1), only=["licensing.consistent"])
    assert lic["declared"] == [], lic["declared"]
