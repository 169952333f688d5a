"""Session 45 (fl45 = reader ri45), issue 12: a Symfony API Platform project whose only template is the framework's empty layout is
an API service, and is not advised to translate interface texts it does not have nor to add the composer.json it has.

Borkil/atd16-api, a JSON API (entities exposed with API Platform attributes, JWT login) whose interface is another repository: the
kind was web-application from composer.json's symfony/twig-bundle and templates/base.html.twig — the recipe's untouched layout, only
empty blocks in its <body>, extended by no page. Then accessibility-and-ecodesign failed instead of not applicable, and portability
advised moving "interface texts" (an API has none: the messages it returns are what it translates) into translation files and "a package (composer.json)" though composer.json is at the root.
Near miss: the same project with a page extending the layout stays a web application. Files written for these tests."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

COMPOSER = """{
    "type": "project",
    "license": "proprietary",
    "require": {
        "php": ">=8.1",
        "api-platform/core": "^3.1",
        "doctrine/orm": "^2.16",
        "symfony/framework-bundle": "6.3.*",
        "symfony/twig-bundle": "6.3.*",
        "lexik/jwt-authentication-bundle": "^2.19"
    }
}
"""
LAYOUT = """<!DOCTYPE html>
<html>
    <head>
        <meta charset="UTF-8">
        <title>{% block title %}Bonjour{% endblock %}</title>
        {% block stylesheets %}
        {% endblock %}
        {% block javascripts %}
        {% endblock %}
    </head>
    <body>
        {% block body %}{% endblock %}
    </body>
</html>
"""
ENTITY = """<?php

namespace App\\Entity;

use ApiPlatform\\Metadata\\ApiResource;
use Doctrine\\ORM\\Mapping as ORM;

#[ORM\\Entity]
#[ApiResource]
class Chantier
{
    #[ORM\\Id, ORM\\GeneratedValue, ORM\\Column]
    private ?int $id = null;

    #[ORM\\Column(length: 120)]
    private ?string $intitule = null;

    public function getId(): ?int
    {
        return $this->id;
    }
}
"""
FILES = {"composer.json": COMPOSER, "templates/base.html.twig": LAYOUT, "src/Entity/Chantier.php": ENTITY,
         "public/index.php": "<?php\n\nuse App\\Kernel;\n\nrequire_once dirname(__DIR__).'/vendor/autoload_runtime.php';\n",
         "config/packages/api_platform.yaml": "api_platform:\n    title: Chantiers\n"}
PAGE = """{% extends 'base.html.twig' %}

{% block body %}
<h1>Chantiers</h1>
<form method="post"><input name="intitule"><button>Ajouter</button></form>
{% endblock %}
"""
CHECKS = ["interoperability.accessibility-and-ecodesign", "reusability.portability"]


def test_an_api_platform_project_with_the_empty_layout_is_an_api_service(tmp_path):
    report, res = judge(tmp_path, FILES, CHECKS)
    assert report["facts"]["project"]["kind"] == "api-service", report["facts"]["project"]  # was web-application
    assert res["interoperability.accessibility-and-ecodesign"]["status"] == "not_applicable", res["interoperability.accessibility-and-ecodesign"]["message"]
    port = res["reusability.portability"]
    text = str(port["message"]) + str(port.get("remediation"))
    assert "interface texts into translation files" not in text and "messages the API returns" in text, text
    assert "or a package (composer.json)" not in text, text


def test_a_page_extending_the_layout_keeps_a_web_application(tmp_path):
    report, res = judge(tmp_path, {**FILES, "templates/chantier/index.html.twig": PAGE}, CHECKS)
    assert report["facts"]["project"]["kind"] == "web-application", report["facts"]["project"]
    assert res["interoperability.accessibility-and-ecodesign"]["status"] != "not_applicable"
    assert "interface texts into translation files" in str(res["reusability.portability"].get("remediation")), res["reusability.portability"]


def test_an_unnamed_root_manifest_is_asked_a_name_not_to_be_added(tmp_path):
    _, res = judge(tmp_path, {**FILES, "templates/chantier/index.html.twig": PAGE}, ["reusability.portability"])
    text = str(res["reusability.portability"].get("remediation"))
    assert "give composer.json, already present, a name and a version" in text, text


def test_an_api_platform_service_answers_json(tmp_path):
    _, res = judge(tmp_path, FILES, ["interoperability.data-standards"])
    r = res["interoperability.data-standards"]
    assert "JSON" in r["details"]["formats"], (r["status"], r["message"])  # was "no open format read or written"
