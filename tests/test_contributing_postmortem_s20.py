"""A post-mortem is no contributing guide; a git workflow is (issue 12, session 20 fixer f2, case 4).

A README's "## Contribuer" chapter linking to docs/post-mortem-….md made it the repository's contributing guide (files.contributing)
because a heading of it held a contribute word: the incident's "## Facteurs contributifs" ("Contributing factors"). A post-mortem,
an incident report or a retrospective is an account of what went wrong, never the guide; a heading on contributing factors is no
heading on contributing. A git workflow document the same chapter links to (docs/workflow.md: how to branch, commit and open a
merge request) tells contributors how to contribute: it is the guide, even without a contribute word."""

from __future__ import annotations

from tests.gitrepo import make_repo
from tests.test_scaling import ctx_for

README = ("# Subventions\n\nSubventions aide les agents d'une préfecture à instruire les demandes de subvention des communes.\n\n"
          "## Contribuer\n\nLisez {links}.\n")
POSTMORTEM = ("# Post-mortem : indisponibilité du 4 février\n\n## Résumé\n\nLe service a été indisponible trois heures après une mise à jour.\n\n"
              "## Facteurs contributifs\n\n- une migration longue lancée en journée\n- aucune alerte sur la file des tâches\n\n"
              "## Actions\n\n- lancer les migrations hors des heures ouvrées\n")
WORKFLOW = ("# Organisation du dépôt\n\n## Branches\n\nPartez de `main` et nommez la branche `feat/<sujet>` ou `fix/<sujet>`.\n\n"
            "## Commits\n\nUn commit par changement, message au format Conventional Commits.\n\n"
            "## Merge requests\n\nOuvrez une merge request vers `main` ; une autre personne de l'équipe la relit avant la fusion.\n")


def _facts(tmp_path, files: dict) -> tuple:
    make_repo(tmp_path, [{"files": files}])
    ctx = ctx_for(tmp_path)
    return ctx.fact("files")["contributing"], ctx.fact("readme_linked_sections")["sections"]


def test_a_post_mortem_is_no_contributing_guide(tmp_path):
    readme = README.format(links="[le post-mortem de février](docs/post-mortem-2025-02.md)")
    guide, linked = _facts(tmp_path / "pm", {"README.md": readme, "docs/post-mortem-2025-02.md": POSTMORTEM})
    assert guide is None and linked == []
    # the same account under another name, its title saying what it is, and a "Contributing factors" heading in any document
    other = README.format(links="[la panne de février](docs/panne-fevrier.md)")
    assert _facts(tmp_path / "title", {"README.md": other, "docs/panne-fevrier.md": POSTMORTEM})[0] is None
    notes = POSTMORTEM.replace("# Post-mortem : indisponibilité du 4 février", "# Panne du 4 février")
    assert _facts(tmp_path / "factors", {"README.md": other, "docs/panne-fevrier.md": notes})[0] is None


def test_a_git_workflow_is_the_contributing_guide(tmp_path):
    readme = README.format(links="[notre organisation du dépôt](docs/workflow.md)")
    assert _facts(tmp_path / "wf", {"README.md": readme, "docs/workflow.md": WORKFLOW})[0] == "docs/workflow.md"
    # beside a post-mortem the chapter also links to: the workflow, not the post-mortem
    both = README.format(links="[le post-mortem](docs/post-mortem-2025-02.md) et [notre organisation](docs/workflow.md)")
    files = {"README.md": both, "docs/post-mortem-2025-02.md": POSTMORTEM, "docs/workflow.md": WORKFLOW}
    assert _facts(tmp_path / "both", files)[0] == "docs/workflow.md"


def test_a_guide_with_a_contributing_heading_still_counts(tmp_path):
    readme = README.format(links="[le guide](docs/guide-dev.md)")
    guide = "# Guide du développeur\n\n## Comment contribuer\n\nSignalez un problème dans les tickets, puis proposez un correctif.\n"
    assert _facts(tmp_path / "g", {"README.md": readme, "docs/guide-dev.md": guide})[0] == "docs/guide-dev.md"
    # a document on branches alone (which branch is deployed where) says nothing of proposing a change: not the guide
    envs = "# Environnements\n\n## Branches\n\n`main` est déployée en production, `develop` en recette.\n"
    assert _facts(tmp_path / "env", {"README.md": README.format(links="[les environnements](docs/envs.md)"), "docs/envs.md": envs})[0] is None
