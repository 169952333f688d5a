"""scaling.end-of-life (issue 12, s35 ae35 = reader m31o4, urbanlab/funambulium): an openFrameworks 0.9.8 installation's README
pins the system in its reinstallation steps, "Version 0.9.8 uniquement (celle-ci n'est compatible qu'avec ubuntu antérieurs à
16.04)": Ubuntu 16.04 at the newest, past its end of life. The check said "no version read", while "(machine Ubuntu 16.04)" in
urbanlab/eddia's README was read: an upper bound between the name and the number ("antérieurs à", "older than") and "compatible
only with" (not a list of supported releases) kept it out."""

from __future__ import annotations

from datetime import date

from auditor.context import AuditConfig
from auditor.engine import AuditOptions, audit
from auditor.facts.scaling.eol_readme import readme_versions
from tests.test_reusability_fixtures import build, results

LINE = ("* Version 0.9.8 uniquement (celle-ci n'est compatible qu'avec ubuntu antérieurs à 16.04) : "
        "https://openframeworks.cc/download/older/\n")


def run(tmp_path, readme: str) -> dict:
    files = {"README.md": "# Funambulium\n\n## Réinstallation\n\n* Télécharger openframeworks\n" + readme,
             "addons.make": "ofxOsc\n", "src/main.cpp": '#include "ofMain.h"\nint main() { return 0; }\n'}
    report = audit(str(build(tmp_path / "r", files)), AuditOptions(
        cache_dir=tmp_path / "c", offline=True, only=["scaling.end-of-life"], as_of=date(2026, 12, 6),
        config=AuditConfig(cache_dir=tmp_path / "c", offline=True, network=False)))
    return results(report)["scaling.end-of-life"]


def test_a_system_only_older_releases_run_on_is_read_at_its_newest(tmp_path):
    r = run(tmp_path, "    " + LINE)
    assert r["status"] in ("warn", "fail") and "Ubuntu 16.04" in r["message"]["en"], r
    assert [v[:2] for v in readme_versions("Runs on Ubuntu older than 18.04 only")] == [("ubuntu", "18.04")]


def test_a_lower_bound_or_a_list_of_supported_releases_stays_unread():
    # near misses: a minimum ("postérieurs à", "ou supérieur") and a "compatible with" list say nothing of the release in use
    assert readme_versions("Fonctionne sur Ubuntu postérieurs à 16.04") == []
    assert readme_versions("Compatible avec Ubuntu 16.04 et 18.04") == []
    assert readme_versions("Testé sur ubuntu antérieurs à 22.04 ou supérieur") == []
