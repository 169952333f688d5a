"""The sbt build's plugins, project/plugins.sbt, are a build declaration of the project (issue 12, session 22 b4, left open by
session 21: project.py had a Play-only case reading project/plugins.sbt beside the manifests fact). The manifests fact now reads
every project/*.sbt as an sbt manifest: its plugins are build (development) dependencies; Play's sbt plugin also declares the
Play framework it puts on the classpath, a runtime dependency, so that the kind and the API checks see Play from the manifests
as they see any other framework. The runtime dependencies of an sbt library with build plugins only are unchanged."""

from __future__ import annotations

from auditor.facts.manifests import all_dependencies
from tests.test_scaling import ctx_for
from tests.test_state_facts_s21 import PLAY, facts

LIBRARY = {
    "build.sbt": ('name := "geocodeur"\n\nlibraryDependencies ++= Seq(\n  "org.typelevel" %% "cats-effect" % "3.5.4",\n'
                  '  "org.scalatest" %% "scalatest" % "3.2.18" % Test\n)\n'),
    "project/plugins.sbt": ('addSbtPlugin("com.github.sbt" % "sbt-ci-release" % "1.9.0")\n'
                            '// addSbtPlugin("org.playframework" % "sbt-plugin" % "3.0.6")\n'
                            'addCompilerPlugin("org.typelevel" %% "kind-projector" % "0.13.3")\n'),
    "project/build.properties": "sbt.version=1.10.0\n",
    "src/main/scala/Geocodeur.scala": "package geocodeur\n\nobject Geocodeur { def run(): Unit = () }\n",
    "README.md": "# Géocodeur\n\nBibliothèque Scala de géocodage des adresses.\n",
}


def _manifests(repo, files):
    return {m["path"]: m for m in ctx_for(repo([{"files": files}])).fact("manifests")["manifests"]}


def test_the_meta_builds_sbt_files_are_manifests():
    from auditor.facts.sbt_manifest import is_sbt_meta_build

    assert is_sbt_meta_build("project/plugins.sbt") and is_sbt_meta_build("api/project/metals.sbt")
    assert not is_sbt_meta_build("build.sbt") and not is_sbt_meta_build("project/Dependencies.scala")
    assert not is_sbt_meta_build("src/project/notes.txt")


def test_plugins_are_build_dependencies_and_plays_plugin_declares_play():
    from auditor.facts.sbt_manifest import parse_sbt_plugins

    text = ('addSbtPlugin("org.playframework" % "sbt-plugin"   % "3.0.6")\n  addSbtPlugin("org.scalameta" % "sbt-scalafmt" % "2.5.2")\n'
            '// addSbtPlugin("com.timushev.sbt" % "sbt-updates" % "0.6.4")\n')
    assert parse_sbt_plugins("plugins.sbt", text) == (None, ["org.playframework:play"],
                                                      ["org.playframework:sbt-plugin", "org.scalameta:sbt-scalafmt"])
    old = parse_sbt_plugins("plugins.sbt", 'addSbtPlugin("com.typesafe.play" % "sbt-plugin" % "2.8.20")\n')
    assert old[1] == ["com.typesafe.play:play"]


def test_a_play_applications_plugins_file_is_its_sbt_manifest(repo):
    found = _manifests(repo, PLAY)
    plugins = found["project/plugins.sbt"]
    assert plugins["ecosystem"] == "sbt" and plugins["lockfile"] == "project/plugins.sbt" and plugins["error"] is None
    assert plugins["tooling"]  # (counted with build.sbt by the dependency checks, as a requirements/dev.txt is with its project)
    assert plugins["dependencies"] == ["org.playframework:play"]
    assert plugins["dev_dependencies"] == ["org.playframework:sbt-plugin", "org.scalameta:sbt-scalafmt"]
    # build.sbt is read as before
    assert found["build.sbt"]["dependencies"] == ["org.postgresql:postgresql", "com.typesafe.play:play-json"]


def test_a_librarys_build_plugins_leave_its_runtime_as_it_was(repo):
    found = _manifests(repo, LIBRARY)
    assert found["project/plugins.sbt"]["dependencies"] == []  # (the commented Play line declares nothing)
    assert found["project/plugins.sbt"]["dev_dependencies"] == ["com.github.sbt:sbt-ci-release", "org.typelevel:kind-projector"]
    value = {"manifests": list(found.values())}
    assert sorted(all_dependencies(value, dev=False)) == ["org.typelevel:cats-effect"]


def test_the_dependency_checks_count_the_sbt_project_once(tmp_path):
    _, res = facts(tmp_path, {**LIBRARY, "package.json": '{"dependencies": {"leaflet": "1.9.4"}}'}, "deps",
                   only=("reusability.dependencies", "licensing.dependencies"))
    deps = res["reusability.dependencies"]
    assert deps["message"]["en"].startswith("2 manifest(s) (npm, sbt), 1 without a lockfile"), deps["message"]
    assert "project/plugins.sbt" not in res["licensing.dependencies"]["message"]["en"], res["licensing.dependencies"]["message"]


def test_the_kind_reads_play_from_the_manifests(tmp_path):
    f, _ = facts(tmp_path, PLAY, "play", only=("interoperability.api-spec",))
    assert f["project"]["kind"] == "api-service", f["project"]
    assert any(e["path"] == "project/plugins.sbt" for e in f["project"]["kind_evidence"]), f["project"]["kind_evidence"]
    # a library with build plugins only is no server
    f, _ = facts(tmp_path, LIBRARY, "lib", only=("interoperability.api-spec",))
    assert f["project"]["kind"] not in ("api-service", "web-application"), f["project"]
