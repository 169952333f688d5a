"""reusability.configuration: settings in the shapes a framework or a README gives them (issue 12, session 9's reads): Zend
Framework 1's application/configs/application.ini, CodeIgniter's application/config/config.php and database.php, Spring Boot's
config/ folder on the class path, a Puppet module's parameterised main class, and a PHP settings script the README says to copy
and adapt; each was "no setting read from the environment and no configuration template"."""

from __future__ import annotations

from tests.test_reusability_fixtures import build, results, run_audit

CID = "reusability.configuration"


def conf(tmp_path, files: dict) -> dict:
    return results(run_audit(build(tmp_path / "r", files), tmp_path / "c", [CID]))[CID]


def found(r: dict) -> dict[str, str]:
    return {e.get("path"): e.get("value") for e in r["evidence"] if e.get("kind") == "found"}


CI_CONTROLLER = ("<?php\nclass Parcelles extends CI_Controller {\n  public function index() {\n    $this->load->database();\n"
                 "    $rows = $this->db->get('parcelles')->result();\n    $this->load->view('liste', array('rows' => $rows));\n  }\n}\n")


def test_codeigniters_config_files_are_the_settings_files(tmp_path):
    r = conf(tmp_path, {
        "index.php": "<?php\n$application_folder = 'application';\nrequire_once BASEPATH . 'core/CodeIgniter.php';\n",
        "application/controllers/Parcelles.php": CI_CONTROLLER,
        "application/views/liste.php": "<ul><?php foreach ($rows as $r) echo '<li>' . $r->id . '</li>'; ?></ul>\n",
        "application/config/config.php": "<?php\n$config['base_url'] = 'http://localhost/parcelles/';\n$config['language'] = 'french';\n",
        "application/config/database.php": "<?php\n$active_group = 'default';\n$db['default'] = array(\n  'hostname' => 'localhost',\n"
                                           "  'database' => 'parcelles',\n  'dbdriver' => 'postgre',\n);\n",
        "README.md": "# Parcelles\n\nListe des parcelles.\n"})
    assert r["status"] != "fail", r["message"]
    assert found(r).get("application/config/database.php") == "settings"
    assert "application/config/config.php" in r["message"]["en"]


def test_zend_framework_application_ini_is_the_settings_file(tmp_path):
    r = conf(tmp_path, {
        "public/index.php": "<?php\nrequire_once 'Zend/Application.php';\n$application = new Zend_Application(APPLICATION_ENV, "
                            "APPLICATION_PATH . '/configs/application.ini');\n$application->bootstrap()->run();\n",
        "application/Bootstrap.php": "<?php\nclass Bootstrap extends Zend_Application_Bootstrap_Bootstrap\n{\n}\n",
        "application/controllers/IndexController.php": "<?php\nclass IndexController extends Zend_Controller_Action\n{\n"
                                                       "  public function indexAction() { $this->view->titre = 'Accueil'; }\n}\n",
        "application/configs/application.ini": "[production]\nresources.db.adapter = PDO_PGSQL\nresources.db.params.host = localhost\n"
                                               "resources.db.params.dbname = sig\n\n[development : production]\nphpSettings.display_errors = 1\n",
        "README.md": "# Portail\n\nUn portail.\n"})
    assert r["status"] != "fail", r["message"]
    assert found(r).get("application/configs/application.ini") == "settings"


def test_spring_boots_config_folder_holds_the_settings(tmp_path):
    r = conf(tmp_path, {
        "pom.xml": "<project><modelVersion>4.0.0</modelVersion><groupId>fr.ville</groupId><artifactId>app</artifactId><version>1.0</version>"
                   "<dependencies><dependency><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-web</artifactId>"
                   "</dependency></dependencies></project>\n",
        "src/main/java/fr/ville/App.java": "package fr.ville;\n@org.springframework.boot.autoconfigure.SpringBootApplication\npublic class App {\n"
                                           "  public static void main(String[] a) { org.springframework.boot.SpringApplication.run(App.class, a); }\n}\n",
        "src/main/resources/config/application.yml": "spring:\n  datasource:\n    url: jdbc:postgresql://localhost:5432/app\nserver:\n  port: 8080\n",
        "README.md": "# app\n\nUne application Spring Boot.\n"})
    assert r["status"] != "fail", r["message"]
    assert found(r).get("src/main/resources/config/application.yml") == "settings"


def test_a_puppet_modules_class_parameters_are_its_settings(tmp_path):
    r = conf(tmp_path, {
        "manifests/init.pp": "# Installs the agent\nclass agent (\n  String $server = 'backup.example.org',\n  $port = 10000,\n) {\n"
                             "  package { 'agent': ensure => installed }\n  file { '/etc/agent.cfg': content => template('agent/agent.cfg.erb') }\n}\n",
        "templates/agent.cfg.erb": "server=<%= @server %>\nport=<%= @port %>\n",
        "metadata.json": '{"name": "ville-agent", "version": "0.1.0", "license": "Apache-2.0"}\n',
        "README.md": "# agent\n\nPuppet module installing the agent.\n"})
    assert r["status"] == "pass", r["message"]
    assert "Puppet" in r["message"]["en"] and found(r).get("manifests/init.pp") == "Puppet settings"


def test_a_puppet_class_without_parameters_declares_no_settings(tmp_path):
    r = conf(tmp_path, {
        "manifests/init.pp": "class agent {\n  package { 'agent': ensure => installed }\n  $port = 10000\n}\n",
        "metadata.json": '{"name": "ville-agent", "version": "0.1.0", "license": "Apache-2.0"}\n',
        "README.md": "# agent\n\nPuppet module installing the agent.\n"})
    assert "manifests/init.pp" not in found(r)


CSW_FILES = {
    "config.php": "<?php\n$xpath['title'] = '//gmd:title/text()';\n$xpath['abstract'] = '//gmd:abstract/text()';\n",
    "helpers.php": "<?php\nfunction h($s) { return htmlspecialchars($s); }\n",
    "server.php": "<?php\nif ($_GET['request'] == 'getcapabilities') { include_once('capabilities.php'); }\n",
    "capabilities.php": "<?php\necho '<Capabilities>' . h($ows_Title) . '</Capabilities>';\n",
    "csw/node.php": "<?php\ninclude_once('../config.php');\n$ows_Title = 'Flux';\n$ows_ProviderName = 'Mon organisme';\ninclude_once('../server.php');\n",
}


def test_a_php_settings_script_the_readme_says_to_copy_and_adapt_is_the_template(tmp_path):
    r = conf(tmp_path, {**CSW_FILES, "README.md": "# csw\n\nUn serveur CSW.\n\n## Installation\n\n1. Copier les fichiers sur le serveur.\n"
                                                  "2. Dans le dossier csw, créer un fichier par noeud à partir de \"node.php\" et adapter la configuration.\n"})
    assert r["status"] != "fail", r["message"]
    assert found(r).get("csw/node.php") == "template"


def test_a_php_page_the_readme_names_without_speaking_of_settings_is_no_template(tmp_path):
    r = conf(tmp_path, {**CSW_FILES, "README.md": "# csw\n\nUn serveur CSW.\n\n## Installation\n\nCopier les fichiers, puis ouvrir csw/node.php.\n"})
    assert "csw/node.php" not in found(r)
