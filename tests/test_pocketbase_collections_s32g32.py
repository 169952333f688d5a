"""Session 32 (g32, reader m25o1's urbanlab/tech-shop-circulaire): a SvelteKit front end over a PocketBase back end keeps its data
model in the migrations PocketBase's admin panel writes (back/pb_migrations/*.js: `new Collection({"name": "rentHistory",
"schema": [{"name": "borrowerMail", "type": "email"}, …]})`, fields added to the built-in users collection). scaling.personal-data
said "No database schema or model read" (not applicable): the borrowers' e-mails were not seen. The collections are read as a
schema now. A PocketBase back end whose collections hold no personal field (an equipment catalogue) is read and passes."""

from __future__ import annotations

import json

from tests.test_local_authority_verdicts import judge


def _created(name: str, fields: list[tuple[str, str]]) -> str:
    schema = [{"system": False, "id": f"f{i}", "name": n, "type": t, "required": False, "unique": False, "options": {}}
              for i, (n, t) in enumerate(fields)]
    doc = {"id": f"c{name.lower()}", "created": "2023-04-03 16:00:41.815Z", "name": name, "type": "base", "system": False,
           "schema": schema, "indexes": [], "listRule": None, "options": {}}
    return ("migrate((db) => {\n  const collection = new Collection(" + json.dumps(doc, indent=2) + ");\n\n"
            "  return Dao(db).saveCollection(collection);\n}, (db) => {\n  const dao = new Dao(db);\n"
            f"  const collection = dao.findCollectionByNameOrId(\"c{name.lower()}\");\n\n  return dao.deleteCollection(collection);\n}})\n")


_USERS = ("migrate((db) => {\n  const dao = new Dao(db)\n  const collection = dao.findCollectionByNameOrId(\"_pb_users_auth_\")\n\n"
          "  // add\n  collection.schema.addField(new SchemaField(" + json.dumps({"system": False, "id": "x1", "name": "structure", "type": "text"}, indent=2)
          + "))\n\n  return dao.saveCollection(collection)\n}, (db) => {\n  return null\n})\n")


def _files(history: bool = True) -> dict:
    files = {
        "README.md": "# Tech shop\n\nPrêt de matériel entre structures de l'économie circulaire.\n",
        "docker-compose.yml": "services:\n  back:\n    build: ./back\n  front:\n    build: ./front\n    env_file: .env\n",
        "back/Dockerfile": "FROM alpine:3\nRUN apk add --no-cache unzip ca-certificates\nCOPY ./pb_migrations /pb/pb_migrations\n"
                           "CMD [\"/pb/pocketbase\", \"serve\", \"--http=0.0.0.0:8080\"]\n",
        "back/pb_migrations/1680528021_created_equipment.js": _created("equipment", [("name", "text"), ("reference", "text"), ("purchaseCost", "number")]),
        "front/package.json": json.dumps({"name": "front", "devDependencies": {"@sveltejs/kit": "1.5.0"}, "dependencies": {"pocketbase": "0.12.0"}}),
        "front/src/lib/store.ts": "import PocketBase from 'pocketbase';\nimport {PUBLIC_POCKETBASE_URL} from '$env/static/public';\n\n"
                                  "export const pb = new PocketBase(PUBLIC_POCKETBASE_URL);\n",
        "front/src/routes/+page.svelte": "<script>\n  import { pb } from '$lib/store';\n</script>\n\n<h1>Inventaire</h1>\n",
    }
    if history:
        files["back/pb_migrations/1680537641_created_rentHistory.js"] = _created(
            "rentHistory", [("startDate", "date"), ("stopDate", "date"), ("borrowerMail", "email"), ("borrowerStructure", "text")])
        files["back/pb_migrations/1680603058_updated_users.js"] = _USERS
    return files


def test_pocketbase_collections_are_read_as_the_schema(tmp_path):
    _, res = judge(tmp_path, _files(), ["scaling.personal-data"])
    pd = res["scaling.personal-data"]
    assert pd["status"] not in ("not_applicable", "pass"), pd["message"]
    assert "rentHistory" in json.dumps(pd["evidence"]), pd["evidence"]


def test_collections_with_no_personal_field_are_read_and_pass(tmp_path):
    _, res = judge(tmp_path, _files(history=False), ["scaling.personal-data"])
    pd = res["scaling.personal-data"]
    assert pd["status"] == "pass", pd["message"]
