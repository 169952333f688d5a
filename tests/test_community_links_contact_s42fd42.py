"""readme.sections.contact: a chapter of links to the community's other projects ("Liens communauté et écosystème") names no one to
reach; a chapter titled for the community alone, or for contact and the community, stays contact (issue 12, s42 fd42, reader rv42).

The files are written for these tests, in the shape of the real repository named above each group."""

from __future__ import annotations

from tests.gitrepo import make_repo
from tests.test_reusability_fixtures import run_audit

INTRO = "# Tableaux\n\nUne distribution de Superset avec le thème de l'État, pour les tableaux de bord des administrations.\n\n"


def _sections(tmp_path, chapter: str, name: str) -> list:
    commits = [{"files": {"README.md": INTRO + chapter, "Dockerfile": "FROM apache/superset:4.0.0\n"}, "date": "2025-01-10T10:00:00Z", "message": "init"}]
    return run_audit(make_repo(tmp_path / name, commits), tmp_path / f"c-{name}", ["documentation.readme-sections"])["facts"]["readme"]["sections"]


# - etalab-ia/chartsgouv: "## Liens communauté et écosystème" lists shillelagh-gristapi, django-superset-integration and a ministry's
#   documentation site ("vous pouvez trouver des contacts dans la section 'A propos' du site", that site's): contact was claimed.
def test_a_chapter_of_community_links_is_no_contact(tmp_path):
    chapter = ("## Liens communauté et écosystème\n\n- [grist-api](https://github.com/example/grist-api) – connecter Grist et Superset.\n"
               "- [django-integration](https://github.com/example/django-integration) – intégration Django et Superset.\n")
    assert "contact" not in _sections(tmp_path, chapter, "links")


def test_a_community_chapter_stays_contact(tmp_path):
    chapter = "## Communauté\n\nRejoignez-nous sur le salon [#tableaux](https://matrix.to/#/#tableaux:example.org).\n"
    assert "contact" in _sections(tmp_path, chapter, "community")
    chapter = "## Contact et communauté\n\nÉcrivez-nous à tableaux@example.org.\n"
    assert "contact" in _sections(tmp_path, chapter, "contact")
