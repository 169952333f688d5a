"""Package discovery for the top-level ``checks/``, ``reports/`` and ``rulesets/`` folders, and the
license index built with the package.

``packages.find`` cannot rename ``checks`` to ``auditor.checks``: every subpackage is listed
here from the folders themselves, so a new check family can never be left out of the wheel.
"""
import importlib.util
import sys
from pathlib import Path

from setuptools import find_namespace_packages, setup
from setuptools.command.build_py import build_py

INDEX = "auditor/licenses/licenses-index.bin"


class build_py_with_license_index(build_py):
    """Also writes the license index (seconds to build from the license texts, milliseconds to load)
    beside the matcher: into the wheel, or into the source folder for an editable install. Its
    inputs' digest is inside it: the auditor builds the index at run time rather than use a stale one."""

    def run(self) -> None:
        super().run()
        source = Path(__file__).resolve().parent / "auditor" / "licenses" / "matcher.py"
        spec = importlib.util.spec_from_file_location("_license_matcher", source)
        matcher = sys.modules[spec.name] = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(matcher)  # stdlib only: works in an isolated build environment
        out = Path(__file__).resolve().parent / INDEX if self.editable_mode else Path(self.build_lib) / INDEX
        out.parent.mkdir(parents=True, exist_ok=True)
        matcher.write_index(out)

    def get_outputs(self, include_bytecode: bool = True) -> list[str]:
        outputs = super().get_outputs(include_bytecode)
        return outputs if self.editable_mode else [*outputs, str(Path(self.build_lib) / INDEX)]


def _mapped(folder: str) -> list[str]:
    return ["auditor." + p for p in find_namespace_packages(include=[folder, folder + ".*"], exclude=["*__pycache__*"])]


setup(
    cmdclass={"build_py": build_py_with_license_index},
    packages=[
        *("auditor" if p == "auditor" else p for p in find_namespace_packages(include=["auditor", "auditor.*"], exclude=["*__pycache__*"])),
        *_mapped("checks"),
        *_mapped("reports"),
        *_mapped("rulesets"),
    ],
)
