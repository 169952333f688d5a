"""Play's generated seed spec, left as created, is no test of the project (issue 12, s38 fe38 = reader rb38, KannarFr/smbvas-api).

smbvas-api kept test/controllers/HomeControllerSpec.scala as `sbt new playframework/play-scala-seed.g8` wrote it ("Add your spec
here", three cases each expecting contentAsString(home) must include ("Welcome to Play")) though its HomeController is gone:
reusability.tests-and-ci counted it, "1 test file for 12 source files". A generator's starter test tests the template's page, not the
project (as Angular's, Nest's or Maven's placeholders already are); a spec of the project's own routes keeps counting.
"""

from __future__ import annotations

from tests.test_sbt_build_recipe_s38fe38 import PLAY_APP, audit

TC = "reusability.tests-and-ci"
_CASE = ('    "render the index page from {how}" in {{\n      val home = {call}\n\n      status(home) mustBe OK\n'
         '      contentType(home) mustBe Some("text/html")\n      contentAsString(home) must include ("Welcome to Play")\n    }}\n')
SEED = ("package controllers\n\nimport org.scalatestplus.play._\nimport org.scalatestplus.play.guice._\nimport play.api.test._\n"
        "import play.api.test.Helpers._\n\n/**\n * Add your spec here.\n */\nclass HomeControllerSpec extends PlaySpec with GuiceOneAppPerTest"
        " with Injecting {\n\n  \"HomeController GET\" should {\n\n"
        + _CASE.format(how="a new instance of controller", call="new HomeController(stubControllerComponents()).index().apply(FakeRequest(GET, \"/\"))")
        + _CASE.format(how="the application", call="inject[HomeController].index().apply(FakeRequest(GET, \"/\"))")
        + _CASE.format(how="the router", call="route(app, FakeRequest(GET, \"/\")).get")
        + "  }\n}\n")
OWN = ("package controllers\n\nimport org.scalatestplus.play._\nimport org.scalatestplus.play.guice._\nimport play.api.test._\n"
       "import play.api.test.Helpers._\n\nclass PhotoControllerSpec extends PlaySpec with GuiceOneAppPerTest {\n\n"
       "  \"PhotoController GET\" should {\n    \"list the photos as JSON\" in {\n      val photos = route(app, FakeRequest(GET, \"/photos\")).get\n\n"
       "      status(photos) mustBe OK\n      contentAsString(photos) must include (\"label\")\n    }\n  }\n}\n")


def test_plays_untouched_seed_spec_is_no_test(tmp_path):
    _, res = audit(tmp_path, {**PLAY_APP, "test/controllers/HomeControllerSpec.scala": SEED}, [TC])
    r = res[TC]
    assert r["details"]["test_files"] == 0 and r["details"]["generated_tests"] == 1, r


def test_a_spec_of_the_projects_own_routes_counts(tmp_path):
    _, res = audit(tmp_path, {**PLAY_APP, "test/controllers/PhotoControllerSpec.scala": OWN}, [TC])
    r = res[TC]
    assert r["details"]["test_files"] == 1 and r["details"]["generated_tests"] == 0, r
