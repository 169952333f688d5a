"""Which pages at the root give written install instructions (issue 12, session 36 lead, after fixer s36's re-audit of
gestionsiteccsa/Gestion-CCSA).

r36 made a root Markdown page of its own name (cmd.md, COMMANDS.md) giving a command that installs or runs the project count as
written instructions (techsipnrun/autorisations). On Gestion-CCSA (a Django intranet with no README) that rule took
PRE_COMMIT_GUIDE.md's `python manage.py check` and REPORT_FINAL.md's `python scripts/security-audit.py` for install steps:
reusability.install went fail 0 → warn 4 "instructions écrites : oui". A root page counts by its name saying it holds steps
(cmd, commandes, install, setup, getting-started, usage, déploiement, notes…), not by any command of the project in its text.
"""

from __future__ import annotations

from tests.gitrepo import make_repo
from tests.test_platforms_and_sites_s36r36 import CMD_MD, DJANGO
from tests.test_readme_facts_s32e32 import _result

GUIDE = ("# Guide pre-commit\n\n## Étape 3 : Vérification Django\n\n```bash\n# Vérifier la configuration Django\npython manage.py check\n"
         "python manage.py check --deploy\n```\n")
REPORT = "# Rapport final\n\nAudit de sécurité lancé avec :\n\n```bash\npython scripts/security-audit.py\n```\n"


def test_a_guide_and_a_report_at_the_root_are_no_install_instructions(tmp_path):
    make_repo(tmp_path, [{"files": {**DJANGO, "PRE_COMMIT_GUIDE.md": GUIDE, "REPORT_FINAL.md": REPORT}, "date": "2025-04-02T09:00:00Z"}])
    res = _result(tmp_path, "reusability.install")
    assert res["details"]["instructions"] is False, res
    assert not any(e.get("path") in ("PRE_COMMIT_GUIDE.md", "REPORT_FINAL.md") for e in res["evidence"]), res["evidence"]


def test_a_page_named_for_its_steps_still_counts(tmp_path):
    make_repo(tmp_path, [{"files": {**DJANGO, "COMMANDES.md": CMD_MD, "REPORT_FINAL.md": REPORT}, "date": "2025-04-02T09:00:00Z"}])
    res = _result(tmp_path, "reusability.install")
    assert res["details"]["instructions"] is True and any(e.get("path") == "COMMANDES.md" for e in res["evidence"]), res
