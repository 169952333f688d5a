"""A heading over nothing but a command is no impact indicator (issue 12, session 26 fixer l26, s26 o2, dataregion/DataEtatRegion-back).

services/docs/upload_sessions_analysis.md:94 "### Statistiques par région" holds one jq command counting upload sessions per region
in a debugging note: scaling.impact-indicators passed on it ("impact section in the docs"). A statistics section with words or
figures still counts."""

from __future__ import annotations

from tests.test_project_kind import run
from tests.test_reusability_fixtures import build, results

IMPACT = "scaling.impact-indicators"
CODE = "def upload(path):\n    return open(path).read()\n"


def _impact(tmp_path, section, name):
    files = {"README.md": "# Dépôts\n\nService de dépôt des fichiers budgétaires.\n", "services/upload.py": CODE,
             "services/docs/analyse_sessions.md": "# Analyse des sessions\n\n## Commandes utiles\n\n" + section
             + "\n### Sessions par année\n\n```bash\nls /data/sessions | wc -l\n```\n"}
    return results(run(build(tmp_path / name, files), tmp_path / f"c{name}", only=[IMPACT]))[IMPACT]


def test_a_heading_over_a_command_only_is_no_indicator(tmp_path):
    r = _impact(tmp_path, "### Statistiques par région\n\n```bash\njq -r '.source_region' /data/sessions/*.json | sort | uniq -c\n```\n", "cmd")
    assert r["status"] != "pass" and "Statistiques" not in str(r["evidence"]), r


def test_a_statistics_section_with_figures_still_counts(tmp_path):
    r = _impact(tmp_path, "### Statistiques\n\nEn 2025, 1 200 dépôts de 85 collectivités ont été traités.\n", "fig")
    assert r["status"] == "pass" and "Statistiques" in str(r["evidence"]), r
