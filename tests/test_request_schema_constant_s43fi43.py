"""interoperability.data-standards (issue 12, s43 fi43 = OPEN-ENT-NG/minetest, reader rg43): a school-platform module's controller
validates request bodies with JSON Schemas src/main/resources/jsonschema/<name>.json, naming each through a constant of a constants
class (RequestUtils.bodyToJson(request, pathPrefix + Field.WORLD, …) with ``public static final String WORLD = "world";`` in
Field.java). The rule knew only the quoted name beside the request, so data-standards warned 'schemas: … 3 JSON Schema'. A constant in
capitals whose whole value is the schema's name, named on a line reading the request, names that schema too. Near miss: the same
constant used by a script validating a data set's rows (no request read) keeps the schema a published one. Written for the test."""

from __future__ import annotations

from tests.test_request_schema_s42fc42 import DATA_SCHEMA, SCHEMA, standards

FIELDS = '''package fr.ent.mondes.core.constants;

public class Field {
    private Field() {
        throw new IllegalStateException("Utility class");
    }

    public static final String ID = "id";
    public static final String PLANET = "planet";
    public static final String OWNER_ID = "owner_id";
}
'''
CONTROLLER = '''package fr.ent.mondes.controller;

import fr.ent.mondes.core.constants.Field;

public class PlanetController extends ControllerHelper {
    private static final String pathPrefix = "./mondes/";

    @Post("/planets")
    public void create(HttpServerRequest request) {
        RequestUtils.bodyToJson(request, pathPrefix + Field.PLANET, body -> {
            service.create(body, defaultResponseHandler(request));
        });
    }
}
'''
CHECKER = '''package fr.ent.mondes.data;

import fr.ent.mondes.core.constants.Field;

public class PlanetExport {
    public void check(JsonArray rows) {
        JsonSchema schema = loader.load("data/" + Field.PLANET + ".json");
        schema.validate(rows);
    }
}
'''


def test_a_schema_named_by_a_constant_beside_the_request_is_the_apis_input(tmp_path):
    r = standards(tmp_path, {"src/main/resources/jsonschema/planet.json": SCHEMA,
                             "src/main/java/fr/ent/mondes/core/constants/Field.java": FIELDS,
                             "src/main/java/fr/ent/mondes/controller/PlanetController.java": CONTROLLER})
    assert r["status"] == "not_applicable" and "JSON Schema" not in r["message"]["en"], (r["status"], r["message"])
    assert r["details"]["request_schemas"] == ["src/main/resources/jsonschema/planet.json"], r["details"]


def test_the_constant_used_without_a_request_keeps_a_published_schema(tmp_path):
    r = standards(tmp_path, {"data/planet.json": DATA_SCHEMA, "data/planets.json": '[{"id": "P1", "commune": "Vannes", "puissance": 2}]\n',
                             "src/main/java/fr/ent/mondes/core/constants/Field.java": FIELDS,
                             "src/main/java/fr/ent/mondes/data/PlanetExport.java": CHECKER})
    assert r["status"] not in ("not_applicable", "error") and "1 JSON Schema" in r["message"]["en"], (r["status"], r["message"])
    assert r["details"]["request_schemas"] == [], r["details"]
