"""A Strapi content type's attributes are its fields (issue 12, s46 fl46 = reader ri46's
antocreadev/strapi-tourisme.castagnicciacasinca.fr).

src/api/<type>/content-types/<type>/schema.json declares a Strapi collection's fields under "attributes" (Nom, Email of type
email, Tel): scaling.personal-data read the file as a JSON schema, found no "properties" and said "22 schema(s) read: no
personal-data field" (pass) while the providers' e-mail addresses and phones are kept. Rule now: a Strapi content type
(kind collectionType/singleType) gives its attributes, relations and media aside. Near miss: a content type with no contact
field stays a pass."""

from __future__ import annotations

import json

from tests.test_local_authority_verdicts import judge

PD = "scaling.personal-data"


def _type(name: str, attrs: dict) -> str:
    return json.dumps({"kind": "collectionType", "collectionName": name + "s", "info": {"singularName": name, "pluralName": name + "s",
                       "displayName": name.title()}, "options": {"draftAndPublish": True}, "attributes": attrs}, indent=2) + "\n"


def _files(attrs: dict) -> dict:
    pkg = {"name": "site-back", "private": True, "dependencies": {"@strapi/strapi": "5.0.0"}, "scripts": {"develop": "strapi develop"}}
    return {"README.md": "# Back office\n\nContenus du site.\n", "package.json": json.dumps(pkg, indent=2) + "\n",
            "src/index.ts": "export default { register() {}, bootstrap() {} };\n",
            "src/api/atelier/content-types/atelier/schema.json": _type("atelier", attrs),
            "src/api/atelier/routes/atelier.ts": "import { factories } from '@strapi/strapi';\nexport default factories.createCoreRouter('api::atelier.atelier');\n"}


BASE = {"Titre": {"type": "string"}, "Resume": {"type": "text"}, "Photo": {"type": "media", "multiple": False},
        "lieu": {"type": "relation", "relation": "oneToOne", "target": "api::lieu.lieu"}}


def test_a_content_types_contact_attributes_are_personal_data(tmp_path):
    r = judge(tmp_path, _files({**BASE, "Courriel": {"type": "email"}, "Tel": {"type": "string"}}), [PD], name="contact")[1][PD]
    assert r["status"] == "warn" and "ateliers" in json.dumps(r["evidence"]), r["message"]


def test_a_content_type_without_contact_fields_stays_a_pass(tmp_path):
    r = judge(tmp_path, _files(BASE), [PD], name="plain")[1][PD]
    assert r["status"] == "pass", r["message"]
