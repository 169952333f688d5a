"""Words in an HTML table's cells name no field, and a JSON layer of features is data, not settings (issue 12, s37 fk37 = reader
mb37's Mvince11/Observatoire-de-la-vulnerabilite-aux-inondations-Vienne---Clain).

A Quarto website whose pages draw their maps in OJS cells from layers/perimetre.json (communes with insee_com, population and a
geometry) and end on a methodology table written in an md`…` cell: "les valeurs renseignées dans SIREN sont des fourchettes…",
a source file "geo_siret.shp". interoperability.identifiers said "Champs d'identifiants : inseecom, siren, siret … (dans les
réglages : 1, layers/perimetre.json:3)", and public-building-blocks advised API Entreprise for SIREN numbers. Rules now: the text
of an HTML element (a cell, a paragraph), nothing interpolated in it, is words shown to readers, no field; a JSON file holding a
FeatureCollection or an array of records with geometries is a data layer, not a settings module.
Near misses: a cell showing a record's value (<td>${d.siret}</td>) still names the field; a config.json giving a commune's code
stays a setting."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

ID = "interoperability.identifiers"
QUARTO = "project:\n  type: website\n\nwebsite:\n  title: \"Observatoire\"\n"
PAGE = ("---\ntitle: \"Employés en zone inondable\"\n---\n\n```{ojs}\nperimetre = FileAttachment(\"layers/perimetre.json\").json()\n"
        "communes = perimetre.filter(d => d.insee_com.startsWith(\"86\"))\n```\n\n"
        "```{ojs}\n//| echo: false\nmd`\n<table style=\"width:90%\">\n  <tr>\n"
        "    <td colspan=\"2\">Points de vigilance</td>\n"
        "    <td colspan=\"3\">Pour les effectifs des employés, les valeurs renseignées dans SIREN sont des fourchettes\n"
        "        de valeurs hautes et basses.</td>\n  </tr>\n  <tr>\n    <td>Effectif des entreprises</td>\n"
        "    <td>2021</td>\n    <td>INSEE</td>\n    <td>geo_siret.shp</td>\n  </tr>\n</table>\n`\n```\n")
LAYER = ('[\n  {\n    "insee_com": "86019",\n    "nom": "Beaumont Saint-Cyr",\n    "population": 3035,\n    "hab_zi": 66,\n'
         '    "geom": {\n      "type": "MultiLineString",\n      "coordinates": [[[0.1949, 46.4509], [0.1953, 46.4507]]]\n    }\n  }\n]\n')
FILES = {"README.md": "# Observatoire\n", "_quarto.yml": QUARTO, "index.qmd": "---\ntitle: Accueil\n---\n\nBienvenue.\n",
         "employes.qmd": PAGE, "layers/perimetre.json": LAYER}


def _identifiers(tmp_path, files, name):
    return judge(tmp_path, files, [ID], name=name)[1][ID]


def test_table_cells_name_no_field_and_a_layer_of_features_is_no_setting(tmp_path):
    r = _identifiers(tmp_path, FILES, "site")
    assert r["details"]["fields"] == ["inseecom"], (r["details"], r["message"])
    assert r["details"]["in_settings"] == 0 and "réglages" not in r["message"]["fr"], r["message"]


def test_a_cell_showing_a_records_value_and_a_settings_file_keep_their_verdict(tmp_path):
    page = PAGE.replace("<td>2021</td>", "<td>${d.siret}</td>")
    config = '{\n  "commune": {"insee_com": "86019", "nom": "Beaumont Saint-Cyr"},\n  "zoom": 9\n}\n'
    r = _identifiers(tmp_path, {**FILES, "employes.qmd": page, "config.json": config}, "near")
    assert "siret" in r["details"]["fields"], r["details"]
    assert r["details"]["in_settings"] == 1 and "config.json" in r["message"]["fr"], r["message"]
