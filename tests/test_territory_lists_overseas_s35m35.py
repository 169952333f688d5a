"""Territory values (issue 12, session 35 fixer m35; reader m30o4).

- Carto-NA/tepos: a region's PostGIS model keeping nineteen EPCI by their SIREN in one IN list (three lines) reported the list's
  last SIREN only (identifiers "valeurs en dur : 4" for 23), and its column descriptions, COMMENT ON COLUMN … numdep IS
  'Département du TEPOS', were "names of a département". Now every SIREN of the list is a value, and a capitals-only acronym in a
  COMMENT ON text is no place; a département's name in one (even in capitals, 'Département du NORD') still is.
- oussama-USTS/collectivit-martinique: a mock-up of the Collectivité Territoriale de Martinique's site, its contact address
  contact@collectivitedemartinique.mq, its <title>CTM - Collectivité Territoriale de Martinique</title> and its logo's alt text, was
  "no territory-specific value" (pass 10): an overseas top-level domain and the collectivités uniques' names were not read.
- PAGuyane/tools_CFVP: a script forcing its output to 'EPSG:32622' (UTM 22N, French Guiana's) was "no territory-specific value";
  an overseas territory's projection written in code is one, as a CC zone is; a file naming three of them is a national table.
"""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

CHECKS = ["reusability.territory-neutral", "interoperability.identifiers"]

SIRENS = ["200067262", "244000659", "244000865", "244000543", "200035541", "200068948", "200069656", "200036523", "200068922",
          "200029734", "243300811", "200041689", "200071827", "200070506", "200036473", "241700624", "241700434", "200041499", "247900798"]


def _model(comment: str = "Département du TEPOS") -> str:
    quoted = [f"'{s}'" for s in SIRENS]
    return (
        "-- Structure de la base des territoires à énergie positive\n"
        "CREATE TABLE met_zon.m_zon_tepos_geo (\n  id serial PRIMARY KEY,\n  zon_code varchar(20),\n  zon_nom varchar(200),\n"
        "  numdep varchar(3),\n  geom geometry(MultiPolygon, 2154)\n);\n"
        f"COMMENT ON COLUMN met_zon.m_zon_tepos_geo.zon_nom IS 'Nom du TEPOS';\n"
        f"COMMENT ON COLUMN met_zon.m_zon_tepos_geo.numdep IS '{comment}';\n\n"
        "INSERT INTO ref_zonage.t_appartenance_tepos (zon_code, numcom, numdep, membre_siren)\n"
        "SELECT 'tepos_'||t1.code_epci, t1.insee_com, t1.insee_dep, t1.code_epci\n"
        "FROM ref_adminexpress.r_admexp_commune_fr t1\n"
        "inner join ref_adminexpress.r_admexp_epci_fr t2\n"
        "on t1.code_epci = t2.code_epci and t2.code_epci in (" + ",".join(quoted[:3]) + ",\n"
        + ",".join(quoted[3:14]) + "\n," + ",".join(quoted[14:]) + ");\n"
    )


def _ids(res) -> int:
    return sum(1 for e in res["reusability.territory-neutral"]["evidence"] for v in str(e.get("value", "")).split(", ") if v in SIRENS)


def test_every_siren_of_an_in_list_is_a_value_and_a_column_description_names_no_departement(tmp_path):
    _, res = judge(tmp_path, {"README.md": "# TEPOS\n\nBase des territoires à énergie positive.\n", "sql/tepos_structure.sql": _model()}, CHECKS)
    territory, ident = res["reusability.territory-neutral"], res["interoperability.identifiers"]
    assert territory["message"]["en"].startswith("19 territory-specific value(s)"), territory["message"]
    assert _ids(res) >= 15, territory["evidence"]  # (the evidence shows up to ten values a line)
    assert not any("TEPOS" in str(e.get("value")) for e in territory["evidence"]), territory["evidence"]
    assert "hard-coded values: 19" in ident["message"]["en"], ident["message"]


def test_a_departements_name_in_a_column_description_is_still_one(tmp_path):
    files = {"README.md": "# TEPOS\n\nBase.\n", "sql/tepos_structure.sql": _model("Département du NORD")}
    _, res = judge(tmp_path, files, CHECKS)
    assert any("Département du NORD" in str(e.get("value")) for e in res["reusability.territory-neutral"]["evidence"]), res["reusability.territory-neutral"]
    # (SIRENs inserted as rows, compared with no EPCI column, are no filter)
    rows = "INSERT INTO ref.epci (siren, nom) VALUES ('200067262', 'CC A'), ('244000659', 'CC B');\n"
    _, res = judge(tmp_path, {"README.md": "# Ref\n\nRéférentiel.\n", "sql/ref.sql": rows}, CHECKS, name="rows")
    assert _ids(res) == 0, res["reusability.territory-neutral"]


CONTACT = ("export default function Contact() {\n  const infos = [\n    { title: 'Adresse', content: 'Rue des Institutions' },\n"
           "    { title: 'Email', content: 'contact@collectivitedemartinique.mq' },\n  ];\n"
           "  return <ul>{infos.map((i) => <li key={i.title}>{i.content}</li>)}</ul>;\n}\n")
NAVBAR = ("export default function Navbar() {\n  return (\n    <nav>\n      <img src=\"/logo.svg\" alt=\"Logo Collectivité Territoriale de Martinique\" />\n"
          "    </nav>\n  );\n}\n")
INDEX = ("<!DOCTYPE html>\n<html lang=\"fr\">\n  <head>\n    <meta charset=\"utf-8\" />\n"
         "    <title>CTM - Collectivité Territoriale de Martinique</title>\n  </head>\n  <body><div id=\"root\"></div></body>\n</html>\n")
SPA = {"README.md": "# Site\n\nMaquette du site.\n", "package.json": '{"name": "site", "private": true, "dependencies": {"react": "^18.2.0"}}\n',
       "public/index.html": INDEX, "src/components/Navbar.tsx": NAVBAR, "src/components/pages/Contact.tsx": CONTACT}


def test_an_overseas_collectivites_domain_and_name_are_territory_values(tmp_path):
    _, res = judge(tmp_path, SPA, ["reusability.territory-neutral"])
    r = res["reusability.territory-neutral"]
    assert r["status"] in ("warn", "fail"), r
    values = {str(e.get("value")) for e in r["evidence"] if e.get("kind") == "finding"}
    assert any("collectivitedemartinique.mq" in v for v in values), values
    assert any("Collectivité Territoriale de Martinique" in v for v in values), values
    # (the title's and the logo's name is one value, with the domain: two)
    assert r["message"]["en"].startswith("2 territory-specific value(s)"), r["message"]


def test_an_overseas_tld_without_an_authority_and_a_collectivite_without_a_place_are_none(tmp_path):
    files = {**SPA, "public/index.html": INDEX.replace("CTM - Collectivité Territoriale de Martinique", "Portail - Collectivité partenaire"),
             "src/components/Navbar.tsx": NAVBAR.replace("Logo Collectivité Territoriale de Martinique", "Logo du portail"),
             "src/components/pages/Contact.tsx": CONTACT.replace("collectivitedemartinique.mq", "boutique-caraibes.mq")}
    _, res = judge(tmp_path, files, ["reusability.territory-neutral"])
    assert res["reusability.territory-neutral"]["status"] == "pass", res["reusability.territory-neutral"]


CONVERT = ("##conversion=name\n##dossier=folder\nimport os\nfor f in os.listdir(dossier):\n    if f.endswith('.ecw'):\n"
           "        out = os.path.splitext(f)[0] + '.tif'\n"
           "        processing.runalg('gdalogr:translate', f, 100.0, True, '-9999', 1, 'EPSG:32622', None, False, 5, out)\n")


def test_an_overseas_territorys_projection_in_code_is_a_territory_value(tmp_path):
    _, res = judge(tmp_path, {"README.md": "# Outils\n\nScripts.\n", "scripts/ecwToTif.py": CONVERT}, ["reusability.territory-neutral"])
    r = res["reusability.territory-neutral"]
    assert r["status"] == "warn", r
    assert any(e.get("value") == "EPSG:32622" for e in r["evidence"]), r["evidence"]


def test_a_table_of_every_overseas_projection_and_lambert_93_are_none(tmp_path):
    table = ("PROJECTIONS = {\n    'antilles': 'EPSG:5490',\n    'guyane': 'EPSG:2972',\n    'reunion': 'EPSG:2975',\n    'mayotte': 'EPSG:4471',\n}\n"
             "MAIN = 'EPSG:2154'\n")
    files = {"README.md": "# Outils\n\nScripts.\n", "scripts/projections.py": table,
             "scripts/ecwToTif.py": CONVERT.replace("EPSG:32622", "EPSG:2154")}
    _, res = judge(tmp_path, files, ["reusability.territory-neutral"])
    assert res["reusability.territory-neutral"]["status"] == "pass", res["reusability.territory-neutral"]
