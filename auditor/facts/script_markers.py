"""What says a Python script is a command-line program: an argument parser imported, and the code run under the main guard.
Shared by the kind rules (kind_markers, kind_commands) and the settings files (settings_files: a program is no settings file),
kept apart so that neither imports the other."""

from __future__ import annotations

import re

from auditor.lazyre import lazy_compile

_ARGV_PARSER = lazy_compile(r"^[^\S\n]*(?:import argparse|from argparse import|import click|import typer|from docopt import|import fire|"
                            r"from optparse import|(?:import|from)\s+(?:[\w.]+\s*,\s*)*(?:getopt|optparse)\b)\b", re.M)
_MAIN_GUARD = lazy_compile(r"^if __name__ == ['\"]__main__['\"]\s*:", re.M)
