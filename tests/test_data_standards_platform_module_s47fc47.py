"""interoperability.data-standards: the application's own storage rule (s46 fb46) extended to a platform's modules and to a mobile app's
own hosted back end (issue 12, s47 fc47; rule decided by the session's lead).

OPEN-ENT-NG/presences (school-life module of the ENT, Vert.x): fail 3.0 "Open formats: CSV, JSON" for its CSV exports of absences
(common/…/helper/CSVExport.java), though every one of its 212 routes carries @SecuredAction: only the ENT's signed-in users reach them.
OPEN-ENT-NG/collaborative-editor: fail 3.0 on the JSON its Etherpad client reads, every route secured the same way. OPEN-ENT-NG/fake-sso:
warn 6 "2 JSON Schema" for jsonschema/alterService.json and updateService.json, request schemas beside createService.json. neoexa/
VilledeMontpellier (Android, Firebase Realtime Database for its own screens): fail 0 "no open format read or written". All four are now
not applicable; near misses stay judged: one route open to anyone, a committed CSV, a data schema beside request schemas, a README
documenting routes for others."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

CID = "interoperability.data-standards"

POM = """<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>fr.mairie.ent</groupId>
  <artifactId>cantine</artifactId>
  <version>1.0.0</version>
  <dependencies>
    <dependency>
      <groupId>org.entcore</groupId>
      <artifactId>common</artifactId>
      <version>${entCoreVersion}</version>
    </dependency>
  </dependencies>
</project>
"""
CONTROLLER = """package fr.mairie.cantine.controllers;

import fr.wseduc.rs.Get;
import fr.wseduc.rs.Post;
import fr.wseduc.security.ActionType;
import fr.wseduc.security.SecuredAction;
import io.vertx.core.http.HttpServerRequest;
import org.entcore.common.controller.ControllerHelper;
import org.entcore.common.http.filter.ResourceFilter;

public class RepasController extends ControllerHelper {

    @Get("/repas")
    @SecuredAction(value = "cantine.view", type = ActionType.WORKFLOW)
    public void list(final HttpServerRequest request) {
        service.list(arrayResponseHandler(request));
    }

    @Post("/repas")
    @SecuredAction("cantine.create")
    public void create(final HttpServerRequest request) {
        service.create(request, notEmptyResponseHandler(request));
    }

    @Get("/repas/export")
    @ApiDoc("Export the reservations of a week")
    @ResourceFilter(ManagerFilter.class)
    @SecuredAction(value = "", type = ActionType.RESOURCE)
    public void export(final HttpServerRequest request) {
        new ReservationsCsv(service.week(request)).export(request);
    }
}
"""
EXPORT = """package fr.mairie.cantine.export;

import io.vertx.core.http.HttpServerRequest;

public class ReservationsCsv {
    private final StringBuilder value = new StringBuilder();

    public void export(HttpServerRequest request) {
        request.response()
                .putHeader("Content-Type", "text/csv; charset=utf-8")
                .putHeader("Content-Disposition", "attachment; filename=reservations.csv")
                .end(value.toString());
    }
}
"""
SQL = """CREATE SCHEMA cantine;
CREATE TABLE cantine.repas (
    id bigserial PRIMARY KEY,
    jour date NOT NULL,
    menu varchar(255)
);
"""
PAGE = "<!DOCTYPE html>\n<html><body><div ng-controller=\"RepasController\"><h1>Cantine</h1></div></body></html>\n"
MODULE = {
    "pom.xml": POM,
    "src/main/java/fr/mairie/cantine/controllers/RepasController.java": CONTROLLER,
    "src/main/java/fr/mairie/cantine/export/ReservationsCsv.java": EXPORT,
    "src/main/resources/sql/001-cantine.sql": SQL,
    "src/main/resources/public/template/repas.html": PAGE,
}


def _res(tmp_path, files, name="r"):
    return judge(tmp_path, files, [CID], name)[1][CID]


def test_a_platform_module_whose_every_route_is_secured_is_not_applicable(tmp_path):
    res = _res(tmp_path, MODULE)
    assert res["status"] == "not_applicable", res["message"]
    assert res["details"]["secured_routes"] == 3, res["details"]
    assert "signed-in users" in res["message"]["en"] and "utilisateurs connectés" in res["message"]["fr"]
    assert res["details"]["reserved_exports"] == ["src/main/java/fr/mairie/cantine/export/ReservationsCsv.java"], res["details"]
    assert any(e.get("path", "").endswith("RepasController.java") and e.get("line") == 14 for e in res["evidence"]), res["evidence"]


def test_near_miss_one_open_export_route_keeps_the_module_judged(tmp_path):
    open_route = CONTROLLER.replace('    @ResourceFilter(ManagerFilter.class)\n    @SecuredAction(value = "", type = ActionType.RESOURCE)\n', "")
    res = _res(tmp_path, dict(MODULE, **{"src/main/java/fr/mairie/cantine/controllers/RepasController.java": open_route}), "open")
    assert res["status"] in ("fail", "warn") and "CSV" in res["message"]["en"], res["message"]


def test_near_miss_a_published_csv_keeps_the_module_judged(tmp_path):
    res = _res(tmp_path, dict(MODULE, **{"data/menus-2024.csv": "jour,menu\n2024-09-02,lentilles\n2024-09-03,poisson\n"}), "csv")
    assert res["status"] in ("fail", "warn"), res["message"]


SSO_CONTROLLER = """package fr.mairie.sso.controllers;

import fr.wseduc.rs.Post;
import fr.wseduc.rs.Put;
import fr.wseduc.security.ActionType;
import fr.wseduc.security.SecuredAction;
import io.vertx.core.http.HttpServerRequest;
import org.entcore.common.controller.ControllerHelper;

public class ServiceController extends ControllerHelper {

    @Post("/services")
    @SecuredAction(value = "", type = ActionType.RESOURCE)
    public void addService(final HttpServerRequest request) {
        RequestUtils.bodyToJson(request, pathPrefix + "createService", data -> service.create(data, notEmptyResponseHandler(request)));
    }

    @Put("/services/:id")
    @SecuredAction(value = "", type = ActionType.RESOURCE)
    public void changeService(final HttpServerRequest request) {
        RequestUtils.bodyToJson(request, data -> service.alter(request.params().get("id"), data, notEmptyResponseHandler(request)));
    }
}
"""
SCHEMA = ('{\n  "$schema": "http://json-schema.org/draft-04/schema#",\n  "type": "object",\n  "properties": {\n'
          '    "name": {"type": "string"},\n    "url": {"type": "string"}\n  },\n  "required": ["name"]\n}\n')
SSO = {
    "pom.xml": POM,
    "src/main/java/fr/mairie/sso/controllers/ServiceController.java": SSO_CONTROLLER,
    "src/main/resources/jsonschema/createService.json": SCHEMA,
    "src/main/resources/jsonschema/alterService.json": SCHEMA,
    "src/main/resources/jsonschema/updateService.json": SCHEMA,
    "src/main/resources/public/template/services.html": PAGE,
}


def test_action_schemas_beside_a_request_schema_are_the_api_s_inputs(tmp_path):
    res = _res(tmp_path, SSO)
    assert res["status"] == "not_applicable", res["message"]
    assert res["details"]["json_schemas"] == [], res["details"]
    assert res["details"]["request_schemas"] == ["src/main/resources/jsonschema/alterService.json",
                                                 "src/main/resources/jsonschema/createService.json",
                                                 "src/main/resources/jsonschema/updateService.json"], res["details"]


def test_near_miss_a_data_schema_beside_request_schemas_stays_published(tmp_path):
    res = _res(tmp_path, dict(SSO, **{"src/main/resources/jsonschema/etablissements.json": SCHEMA}), "data")
    assert res["details"]["json_schemas"] == ["src/main/resources/jsonschema/etablissements.json"], res["details"]
    assert res["status"] != "not_applicable", res["message"]


GRADLE = """apply plugin: 'com.android.application'

android {
    compileSdkVersion 27
    defaultConfig {
        applicationId "fr.mairie.commune"
        minSdkVersion 21
    }
}

dependencies {
    implementation 'com.android.support:appcompat-v7:27.1.1'
    implementation 'com.google.firebase:firebase-core:16.0.1'
    implementation 'com.google.firebase:firebase-database:16.0.1'
}
apply plugin: 'com.google.gms.google-services'
"""
ACTIVITY = """package fr.mairie.commune;

import android.os.Bundle;
import android.support.v7.app.AppCompatActivity;
import com.google.firebase.database.DatabaseReference;
import com.google.firebase.database.FirebaseDatabase;

public class MarchesActivity extends AppCompatActivity {
    private DatabaseReference marches;

    @Override
    protected void onCreate(Bundle savedInstanceState) {
        super.onCreate(savedInstanceState);
        marches = FirebaseDatabase.getInstance().getReference("marches");
        marches.push().setValue(new Marche("Place du marché", "samedi"));
    }
}
"""
MARCHE = """package fr.mairie.commune;

public class Marche {
    public String lieu;
    public String jour;

    public Marche() {}

    public Marche(String lieu, String jour) {
        this.lieu = lieu;
        this.jour = jour;
    }
}
"""
APP = {
    "build.gradle": "buildscript { dependencies { classpath 'com.android.tools.build:gradle:3.1.3' } }\n",
    "settings.gradle": "include ':app'\n",
    "app/build.gradle": GRADLE,
    "app/src/main/AndroidManifest.xml": ('<manifest xmlns:android="http://schemas.android.com/apk/res/android" package="fr.mairie.commune">\n'
                                         '  <application android:label="Commune"><activity android:name=".MarchesActivity"/></application>\n'
                                         '</manifest>\n'),
    "app/src/main/java/fr/mairie/commune/MarchesActivity.java": ACTIVITY,
    "app/src/main/java/fr/mairie/commune/Marche.java": MARCHE,
}


def test_a_mobile_app_keeping_its_data_in_its_own_firebase_is_not_applicable(tmp_path):
    res = _res(tmp_path, APP)
    assert res["status"] == "not_applicable", res["message"]
    assert res["details"]["own_backend"] == ["firebase"], res["details"]
    assert "Firebase" in res["message"]["en"] and "back-end" in res["message"]["fr"]
    assert res["evidence"] and res["evidence"][0]["path"] == "app/build.gradle", res["evidence"]


def test_near_miss_an_app_documenting_its_api_for_others_stays_judged(tmp_path):
    readme = ("# Marchés de la commune\n\n## API\n\nLes données sont ouvertes aux réutilisateurs :\n\n"
              "- `GET /api/marches` : la liste des marchés (lieu, jour)\n")
    res = _res(tmp_path, dict(APP, **{"README.md": readme}), "api")
    assert res["status"] != "not_applicable", res["message"]
