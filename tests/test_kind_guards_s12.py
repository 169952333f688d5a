"""Kinds decided from incidental files (session 12's reads, issue 12): the per-folder index.html a PHP framework keeps so the web
server lists no folder ("403 Forbidden … Directory access is forbidden.") made a CodeIgniter application a "static site". Each on a
git fixture shaped like the real case."""

from __future__ import annotations

from tests.test_kind_first_reads import kind_and_results

_GUARD = "<html>\n<head>\n\t<title>403 Forbidden</title>\n</head>\n<body>\n\n<p>Directory access is forbidden.</p>\n\n</body>\n</html>\n"


def _codeigniter_app() -> dict:
    """A CodeIgniter 2 application committed without Composer inside one versioned folder: its front controller, a controller
    handling an upload, one view (the whole page), settings, and the framework's folder guards."""
    app = "conv_0.3/application"
    files = {
        "README.md": "Convertisseur\n=============\n\nApplication PHP de conversion de fiches de métadonnées.\n",
        "conv_0.3/index.php": "<?php\ndefine('BASEPATH', 'system/');\n$application_folder = 'application';\n"
                              "require_once BASEPATH.'core/CodeIgniter.php';\n",
        f"{app}/config/config.php": "<?php\n/*\n| By default CodeIgniter enables access to the $_GET array.\n*/\n$config['base_url'] = '';\n",
        f"{app}/config/app_config.php": "<?php\n$config['template'] = 'uploads/templates/form.xls';\n",
        f"{app}/controllers/convert.php": "<?php\nclass Convert extends CI_Controller {\n  public function index() {\n"
                                          "    $this->load->view('index');\n  }\n  public function upload() {\n"
                                          "    $this->upload->do_upload('file');\n  }\n}\n",
        f"{app}/views/index.php": "<!DOCTYPE html>\n<html>\n<head><title>Convertisseur</title></head>\n<body>\n"
                                  "<form method=\"post\" enctype=\"multipart/form-data\" action=\"<?php echo site_url('convert/upload'); ?>\">\n"
                                  "<input type=\"file\" name=\"file\"/><input type=\"submit\"/></form>\n</body>\n</html>\n",
        f"{app}/helpers/xml_helper.php": "<?php\nfunction to_xml($rows) {\n  return '<?xml version=\"1.0\"?>';\n}\n",
    }
    for folder in ("", "cache/", "config/", "controllers/", "core/", "errors/", "helpers/", "hooks/", "libraries/", "logs/",
                   "models/", "views/"):
        files[f"{app}/{folder}index.html"] = _GUARD
    return files


def test_a_frameworks_folder_guards_make_no_static_site(tmp_path):
    """cigalsace/mdConverter shape: "static site" on application/cache/index.html, config/index.html… (CodeIgniter's guards); the
    settings, API, sign-in and building-block N/As then said "a static site" of an application handling uploads."""
    project, res = kind_and_results(tmp_path, _codeigniter_app(), ["reusability.configuration"])
    assert project["kind"] == "web-application" and project["kind_decided"], project
    assert any(e["path"] == "conv_0.3/index.php" for e in project["kind_evidence"]), project["kind_evidence"]
    assert "statique" not in res["reusability.configuration"]["message"]["fr"]


def test_a_lone_empty_page_or_a_page_with_a_script_stays_a_page(tmp_path):
    """A single-page application's index.html has no text but its script: it is a page (a static site), not a guard."""
    files = {
        "README.md": "Carte\n=====\n\nCarte des équipements.\n",
        "index.html": "<!DOCTYPE html>\n<html>\n<head><title>Carte</title></head>\n<body>\n<div id=\"map\"></div>\n"
                      "<script src=\"map.js\"></script>\n</body>\n</html>\n",
        "map.js": "document.getElementById('map').textContent = 'carte';\n",
    }
    project, _ = kind_and_results(tmp_path, files, [])
    assert project["kind"] == "static-site", project


def _symfony_bundle(views: bool) -> dict:
    """A Symfony 2 bundle published on Packagist ("type": "symfony-bundle") plugged into a host portal: controllers rendering its own
    Twig back-office screens (or, without them, services only), its configuration tree."""
    files = {
        "README.md": "PaonBundle\n==========\n\nBack office bundle of the transport offer, plugged into the portal.\n",
        "composer.json": '{\n  "name": "acme/offer-bundle",\n  "type": "symfony-bundle",\n  "license": "AGPLv3",\n'
                         '  "require": {"php": ">=5.4.3", "acme/core-bundle": "~1.2.0"},\n  "autoload": {"psr-4": {"Acme\\\\OfferBundle\\\\": ""}}\n}\n',
        "AcmeOfferBundle.php": "<?php\nnamespace Acme\\OfferBundle;\n\nuse Symfony\\Component\\HttpKernel\\Bundle\\Bundle;\n\n"
                               "class AcmeOfferBundle extends Bundle\n{\n}\n",
        "DependencyInjection/Configuration.php": "<?php\nnamespace Acme\\OfferBundle\\DependencyInjection;\n\nclass Configuration\n{\n}\n",
        "Services/LineManager.php": "<?php\nnamespace Acme\\OfferBundle\\Services;\n\nclass LineManager\n{\n  public function findAll() { return []; }\n}\n",
    }
    if views:
        files.update({
            "Controller/LineController.php": "<?php\nnamespace Acme\\OfferBundle\\Controller;\n\nclass LineController extends AbstractController\n{\n"
                                             "  public function listAction()\n  {\n    return $this->render('AcmeOfferBundle:Line:list.html.twig', []);\n  }\n}\n",
            "Resources/views/Line/list.html.twig": "{% extends 'AcmeCoreBundle::container.html.twig' %}\n{% block content %}\n"
                                                   "<table class=\"table\">{% for line in lines %}<tr><td>{{ line.number }}</td></tr>{% endfor %}</table>\n{% endblock %}\n",
            "Resources/views/Line/edit.html.twig": "{% extends 'AcmeCoreBundle::modal.html.twig' %}\n{% block content %}\n"
                                                   "{{ form(form) }}\n{% endblock %}\n",
        })
    return files


def test_a_symfony_bundle_with_its_own_screens_is_judged_for_their_accessibility(tmp_path):
    """Tisseo/PaonBundle, BoaBundle shape: a bundle shipping a back office's Twig screens stays a library (the host serves it and signs
    people in), but its screens are an interface: accessibility and eco-design were N/A "library"."""
    check = "interoperability.accessibility-and-ecodesign"
    project, res = kind_and_results(tmp_path, _symfony_bundle(True), [check])
    assert project["kind"] == "library", project
    assert res[check]["status"] != "not_applicable", res[check]["message"]["fr"]
    assert any(a["kind"] == "web-application" and a["evidence"][0]["path"].endswith(".html.twig") for a in project["also_kinds"]), project
    project, res = kind_and_results(tmp_path / "services", _symfony_bundle(False), [check])
    assert project["kind"] == "library" and res[check]["status"] == "not_applicable", (project, res[check])


def _java_class(pkg: str, cls: str, annotation: str = "") -> str:
    return f"package {pkg};\n\n{annotation}public class {cls} {{\n  public String name() {{ return \"{cls}\"; }}\n}}\n"


def _addon_beside_its_services() -> dict:
    """A geOrchestra add-on repository: a Spring Boot REST API, its core and service modules, an Angular back office, and a MapStore
    extension in one sub-folder of its own."""
    files = {
        "README.md": "Signalement\n===========\n\nUn backend, une application back-office, un plugin MapStore.\n",
        "pom.xml": "<project>\n  <groupId>org.example</groupId>\n  <artifactId>signalement</artifactId>\n  <packaging>pom</packaging>\n"
                   "  <modules><module>signalement-api</module><module>signalement-core</module></modules>\n</project>\n",
        "signalement-api/pom.xml": "<project>\n  <artifactId>signalement-api</artifactId>\n  <packaging>jar</packaging>\n  <dependencies>\n"
                                   "    <dependency><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-web</artifactId></dependency>\n"
                                   "  </dependencies>\n</project>\n",
        "signalement-front/package.json": '{"name": "signalement-front", "dependencies": {"@angular/core": "^12.0.0", "rxjs": "^6.6.0"}}\n',
        "signalement-front/src/app/app.component.ts": "import { Component } from '@angular/core';\n\n@Component({selector: 'app-root', templateUrl: './app.component.html'})\nexport class AppComponent {}\n",
        "signalement-front/src/app/app.component.html": "<h1>Back office</h1>\n<router-outlet></router-outlet>\n",
        "signalement-front/src/app/user/user.component.ts": "import { Component } from '@angular/core';\n\n@Component({selector: 'app-user', template: '<p>user</p>'})\nexport class UserComponent {}\n",
        "signalement-mapstore-addon/js/extension/plugins/Extension.jsx": "import { createPlugin } from '@mapstore/utils/PluginsUtils';\n\n"
                                                                         "export default createPlugin('Signalement', { component: () => null });\n",
        "signalement-mapstore-addon/js/extension/components/Panel.jsx": "import React from 'react';\n\nexport default () => <div>signalement</div>;\n",
    }
    for i in range(4):
        files[f"signalement-api/src/main/java/org/example/api/Report{i}Controller.java"] = _java_class("org.example.api", f"Report{i}Controller", "@RestController\n")
        files[f"signalement-core/src/main/java/org/example/core/Report{i}.java"] = _java_class("org.example.core", f"Report{i}")
    return files


def test_a_mapstore_extension_beside_the_repositorys_own_services_does_not_make_it_a_plugin(tmp_path):
    """sigrennesmetropole/geor_signalement shape: "library, plugin of MapStore" decided on one extension's Extension.jsx although the
    repository also holds a Spring REST API and an Angular back office; api-spec and auth were N/A "library"."""
    project, res = kind_and_results(tmp_path, _addon_beside_its_services(), ["interoperability.api-spec"])
    assert project["kind"] == "web-application", project
    assert "bibliothèque" not in res["interoperability.api-spec"]["message"]["fr"]


def test_the_folder_guards_are_found_once_per_audit(tmp_path, monkeypatch):
    """The kind's pages and the PHP front controller's views leave out the same folder guards: one search for them (≤200 pages
    read), not one for the pages and another over every .html name for the views."""
    from auditor.facts import kind_fronts, project

    calls, original = [], kind_fronts.directory_guards

    def counted(ctx, pages):
        calls.append(len(pages))
        return original(ctx, pages)

    monkeypatch.setattr(kind_fronts, "directory_guards", counted)
    monkeypatch.setattr(project, "directory_guards", counted)
    found, _ = kind_and_results(tmp_path, _codeigniter_app(), [])
    assert found["kind"] == "web-application" and calls == [12], calls
