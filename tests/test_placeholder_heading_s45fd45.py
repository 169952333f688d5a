"""A README heading over a placeholder is no section (issue 12, s45 fd45 = reader rd45 on remifroger/client-geocodeur).

remifroger/client-geocodeur's README has "# Documentation" whose body is "..." (l.10-12); documentation.readme-sections counted it as
the usage section ("Documentation" is a usage heading word). A chapter announced and not written — "...", "TODO", "À venir" — is no
section. Near miss: a "# Documentation" chapter with a sentence and a command stays the usage."""

from __future__ import annotations

from tests.gitrepo import make_repo
from tests.test_scaling import ctx_for

README = ("# Pré-requis\n\n* [Node.js](https://nodejs.org/)\n\n# Documentation\n\n{body}\n\n# Installation\n\n```\nnpm install\n```\n")


def _usage(tmp_path, body: str):
    make_repo(tmp_path, [{"files": {"README.md": README.format(body=body), "package.json": '{"name": "x"}'}}])
    return None, ctx_for(tmp_path).fact("readme")["sections"]


def test_a_heading_over_a_placeholder_is_no_section(tmp_path):
    for i, body in enumerate(("...", "…", "TODO", "À venir")):
        _, sections = _usage(tmp_path / f"p{i}", body)
        assert "usage" not in sections, (body, sections)


def test_near_miss_a_written_documentation_chapter_stays_usage(tmp_path):
    body = "Déposez le fichier d'adresses sur la page d'accueil, lancez le géocodage puis téléchargez le résultat :\n\n```\nnpm start\n```"
    _, sections = _usage(tmp_path / "w", body)
    assert "usage" in sections, sections
