"""documentation.community-files (issue 12, s40 fh40 = reader rf40, zerocool87/Laravel-Spass): the project's roadmap at
docs/features/roadmap.md, linked from the README by a relative link under the word "roadmap", was listed absent: the community fact
looked at the root, docs/, .github/ and .gitlab/ and took only http(s) links. A relative link of the README to a prose file of the
repository, in a paragraph or item saying roadmap, is the roadmap, as an http(s) link is. Near misses: a relative link leaving the
repository (../), to a missing file, or in an item not about a roadmap finds nothing."""

from __future__ import annotations

from auditor.engine import AuditOptions, audit
from tests.gitrepo import make_repo

PLAN = ("# Portail des élus — plan produit\n\n## Priorités\n\n- Messagerie\n- Agenda des commissions\n\n"
        "## Plan d'exécution (12 semaines)\n\n- Sprint 1 : actualités\n- Sprint 2 : documents\n")


def community(tmp_path, readme):
    files = {"README.md": readme, "docs/features/roadmap.md": PLAN, "docs/features/agenda.md": "# Agenda\n\nLes réunions.\n",
             "app/Http/Kernel.php": "<?php\nclass Kernel {}\n", "composer.json": '{"require": {"laravel/framework": "^12.0"}}\n'}
    repo = make_repo(tmp_path / "r", [{"files": files, "date": "2026-07-01T10:00:00Z", "message": "init"}])
    report = audit(str(repo), AuditOptions(cache_dir=tmp_path / "c", offline=True, only=["documentation.community-files"]))
    return report["results"][0]


def test_a_roadmap_linked_by_a_relative_link_from_the_readme_is_found(tmp_path):
    r = community(tmp_path, "# Portail\n\n## Documentation\n\n- Agenda: [docs/features/agenda.md](docs/features/agenda.md)\n"
                            "- Plan produit et roadmap: [docs/features/roadmap.md](docs/features/roadmap.md)\n")
    assert "roadmap" in r["details"]["present"], r["message"]
    assert "docs/features/roadmap.md" in [e.get("path") for e in r["evidence"]], r["evidence"]


def test_links_outside_the_repository_missing_or_not_about_a_roadmap_find_nothing(tmp_path):
    r = community(tmp_path, "# Portail\n\n## Documentation\n\n- Agenda et feuille de route : [agenda](docs/features/missing.md)\n"
                            "- Roadmap: [../autre/roadmap.md](../autre/roadmap.md)\n"
                            "- Plan produit: [docs/features/agenda.md](docs/features/agenda.md)\n")
    assert "roadmap" in r["details"]["missing"], r["message"]
