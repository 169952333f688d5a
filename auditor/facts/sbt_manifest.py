"""An sbt build (``build.sbt``, Scala) read as a dependency manifest, as text: nothing is run.

``"org.apache.jena" % "apache-jena-libs" % "3.10.0"`` and ``"com.typesafe.akka" %% "akka-stream" % "2.5.19"`` are
dependencies (``% Test`` or ``% "test"`` after the version: a development one); a build that keeps its modules in
``project/Dependencies.scala`` lists them by name in ``libraryDependencies ++= Seq(akkaStream, jenaLibs, scalaTest % Test)``.
Versions are written in the build, as in a Maven POM: the build pins them itself."""

from __future__ import annotations

import re

from auditor.lazyre import lazy_compile

_MODULE = lazy_compile(r""""([\w.-]+)"\s*%%?%?\s*"([\w.-]+)"\s*%\s*(?:"[^"\n]*"|[\w.]+)(\s*%\s*(?:Test|IntegrationTest|"test"|"it"|Provided))?""")
_SEQ = lazy_compile(r"\blibraryDependencies\s*(?:\+\+=|\+=|:=)\s*(?:Seq\s*\()?((?:(?!\blibraryDependencies\b).)*?)(?:\)\s*(?:\n\s*\)|,|$)|\n\s*\n)", re.S)
_IDENT = lazy_compile(r"(?<![\w\"])([a-z][A-Za-z0-9_]*)(\s*%\s*(?:Test|IntegrationTest|\"test\"|Provided))?(?=\s*(?:,|\)|$))", re.M)
_NAME = lazy_compile(r"""^[^\S\n]*name\s*:=\s*"([^"]+)\"""", re.M)
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
