"""scaling.contributor-organisations' words when one person wrote the whole history (s17 h4, s18 h3): "One person wrote all of
all commits (5)" said "all" twice."""

from __future__ import annotations

from auditor.checks.scaling.risks import bus_factor_words

W = {"commits": 5, "top_person_share": 1.0, "people": 1, "absence_factor": 1}


def test_one_person_and_the_whole_history():
    fr, en = bus_factor_words(W, "depuis l'origine", "all")
    assert en == "One person wrote all the commits (5)." and fr == "Une seule personne a écrit tous les commits depuis l'origine (5).", (fr, en)


def test_one_person_and_the_year():
    assert bus_factor_words(W)[1] == "One person wrote all of the year's commits (5)."
