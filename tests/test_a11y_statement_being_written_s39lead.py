"""A page saying the accessibility statement is still being written is no statement (issue 12, s39 lead = re-reader vc39 of
rc39's yak0ub-b/mairie-lepin).

mairie-lepin: a commune's static site whose accessibilite.html says "Page en cours de rédaction — La déclaration d'accessibilité de
ce site est en cours de rédaction." interoperability.accessibility-and-ecodesign credited "déclaration RGAA". Rule now: a line
saying the statement is still being written or prepared ("en cours de rédaction / d'élaboration / de préparation", "being
written", "under construction") is planned work, like a to-do. Near misses: the same page stating the site's partial conformity
to the RGAA is a statement; a statement saying the site is "en cours d'évaluation" (an audit under way) still is one."""

from __future__ import annotations

from tests.test_a11y_statement_by_content_s38fd38 import _a11y, _credited

BEING_WRITTEN = ("<!DOCTYPE html>\n<html lang=\"fr\"><head><title>Accessibilité</title></head><body>\n"
                 "<h2>Page en cours de rédaction</h2>\n<p>\n  La déclaration d'accessibilité de ce site est en cours de rédaction.<br>\n"
                 "  Elle sera publiée prochainement.\n</p>\n</body></html>\n")
STATED = BEING_WRITTEN.replace("La déclaration d'accessibilité de ce site est en cours de rédaction.",
                               "La commune déclare ce site partiellement conforme au RGAA 4.1.").replace("Page en cours de rédaction", "État de conformité")


def test_a_statement_still_being_written_is_none(tmp_path):
    r = _a11y(tmp_path, {"accessibilite.html": BEING_WRITTEN}, "writing")
    assert not _credited(r), r["message"]["fr"]


def test_near_miss_a_page_stating_partial_conformity_is_the_statement(tmp_path):
    r = _a11y(tmp_path, {"accessibilite.html": STATED}, "stated")
    assert _credited(r), r["message"]["fr"]


def test_near_miss_an_audit_under_way_is_still_a_statement(tmp_path):
    r = _a11y(tmp_path, {"declaration-accessibilite.html": "<h1>Accessibilité</h1><p>Le site est en cours d'évaluation.</p>\n"}, "audit")
    assert _credited(r), r["message"]["fr"]


PLACEHOLDER = ("<!DOCTYPE html>\n<html lang=\"fr\"><head><title>Accessibilité</title></head><body>\n"
               "<h1>Déclaration d'accessibilité</h1>\n<p>Engagement d'accessibilité numérique de la commune</p>\n"
               "<h2>Page en cours de rédaction</h2>\n<p>Pour signaler un problème d'accessibilité, contactez la mairie.</p>\n</body></html>\n")


def test_a_page_headed_as_the_statement_but_said_in_writing_is_none(tmp_path):
    r = _a11y(tmp_path, {"accessibilite.html": PLACEHOLDER}, "placeholder")
    assert not _credited(r), r["message"]["fr"]


def test_near_miss_the_headed_page_stating_conformity_is_the_statement(tmp_path):
    page = PLACEHOLDER.replace("<h2>Page en cours de rédaction</h2>", "<p>Ce site est non conforme au RGAA 4.1.</p>")
    r = _a11y(tmp_path, {"accessibilite.html": page}, "headed")
    assert _credited(r), r["message"]["fr"]
