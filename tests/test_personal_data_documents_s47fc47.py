"""scaling.personal-data: documents a service builds and writes to MongoDB, or queries from CouchDB by type, are its model (issue 12, s47 fc47).

OPEN-ENT-NG/rss (ENT module, Vert.x): src/main/java/net/atos/entng/rss/service/ChannelServiceMongoImpl.java:67-70 builds each channel's
owner, new JsonObject().put(Field.USER_ID, user.getUserId()).put(Field.DISPLAY_NAME, user.getUsername()), and mongo.insert()s the
channel; no schema declares it, so the check said "No database schema or model read" (not applicable). The owner's display name is now
read, its keys resolved through the constants class. Near misses: a document of no person's field, and a builder in a file writing to no
store, keep "No database schema or model read"."""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

CID = "scaling.personal-data"

FIELD = """package fr.mairie.veille.constants;

public class Field {
    public static final String OWNER = "owner";
    public static final String USER_ID = "userId";
    public static final String DISPLAY_NAME = "displayName";
    public static final String TITLE = "title";
    public static final String URL = "url";

    private Field() {}
}
"""
SERVICE = """package fr.mairie.veille.service;

import fr.mairie.veille.constants.Field;
import fr.wseduc.mongodb.MongoDb;
import io.vertx.core.json.JsonObject;
import org.entcore.common.user.UserInfos;

public class FeedServiceMongoImpl {
    private final MongoDb mongo = MongoDb.getInstance();
    private final String collection = "veille.feeds";

    public void create(UserInfos user, JsonObject feed) {
        JsonObject author = new JsonObject()
                .put(Field.USER_ID, user.getUserId())
                .put(Field.DISPLAY_NAME, user.getUsername());
        feed.put(Field.OWNER, author);
        mongo.insert(collection, feed);
    }
}
"""
POM = ("<project><modelVersion>4.0.0</modelVersion><groupId>fr.mairie</groupId><artifactId>veille</artifactId><version>1.0</version>"
       "<dependencies><dependency><groupId>org.entcore</groupId><artifactId>common</artifactId><version>6.0</version></dependency>"
       "</dependencies></project>\n")
FILES = {
    "pom.xml": POM,
    "src/main/java/fr/mairie/veille/constants/Field.java": FIELD,
    "src/main/java/fr/mairie/veille/service/FeedServiceMongoImpl.java": SERVICE,
}
SERVICE_PATH = "src/main/java/fr/mairie/veille/service/FeedServiceMongoImpl.java"


def test_a_document_stored_with_its_owner_s_name_is_personal_data(tmp_path):
    res = check_result(tmp_path, FILES, CID)
    assert res["status"] == "warn", res["message"]
    found = [e for e in res["evidence"] if isinstance(e.get("value"), dict) and e["value"].get("table") == "author"]
    assert found and found[0]["path"] == SERVICE_PATH and found[0]["line"] == 15, res["evidence"]
    assert "displayName (identity)" in found[0]["value"]["fields"], found


def test_near_miss_a_stored_document_of_no_person_keeps_no_model_read(tmp_path):
    service = SERVICE.replace("Field.USER_ID, user.getUserId()", "Field.TITLE, feed.getString(\"t\")").replace(
        "Field.DISPLAY_NAME, user.getUsername()", "Field.URL, feed.getString(\"u\")").replace("JsonObject author", "JsonObject source")
    res = check_result(tmp_path, dict(FILES, **{SERVICE_PATH: service}), CID)
    assert res["status"] == "not_applicable" and "No database schema or model read" in res["message"]["en"], res["message"]


def test_near_miss_a_builder_never_stored_keeps_no_model_read(tmp_path):
    service = SERVICE.replace("        mongo.insert(collection, feed);\n", "        render(feed);\n")
    res = check_result(tmp_path, dict(FILES, **{SERVICE_PATH: service}), CID)
    assert res["status"] == "not_applicable" and "No database schema or model read" in res["message"]["en"], res["message"]


# TechCabbalr/sirs_import (a levee-damage importer into SIRS's CouchDB): sirs_import/couchdb.py:144-147 asks CouchDB for the documents of
# class fr.sirs.core.model.Contact with fields=["_id", "nom", "prenom"] (and Utilisateur's login), to resolve the observers' and
# photographers' names; the check read only the README's dictionary and passed "no personal-data field". Those queried documents are
# now a model (Contact: nom, prenom): warn. Near miss: documents of a thing's type (a levee section's designation, libelle).
IMPORTER = '''import requests

COUCH_URL = "http://localhost:5984/digues"


def couchdb_find(selector, fields):
    r = requests.post(f"{COUCH_URL}/_find", json={"selector": selector, "fields": fields, "limit": 100000}, timeout=20)
    r.raise_for_status()
    return r.json().get("docs", [])


def get_all_contacts():
    docs = couchdb_find(
        {"@class": "fr.digues.model.Contact"},
        fields=["_id", "nom", "prenom"]
    )
    return [{"contactId": d["_id"], "nom": d.get("nom"), "prenom": d.get("prenom")} for d in docs]
'''
IMPORTER_FILES = {"pyproject.toml": '[project]\nname = "digues-import"\nversion = "1.0"\ndependencies = ["requests"]\n',
                  "digues_import/__init__.py": "", "digues_import/couch.py": IMPORTER}


def test_documents_queried_by_type_with_their_fields_are_a_model(tmp_path):
    res = check_result(tmp_path, IMPORTER_FILES, CID)
    assert res["status"] == "warn", res["message"]
    found = [e for e in res["evidence"] if isinstance(e.get("value"), dict) and e["value"].get("table") == "Contact"]
    assert found and found[0]["path"] == "digues_import/couch.py" and found[0]["line"] == 15, res["evidence"]
    assert found[0]["value"]["fields"] == ["nom (identity)", "prenom (identity)"], found


def test_near_miss_documents_of_a_thing_s_type_hold_no_person(tmp_path):
    importer = IMPORTER.replace("fr.digues.model.Contact", "fr.digues.model.TronconDigue").replace('"nom", "prenom"', '"designation", "libelle"')
    res = check_result(tmp_path, dict(IMPORTER_FILES, **{"digues_import/couch.py": importer}), CID)
    assert res["status"] == "not_applicable" and "No database schema or model read" in res["message"]["en"], res["message"]
