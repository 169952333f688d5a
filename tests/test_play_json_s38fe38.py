"""Play's JSON library is JSON read and written (issue 12, s38 fe38 = reader rb38, KannarFr/smbvas-api).

smbvas-api's controllers answer Ok(Json.toJson(…)) and read their bodies with parse.json[T] (import play.api.libs.json._):
interoperability.data-standards said "neither a published data schema, nor an open format read or written", as if the API
exchanged no JSON. Play's JSON (Json.toJson, Json.parse, parse.json[T]) is JSON, as Jackson or json_encode are; JavaScript's
JSON.parse (everyday plumbing) still reads no format.
"""

from __future__ import annotations

from tests.test_sbt_build_recipe_s38fe38 import PLAY_APP, audit

DS = "interoperability.data-standards"


def test_a_play_api_answering_json_writes_json(tmp_path):
    _, res = audit(tmp_path, PLAY_APP, [DS])
    r = res[DS]
    assert "JSON" in r["details"]["formats"], r
    assert "ni format ouvert" not in r["message"]["fr"], r


def test_scala_code_without_plays_json_reads_no_format(tmp_path):
    files = {k: v for k, v in PLAY_APP.items() if not k.startswith("app/")}
    files["app/controllers/PhotoController.scala"] = (
        "package controllers\n\nimport javax.inject._\nimport play.api.mvc._\n\n@Singleton\nclass PhotoController @Inject()(cc: ControllerComponents)"
        " extends AbstractController(cc) {\n  def list = Action { implicit request =>\n    Ok(views.html.index(\"photos\"))\n  }\n}\n")
    files["public/javascripts/main.js"] = "const saved = JSON.parse(localStorage.getItem('filters') || '{}');\n"
    _, res = audit(tmp_path, files, [DS])
    assert "JSON" not in res[DS]["details"]["formats"], res[DS]
