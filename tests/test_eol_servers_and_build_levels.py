"""Session 8 (f5): end of life read where session 7's readers found it and the report said "no version read": the servers
a compose file or a Dockerfile runs (MariaDB, Redis, nginx, Tomcat), an image named in a committed ``.env``, the Java level a
Maven POM or a Gradle build compiles for, the .NET Framework a project targets. Fixtures shaped like the real cases."""

from __future__ import annotations

from tests.test_scaling import ctx_for, one
from tests.test_scaling import run as run_check


def _found(r) -> set:
    return {(x["path"], x["product"], x["cycle"]) for x in ctx_for(r).fact("end_of_life")["findings"]}


def test_servers_a_deployment_runs_are_judged(repo):
    """Shaped like grandlyon/glsdk-deploy and glsdk-proxy (compose with mariadb:10.2, FROM nginx:1.13-alpine), geo2france's
    MapStoreExtension (FROM tomcat:8.5-jdk8-openjdk) and GIP-RECIA/docker-redis-sentinel (FROM redis:5.0.4-alpine); a tag
    that still allows a maintained cycle (mariadb:10, redis:6) or names none (nginx:alpine) is not past."""
    r = one(repo, {"docker-compose.yml": "version: '2'\nservices:\n  appdb:\n    env_file: appdb.env\n    restart: always\n"
                                         "    image: mariadb:10.2\n  cache:\n    image: redis:6\n  db2:\n    image: mariadb:10\n",
                   "Dockerfile": "FROM nginx:1.13-alpine\nCOPY nginx.conf /etc/nginx/nginx.conf\n",
                   "web/Dockerfile": "FROM tomcat:8.5-jdk8-openjdk\nCOPY app.war /usr/local/tomcat/webapps/\n",
                   "redis/Dockerfile": "FROM redis:5.0.4-alpine\n",
                   "proxy/Dockerfile": "FROM nginx:alpine\n"})
    assert _found(r) == {("docker-compose.yml", "mariadb", "10.2"), ("Dockerfile", "nginx", "1.13"), ("web/Dockerfile", "tomcat", "8.5"),
                         ("redis/Dockerfile", "redis", "5.0")}, _found(r)
    res = run_check(ctx_for(r), "scaling.end-of-life")
    assert res.status.value == "fail" and "MariaDB 10.2 (end of life 2022-05-23)" in res.message["en"], res.message
    assert "MariaDB 10.2 (fin de vie 2022-05-23)" in res.message["fr"], res.message


def test_an_image_named_in_a_committed_env_file_is_read(repo):
    """Shaped like GIP-RECIA/moodle-dev-stack: ``FROM ${PHP_IMG_VERSION}`` (an ARG without default) and compose's
    ``image: ${REDIS_IMG_VERSION}``, both given by the root .env; an unknown variable stays unread."""
    r = one(repo, {".env": "COMPOSE_PROJECT_NAME=mde\nPHP_IMG_VERSION=php:7.3-fpm-alpine\nREDIS_IMG_VERSION=redis:5.0.7\n",
                   "docker/php/Dockerfile": "ARG PHP_IMG_VERSION\n\nFROM ${PHP_IMG_VERSION}\n",
                   "docker/db/Dockerfile": "ARG DB_IMG\nFROM ${DB_IMG}\n",
                   "docker-compose.yml": "services:\n  redis:\n    image: ${REDIS_IMG_VERSION}\n"})
    f = ctx_for(r).fact("end_of_life")
    got = {(x["path"], x["line"], x["product"], x["cycle"], x["value"]) for x in f["findings"]}
    assert got == {("docker/php/Dockerfile", 3, "php", "7.3", "${PHP_IMG_VERSION} = php:7.3-fpm-alpine"),
                   ("docker-compose.yml", 3, "redis", "5.0", "${REDIS_IMG_VERSION} = redis:5.0.7")}, got


POM = """<?xml version="1.0" encoding="UTF-8"?>
<project>
  <modelVersion>4.0.0</modelVersion>
  <groupId>nc.noumea.mairie</groupId>
  <artifactId>pont-astre-400</artifactId>
  <version>2.4</version>
  <properties>
    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
    <java.version>{level}</java.version>
  </properties>
  <build>
    <plugins>
      <plugin>
        <artifactId>maven-compiler-plugin</artifactId>
        <version>3.6.2</version>
        <configuration>
          <source>${{java.version}}</source>
          <target>${{java.version}}</target>
        </configuration>
      </plugin>
    </plugins>
  </build>
</project>
"""


def test_the_java_level_a_build_compiles_for_is_judged(repo):
    """Shaped like DSI-Ville-Noumea/pont-astre-400 (java.version 1.5 read by the compiler plugin): Java 5, end of life 2009;
    a POM at 1.8 and a Gradle build at 17 are read, not past; a level commented out is not read."""
    r = one(repo, {"pom.xml": POM.format(level="1.5"), "src/main/java/nc/Passerelle.java": "package nc;\nclass Passerelle {}\n"})
    f = ctx_for(r).fact("end_of_life")
    assert [(x["path"], x["line"], x["product"], x["cycle"], x["value"]) for x in f["findings"]] == [
        ("pom.xml", 18, "java", "5", "maven-compiler-plugin target: ${java.version} = 1.5")], f["findings"]
    res = run_check(ctx_for(r), "scaling.end-of-life")
    assert res.status.value != "pass" and "Java 5 (end of life 2009-10-30)" in res.message["en"], res.message
    r2 = one(repo, {"pom.xml": POM.format(level="1.8"), "build.gradle": "plugins { id 'java' }\njava {\n  sourceCompatibility = JavaVersion.VERSION_17\n}\n",
                    "old/pom.xml": "<project><!-- <properties><maven.compiler.source>1.4</maven.compiler.source></properties> --></project>\n"},
             name="r2")
    f2 = ctx_for(r2).fact("end_of_life")
    assert not f2["findings"] and {(x["path"], x["cycle"]) for x in f2["read"]} == {("pom.xml", "8"), ("build.gradle", "17")}, f2
    r3 = one(repo, {"app/build.gradle": "android {\n    compileOptions {\n        sourceCompatibility JavaVersion.VERSION_1_7\n"
                                        "        targetCompatibility JavaVersion.VERSION_1_7\n    }\n}\n"}, name="r3")  # Groovy's form, no "="
    assert [(x["path"], x["cycle"]) for x in ctx_for(r3).fact("end_of_life")["findings"]] == [("app/build.gradle", "7")]


def test_the_dotnet_framework_a_project_targets_is_judged(repo):
    """Shaped like erasme/kjing and webnapperon2 (``<TargetFrameworkVersion>v4.5``): .NET Framework 4.5, end of life 2016-01-12
    (not 4.5.2's date); 4.6.2 and an SDK project's net48 are supported; several targets are not judged."""
    proj = ('<?xml version="1.0" encoding="utf-8"?>\n<Project DefaultTargets="Build" ToolsVersion="4.0">\n  <PropertyGroup>\n'
            '    <OutputType>Exe</OutputType>\n    <TargetFrameworkVersion>{v}</TargetFrameworkVersion>\n  </PropertyGroup>\n</Project>\n')
    r = one(repo, {"kjing/KJing.csproj": proj.format(v="v4.5"), "tools/Tools.csproj": proj.format(v="v4.6.2"),
                   "sdk/Sdk.csproj": '<Project Sdk="Microsoft.NET.Sdk">\n<PropertyGroup><TargetFramework>net48</TargetFramework></PropertyGroup>\n</Project>\n',
                   "multi/Multi.csproj": '<Project Sdk="Microsoft.NET.Sdk">\n<PropertyGroup><TargetFrameworks>net45;netstandard2.0</TargetFrameworks>'
                                         '</PropertyGroup>\n</Project>\n',
                   "kjing/Server.cs": "namespace KJing { class Server {} }\n"})
    f = ctx_for(r).fact("end_of_life")
    assert [(x["path"], x["line"], x["cycle"], x["eol"]) for x in f["findings"]] == [("kjing/KJing.csproj", 5, "4.5", "2016-01-12")], f["findings"]
    assert {x["path"] for x in f["read"]} == {"kjing/KJing.csproj", "tools/Tools.csproj", "sdk/Sdk.csproj"}, f["read"]
    res = run_check(ctx_for(r), "scaling.end-of-life")
    assert ".NET Framework 4.5 (end of life 2016-01-12)" in res.message["en"], res.message


def test_the_go_version_a_module_declares_is_judged(repo):
    """Ville-Eurometropole-Strasbourg/gristctl (session 8 reads): go.mod's `go 1.23.3` was "No runtime or framework version read"
    while the tool's own data dates Go 1.23's end of life; a toolchain line or a dependency's version is no language version."""
    r = one(repo, {"go.mod": "module gristctl\n\ngo 1.23.3\n\ntoolchain go1.24.0\n\nrequire github.com/spf13/cobra v1.8.1\n",
                   "main.go": "package main\n\nfunc main() {}\n"})
    assert _found(r) == {("go.mod", "go", "1.23")}, _found(r)
