"""Session 8 reads: end of life passed on stacks past it. A minimum (composer.json ``"php": ">=5.4.3"``, Tisséo's Symfony 2
bundles) was read as the newest PHP and passed: a minimum or a range allowing both past and supported cycles does not say the
version in use (inconclusive, or "not judged" beside versions read). What composer.lock installs (symfony/framework-bundle
v2.7.7, Tisseo/AmqpMttWorkers), Zend Framework 1 required by a library (SDIS62/toolbox) and Spring Boot named in a Gradle
``ext`` block (SICTIAM/stela) are read."""

from __future__ import annotations

from tests.test_scaling import ctx_for, one
from tests.test_scaling import run as run_check

BUNDLE = '{\n    "name" : "tisseo/endiv-bundle",\n    "type" : "symfony-bundle",\n    "require" : {\n        "php": ">=5.4.3",\n' \
         '        "doctrine/dbal": "~2.4.0"\n    }\n}\n'


def test_a_php_minimum_is_not_the_version_in_use(repo):
    r = one(repo, {"composer.json": BUNDLE, "Entity/Line.php": "<?php\nclass Line {}\n"})
    f = ctx_for(r).fact("end_of_life")
    assert f["versions_read"] == 0 and [(m["product"], m["path"], m["line"]) for m in f["minimums"]] == [("php", "composer.json", 5)], f
    res = run_check(ctx_for(r), "scaling.end-of-life")
    assert res.status.value == "inconclusive" and ">=5.4.3" in res.message["en"] and "PHP 5.4" in res.message["en"], res.message
    assert "versions minimales" in res.message["fr"], res.message


def test_a_range_beside_a_version_read_is_named_not_judged(repo):
    r = one(repo, {"composer.json": '{"require": {"php": "^7.4 || ^8.0"}}\n', "Dockerfile": "FROM php:8.3-apache\n",
                   "index.php": "<?php\necho 1;\n"})
    res = run_check(ctx_for(r), "scaling.end-of-life")
    assert res.status.value == "pass" and "not judged" in res.message["en"] and "^7.4 || ^8.0" in res.message["en"], res.message


def test_what_composer_lock_installs_is_the_version_in_use(repo):
    lock = ('{\n    "packages": [\n        {\n            "name": "symfony/framework-bundle",\n            "version": "v2.7.7",\n'
            '            "source": {"type": "git"}\n        }\n    ]\n}\n')
    r = one(repo, {"composer.json": '{"require": {"php": ">=5.3.2", "symfony/framework-bundle": "~2.3"}}\n', "composer.lock": lock,
                   "src/Worker.php": "<?php\nclass Worker {}\n"})
    f = ctx_for(r).fact("end_of_life")
    assert ("composer.lock", "symfony") in {(x["path"], x["product"]) for x in f["findings"]}, f["findings"]
    res = run_check(ctx_for(r), "scaling.end-of-life")
    assert res.status.value in ("warn", "fail") and "Symfony" in res.message["en"], res.message


def test_zend_framework_1_and_a_gradle_ext_spring_boot_are_read(repo):
    r = one(repo, {"composer.json": '{"name": "sdis62/toolbox", "type": "library", "require": {"php": ">=5.3", '
                                    '"zendframework/zendframework1": "1.*"}}\n',
                   "build.gradle": "buildscript {\n    ext {\n        springBootVersion = '2.1.1.RELEASE'\n    }\n    dependencies {\n"
                                   "        classpath(\"org.springframework.boot:spring-boot-gradle-plugin:${springBootVersion}\")\n    }\n}\n",
                   "library/SDIS62/Model.php": "<?php\nclass SDIS62_Model {}\n"})
    found = {(x["path"], x["product"]) for x in ctx_for(r).fact("end_of_life")["findings"]}
    assert {("composer.json", "zendframework"), ("build.gradle", "spring-boot")} <= found, found
    res = run_check(ctx_for(r), "scaling.end-of-life")
    assert "Zend Framework 1" in res.message["en"] and "Zend Framework 1" in res.message["fr"], res.message


def test_the_ruby_versions_a_travis_matrix_tests_on_are_judged_when_all_are_past(repo):
    """DSI-Ville-Noumea/puppet-liquibase (session 8 reads): .travis.yml's matrix tests on rvm 2.1.9 and 2.4.2, both past their end
    of life, and the report said "No runtime or framework version read"; a matrix that also lists a supported version is not judged."""
    travis = ("language: ruby\nmatrix:\n  include:\n  - rvm: 2.1.9\n    env: PUPPET_VERSION=\"~> 5.0\"\n  - rvm: 2.4.2\n"
              "    env: PUPPET_VERSION=\"~> 5.0\"\n")
    r = one(repo, {".travis.yml": travis, "manifests/init.pp": "class liquibase {\n}\n"})
    found = {(x["path"], x["product"], x["cycle"]) for x in ctx_for(r).fact("end_of_life")["findings"]}
    assert {x[1] for x in found} == {"ruby"}, found
    res = run_check(ctx_for(r), "scaling.end-of-life")
    assert res.status.value in ("warn", "fail") and "Ruby" in res.message["en"] and "rvm: 2.1.9" in str([e.to_dict() for e in res.evidence]), res
    r2 = one(repo, {".travis.yml": "language: python\npython:\n  - \"2.7\"\n  - \"3.12\"\n", "app.py": "print(1)\n"})
    assert not ctx_for(r2).fact("end_of_life")["findings"], ctx_for(r2).fact("end_of_life")
