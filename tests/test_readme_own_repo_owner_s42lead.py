"""The publisher's own domain, known from the README's link to the repository itself (issue 12, s42 lead, after fixer fj42's note on
ISPF/Truc): a statistics institute's R user group commits from its own domain (@ispf.pf) and its scripts call the institute's
API; with no forge (a local clone), fi42's rule called that domain "the company whose server the project uses" — a contractor.
The README says where the repository lives ("le contenu est poussé sur le [GitHub](https://github.com/<account>/<this repository>)"):
that account names the publisher, and the committers' domain named like it is the publisher's own. Near miss: a README linking
another repository of the same account leaves today's reading. The fixtures are written for the test."""

from __future__ import annotations

from auditor.engine import AuditOptions, audit
from tests.gitrepo import make_repo

SCRIPT = ("library(httr)\n\nbase <- \"https://api.statpf-exemple.pf/v1\"\nlire <- function(serie) {{\n"
          "  GET(\"https://api.statpf-exemple.pf/v1/series/{i}\")\n}}\nprix <- GET(\"https://api.statpf-exemple.pf/v1/prix\")\n")
AUTHORS = [("Laure Martin", "laurem@statpf-exemple.pf"), ("Paul Roux", "paulr@statpf-exemple.pf")]
CHECKS = ["scaling.contributor-organisations"]


def _audit(tmp_path, linked: str) -> dict:
    readme = f"# Groupe R\n\nLe contenu est poussé sur le [GitHub](https://github.com/STATPF/{linked}) du groupe, accessible à tous.\n"
    commits = [{"files": {"README.md": readme}, "date": "2026-09-01T10:00:00Z", "author": AUTHORS[0], "message": "init"}]
    commits += [{"files": {f"S0{i}/session.R": SCRIPT.format(i=i)}, "date": f"2026-10-{i + 1:02d}T10:00:00Z",
                 "author": AUTHORS[i % 2], "message": f"session {i}"} for i in range(1, 7)]
    report = audit(str(make_repo(tmp_path / "groupe-r", commits)), AuditOptions(cache_dir=tmp_path / "c", offline=True, only=CHECKS))
    return report["results"][0]


def test_the_readmes_link_to_this_repository_names_the_publishers_domain(tmp_path):
    r = _audit(tmp_path, "groupe-r")
    assert "the company whose server the project uses" not in r["message"]["en"], r["message"]


def test_a_link_to_another_repository_of_the_account_names_nothing(tmp_path):  # (near miss: today's reading stays)
    r = _audit(tmp_path, "autre-depot")
    assert "statpf-exemple.pf (the company whose server the project uses)" in r["message"]["en"], r["message"]
