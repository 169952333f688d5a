"""interoperability.data-standards (issue 12, s37 ff37 = OPEN-ENT-NG/homework-assistance): an ENT module (Vert.x back end) posts
a callback form to a call centre's API and keeps its one settings document in the ENT's MongoDB; its models/KiamoForm.java and
models/FeaturedResource.java, built from a Vert.x JsonObject and written back by toJson(), were read as database models, so the
check's "only JSON messages, no database model" branch (not applicable) was never reached: fail 3 "Open formats: JSON". A JVM
class mapped to JSON and to no database (no JPA, Hibernate, Spring Data, Morphia mapping) is a message's shape, no database
schema; a JPA @Entity in the same place stays a database model, and the check keeps judging the project."""

from __future__ import annotations

from auditor.engine import AuditOptions, audit
from auditor.facts.scaling.json_messages import json_message_class
from tests.gitrepo import make_repo

CID = "interoperability.data-standards"
PKG = "backend/src/main/java/fr/region/devoirs"
FORM = ("package fr.region.devoirs.models;\n\nimport io.vertx.core.json.JsonObject;\n\npublic class CallbackForm {\n"
        "    private String firstName;\n    private String lastName;\n    private String subject;\n\n"
        "    public CallbackForm(JsonObject form) {\n        this.firstName = form.getString(\"firstName\");\n"
        "        this.lastName = form.getString(\"lastName\");\n        this.subject = form.getString(\"subject\");\n    }\n\n"
        "    public JsonObject toJson() {\n        return new JsonObject().put(\"firstName\", firstName).put(\"lastName\", lastName)"
        ".put(\"subject\", subject);\n    }\n}\n")
ENTITY = ("package fr.region.devoirs.models;\n\nimport javax.persistence.Entity;\nimport javax.persistence.Id;\nimport javax.persistence.Table;\n\n"
          "@Entity\n@Table(name = \"callback_form\")\npublic class CallbackForm {\n    @Id\n    private Long id;\n"
          "    private String firstName;\n    private String lastName;\n    private String subject;\n}\n")
SERVER = ("package fr.region.devoirs;\n\nimport io.vertx.core.AbstractVerticle;\nimport io.vertx.ext.web.Router;\n\n"
          "public class AideServer extends AbstractVerticle {\n    @Override\n    public void start() {\n"
          "        Router router = Router.router(vertx);\n        router.post(\"/callback\").handler(ctx -> ctx.response()"
          ".putHeader(\"Content-Type\", \"application/json\").end(\"{}\"));\n"
          "        router.get(\"/\").handler(ctx -> ctx.response().sendFile(\"public/index.html\"));\n"
          "        vertx.createHttpServer().requestHandler(router).listen(8080);\n    }\n}\n")
FILES = {"README.md": "# Aide aux devoirs\n\nModule de l'ENT envoyant des demandes de rappel à un centre d'appels.\n",
         "backend/pom.xml": ("<project><groupId>fr.region</groupId><artifactId>aide</artifactId><version>1.0</version><dependencies>"
                             "<dependency><groupId>io.vertx</groupId><artifactId>vertx-web</artifactId><version>4.5.0</version></dependency>"
                             "</dependencies></project>\n"),
         f"{PKG}/AideServer.java": SERVER,
         f"{PKG}/core/Field.java": ("package fr.region.devoirs.core;\n\npublic class Field {\n"
                                    "    public static final String CONTENT_TYPE = \"Content-Type\";\n"
                                    "    public static final String APPLICATION_JSON = \"application/json\";\n}\n"),
         "frontend/package.json": '{"name": "aide-front", "private": true, "scripts": {"dev": "vite", "build": "vite build"}, '
                                  '"dependencies": {"react": "^18.3.0", "react-dom": "^18.3.0"}, "devDependencies": {"vite": "^5.4.0"}}\n',
         "frontend/index.html": "<!doctype html><html><body><div id=\"root\"></div><script type=\"module\" src=\"/src/main.tsx\"></script></body></html>\n",
         "frontend/src/main.tsx": ("import React from 'react';\nimport { createRoot } from 'react-dom/client';\n\n"
                                   "function App() {\n  return <form><input name=\"subject\" /></form>;\n}\n\n"
                                   "createRoot(document.getElementById('root')!).render(<App />);\n")}


def run(tmp_path, model: str) -> tuple[dict, dict]:
    repo = make_repo(tmp_path / "r", [{"files": {**FILES, f"{PKG}/models/CallbackForm.java": model}, "date": "2026-05-06T10:00:00Z",
                                       "message": "init", "author": ("Alice Martin", "alice@exemple.fr")}])
    report = audit(str(repo), AuditOptions(cache_dir=tmp_path / "c", offline=True, only=[CID, "scaling.personal-data"]))
    return {r["id"]: r for r in report["results"]}, report["facts"]


def test_a_json_message_class_is_no_database_model(tmp_path):
    res, facts = run(tmp_path, FORM)
    r = res[CID]
    assert r["status"] == "not_applicable", (facts["project"]["kind"], r["status"], r["message"])
    assert facts["personal_data"]["schemas"] == [], facts["personal_data"]  # (no database schema of its own)


def test_a_jpa_entity_stays_a_database_model(tmp_path):
    res, facts = run(tmp_path, ENTITY)
    assert res[CID]["status"] == "fail", (facts["project"]["kind"], res[CID]["message"])
    assert [p for p, _ in facts["personal_data"]["schemas"]] == [f"{PKG}/models/CallbackForm.java"], facts["personal_data"]


def test_json_message_classes():
    assert json_message_class("models/CallbackForm.java", FORM)
    assert not json_message_class("models/CallbackForm.java", ENTITY)
    assert not json_message_class("models/CallbackForm.java", ENTITY.replace("@Entity\n", "") + "// toJson via com.fasterxml.jackson\n")
    assert not json_message_class("models/Form.ts", FORM)
