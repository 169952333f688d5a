"""documentation.readme-sections (issue 12, s41 fr41 = reader rf41's ymansiaux/xtradata): an R package's README says only what the
package does and "Merci de consulter la vignette pour une démo complète"; its vignette (vignettes/<package>.Rmd) has "# Installation du
package", "# Utilisation du package" and "Pour toute question concernant ce package : <address>". The check said installation, usage
and contact missing: the README's sentence naming the vignette was not followed. Rule now: in an R package (a DESCRIPTION at the root),
a README naming "la vignette" / "the vignettes" points to vignettes/*.Rmd, read as the package's README told at length (its install,
usage and contact). Near misses: the same README without the sentence, or the same files in no R package, keep the sections missing."""

from __future__ import annotations

from tests.test_reusability_fixtures import build, results, run_audit

CID = "documentation.readme-sections"
DESCRIPTION = "Package: meteodata\nTitle: Client des services de la métropole\nVersion: 0.1.0\nLicense: GPL (>= 3)\n"
VIGNETTE = ("---\ntitle: \"meteodata\"\nvignette: >\n  %\\VignetteIndexEntry{meteodata}\n---\n\n# Le package meteodata\n\n"
            "Ce package interroge les services de données de la métropole.\n\n"
            "Pour toute question concernant ce package : donnees@metropole-exemple.fr\n\n"
            "# Installation du package\n\n```{r, eval = FALSE}\nremotes::install_git(\"https://gitlab.com/collectivite/meteodata.git\")\n```\n\n"
            "# Utilisation du package\n\n```{r}\nlibrary(meteodata)\nmeteo_releves(key = cle, station = \"BX01\")\n```\n")


def run(tmp_path, readme: str, name: str, r_package: bool = True) -> dict:
    files = {"R/meteo.R": "meteo_releves <- function(key, station) {\n  list(key, station)\n}\n",
             "README.Rmd": "---\noutput: github_document\n---\n\n" + readme, "vignettes/meteodata.Rmd": VIGNETTE}
    if r_package:
        files["DESCRIPTION"] = DESCRIPTION
    return results(run_audit(build(tmp_path / name, files), tmp_path / f"c-{name}", [CID]))[CID]


POINTER = "Ce package interroge les services de données de la métropole.\n\nMerci de consulter la vignette pour une démo complète.\n"


def test_a_readme_sending_to_the_vignette_gives_its_install_usage_and_contact(tmp_path):
    r = run(tmp_path, POINTER, "pointer")
    missing = r["message"]["en"].split("missing:")[-1]
    for name in ("installation", "usage", "contact"):
        assert name not in missing, r["message"]  # was: missing installation, usage, contact
    assert "contributing" in missing and "license" in missing, r["message"]


def test_near_miss_no_sentence_or_no_r_package_keeps_them_missing(tmp_path):
    for name, readme, pkg in (("nosentence", "Ce package interroge les services de données de la métropole.\n", True),
                              ("nopackage", POINTER, False)):
        r = run(tmp_path, readme, name, pkg)
        missing = r["message"]["en"].split("missing:")[-1]
        assert "installation" in missing and "usage" in missing, (name, r["message"])


def install(tmp_path, readme: str, name: str) -> dict:
    files = {"R/meteo.R": "meteo_releves <- function(key, station) {\n  list(key, station)\n}\n", "DESCRIPTION": DESCRIPTION,
             "README.Rmd": "---\noutput: github_document\n---\n\n" + readme, "vignettes/meteodata.Rmd": VIGNETTE}
    return results(run_audit(build(tmp_path / name, files), tmp_path / f"i-{name}", ["reusability.install"]))["reusability.install"]


def test_reusability_install_reads_the_install_chapter_of_the_vignette_the_readme_points_to(tmp_path):
    r = install(tmp_path, POINTER, "pointer")
    assert r["details"]["instructions"] is True, r["message"]  # was: written instructions: no
    assert ("vignettes/meteodata.Rmd", 13) in [(e["path"], e.get("line")) for e in r["evidence"]], r["evidence"]
    r = install(tmp_path, "Ce package interroge les services de données de la métropole.\n", "nosentence")
    assert r["details"]["instructions"] is False, r["message"]
