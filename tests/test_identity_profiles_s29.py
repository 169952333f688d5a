"""One person under two names, two people under one (issue 12, session 28 readers m20o1 and r5a).

- sdmisgeomatique/Prediction_Operationnelle: "Charlotte Jouve" (a laptop's …@MacBook-Air….local address) and the login
  "charlottelabeaumont-cmyk" (a webmail) are one person, as the README's author table says ("| Charlotte **JOUVE** |
  [![GitHub](badge)](https://github.com/charlottelabeaumont-cmyk) |"): the checks counted 3 people for 2. A login of the history that
  the project's README or AUTHORS file links as a forge profile beside a full name of the history is that person, when the
  text names one identity and the login is one identity's.
- etalab/admin_api_entreprise: the login "DorineLam" (pull requests squash-merged from its no-reply address) is "Dorine
  Lambinet": a first name and the start of a surname run together, when one full name of the history fits.
- sigrennesmetropole/geor_urbanisme_mapstore: "FLORENT" wrote from florent.hunkeler@ and from florent.nisseron@ (one firm's
  first.last addresses): a first name two people share joins no one.
Kept: a README thanking a login without a name, a line linking two profiles, a spaced name never read as the start of
another ("Jean Martin", "Jean Martinez"), a login two full names fit, a one-word name used from one first.last address."""

from __future__ import annotations

from auditor.facts.history import identities
from tests.test_scaling import ctx_for, days_ago


class _C:
    def __init__(self, name: str, email: str):
        self.author_name, self.author_email = name, email


def _people(authors, documents=()) -> int:
    return len(set(identities([_C(n, e) for n, e in authors], documents).values()))


CHARLOTTE = [("Charlotte Jouve", "charlottejouve@MacBook-Air-de-Charlotte-7.local"),
             ("charlottelabeaumont-cmyk", "charlottelabeaumont@gmail.com"), ("SIG du SDMIS", "sig@sdmis.fr")]
TABLE = ("## Auteure \n\n| Nom | GitHub |\n|---|---|\n| Charlotte **JOUVE** | [![GitHub](https://img.shields.io/badge/GitHub-181717?"
         "logo=github)](https://github.com/charlottelabeaumont-cmyk) |\n")


def test_a_login_the_readme_links_beside_a_full_name_is_that_person():
    assert _people(CHARLOTTE) == 3
    assert _people(CHARLOTTE, (TABLE,)) == 2
    assert _people(CHARLOTTE, ("- Charlotte Jouve ([@charlottelabeaumont-cmyk](https://github.com/charlottelabeaumont-cmyk))\n",)) == 2
    assert _people(CHARLOTTE, ("Par [Charlotte Jouve](https://github.com/charlottelabeaumont-cmyk) et l'équipe SIG.\n",)) == 2


def test_a_profile_link_without_a_name_or_beside_several_stays_apart():
    assert _people(CHARLOTTE, ("Merci à [@charlottelabeaumont-cmyk](https://github.com/charlottelabeaumont-cmyk) !\n",)) == 3
    # two profiles on one line, the name outside both links: which one is hers is not said
    two = "Charlotte Jouve, [@charlottelabeaumont-cmyk](https://github.com/charlottelabeaumont-cmyk), [@sig](https://github.com/sig-sdmis)\n"
    assert _people(CHARLOTTE, (two,)) == 3
    # a link whose text names someone else (an organisation's account)
    assert _people(CHARLOTTE, ("Charlotte Jouve pour [le SDMIS](https://github.com/charlottelabeaumont-cmyk)\n",)) == 3


def test_a_login_of_a_first_name_and_the_start_of_a_surname_is_that_person():
    dorine = [("Dorine Lambinet", "dorine.lambinet@gmail.com"), ("DorineLam", "46896006+DorineLam@users.noreply.github.com"),
              ("Delmaire Loïc", "loic.delmaire@gmail.com")]
    assert _people(dorine) == 2
    assert _people(dorine + [("Dorine Lamy", "dorine.lamy@exemple.fr")]) == 4  # (two full names fit: no one)
    assert _people([("Jean Martin", "jean.martin@a.fr"), ("Jean Martinez", "jean.martinez@b.fr")]) == 2


def test_a_first_name_two_people_write_under_joins_no_one():
    florents = [("FLORENT", "florent.hunkeler@open-groupe.com"), ("FHU06895", "florent.hunkeler@open-groupe.com"),
                ("Florent HUNKELER", "FHU06895@open-groupe.com"), ("FLORENT", "florent.nisseron@open-groupe.com"),
                ("FLORENT NISSERON", "florent.nisseron@open-groupe.com")]
    assert _people(florents) == 2
    # one first.last address under the first name: the name still joins (the same person's workstation address)
    assert _people([("FLORENT", "florent.hunkeler@open-groupe.com"), ("FLORENT", "fhu@poste-12.intra")]) == 1


def test_the_contributors_read_the_readme(repo):
    commits = [{"date": days_ago(60 - i), "author": CHARLOTTE[0 if i < 5 else 1 if i < 9 else 2],
                "files": {"README.md": "# Prédiction\n\n" + TABLE, f"src/f{i}.js": f"let a = {i};\n"}} for i in range(10)]
    ctx = ctx_for(repo(commits))
    c = ctx.fact("contributors")
    assert (c["active_365d"], c["absence_factor"]) == (2, 1), c
    assert ctx.fact("activity")["authors_365d"] == 2
