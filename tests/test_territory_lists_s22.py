"""Territory values the scan did not read (issue 12, s22 reader a1).

- stephyritz/ep_structure: a street-lighting PostGIS model inserts the 16 communes of its intercommunality as rows of an INSEE
  code, a postcode and a name (('68063','68700','Cernay'), …); territory.sql-insee-rows only read two-column rows (code, label),
  so territory-neutral showed none of them and identifiers said "valeurs en dur : 0" (sql-insee-rows was not one of its
  hard-coded identifiers). A row is now any tuple of two to six fields keyed by its first INSEE code, in the orders real
  tables use; a national table (codes across départements) stays none."""

from __future__ import annotations

from tests.test_build_scripts_pages_addresses_s19_m4 import territory
from tests.test_project_kind import run
from tests.test_reusability_fixtures import build, results

MODEL = ("CREATE SCHEMA eclairage;\n\nCREATE TABLE eclairage.val_commune\n(\n  insee character varying(5) NOT NULL,\n"
         "  cp character varying(5),\n  nom character varying(100) NOT NULL,\n  CONSTRAINT val_commune_pkey PRIMARY KEY (insee)\n);\n\n"
         "COMMENT ON TABLE eclairage.val_commune IS 'Communes de la communauté';\n\n"
         "INSERT INTO eclairage.val_commune(insee, cp, nom)\n    VALUES\n{rows};\n\n"
         "CREATE TABLE eclairage.armoire\n(\n  id serial PRIMARY KEY,\n  insee character varying(5) REFERENCES eclairage.val_commune (insee)\n);\n")
# four communes of one département (Finistère), each with its postcode: the model's own territory
ONE = [("29019", "29200", "Brest"), ("29075", "29250", "Guipavas"), ("29103", "29800", "Landerneau"), ("29189", "29480", "Le Relecq-Kerhuon")]
# the same shape across France: a national sample, no one territory
SPREAD = [("29019", "29200", "Brest"), ("35238", "35000", "Rennes"), ("67482", "67000", "Strasbourg"), ("13055", "13001", "Marseille")]


def model(rows, order=(0, 1, 2)) -> str:
    return MODEL.format(rows=",\n".join("(" + ",".join(f"'{r[i]}'" for i in order) + ")" for r in rows))


def identifiers(tmp_path, files):
    return results(run(build(tmp_path / "r", files), tmp_path / "c", only=["interoperability.identifiers"],
                       sponsor="local-authority"))["interoperability.identifiers"]


def test_a_models_communes_with_their_postcodes_are_territory_values(tmp_path):
    files = {"README.md": "# Éclairage public\n\nModèle de données.\n", "scripts_sql/init.sql": model(ONE)}
    t, where = territory(tmp_path, files)
    assert t["status"] in ("warn", "fail") and ("scripts_sql/init.sql", 18) in where, (t["message"], where)
    assert "29019" in {e["value"].split(",")[0] for e in t["evidence"] if e.get("path")}, t["evidence"]
    i = identifiers(tmp_path / "i", files)
    assert "valeurs en dur : 0" not in i["message"]["fr"] and i["details"]["hard_coded"] >= 4, i["message"]


def test_the_name_before_the_postcode_and_an_id_first_are_rows_too(tmp_path):
    t, where = territory(tmp_path, {"README.md": "# M\n\nModèle.\n", "a.sql": model(ONE, (0, 2, 1))})
    assert ("a.sql", 18) in where, where
    ided = MODEL.replace("(insee, cp, nom)", "(id, insee, nom, cp)").format(
        rows=",\n".join(f"({n}, '{r[0]}', '{r[2]}', '{r[1]}')" for n, r in enumerate(ONE, 1)))
    t, where = territory(tmp_path / "b", {"README.md": "# M\n\nModèle.\n", "a.sql": ided})
    assert ("a.sql", 18) in where, where


def test_the_same_rows_across_france_are_a_national_table(tmp_path):
    files = {"README.md": "# Éclairage public\n\nModèle de données.\n", "scripts_sql/init.sql": model(SPREAD)}
    t, where = territory(tmp_path, files)
    assert not where, t["message"]
    i = identifiers(tmp_path / "i", files)
    assert "valeurs en dur : 0" in i["message"]["fr"], i["message"]


# -- viennagglo/sirene: a shell pipeline cutting a national file down to one intercommunality (s22 a1 case 2) ----------------
# The communes it keeps by their INSEE codes in file names and an extglob, the intercommunalities by their SIREN, the départements
# compared with a column by awk: none was scanned (the SQL signals read .sql only), territory-neutral saw one e-mail address and
# identifiers said "valeurs en dur : 0".
PIPELINE = """#!/bin/bash
# découpe du fichier national
cd /srv/donnees/entreprises
awk -F";" '{{ gsub("\\"","",$12); if($12 == '{d1}' || $12 == '{d2}') print >> "etab_"$12".csv" }}' national.csv
cat etab_{d1}.csv etab_{d2}.csv > etab_dep.csv
shopt -s extglob
rm -f !(etab_dep.csv|etab_{s1}.csv|etab_{s2}.csv)
cat etab_{s1}.csv etab_{s2}.csv > etab_epci.csv
rm -f !(etab_epci.csv|{files})
cat {files2} > etab_territoire.csv
echo "fini : etab_territoire.csv"
"""
ONE_EPCI = dict(d1="29", d2="22", s1="200011112", s2="245600002",
                files="|".join(f"etab_{c}.csv" for c in ("29019", "29075", "29103", "22113")),
                files2=" ".join(f"etab_{c}.csv" for c in ("29019", "29075", "29103", "22113")))
# the same shape without a territory: codes spread across France, départements far apart, numbers that are ports and sizes
NEUTRAL = """#!/bin/bash
for c in 29019 67482 13055 97411; do
  curl -s "https://geo.api.gouv.fr/communes/$c" > "commune_$c.json"
done
awk -F";" '{ if($3 == '29' || $3 == '13') print }' national.csv > extrait.csv
docker run -p 15432:5432 -p 18080:8080 postgis/postgis
split -b 10240 extrait.csv part_
echo "voir 29019 et 29075 dans la documentation"
"""


def test_a_shell_pipelines_communes_epci_and_departements_are_territory_values(tmp_path):
    files = {"README.md": "# Entreprises\n\nDeux scripts shell.\n", "scripts/import.sh": PIPELINE.format(**ONE_EPCI)}
    t, where = territory(tmp_path, files)
    values = {v for e in t["evidence"] if e.get("path") for v in str(e["value"]).split(", ")}
    assert {"29", "22", "200011112", "245600002", "29019"} <= values, t["evidence"]
    assert ("scripts/import.sh", 4) in where and ("scripts/import.sh", 9) in where, where
    i = identifiers(tmp_path / "i", files)
    assert "valeurs en dur : 0" not in i["message"]["fr"] and i["details"]["hard_coded"] >= 5, i["message"]


def test_a_shell_script_without_a_territory_has_none(tmp_path):
    files = {"README.md": "# Outils\n\nScripts.\n", "scripts/outils.sh": NEUTRAL, "scripts/un.sh": "#!/bin/sh\ncp base_200011112.sql /tmp/\n"}
    t, where = territory(tmp_path, files)
    assert not where, t["evidence"]
