"""readme.sections usage (issue 12, s37 fb37 = reader rs37, ANSSI-FR/pyrolyse): the README's "## Command files in ws" says "Full
commands are located in the ./ws directory", and ws/ holds the pipeline's command pages (ws/commands_00_test_case_generation.md,
ws/network_stack/ip/commands_01_traffic_generation.md…). usage was absent: a pointer to a folder (not to one file) was not followed,
and "Command files" is no usage heading. A paragraph naming (or linking) a folder of the repository that holds two documents or more
named as the use's pages (commands, usage, tutorial, guide, manual) gives the usage, as a link to USAGE.md does. Near misses: a folder
of scripts, or of design notes, named the same way, gives none."""

from __future__ import annotations

import pytest

from auditor.engine import AuditOptions, audit
from auditor.facts.readme_sentences import Targets, usage_folder
from tests.gitrepo import make_repo

README = ("# sonde\n\nSonde is an audit tool that tests the reassembly policies of network stacks.\n\n## Installation\n\n"
          "    $ cargo build --release\n\n## Command files in ws\n\nFull commands are located in the ./ws directory.\n\n"
          "## License\n\nMIT.\n")
PAGES = {"ws/commands_00_test_case_generation.md": "# Test cases\n\n    $ sonde generate --out cases/\n",
         "ws/network/ip/commands_01_traffic_generation.md": "# Traffic\n\n    $ sonde traffic --ip 4\n",
         "ws/network/ip/commands_02_traffic_replay.md": "# Replay\n\n    $ sonde replay pcap/\n"}
NOTES = {"ws/architecture_overview.md": "# Architecture\n\nThe crate's modules.\n", "ws/design_notes.md": "# Notes\n\nWhy TCP first.\n",
         "ws/run_all.sh": "#!/bin/sh\nsonde generate\n"}


def _sections(tmp_path, extra: dict) -> list[str]:
    files = {"README.md": README, "Cargo.toml": '[package]\nname = "sonde"\nversion = "0.1.0"\n', "src/main.rs": "fn main() {}\n", **extra}
    repo = make_repo(tmp_path / "r", [{"files": files, "date": "2026-02-11T13:52:20Z", "message": "init", "author": ("Alice Martin", "alice@exemple.fr")}])
    report = audit(str(repo), AuditOptions(cache_dir=tmp_path / "c", offline=True, only=["documentation.readme"]))
    return report["facts"]["readme"]["sections"]


def test_a_pointer_to_a_folder_of_command_pages_gives_the_usage(tmp_path):
    assert "usage" in _sections(tmp_path, PAGES)


def test_a_pointer_to_a_folder_of_design_notes_and_scripts_gives_none(tmp_path):
    assert "usage" not in _sections(tmp_path, NOTES)


@pytest.mark.parametrize(("text", "files", "usage"), [
    ("Full commands are located in the ./ws directory.", PAGES, True),
    ("Les tutoriels sont dans le dossier `ws/`.", PAGES, True),
    ("Full commands are located in the ./ws directory.", NOTES, False),
    ("Full commands are located in the ./docs directory.", PAGES, False),  # no such folder
    ("See ws/commands_00_test_case_generation.md.", PAGES, False),  # one file: read as a file mention, not a folder
])
def test_what_reads_as_a_folder_of_use_pages(text, files, usage):
    assert usage_folder(text, [], Targets(set(files), "README.md")) is usage
