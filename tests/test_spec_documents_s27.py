"""Issue 12, session 27 (measure 18 reader o3; s27 u27): an open-data standards space kept as Markdown only (OpenDataFrance's SCDL
GitBook: a README on how the local-data specifications are elaborated, one page per published schema pointing to its Table Schema,
recommendations for validation with Validata). Its kind is read from its documents, a data specification (nothing else decides).

interoperability.data-standards failed it ("Open formats: none in the code; schemas: 0 Table Schema, 9 reference(s) to
schema.data.gouv.fr"): documents that specify data and point to the Table Schemas published from them are the standard itself,
with no data of their own; they now pass. documentation.docs asked them for architecture, deployment and API documents, as of a
service: documents specifying data, with no code, are judged on their folder and site only (as a charter of guidelines is).

Unchanged on purpose: documents that name no published schema keep their verdict; a data file of the repository's own is still judged
on its format."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

DATA = "interoperability.data-standards"
DOCS = "documentation.docs"

README = ("# Démarche d'élaboration des standards de données locales\n\n"
          "Les spécifications des modèles de données applicables aux jeux de données du socle commun visent à homogénéiser la publication "
          "en open data de données produites par les collectivités.\n\n## Publication\n\n"
          "Les spécifications sont implémentées en schémas au format [Table Schema](https://frictionlessdata.io/specs/table-schema/) "
          "et publiées sur [schema.data.gouv.fr](https://schema.data.gouv.fr) ; [Validata](https://validata.fr) vérifie les jeux de données.\n")
SCHEMA_PAGE = ("# {name}\n\nSpécification du modèle de données « {name} ».\n\n| Champ | Type | Description |\n|---|---|---|\n"
               "| COLL_NOM | chaîne | Nom de la collectivité |\n| COLL_SIRET | chaîne | SIRET de la collectivité |\n\n"
               "Schéma publié : https://schema.data.gouv.fr/scdl/{slug}/\n")
SPEC = {
    "README.md": README,
    "SUMMARY.md": "# Table des matières\n\n* [Démarche](README.md)\n* [Délibérations](schemas/deliberations.md)\n* [Subventions](schemas/subventions.md)\n"
                  "* [Recommandations](guide/recommandations.md)\n",
    "schemas/deliberations.md": SCHEMA_PAGE.format(name="Délibérations", slug="deliberations"),
    "schemas/subventions.md": SCHEMA_PAGE.format(name="Subventions", slug="subventions"),
    "guide/recommandations.md": "# Recommandations\n\nChaque spécification est traduite en Table Schema et testée avec Validata.\n",
}


def _run(tmp_path, files, name):
    return judge(tmp_path, files, [DATA, DOCS], name=name)[1]


def test_documents_specifying_data_with_published_table_schemas_pass(tmp_path):
    res = _run(tmp_path, SPEC, "spec")
    data, docs = res[DATA], res[DOCS]
    assert data["status"] == "pass", data["message"]
    assert data["details"]["specification_documents"] is True
    assert not {"architecture", "deployment", "api"} & set(docs["details"]["missing"]), docs["message"]
    assert "architecture" not in docs["message"]["en"], docs["message"]


def test_specification_documents_naming_no_published_schema_keep_their_verdict(tmp_path):
    files = {k: v.replace("schema.data.gouv.fr", "le site des standards").replace("Table Schema", "tableau").replace("Validata", "un outil")
                 .replace("table-schema", "tableau").replace("frictionlessdata.io", "exemple.fr").replace("validata.fr", "exemple.fr")
             for k, v in SPEC.items()}
    data = _run(tmp_path, files, "spec-plain")[DATA]
    assert data["status"] != "pass", data["message"]
    assert "specification_documents" not in data["details"]
