"""A licence chapter pointing to the licence file by its name in inline code is a licence chapter (issue 12, s44 lead = reader
rw44's InseeFrLab/GRAAL).

GRAAL's README ends "## License" over "This project includes a `LICENSE` file in the repository root. Please refer to it for
licensing details." The chapter's text was read with every code span blanked (so that "- `mvn license:check`" under a licence
heading, the headers' tooling, names no licence), which blanked the file's name too: the licence section was missed. Rule now: a
code span holding only a licence file's name (LICENSE, LICENCE.md, COPYING, LICENSES/) stays in the text. Near miss: a chapter
listing only the licence tooling's commands in code spans is still no licence chapter."""

from __future__ import annotations

from tests.test_reusability_fixtures import build, run_audit

CODE = {"pyproject.toml": '[project]\nname = "graal-demo"\nversion = "0.1.0"\n',
        "src/search.py": "def search(query):\n    return [query]\n",
        "LICENSE": "MIT License\n\nCopyright (c) 2025 Example\n\nPermission is hereby granted, free of charge, to any person obtaining "
                   "a copy of this software.\n"}
HEAD = "# Recherche\n\nOutil de recherche dans une nomenclature.\n\n## Installation\n\n```bash\npip install .\n```\n\n"


def _sections(tmp_path, chapter: str, name: str):
    report = run_audit(build(tmp_path / name, {**CODE, "README.md": HEAD + chapter}), tmp_path / f"c-{name}",
                       ["documentation.readme-sections"])
    return report["facts"]["readme"]["sections"]


def test_a_licence_chapter_naming_the_licence_file_in_code_is_a_licence_section(tmp_path):
    chapter = ("## License\n\nThis project includes a `LICENSE` file in the repository root. Please refer to it for licensing "
               "details.\n")
    assert "license" in _sections(tmp_path, chapter, "named"), chapter


def test_near_miss_a_licence_chapter_of_tooling_commands_in_code_is_none(tmp_path):
    chapter = "## Commandes pour notice et license\n\n- `mvn license:check`\n- `mvn license:format`\n"
    assert "license" not in _sections(tmp_path, chapter, "tooling")
