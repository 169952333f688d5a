"""reusability.territory-neutral (issue 12, s40 fk40 = CACEM-TEAM/decacem): a collection-calendar map normalises the commune names its
users type with a table written in the code — {'fdf': 'Fort-de-France', 'lamentin': 'Le Lamentin', 'ste-marie': 'Sainte-Marie'…},
the communes of the one agglomeration it was written for. Only the names of large cities were read, one by one; the table of the
territory's communes was missed. An object or array naming three to nine known communes is one territory's table. Near misses: two
communes only, and a referential of ten or more (referential_member's rule), keep the old verdict."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

PACKAGE = '{"name": "collecte", "version": "1.0.0", "dependencies": {"vue": "^3.4.0"}}\n'
NORMALISE = ("export const normalizeCommune = (commune) => {\n  if (!commune) return ''\n  const communeMap = {\n{ROWS}  }\n"
             "  return communeMap[commune.toLowerCase().trim()] || commune\n}\n")
README = "# Collecte\n\nCalendrier de collecte des déchets.\n"


def _territory(tmp_path, names):
    rows = "".join(f"    '{n.lower()}': '{n}',\n" for n in names)
    files = {"package.json": PACKAGE, "README.md": README, "src/communes.js": NORMALISE.replace("{ROWS}", rows)}
    return judge(tmp_path, files, ["reusability.territory-neutral"])[1]["reusability.territory-neutral"]


def test_a_table_of_a_territory_s_communes_is_territory_specific(tmp_path):
    r = _territory(tmp_path, ["Le Lamentin", "Sainte-Marie", "Saint-Joseph", "Ducos"])
    assert r["status"] != "pass", r
    assert any(e.get("path") == "src/communes.js" and e.get("line") == 3 for e in r["evidence"]), r["evidence"]


def test_two_communes_make_no_table(tmp_path):
    assert _territory(tmp_path, ["Le Lamentin", "Sainte-Marie"])["status"] == "pass"


def test_ten_communes_or_more_are_a_referential(tmp_path):
    # (spread across départements; ten or more of ONE département are its list, s45 fc45 — the Martinique communes this test named
    # before: test_territory_departement_communes_s45fc45)
    names = ["Ducos", "Concarneau", "Abbeville", "Agde", "Altkirch", "Ambert", "Annonay", "Arcachon", "Aubagne", "Auch", "Autun"]
    assert _territory(tmp_path, names)["status"] == "pass"


def test_ten_communes_of_one_departement_are_its_list(tmp_path):
    names = ["Ducos", "Le Lamentin", "Sainte-Marie", "Saint-Joseph", "Le François", "Le Robert", "La Trinité", "Rivière-Pilote",
             "Le Marin", "Sainte-Luce", "Le Vauclin"]
    assert _territory(tmp_path, names)["status"] != "pass"
