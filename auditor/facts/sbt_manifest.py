"""An sbt build (``build.sbt``, Scala) read as a dependency manifest, as text: nothing is run.

``"org.apache.jena" % "apache-jena-libs" % "3.10.0"`` and ``"com.typesafe.akka" %% "akka-stream" % "2.5.19"`` are
dependencies (``% Test`` or ``% "test"`` after the version: a development one); a build that keeps its modules in
``project/Dependencies.scala`` lists them by name in ``libraryDependencies ++= Seq(akkaStream, jenaLibs, scalaTest % Test)``.
Versions are written in the build, as in a Maven POM: the build pins them itself.

The meta-build's ``project/*.sbt`` (``project/plugins.sbt``) declares the build's plugins, ``addSbtPlugin("org.scalameta" %
"sbt-scalafmt" % "2.5.2")``: build dependencies (development ones). A plugin that adds a framework to the libraries of the build
enabling it (Play's ``sbt-plugin``: ``enablePlugins(PlayScala)`` puts Play's server on the classpath) declares that framework
too, as a dependency of the project's runtime: no ``libraryDependencies`` line names it."""

from __future__ import annotations

import re

from auditor.lazyre import lazy_compile

_MODULE = lazy_compile(r""""([\w.-]+)"\s*%%?%?\s*"([\w.-]+)"\s*%\s*(?:"[^"\n]*"|[\w.]+)(\s*%\s*(?:Test|IntegrationTest|"test"|"it"|Provided))?""")
_SEQ = lazy_compile(r"\blibraryDependencies\s*(?:\+\+=|\+=|:=)\s*(?:Seq\s*\()?((?:(?!\blibraryDependencies\b).)*?)(?:\)\s*(?:\n\s*\)|,|$)|\n\s*\n)", re.S)
_IDENT = lazy_compile(r"(?<![\w\"])([a-z][A-Za-z0-9_]*)(\s*%\s*(?:Test|IntegrationTest|\"test\"|Provided))?(?=\s*(?:,|\)|$))", re.M)
# (name := "smbvas-api", or in Scala's triple quotes, as Play's project template writes it: name := """smbvas-api""")
_NAME = lazy_compile(r"""^[^\S\n]*name\s*:=\s*(?:"{3}|")([^"\n]+)\"""", re.M)
_PLUGIN = lazy_compile(r'^[^\S\n]*add(?:Sbt|Compiler)Plugin\([^\S\n]*"([\w.-]+)"[^\S\n]*%%?[^\S\n]*"([\w.-]+)"', re.M)
# sbt plugins that put a framework on the classpath of the build enabling them (its runtime): Play's, under its two organisations
FRAMEWORK_PLUGINS = {("org.playframework", "sbt-plugin"): "org.playframework:play", ("com.typesafe.play", "sbt-plugin"): "com.typesafe.play:play"}
_NOT_MODULES = {"seq", "settings", "enableplugins", "dependson", "aggregate"}


def parse_sbt(name: str, text: str) -> tuple:
    """(project name, dependencies, dev dependencies) of a build.sbt."""
    deps: list[str] = []
    dev: list[str] = []
    for m in _MODULE.finditer(text):
        (dev if m.group(3) else deps).append(f"{m.group(1)}:{m.group(2)}")
    for seq in _SEQ.finditer(text):  # modules named by a value of project/Dependencies.scala
        body = re.sub(r'"[^"\n]*"', "", seq.group(1))
        for m in _IDENT.finditer(body):
            if m.group(1).lower() not in _NOT_MODULES:
                (dev if m.group(2) else deps).append(m.group(1))
    pname = _NAME.search(text)
    return (pname.group(1) if pname else None), list(dict.fromkeys(deps)), list(dict.fromkeys(d for d in dev if d not in deps))


def is_sbt_meta_build(path: str) -> bool:
    """A ``.sbt`` file of the meta-build, ``project/plugins.sbt`` (any ``project/*.sbt`` beside a build)."""
    segments = path.split("/")
    return len(segments) >= 2 and segments[-2] == "project" and segments[-1].endswith(".sbt")


def parse_sbt_plugins(name: str, text: str) -> tuple:
    """(None, frameworks the plugins put on the project's classpath, the plugins) of a meta-build's .sbt file (a line commented
    out with // declares nothing)."""
    dev: list[str] = []
    deps: list[str] = []
    for m in _PLUGIN.finditer(text):
        dev.append(f"{m.group(1)}:{m.group(2)}")
        if framework := FRAMEWORK_PLUGINS.get((m.group(1), m.group(2))):
            deps.append(framework)
    return None, list(dict.fromkeys(deps)), list(dict.fromkeys(dev))
