"""Session 19 (m2): an ENT module's routes on the ODE web-utils framework (entcore over Vert.x), which interoperability.api-spec called
"no served API detected". Fixtures shaped like OPEN-ENT-NG's modules (appointments, form, mindmap: a Java back end whose controllers
declare `@Get`/`@Post` routes from fr.wseduc.rs and answer `renderJson(request, …)`, beside the module's front end)."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

SPEC = ["interoperability.api-spec"]
POM = ("<project><modelVersion>4.0.0</modelVersion><groupId>fr.openent</groupId><artifactId>rendezvous</artifactId><version>1.2.0</version>\n"
       "<dependencies>\n<dependency><groupId>io.vertx</groupId><artifactId>vertx-core</artifactId><version>4.5.1</version>"
       "<scope>provided</scope></dependency>\n<dependency><groupId>org.entcore</groupId><artifactId>common</artifactId>"
       "<version>6.2.0</version><scope>provided</scope></dependency>\n</dependencies></project>\n")
CONTROLLER = ("package fr.openent.rendezvous.controller;\n\nimport fr.wseduc.rs.ApiDoc;\nimport fr.wseduc.rs.Get;\nimport fr.wseduc.rs.Post;\n"
              "import fr.wseduc.security.SecuredAction;\nimport io.vertx.core.http.HttpServerRequest;\n"
              "import org.entcore.common.controller.ControllerHelper;\nimport org.entcore.common.http.filter.ResourceFilter;\n\n"
              "public class CreneauController extends ControllerHelper {\n\n    @Get(\"/creneaux\")\n    @ApiDoc(\"Liste des créneaux\")\n"
              "    @SecuredAction(value = \"\", type = ActionType.AUTHENTICATED)\n    public void lister(HttpServerRequest request) {\n"
              "        service.lister(creneaux -> renderJson(request, creneaux.toJson()));\n    }\n\n    @Post(\"/creneaux\")\n"
              "    public void creer(HttpServerRequest request) {\n        service.creer(arrayResponseHandler(request));\n    }\n}\n")
HELPER = ("package fr.openent.rendezvous.helper;\n\nimport io.vertx.core.http.HttpServerRequest;\n\npublic class Rendu {\n"
          "    public static void ok(HttpServerRequest request, JsonObject body) {\n        renderJson(request, body);\n    }\n}\n")


def _module(controller=CONTROLLER):
    files = {"backend/pom.xml": POM, "backend/src/main/java/fr/openent/rendezvous/Rendezvous.java":
             "package fr.openent.rendezvous;\n\nimport org.entcore.common.http.BaseServer;\n\npublic class Rendezvous extends BaseServer {\n}\n",
             "backend/src/main/java/fr/openent/rendezvous/helper/Rendu.java": HELPER,
             "backend/src/main/resources/public/template/main.html": "<div class=\"rendezvous\"><h1>Rendez-vous</h1></div>\n",
             "README.md": "# Rendez-vous\n\nModule de prise de rendez-vous de l'ENT.\n"}
    if controller:
        files["backend/src/main/java/fr/openent/rendezvous/controller/CreneauController.java"] = controller
    return files


def test_webutils_routes_answering_json_are_a_served_api(tmp_path):
    spec = judge(tmp_path, _module(), SPEC)[1]["interoperability.api-spec"]
    assert spec["status"] == "warn" and "web-utils" in spec["message"]["en"] and "1 Vert.x controller" in spec["message"]["en"], spec
    assert [(e["path"], e["line"]) for e in spec["evidence"]] == [("backend/src/main/java/fr/openent/rendezvous/controller/CreneauController.java", 17)], spec


def test_render_json_outside_a_route_file_is_no_api(tmp_path):
    # (a helper calling renderJson without declaring routes, the only Java answering JSON: not read as routes)
    spec = judge(tmp_path, _module(controller=None), SPEC, name="n")[1]["interoperability.api-spec"]
    assert spec["status"] == "not_applicable", spec


def test_an_ent_module_signs_people_in_through_its_platform(tmp_path):
    auth = judge(tmp_path, _module(), ["interoperability.auth"], name="a")[1]["interoperability.auth"]
    assert auth["status"] == "not_applicable" and "module of the ENT" in auth["message"]["en"], auth
    assert auth["evidence"] and auth["evidence"][0]["path"] == "backend/pom.xml", auth
