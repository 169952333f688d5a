"""Package discovery for the top-level ``checks/``, ``reports/`` and ``rulesets/`` folders, and the
data built with the package (license index, language model).

``packages.find`` cannot rename ``checks`` to ``auditor.checks``: every subpackage is listed
here from the folders themselves, so a new check family can never be left out of the wheel.
"""
import importlib.util
import sys
from pathlib import Path

from setuptools import find_namespace_packages, setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
# Data built from the sources when the package is built: (module that builds it, its writer, file).
GENERATED = [
    ("auditor/licenses/matcher.py", "write_index", "auditor/licenses/licenses-index.bin"),  # stdlib only
    ("auditor/langmodel.py", "write_model", "auditor/langid-model.bin"),  # needs py3langid (build requirement)
]


def _load(source: str):
    spec = importlib.util.spec_from_file_location("_generate_" + Path(source).stem, ROOT / source)
    module = sys.modules[spec.name] = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # without importing the auditor package
    return module


class build_py_with_generated_data(build_py):
    """Also writes the data that is slow to compute and fast to load: the license index (seconds to
    build from the license texts, milliseconds to load) and py3langid's model restricted to the
    auditor's languages (half a second of decompression, milliseconds to load). Into the wheel, or
    into the source folder for an editable install. Each file holds its inputs' digest: the auditor
    computes the value at run time rather than use a stale one."""

    def run(self) -> None:
        super().run()
        for source, writer, target in GENERATED:
            out = ROOT / target if self.editable_mode else Path(self.build_lib) / target
            out.parent.mkdir(parents=True, exist_ok=True)
            getattr(_load(source), writer)(out)

    def get_outputs(self, include_bytecode: bool = True) -> list[str]:
        outputs = super().get_outputs(include_bytecode)
        return outputs if self.editable_mode else [*outputs, *(str(Path(self.build_lib) / t) for _s, _w, t in GENERATED)]


def _mapped(folder: str) -> list[str]:
    return ["auditor." + p for p in find_namespace_packages(include=[folder, folder + ".*"], exclude=["*__pycache__*"])]


setup(
    cmdclass={"build_py": build_py_with_generated_data},
    packages=[
        *("auditor" if p == "auditor" else p for p in find_namespace_packages(include=["auditor", "auditor.*"], exclude=["*__pycache__*"])),
        *_mapped("checks"),
        *_mapped("reports"),
        *_mapped("rulesets"),
    ],
)
