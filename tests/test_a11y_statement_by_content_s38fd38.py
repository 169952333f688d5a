"""A page named "accessibilité" is an accessibility statement by what it says, not by its name (issue 12, s38 fd38 = reader
rb38's Mirjanaed/cpegeom_2026).

cpegeom_2026: a transport network's GIS documentation whose docs/accessibilite.md is "# Analyse d'accessibilité — Mesurer la
couverture territoriale du réseau — Isochrones, distance aux arrêts": the network's spatial accessibility, no statement of digital
accessibility. interoperability.accessibility-and-ecodesign credited "déclaration RGAA" by the file's name. Rule now: a page named
by the bare word (accessibilite.md/.html, accessibility.vue, accessibilite/index.html) is the statement when its text states one
(the RGAA, a conformity, an audit, the WCAG, "accessibilité numérique", the Défenseur des droits, the site "en cours d'évaluation"),
as a script so named already had to. Near misses: the same page stating the site's conformity to the RGAA, and a page named
declaration-accessibilite.html, are statements."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

A11Y = "interoperability.accessibility-and-ecodesign"
SPATIAL = ("# Analyse d'accessibilité\n\n## Objectif\n\nMesurer la couverture territoriale du réseau de bus.\n\n## Méthodes\n\n"
           "- Isochrones à pied depuis les arrêts\n- Distance aux arrêts\n- Croisement avec la population carroyée\n")
STATEMENT = ("# Accessibilité\n\nLe site de la documentation est non conforme au RGAA 4.1 : il n'a pas encore été audité.\n\n"
             "## Voies de recours\n\nÉcrivez au Défenseur des droits.\n")
BASE = {"index.html": "<!DOCTYPE html>\n<html lang=\"fr\"><head><title>Réseau</title><link rel=\"stylesheet\" href=\"style.css\"></head>\n"
                      "<body><h1>Documentation du réseau</h1><p>Analyses du réseau de bus.</p></body></html>\n",
        "style.css": "body { margin: 0; font-family: system-ui, sans-serif; }\n",
        "README.md": "# Documentation du réseau\n\nAnalyses cartographiques du réseau de bus.\n"}


def _a11y(tmp_path, files, name):
    r = judge(tmp_path, {**BASE, **files}, [A11Y], name=name)[1][A11Y]
    assert r["status"] != "not_applicable", r["message"]
    return r


def _credited(r) -> bool:
    return "déclaration RGAA" in r["message"]["fr"].split("manquants")[0] and "Présents" in r["message"]["fr"]


def test_a_page_on_spatial_accessibility_is_no_statement(tmp_path):
    r = _a11y(tmp_path, {"docs/accessibilite.md": SPATIAL}, "spatial")
    assert not _credited(r), r["message"]["fr"]
    assert not any(e.get("path") == "docs/accessibilite.md" for e in r["evidence"]), r["evidence"]


def test_near_miss_the_same_name_stating_the_rgaa_is_the_statement(tmp_path):
    r = _a11y(tmp_path, {"docs/accessibilite.md": STATEMENT}, "stated")
    assert _credited(r), r["message"]["fr"]


def test_near_miss_a_page_named_as_the_declaration_is_the_statement(tmp_path):
    r = _a11y(tmp_path, {"declaration-accessibilite.html": "<h1>Accessibilité</h1><p>Le site est en cours d'évaluation.</p>\n"}, "named")
    assert _credited(r), r["message"]["fr"]
