"""personal_data reads a field mapping as the schema of the data a program moves (issue 12, session 35 fixer v35).

A GeoNature module importing observations from another service's API into the Synthese maps each destination column to the
source's field, one entry a line (``mapping = {"date_min": "date_debut", "observers": "observateurs", …}``): the keys and values
are the columns of the records moved, and the observers' names are people's. Only a dict named as a mapping or as fields, of
five or more one-line entries, each a lower-case identifier mapped to a lower-case identifier, at least half of them column
names (an underscore), is read. A map of codes (``{"P": "present"}``), a map of roles with no column name
(``{"admin": "administrateur"}``), a mapping to upper-case codes and a mapping of fields naming nothing personal keep the pass.
Made-up names below."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

PD = "scaling.personal-data"

MODULE = {
    "setup.py": "from setuptools import setup\n\nsetup(name='obs2gn', packages=['obs2gn'])\n",
    "README.md": "# obs2gn\n\nModule GeoNature qui importe des observations depuis une API externe.\n",
    "obs2gn/__init__.py": "",
    "obs2gn/models.py": ("from geonature.utils.env import DB\n\n\nclass ImportModel(DB.Model):\n    __tablename__ = 'importer'\n"
                         "    id = DB.Column(DB.Integer, primary_key=True)\n    name = DB.Column(DB.Unicode)\n"
                         "    last_run = DB.Column(DB.DateTime)\n    nb_rows = DB.Column(DB.Integer)\n"),
}


def _parser(entries: list[tuple[str, str]], name: str = "mapping") -> str:
    body = "".join(f'        "{k}": "{v}",\n' for k, v in entries)
    return ("from obs2gn.parsers import JSONParser\n\n\nclass RemoteParser(JSONParser):\n    srid = 4326\n\n"
            "    def __init__(self):\n        self.mapping = {**RemoteParser.mapping, **self.mapping}\n        super().__init__()\n\n"
            f"    {name} = {{\n{body}    }}\n")


SYNTHESE = [("unique_id_sinp", "id_perm"), ("date_min", "date_debut"), ("date_max", "date_fin"), ("cd_nom", "cd_nom"),
            ("count_min", "nombre_min"), ("altitude_min", "altitude_min"), ("observers", "observateurs"),
            ("determiner", "determinateur"), ("comment_context", "comment_releve"), ("place_name", "nom_lieu")]
PLACES = [("unique_id_sinp", "id_perm"), ("date_min", "date_debut"), ("date_max", "date_fin"), ("cd_nom", "cd_nom"),
          ("count_min", "nombre_min"), ("altitude_min", "altitude_min"), ("comment_context", "comment_releve"), ("precision", "precision")]


def test_a_field_mapping_of_observers_is_a_schema_of_personal_data(tmp_path):
    _, res = judge(tmp_path, {**MODULE, "obs2gn/remote_parser.py": _parser(SYNTHESE)}, [PD], name="synthese")
    r = res[PD]
    assert r["status"] == "warn", r["message"]  # was pass "1 schema(s) read: no personal-data field"
    fields = {str(e.get("value")) for e in r["evidence"] if e.get("path") == "obs2gn/remote_parser.py"}
    assert fields and any("observ" in f for f in fields) and any("determinateur" in f for f in fields), r["evidence"]
    # (a mapping named as fields, in a JavaScript module, reads the same)
    js = "export const FIELDS_MAPPING = {\n" + "".join(f"  {k}: '{v}',\n" for k, v in SYNTHESE) + "};\n"
    _, res = judge(tmp_path, {**MODULE, "web/import.js": js}, [PD], name="js")
    assert res[PD]["status"] == "warn" and any(e.get("path") == "web/import.js" for e in res[PD]["evidence"]), res[PD]["message"]


def test_maps_of_codes_roles_or_fields_naming_no_one_keep_the_pass(tmp_path):
    codes = ("STATUS_MAPPING = {\n    \"P\": \"present\",\n    \"A\": \"absent\",\n    \"NSP\": \"ne_sait_pas\",\n"
             "    \"NR\": \"non_renseigne\",\n    \"X\": \"inconnu\",\n}\nLEVEL_MAP = {\n    \"1\": \"faible\",\n    \"2\": \"moyen\",\n"
             "    \"3\": \"fort\",\n    \"4\": \"tres_fort\",\n    \"5\": \"max\",\n}\n")
    roles = _parser([("admin", "administrateur"), ("user", "utilisateur"), ("observer", "observateur"), ("reader", "lecteur"),
                      ("manager", "gestionnaire")], name="role_mapping")
    nomenclatures = _parser([("id_nomenclature_behaviour", "OCC_COMPORTEMENT"), ("id_nomenclature_bio_status", "STATUT_BIO"),
                             ("id_nomenclature_naturalness", "NATURALITE"), ("id_nomenclature_blurring", "DEE_FLOU"),
                             ("id_nomenclature_observers", "OBSERVATEURS")], name="nomenclature_mapping")
    settings = ("DEFAULT_FIELDS = {\n    \"titre\": \"Mes observations\",\n    \"email_contact\": \"contact@example.org\",\n"
                "    \"nom_site\": \"Le site\",\n    \"telephone\": \"01 02 03 04 05\",\n    \"adresse\": \"1 rue de la Paix\",\n}\n")
    for name, files in (("codes", {"obs2gn/codes.py": codes}), ("roles", {"obs2gn/roles.py": roles}),
                        ("nomenclatures", {"obs2gn/mixins.py": nomenclatures}), ("settings", {"obs2gn/settings.py": settings}),
                        ("places", {"obs2gn/remote_parser.py": _parser(PLACES)})):
        _, res = judge(tmp_path, {**MODULE, **files}, [PD], name=name)
        assert res[PD]["status"] == "pass", (name, res[PD]["message"], res[PD]["evidence"])
