"""scaling.end-of-life (issue 12, session 16's reads r1): a kiosk application's README requires "Must be installed on Ubuntu 18"
(18.04, standard support ended 2023-05-31) and nothing else versions a runtime: "No runtime or framework version read" (not
applicable). The system a README says the project is installed on is read like a runtime it states ("Ubuntu 18" is the long-term
release of that year, 18.04; a Debian point release is its major release), never a minimum or a "compatible with" list."""

from __future__ import annotations

from datetime import date

from auditor.context import AuditConfig
from auditor.engine import AuditOptions, audit
from auditor.facts.scaling.eol_readme import readme_versions
from tests.test_reusability_fixtures import build, results

README = ("# Kiosque\n\nApplication de borne interactive.\n\n**Prérequis :**\n\n - Must be installed on Ubuntu 18\n"
          " - User should be `kiosque`\n\n**Installation :**\n\n    make && make RunRelease\n")


def test_the_system_a_readme_installs_on_is_judged(tmp_path):
    files = {"README.md": README, "src/main.cpp": "int main() { return 0; }\n", "Makefile": "all:\n\tg++ src/main.cpp\n"}
    report = audit(str(build(tmp_path / "r", files)), AuditOptions(
        cache_dir=tmp_path / "c", offline=True, only=["scaling.end-of-life"], as_of=date(2026, 12, 3),
        config=AuditConfig(cache_dir=tmp_path / "c", offline=True, network=False)))
    read = {(r["product"], r["cycle"], r["path"], r["line"]) for r in report["facts"]["end_of_life"]["read"]}
    assert read == {("ubuntu", "18.04", "README.md", 7)}, read
    eol = results(report)["scaling.end-of-life"]
    assert eol["status"] != "not_applicable" and "Ubuntu 18.04" in eol["message"]["en"], eol["message"]


def test_minimums_lists_and_point_releases():
    assert readme_versions("Works on Ubuntu 18.04 or later.\n") == []
    assert readme_versions("Compatible with Debian 10, 11\n") == []
    assert [v[:2] for v in readme_versions("Installé sur Debian 10.5 et Ubuntu 19\n")] == [("debian", "10")]
