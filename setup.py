"""Package discovery for the top-level ``checks/``, ``reports/`` and ``rulesets/`` folders.

``packages.find`` cannot rename ``checks`` to ``auditor.checks``: every subpackage is listed
here from the folders themselves, so a new check family can never be left out of the wheel.
"""
from setuptools import find_namespace_packages, setup


def _mapped(folder: str) -> list[str]:
    return ["auditor." + p for p in find_namespace_packages(include=[folder, folder + ".*"], exclude=["*__pycache__*"])]


setup(
    packages=[
        *("auditor" if p == "auditor" else p for p in find_namespace_packages(include=["auditor", "auditor.*"], exclude=["*__pycache__*"])),
        *_mapped("checks"),
        *_mapped("reports"),
        *_mapped("rulesets"),
    ],
)
