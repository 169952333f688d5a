"""A README without extension written in Markdown is read as Markdown (issue 12, session 27 fixer h27; reader s27 r1:
dvf-cerema/dvf_plus).

A Python library's ``README`` (no extension) has "# dvf_plus", "### Licence" over "GNU GPL v3", "### Installation" over a fenced
`pip install`: read as plain text its "#" titles were no headings (headings []), the licence section was missing. An extension-less
README whose lines are Markdown (ATX headings, fences, links) is now Markdown; a plain-text README (capital-letter chapters, titles
underlined as in reStructuredText) stays plain text.
"""

from __future__ import annotations

from auditor.facts.document import readme_format
from tests.gitrepo import make_repo
from tests.test_scaling import ctx_for

README = ("# dvf_plus\n\n### Version\n\n0.2.0\n\n### Licence\n\nGNU GPL v3\n\n### Requirements\n\n* Python 3.4, 3.5\n* psycopg2 2.6.1\n\n"
          "### Installation\n\n```\npip install git+https://forge.example.org/cerema/dvf_plus\n```\n")


def test_markdown_readme_without_extension_gives_its_headings_and_licence(tmp_path):
    make_repo(tmp_path, [{"files": {"README": README, "setup.py": "from setuptools import setup\nsetup(name='dvf_plus')\n",
                                    "dvf_plus/__init__.py": "VERSION = '0.2.0'\n"}}])
    readme = ctx_for(tmp_path).fact("readme")
    assert readme["format"] == "markdown"
    assert [h["text"] for h in readme["headings"]] == ["dvf_plus", "Version", "Licence", "Requirements", "Installation"]
    assert {"license", "install"} <= set(readme["sections"])
    assert next(d for d in readme["section_details"] if d["name"] == "license")["line"] == 7


def test_plain_text_readme_without_extension_stays_text():
    rst_like = "Mon outil\n=========\n\nInstallation\n------------\n\n# ceci est un commentaire\n# et un autre\n"
    chapters = "MON OUTIL\n\nINSTALLATION\n\nCopier le dossier dans le serveur.\n"
    assert readme_format("README", rst_like) == "text"
    assert readme_format("README", chapters) == "text"
    assert readme_format("README") == "text"
    assert readme_format("README", README) == "markdown"
    assert readme_format("README.txt", README) == "markdown"  # (s40 fb40: a .txt README in Markdown is sniffed too)
    assert readme_format("README.txt", rst_like) == readme_format("README.txt", chapters) == "text"
