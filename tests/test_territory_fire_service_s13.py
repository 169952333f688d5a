"""reusability.territory-neutral (issue 12, s12 r2 reads): a département's fire and rescue service named in the screens of its
own copy of a shared application — its label with the département's number ("Numéro SDIS 77"), its intranet host
(http://carto.intra.sdis77.fr/…) and its support address (mailto:support@sdis77.fr) — ties the code to that territory. The same
name in a comment, or a number that is no département, does not."""

from __future__ import annotations

from tests.test_reusability_fixtures import build, results, run_audit

CID = "reusability.territory-neutral"
README = "# Prévention\n\nSuivi des établissements recevant du public.\n"
VIEW = ("<div class='row'>\n  <div class='left libelle span3'>Numéro interne SDIS 77</div>\n"
        "  <div class='span6'><?php echo $this->dossier['NUM_INTERNE']; ?></div>\n</div>\n")
MAP = ("<?php\n    $urlCarto = \"http://carto-app.intra.sdis77.fr/viewer/index.html?config=PREV&x=\" . $this->lon . \"&y=\" . $this->lat;\n?>\n"
       "<a href=\"<?php echo $urlCarto; ?>\">Carte</a>\n")
ERROR = "<p>Envoyez cette page au <a href=\"mailto:support_si@sdis77.fr\">support</a>.</p>\n"
NEUTRAL = ("<div class='row'>\n  <!-- demandé par le SDIS 77 -->\n  <div class='left libelle'>Numéro interne SDIS 99</div>\n  <span>Mise à jour sur SDIS77/appli</span>\n"
           "  <div><?php echo $this->libelle; ?></div>\n</div>\n")


def terr(tmp_path, files: dict) -> dict:
    return results(run_audit(build(tmp_path / "r", files), tmp_path / "c", [CID]))[CID]


def paths(r: dict) -> set[str]:
    return {e["path"] for e in r["evidence"] if e.get("path")}


def test_a_fire_services_label_host_and_address_in_views_are_territory_values(tmp_path):
    r = terr(tmp_path, {"application/views/scripts/dossier/index.phtml": VIEW, "application/views/scripts/etablissement/index.phtml": MAP,
                        "application/views/scripts/error/error.phtml": ERROR, "README.md": README})
    assert r["status"] in ("warn", "fail"), r["message"]
    assert paths(r) == {"application/views/scripts/dossier/index.phtml", "application/views/scripts/etablissement/index.phtml",
                        "application/views/scripts/error/error.phtml"}, r["evidence"]


def test_a_comment_and_a_number_that_is_no_departement_are_not(tmp_path):
    r = terr(tmp_path, {"application/views/scripts/dossier/index.phtml": NEUTRAL, "README.md": README})
    assert r["status"] == "pass", (r["message"], r["evidence"])
