"""scaling.personal-data: a table named for two subjects is a thing's only when both are things (issue 12, s47 fc47).

antocreadev/strapi-tourisme.castagnicciacasinca.fr: src/api/artisanat-et-produit/content-types/artisanat-et-produit/schema.json,
collection artisanat_et_produits, holds "Tel" and "Email" (type email) of craftspeople and producers (often sole traders), the same shape
as the accommodation and activity listings counted beside it. The table was dropped because "produits" is a thing's word
(personal_data.yml not_person_tables), though "artisanat" is none. Now its contact fields count; a name whose every joined part is a
thing's (communes_et_epci) and a single thing's name with words around it (centroid_equipements_sportifs) keep dropping them."""

from __future__ import annotations

import json

from tests.test_reusability_fixtures import check_result

CID = "scaling.personal-data"


def cms(collection: str) -> dict:
    package = {"name": "tourisme-cms", "version": "0.1.0", "private": True, "scripts": {"develop": "strapi develop"},
               "dependencies": {"@strapi/strapi": "5.12.0", "better-sqlite3": "11.3.0"}}
    folder = collection.replace("_", "-").rstrip("s")
    listing = {"kind": "collectionType", "collectionName": collection,
               "info": {"singularName": folder, "pluralName": folder + "s", "displayName": folder},
               "attributes": {"Titre": {"type": "string"}, "Description": {"type": "text"}, "Tel": {"type": "string"},
                              "Email": {"type": "email"}}}
    page = {"kind": "collectionType", "collectionName": "pages",
            "info": {"singularName": "page", "pluralName": "pages", "displayName": "Page"},
            "attributes": {"Titre": {"type": "string"}, "Corps": {"type": "richtext"}}}
    return {"package.json": json.dumps(package, indent=2),
            f"src/api/{folder}/content-types/{folder}/schema.json": json.dumps(listing, indent=2),
            "src/api/page/content-types/page/schema.json": json.dumps(page, indent=2),
            "README.md": "# Tourisme\n\nLe CMS du site de l'office de tourisme.\n"}


def _tables(res) -> list[str]:
    return [e["value"]["table"] for e in res["evidence"] if isinstance(e.get("value"), dict) and "table" in e["value"]]


def test_a_listing_of_craftspeople_and_products_keeps_its_contact_fields(tmp_path):
    res = check_result(tmp_path, cms("artisanat_et_produits"), CID)
    assert res["status"] == "warn", res["message"]
    assert "artisanat_et_produits" in _tables(res), res["evidence"]
    assert "phone" in res["message"]["en"] and "e-mail" in res["message"]["en"], res["message"]


def test_near_miss_two_things_joined_stay_a_thing(tmp_path):
    res = check_result(tmp_path, cms("communes_et_epci"), CID)
    assert res["status"] == "pass", res["message"]


def test_near_miss_one_thing_named_with_other_words_stays_a_thing(tmp_path):
    res = check_result(tmp_path, cms("centroid_equipements_sportifs"), CID)
    assert res["status"] == "pass", res["message"]
