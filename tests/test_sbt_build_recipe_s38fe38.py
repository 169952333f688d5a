"""An sbt build is the build recipe of a Scala project (issue 12, s38 fe38 = reader rb38, KannarFr/smbvas-api).

smbvas-api: a Play 2.6 REST API (build.sbt enabling PlayScala, project/plugins.sbt with Play's sbt-plugin, project/build.properties)
for a river basin syndicate's map of old flood photos. reusability.install said "no reproducible way to run the service (no
container, recipe or instructions)": build.sbt is its recipe (sbt run, sbt dist), as a pom.xml or a build.gradle is a build tool's.
The status stays fail (a recipe without instructions); a named sbt library keeps its "package" reading (sbt publish).
"""

from __future__ import annotations

from tests.test_reusability_fixtures import build, results, run_audit

RESOURCE = ("package controllers\n\nimport javax.inject._\nimport scala.concurrent.{ExecutionContext, Future}\nimport play.api.mvc._\n"
            "import play.api.libs.json._\nimport models._\n\n@Singleton\nclass PhotoController @Inject()(cc: ControllerComponents, dao: PhotoDAO)"
            "(implicit ec: ExecutionContext) extends AbstractController(cc) {\n  def list = Action.async { implicit request =>\n"
            "    Future(Ok(Json.toJson(dao.all)))\n  }\n\n  def create = Action.async(parse.json[NewPhoto]) { implicit request =>\n"
            "    Future(Created(Json.toJson(dao.insert(request.body))))\n  }\n}\n")
MODEL = ("package models\n\nimport play.api.libs.json._\n\ncase class Photo(id: Long, label: String, lat: Double, lng: Double)\n"
         "case class NewPhoto(label: String, lat: Double, lng: Double)\n\nobject Photo {\n  implicit val format: Format[Photo] = Json.format[Photo]\n}\n"
         "object NewPhoto {\n  implicit val format: Format[NewPhoto] = Json.format[NewPhoto]\n}\n\nclass PhotoDAO {\n"
         "  def all: Seq[Photo] = Seq.empty\n  def insert(p: NewPhoto): Photo = Photo(1L, p.label, p.lat, p.lng)\n}\n")
PLAY_APP = {
    "README.md": "# Crues API\n\nAPI du syndicat de bassin versant pour représenter sur une carte les photos anciennes des inondations.\n",
    "build.sbt": ('name := """crues-api"""\norganization := "fr.bassin.crues"\n\nversion := "1.0-SNAPSHOT"\n\nscalaVersion := "2.12.7"\n\n'
                  'libraryDependencies ++= Seq(\n    jdbc,\n    guice,\n    "org.postgresql" % "postgresql" % "42.2.1",\n'
                  '    "org.scalatestplus.play" %% "scalatestplus-play" % "3.1.2" % Test,\n)\n\n'
                  'lazy val root = (project in file(".")).enablePlugins(PlayScala)\n'),
    "project/plugins.sbt": 'addSbtPlugin("com.typesafe.play" % "sbt-plugin" % "2.6.11")\n',
    "project/build.properties": "sbt.version=1.2.7\n",
    "app/controllers/PhotoController.scala": RESOURCE,
    "app/models/Photo.scala": MODEL,
    "conf/routes": "GET     /photos          controllers.PhotoController.list\nPOST    /photos          controllers.PhotoController.create\n",
    "conf/application.conf": 'play.http.secret.key = ${?APPLICATION_SECRET}\ndb.default.url = ${?DATABASE_URL}\n',
}
LIBRARY = {
    "README.md": "# Bus client\n\nBibliothèque Scala pour publier des messages sur le bus de données.\n",
    "build.sbt": 'name := "bus-client"\norganization := "fr.territoire"\nversion := "0.1.0"\nscalaVersion := "2.12.8"\n\n'
                 'libraryDependencies += "com.typesafe.akka" %% "akka-stream" % "2.5.19"\n',
    "src/main/scala/fr/territoire/bus/Client.scala": "package fr.territoire.bus\n\nclass Client(host: String) {\n  def send(msg: String): Unit = ()\n}\n",
}


def audit(tmp_path, files, checks, name="r"):
    report = run_audit(build(tmp_path / name, files), tmp_path / f"c-{name}", checks)
    return report, results(report)


def test_a_play_applications_sbt_build_is_its_recipe(tmp_path):
    _, res = audit(tmp_path, PLAY_APP, ["reusability.install"])
    install = res["reusability.install"]
    assert install["details"]["runtimes"] == ["build-tool"], install
    assert "ni recette" not in install["message"]["fr"] and "build.sbt" in str(install["evidence"]), install
    assert install["status"] == "fail"  # (a recipe, no written instructions)


def test_without_its_build_the_service_has_no_recipe(tmp_path):
    _, res = audit(tmp_path, {k: v for k, v in PLAY_APP.items() if k != "build.sbt"}, ["reusability.install"])
    assert "ni recette" in res["reusability.install"]["message"]["fr"], res["reusability.install"]


def test_a_named_sbt_library_is_still_its_package(tmp_path):
    report, res = audit(tmp_path, LIBRARY, ["reusability.install"])
    assert report["facts"]["project"]["kind"] == "library", report["facts"]["project"]
    assert res["reusability.install"]["details"]["runtimes"] == ["package"], res["reusability.install"]
