"""documentation.readme-sections / facts.readme.sections: a library README documenting its use by reference headings ("CRUD",
"Supported filters operators") was "missing: usage" (issue 12, s21 r2, geo2france/refine-wfs). What a library supports and
offers its callers is its usage; a README with an installation chapter only still misses it."""

from __future__ import annotations

from tests.gitrepo import make_repo
from tests.test_scaling import ctx_for

INTRO = "# carto-provider\n\nFournisseur de données WFS pour un tableau de bord.\n\n## Installation\n\n```bash\nnpm install carto-provider\n```\n\n"


def _sections(tmp_path, text: str) -> list:
    make_repo(tmp_path, [{"files": {"README.md": text, "package.json": '{"name": "carto-provider", "version": "1.0.0"}\n'}}])
    return ctx_for(tmp_path).fact("readme")["sections"]


def test_reference_headings_of_a_library_are_its_usage(tmp_path):
    text = INTRO + ("## CRUD\n\nSeules les lectures sont prises en charge (liste, un élément, plusieurs).\n\n"
                    "## Supported filters operators\n\n- `eq`\n- `ne`\n- `in`\n")
    assert "usage" in _sections(tmp_path / "a", text)


def test_an_installation_chapter_alone_gives_no_usage(tmp_path):
    assert "usage" not in _sections(tmp_path / "b", INTRO + "## Licence\n\nMIT\n")
