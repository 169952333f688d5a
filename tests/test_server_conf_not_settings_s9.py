"""reusability.configuration: a web server's own configuration is not the project's settings file (issue 12, session 9's first
reads): the nginx server block or Apache vhost a Dockerfile copies into the image (cbn-alpin/gtt-webapp's nginx.conf,
SDIS62/mobilcos-web's docker/nginx.conf, SDIS62/prevarisc-skeleton-php's config/apache2.conf) was named "template", and
Tomcat's one-element META-INF/context.xml (a session <Manager>) "settings file" (GIP-RECIA/help-info-portlet, email-preview)."""

from __future__ import annotations

from tests.test_settings_shapes_s9 import conf, found as named


NGINX = ("server {\n    listen 80;\n    root /usr/share/nginx/html;\n    index index.html;\n\n    location / {\n"
         "        try_files $uri $uri/ /index.html;\n    }\n}\n")
ANGULAR_ENV = 'export const environment = {\n  production: true,\n  apiUrl: "${API_URL}",\n  googleClientId: "${GOOGLE_CLIENT_ID}"\n};\n'
DOCKERFILE = ("FROM node:18-alpine as builder\nWORKDIR /usr/src\nCOPY package.json .\nRUN npm ci\nCOPY . .\nRUN npm run build\n\n"
              "FROM nginx:alpine\nCOPY nginx.conf /etc/nginx/conf.d/default.conf\nCOPY --from=builder /usr/src/dist /usr/share/nginx/html\n")


def test_the_nginx_conf_an_image_serves_with_is_no_settings_template(tmp_path):
    r = conf(tmp_path, {"dockerfile": DOCKERFILE, "nginx.conf": NGINX, "package.json": '{"name": "gtt", "dependencies": {"@angular/core": "^17.0.0"}}\n',
                        "src/environments/environment.ts": ANGULAR_ENV,
                        "src/app/api.service.ts": 'import { environment } from "../environments/environment";\n'
                                                  'export class ApiService {\n  url = environment.apiUrl;\n}\n',
                        "README.md": "# GTT\n\nGestion des temps de travail.\n"})
    assert "nginx.conf" not in named(r), r["message"]
    assert "nginx.conf" not in r["message"]["en"] and "nginx.conf" not in r["message"]["fr"]


def test_an_apache_vhost_copied_to_sites_available_is_no_settings_template(tmp_path):
    r = conf(tmp_path, {"Dockerfile": "FROM php:8.0-apache-bullseye\nCOPY config/apache2.conf /etc/apache2/sites-available/000-default.conf\n"
                                      "COPY composer.json composer.json\nCOPY public public\nCOPY src src\nCOPY config config\n",
                        "config/apache2.conf": "<VirtualHost *:${PORT}>\n    DocumentRoot /var/www/html/public\n    <Directory /var/www/html/public>\n"
                                               "        AllowOverride All\n    </Directory>\n</VirtualHost>\n",
                        "public/index.php": "<?php\nrequire __DIR__ . '/../vendor/autoload.php';\n$config = require __DIR__ . '/../config/config.php';\n",
                        "src/Container.php": "<?php\nnamespace App;\n\nfinal class Container\n{\n    public function get(string $id) { return null; }\n}\n",
                        "composer.json": '{"name": "sdis62/skeleton", "require": {"php": ">=8.0"}}\n',
                        "README.md": "# Skeleton\n\nA PHP micro-service skeleton.\n"})
    assert "config/apache2.conf" not in named(r), r["message"]
    assert "apache2.conf" not in r["message"]["en"]


def test_a_service_settings_file_copied_into_the_image_is_still_its_template(tmp_path):
    # (the rule is the web server's own file, not every .conf a recipe copies: the application's app.conf stays the template)
    r = conf(tmp_path, {"Dockerfile": "FROM python:3.12\nCOPY app.conf /etc/app/app.conf\nCOPY app.py /srv/app.py\nCMD [\"python\", \"/srv/app.py\"]\n",
                        "app.conf": "[database]\nhost = localhost\nport = 5432\nname = app\n",
                        "app.py": "import configparser\n\ncfg = configparser.ConfigParser()\ncfg.read('/etc/app/app.conf')\nprint(cfg['database']['host'])\n",
                        "README.md": "# App\n\nA small service.\n"})
    assert "app.conf" in named(r), r["message"]


PORTLET = {"pom.xml": "<project><modelVersion>4.0.0</modelVersion><groupId>org.esco</groupId><artifactId>help-info-portlet</artifactId>"
                      "<version>1.0</version><packaging>war</packaging></project>\n",
           "src/main/java/org/esco/portlet/HelpController.java": "package org.esco.portlet;\n\npublic class HelpController {\n"
                                                                 "    public String view() { return \"view\"; }\n}\n",
           "src/main/webapp/WEB-INF/web.xml": '<web-app version="3.0">\n  <display-name>help-info-portlet</display-name>\n</web-app>\n',
           "src/main/webapp/WEB-INF/portlet.xml": '<portlet-app version="2.0">\n  <portlet><portlet-name>help-info</portlet-name></portlet>\n</portlet-app>\n',
           "src/main/webapp/WEB-INF/jsp/view.jsp": '<%@ page contentType="text/html" %>\n<div class="help">${message}</div>\n',
           "README.md": "# Help info portlet\n\nA uPortal portlet showing help pages in the ENT.\n"}


def test_tomcats_one_element_context_xml_is_no_settings_file(tmp_path):
    r = conf(tmp_path, {**PORTLET, "src/main/webapp/META-INF/context.xml":
                        '<Context crossContext="true">\n  <Manager pathname="" className="org.apache.catalina.session.StandardManager"/>\n</Context>\n'})
    assert "context.xml" not in r["message"]["en"] and "context.xml" not in r["message"]["fr"], r["message"]


def test_a_context_xml_declaring_the_datasource_is_the_settings_file(tmp_path):
    r = conf(tmp_path, {**PORTLET, "src/main/webapp/META-INF/context.xml":
                        '<Context>\n  <Resource name="jdbc/help" auth="Container" type="javax.sql.DataSource"\n'
                        '            url="jdbc:postgresql://localhost:5432/help" username="help" password="changeme"/>\n</Context>\n'})
    assert "context.xml" in r["message"]["en"], r["message"]


def test_a_webapps_configuration_properties_is_its_settings_file(tmp_path):
    # (help-info-portlet, email-preview: src/main/resources/configuration.properties, loaded by the Spring context, holds the settings)
    r = conf(tmp_path, {**PORTLET, "src/main/webapp/META-INF/context.xml":
                        '<Context crossContext="true">\n  <Manager pathname="" className="org.apache.catalina.session.StandardManager"/>\n</Context>\n',
                        "src/main/resources/configuration.properties": "viewResCache=false\nhostnames.trusted=cas.example.org,ent.example.org\n"})
    assert "src/main/resources/configuration.properties" in r["message"]["en"], r["message"]
    assert r["status"] != "fail"


def test_a_php_class_in_a_configuration_folder_is_no_settings_template(tmp_path):
    # (Tisseo/MediaManagerComponent: src/Company/Configuration/Configuration.php, setters and getters of members null until set)
    cls = ("<?php\n\nnamespace CanalTP\\MediaManager\\Company\\Configuration;\n\nclass Configuration implements ConfigurationInterface\n{\n"
           "    private $storage = null;\n    private $strategy = null;\n\n    public function setStorage($storage)\n    {\n"
           "        $this->storage = $storage;\n    }\n\n    public function getStorage()\n    {\n        return ($this->storage);\n    }\n}\n")
    r = conf(tmp_path, {"src/Company/Configuration/Configuration.php": cls, "composer.json": '{"name": "canaltp/media-manager", "type": "library"}\n',
                        "src/Media/Media.php": "<?php\n\nnamespace CanalTP\\MediaManager\\Media;\n\nclass Media\n{\n}\n",
                        "README.md": "# Media Manager\n\nA PHP component.\n"})
    assert "src/Company/Configuration/Configuration.php" not in named(r), r["message"]
