"""interoperability.api-spec (issue 12, s42 fo42 = reader rb42 timeline-generator #5, OPEN-ENT-NG/timeline-generator).

An ENT module (entcore over Vert.x) has three route files: TimelineController answers renderJson(request, …); EventController's
routes hand the request to a helper class of the project (helpers/EventHelper.java, no route of its own, answering
arrayResponseHandler(request)); FoldersController extends entcore's MongoDbControllerHelper and its routes call the inherited CRUD
(super.list(request), create(request)), which answers JSON. The check said "1 Vert.x controller(s) … answer JSON": it counted only
the route files writing the JSON answer themselves. Near misses: a route file importing a project service that answers nothing, and a
route file of a plain BaseController calling a create(request) of its own, are not counted.
"""

from __future__ import annotations

from tests.test_ent_webutils_api_s19_m2 import POM
from tests.test_local_authority_verdicts import judge

SPEC = ["interoperability.api-spec"]
PKG = "backend/src/main/java/fr/openent/frise/"
IMPORTS = "import fr.wseduc.rs.Get;\nimport fr.wseduc.rs.Post;\nimport io.vertx.core.http.HttpServerRequest;\n"

TIMELINE = ("package fr.openent.frise.controllers;\n\n" + IMPORTS + "import org.entcore.common.mongodb.MongoDbControllerHelper;\n\n"
            "public class FriseController extends MongoDbControllerHelper {\n\n    @Get(\"/frise/:id/print\")\n"
            "    public void imprimer(HttpServerRequest request) {\n        service.lire(id, frise -> renderJson(request, frise));\n    }\n}\n")
EVENT = ("package fr.openent.frise.controllers;\n\n" + IMPORTS + "import fr.openent.frise.helpers.EtapeHelper;\n"
         "import org.entcore.common.controller.BaseController;\n\n"
         "public class EtapeController extends BaseController {\n\n    private final EtapeHelper etapeHelper;\n\n"
         "    @Get(\"/frise/:id/etapes\")\n    public void lister(HttpServerRequest request) {\n        etapeHelper.list(request);\n    }\n}\n")
HELPER = ("package fr.openent.frise.helpers;\n\nimport static org.entcore.common.http.response.DefaultResponseHandler.arrayResponseHandler;\n"
          "import io.vertx.core.http.HttpServerRequest;\n\npublic class EtapeHelper extends MongoDbControllerHelper {\n\n"
          "    public void list(final HttpServerRequest request) {\n        etapeService.list(friseId, arrayResponseHandler(request));\n    }\n}\n")
FOLDERS = ("package fr.openent.frise.controllers;\n\n" + IMPORTS + "import org.entcore.common.mongodb.MongoDbControllerHelper;\n\n"
           "public class DossiersController extends MongoDbControllerHelper {\n\n    @Override\n    @Get(\"dossier/list/:filter\")\n"
           "    public void list(HttpServerRequest request) {\n        super.list(request);\n    }\n\n    @Post(\"dossier\")\n"
           "    public void ajouter(HttpServerRequest request) {\n        create(request);\n    }\n}\n")
# near misses
SERVICE = ("package fr.openent.frise.services;\n\npublic class Horloge {\n    public long maintenant() {\n        return 0L;\n    }\n}\n")
PAGE = ("package fr.openent.frise.controllers;\n\n" + IMPORTS + "import fr.openent.frise.services.Horloge;\n"
        "import org.entcore.common.controller.BaseController;\n\n"
        "public class PageController extends BaseController {\n\n    @Get(\"/page\")\n    public void create(HttpServerRequest request) {\n"
        "        renderView(request);\n    }\n\n    @Get(\"/accueil\")\n    public void accueil(HttpServerRequest request) {\n"
        "        create(request);\n    }\n}\n")


def _module(**files):
    return {"backend/pom.xml": POM, PKG + "Frise.java": "package fr.openent.frise;\n\nimport org.entcore.common.http.BaseServer;\n\n"
            "public class Frise extends BaseServer {\n}\n", PKG + "controllers/FriseController.java": TIMELINE,
            PKG + "services/Horloge.java": SERVICE, PKG + "controllers/PageController.java": PAGE,
            "README.md": "# Frise\n\nModule de frises chronologiques de l'ENT.\n", **files}


def test_routes_answering_through_a_helper_or_the_inherited_crud_answer_json(tmp_path):
    spec = judge(tmp_path, _module(**{PKG + "controllers/EtapeController.java": EVENT, PKG + "helpers/EtapeHelper.java": HELPER,
                                      PKG + "controllers/DossiersController.java": FOLDERS}), SPEC)[1]["interoperability.api-spec"]
    assert spec["status"] == "warn" and "3 Vert.x controller(s)" in spec["message"]["en"], spec  # was "1 Vert.x controller(s)"
    paths = {e["path"].rsplit("/", 1)[-1] for e in spec["evidence"]}
    assert paths == {"FriseController.java", "EtapeController.java", "DossiersController.java"}, spec


def test_a_route_importing_a_silent_service_or_calling_its_own_create_is_not_counted(tmp_path):
    spec = judge(tmp_path, _module(), SPEC, name="n")[1]["interoperability.api-spec"]
    assert spec["status"] == "warn" and "1 Vert.x controller(s)" in spec["message"]["en"], spec
