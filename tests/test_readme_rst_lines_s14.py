"""Session 14 (issue 12, State facts, h4's read of a Django start-up with a README.rst): the sentence under the README's title
("Title / ~~~~~" on lines 1-2, the sentence on line 4) was given at line 3, the blank line above it: docutils 0.23 numbers a
paragraph by its first line, and the parser took one off as an older docutils needed. A sentence's line is the line its words are on."""

from __future__ import annotations

from tests.test_readme_state_s12 import build, run_audit

RST = ("Remboursements: un service en ligne\n~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~\n\n"
       "Ce service simplifie la demande de remboursement des frais de transport en ligne.\n\n"
       "Installation\n============\n\n"
       "* Pour installer le service, lancez\n  la commande ``make install`` puis ``make run``.\n\n"
       "Licence\n=======\n\nCe logiciel est publié sous licence AGPL-3.0.\n")


def test_a_sentence_of_a_rst_readme_is_given_at_its_own_line(tmp_path):
    files = {"README.rst": RST, "setup.py": "from setuptools import setup\nsetup(name='rembourse')\n", "rembourse/__init__.py": ""}
    fact = run_audit(build(tmp_path / "r", files), tmp_path / "c", ["documentation.readme"])["facts"]["readme"]
    lines = RST.splitlines()
    assert fact["description"]["line"] == 4 and lines[3].startswith("Ce service"), fact["description"]
    det = {d["name"]: d for d in fact["section_details"]}
    assert det["purpose"]["line"] == 4, det
    assert det["install"]["line"] == 6, det  # the heading's line, as before
