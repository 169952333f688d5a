"""scaling.personal-data (issue 12, session 25, reader o2 family 5, dubreybrice-png/sdis66-carte-previsionnelle-operationnelle): a
script filling a spreadsheet hard-codes a service's agents, one record a line (`{ nom: 'SURNAME Firstname', principal: …,
secondaire: … }`, some seventy people), committed to a public repository; the check said "no database schema nor model read"
(not applicable): personal data was looked for in schemas, models and committed tables, never in a list written in the code.

At least ten record lines whose name field holds "SURNAME Firstname" (or "Firstname SURNAME"), or a surname beside a first name,
their surnames mostly distinct, few of them communes' names, no first name a place's word: a list of people, warned like a
committed staff list. A list of towns' sectors or of centres sharing one prefix is no list of people."""

from __future__ import annotations

from tests.test_project_kind import run
from tests.test_reusability_fixtures import build, results

PEOPLE = [("ARNOUX", "Léa"), ("BESSON", "Hugo"), ("CARREL", "Inès"), ("DELORME", "Marc"), ("ESTEVE", "Chloé"), ("FABRE", "Jean-Luc"),
          ("GASNIER", "Nina"), ("HUCHET", "Paul"), ("IMBERT", "Zoé"), ("JOUVE", "Rémi"), ("LACOMBE", "Sarah"), ("MERLE", "Yanis")]
README = "# Remplissage\n\nScript qui remplit la feuille des équipes.\n"


def script(rows: list[str]) -> str:
    return "function listeEquipe() {\n  return [\n" + "".join(f"    {r},\n" for r in rows) + "  ];\n}\n"


def personal(tmp_path, files):
    return results(run(build(tmp_path / "r", files), tmp_path / "c", ["scaling.personal-data"]))["scaling.personal-data"]


def test_a_list_of_named_agents_in_the_code_is_personal_data(tmp_path):
    rows = [f"{{ nom: '{s} {f}', principal: 'Centre {i}', secondaire: '' }}" for i, (s, f) in enumerate(PEOPLE)]
    r = personal(tmp_path, {"README.md": README, "Remplissage.js": script(rows)})
    assert r["status"] == "warn", r["message"]  # was not_applicable: no schema nor model read
    assert "Remplissage.js" in r["message"]["en"] and "12 person(s)" in r["message"]["en"], r["message"]
    assert r["evidence"][0]["path"] == "Remplissage.js" and r["evidence"][0]["line"] == 3
    assert "ARNOUX" not in str(r), "the names never leave the fact"


def test_a_surname_beside_a_first_name_in_python_records(tmp_path):
    rows = [f'{{"nom": "{s.title()}", "prenom": "{f}", "poste": "infirmier"}}' for s, f in PEOPLE]
    code = "EQUIPE = [\n" + "".join(f"    {r},\n" for r in rows) + "]\n"
    assert personal(tmp_path, {"README.md": README, "equipe.py": code})["status"] == "warn"


def test_lists_of_places_are_no_people(tmp_path):
    towns = ["Agen", "Bayonne", "Biarritz", "Dax", "Pau", "Tarbes", "Auch", "Albi", "Rodez", "Cahors", "Montauban", "Castres"]
    sectors = [f"{{ nom: '{t.upper()} Nord', lignes: 3 }}" for t in towns]
    stations = [f"{{ name: '{t.upper()} {s}', quais: 2 }}" for t, s in zip(towns, ["Sernin", "Ursule", "Pierre", "Michel", "Roch", "Jacques",
                                                                                    "Denis", "Paul", "Cyprien", "Martin", "Marcel", "Louis"])]
    centres = [f"{{ nom: 'CIS {t}', effectif: 20 }}" for t in towns]
    for i, rows in enumerate((sectors, stations, centres)):
        r = personal(tmp_path / str(i), {"README.md": README, "secteurs.js": script(rows)})
        assert r["status"] == "not_applicable", (i, r["message"])
