"""reusability.configuration: settings files shipped with a program or an add-on, not called .env (issue 12, session 7's first
reads: a geOrchestra add-on's manifest options, a Java batch's properties named after its class, a server's <folder>.conf, a
viewer's customConfig.DIST.js), said "not applicable: no settings template" or missed."""

from __future__ import annotations

from tests.test_reusability_fixtures import build, results, run_audit

CID = "reusability.configuration"


def conf(tmp_path, files: dict) -> dict:
    return results(run_audit(build(tmp_path / "r", files), tmp_path / "c", [CID]))[CID]


def found(r: dict) -> set[str]:
    return {e.get("path") for e in r["evidence"] if e.get("kind") == "found"}


def test_a_georchestra_addons_default_options_are_its_settings(tmp_path):
    # sigrennesmetropole/addon_rva, rmtr: manifest.json default_options, config.json the entry to paste in the viewer
    options = '{\n    "target": "tbar_3",\n    "zoomLevel": 18,\n    "service": "http://rva.example.org/",\n    "minChars": 4\n}'
    r = conf(tmp_path, {"manifest.json": '{\n    "js": ["js/main.js"],\n    "default_options": ' + options + ',\n'
                                         '    "i18n": {"en": {"rva": "RVA"}, "fr": {"rva": "RVA"}}\n}\n',
                        "config.json": '[{"id": "rva_0", "name": "RVA", "enabled": true, "options": ' + options + '}]\n',
                        "js/main.js": "Ext.namespace(\"GEOR.Addons\");\nGEOR.Addons.RVA = Ext.extend(GEOR.Addons.Base, {\n"
                                      "    init: function(record) { this.map.zoomTo(this.options.zoomLevel); }\n});\n",
                        "README.md": "# RVA addon\n\nSearch a street or an address with the RVA API.\n\nOptions:\n * zoomLevel - the zoom\n"})
    assert r["status"] == "pass", r["message"]
    assert "geOrchestra" in r["message"]["en"] and "geOrchestra" in r["message"]["fr"]
    assert "manifest.json" in found(r)


JAVA_BATCH = ("package nc.mairie.etatcivil;\n\nimport java.io.FileInputStream;\nimport java.util.Properties;\n\n"
              "public class DASSDeces {\n    private Properties properties = new Properties();\n\n"
              "    public static void main(String[] args) throws Exception {\n        new DASSDeces().run(args[0]);\n    }\n\n"
              "    void run(String root) throws Exception {\n        properties.load(new FileInputStream(root + getClass().getSimpleName() + \".properties\"));\n"
              "        System.out.println(properties.getProperty(\"SMTPServer\"));\n    }\n}\n")


def test_a_java_batchs_properties_named_after_its_class_are_its_settings(tmp_path):
    # DSI-Ville-Noumea/dassdeces, pont-astre-400: kind "library" from the pom, src/main/resources/<Class>.properties its settings
    r = conf(tmp_path, {"pom.xml": "<project><modelVersion>4.0.0</modelVersion><groupId>nc.mairie</groupId><artifactId>DASSDeces</artifactId>"
                                   "<version>2.6</version><name>DASSDeces</name></project>\n",
                        "src/main/java/nc/mairie/etatcivil/DASSDeces.java": JAVA_BATCH,
                        "src/main/resources/DASSDeces.properties": "# SGBD\nSGBD_URL=jdbc:postgresql://host/base\nSGBD_USER=\nSMTPServer=smtp\n",
                        "src/main/resources/log4j.properties": "log4j.rootLogger=INFO, stdout\n",
                        "README.md": "# DASSDeces\n\nTransmission des données de mortalité.\n"})
    assert r["status"] != "not_applicable", r["message"]
    assert "src/main/resources/DASSDeces.properties" in found(r)
    assert "src/main/resources/log4j.properties" not in found(r)


def test_a_servers_settings_file_named_after_its_folder(tmp_path):
    # erasme/kjing, webnapperon2: kjing/kjing.conf beside the server's C# sources (a Debian package installs it in /etc)
    r = conf(tmp_path, {"kjing/Server.cs": "namespace KJing {\n    public class Server : HttpServer {\n        public Server(string conf) { }\n    }\n}\n",
                        "kjing/kjing.conf": "<setup>\n  <ServerName>localhost</ServerName>\n  <Port>3333</Port>\n</setup>\n",
                        "share/www/index.html": "<html><body><script src=\"app.js\"></script></body></html>\n",
                        "share/www/app.js": "var ui = new Ui.App();\n",
                        "README": "KJing\n\nA server to share resources and drive devices.\n"})
    assert r["status"] != "not_applicable", r["message"]
    assert "kjing/kjing.conf" in found(r)


def test_a_viewers_dist_config_script_is_its_template(tmp_path):
    # sigrennesmetropole/sviewer-com: "Copy etc/customConfig.DIST.js into etc/customConfig.js, edit etc/customConfig.js"
    r = conf(tmp_path, {"etc/customConfig.DIST.js": "customConfig = {\n    title: 'sViewer',\n    geOrchestraBaseUrl: 'http://localhost/'\n};\n",
                        "js/sviewer.js": "var config = {};\n$.extend(config, customConfig);\nfunction init() { return config.title; }\n",
                        "index.html": "<html><head><script src=\"etc/customConfig.js\"></script><script src=\"js/sviewer.js\"></script></head></html>\n",
                        "README.md": "# sViewer\n\nA light map viewer.\n\n## Quick start\n\nCopy etc/customConfig.DIST.js into etc/customConfig.js, "
                                     "edit etc/customConfig.js to suit your needs.\n"})
    assert r["status"] != "not_applicable", r["message"]
    assert "etc/customConfig.DIST.js" in found(r)
    assert "etc/customConfig.DIST.js" in r["message"]["en"]


def test_a_build_tools_dist_config_and_a_scripts_setup_cfg_are_no_settings(tmp_path):
    r = conf(tmp_path, {"webpack.config.dist.js": "module.exports = {mode: 'production'};\n", "setup.cfg": "[metadata]\nname = x\n",
                        "setup.py": "from setuptools import setup\nsetup()\n", "x/app.py": "import os\nURL = os.environ['APP_URL']\n",
                        ".env.example": "APP_URL=\n", "README.md": "# x\n\nA service.\n"})
    assert not {"webpack.config.dist.js", "setup.cfg"} & found(r)


def test_a_makefiles_documented_defaults_are_settings_read_from_the_environment(tmp_path):
    # nantesmetropole/docker-debian: "Configuration is made using environment variables" (DIST, DEBOOTSTRAP_MIRROR…), `DIST ?= jessie`
    r = conf(tmp_path, {"Makefile": "DIST                ?= jessie\nDEBOOTSTRAP_MIRROR  ?= http://deb.debian.org/debian\nPYTHON ?= python3\n"
                                    "MKIMAGE = /usr/share/mkimage\n\nbuild:\n\tdebootstrap $(DIST) rootfs $(DEBOOTSTRAP_MIRROR)\n",
                        "Dockerfile.template": "FROM scratch\nADD rootfs.tar.xz /\n", "test.sh": "#!/bin/sh\necho ok\n",
                        "README.md": "# docker-debian\n\n## Build your own\n\nConfiguration is made using environment variables:\n\n"
                                     "    export DIST=jessie\n    export DEBOOTSTRAP_MIRROR=http://deb.debian.org/debian\n\nThen run `make`.\n"})
    assert r["status"] != "fail", r["message"]
    assert r["details"]["env_vars"] == 2 and r["details"]["undocumented"] == [], r["details"]


def test_settings_read_through_an_environment_helper_are_counted(tmp_path):
    # datagora-erasme/smart_watch: ~35 settings read by self.get_env_var("…"), all in .env.model
    names = ["CSV_URL_HORAIRES", "LLM_API_KEY", "LLM_MODELE", "SMTP_SERVER", "MAIL_EMETTEUR", "CHUNK_SIZE", "EMBED_MODELE"]
    cfg = ("import os\n\nclass BaseConfig:\n    def get_env_var(self, key, default=None):\n        return os.getenv(key, default)\n\n"
           "class LLMConfig(BaseConfig):\n    def load(self):\n" + "".join(f'        self.v{i} = self.get_env_var("{n}")\n' for i, n in enumerate(names)))
    r = conf(tmp_path, {"src/app/config/llm_config.py": cfg, ".env.model": "".join(f"{n}=\n" for n in names),
                        "README.md": "# smart_watch\n\nUn pipeline.\n\nCopiez .env.model en .env.\n"})
    assert r["details"]["env_vars"] == len(names), r["message"]
    assert r["status"] == "pass", r["message"]


def test_a_java_jobs_launch_properties_are_its_settings_not_a_librarys(tmp_path):
    # DSI-Ville-Noumea/slack-birthday-BOT: kind "library" from the pom; `mvn exec:java -DgiphyApiKey=… -DslackWebhookUrl=…`
    main = ("package com.github.adriens.birthdaybot;\n\npublic class MavenExecRunner {\n    public static void main(String[] args) {\n"
            "        String key = System.getProperty(\"giphyApiKey\");\n        String hook = System.getProperty(\"slackWebhookUrl\");\n"
            "        String home = System.getProperty(\"user.home\");\n        System.out.println(key + hook + home);\n    }\n}\n")
    r = conf(tmp_path, {"pom.xml": "<project><modelVersion>4.0.0</modelVersion><groupId>com.github.adriens</groupId>"
                                   "<artifactId>slack-birthday-bot</artifactId><version>1.0</version></project>\n",
                        "src/main/java/com/github/adriens/birthdaybot/MavenExecRunner.java": main,
                        "README.md": "# slack-birthday-BOT\n\n# Command line\n\n    mvn exec:java -DgiphyApiKey=KEY -DslackWebhookUrl=URL\n"})
    assert r["status"] != "not_applicable", r["message"]
    assert r["details"]["env_vars"] == 2 and r["details"]["undocumented"] == [], r["details"]


def test_a_puppet_modules_class_parameters_are_its_settings(tmp_path):
    # DSI-Ville-Noumea/puppet-backupexec: class backupexec ($pkgname = $backupexec::params::pkgname, $password…), set through Hiera
    r = conf(tmp_path, {"manifests/init.pp": "class backupexec (\n    $pkgname = $backupexec::params::pkgname,\n"
                                             "    $password = $backupexec::params::password,\n) inherits backupexec::params {\n"
                                             "  package { $pkgname:\n    ensure => installed,\n  }\n}\n",
                        "manifests/params.pp": "class backupexec::params {\n  case $::osfamily {\n    'RedHat': {\n"
                                               "      $pkgname = 'VRTSralus'\n    }\n  }\n}\n",
                        "templates/ralus.cfg.erb": "Software\\Agent\\Password=<%= @password %>\n",
                        "metadata.json": '{"name": "noumea-backupexec", "version": "0.1.0"}\n',
                        "Gemfile": "source ENV['GEM_SOURCE'] || 'https://rubygems.org'\ngem 'puppet', ENV['PUPPET_GEM_VERSION']\n",
                        "README.md": "# backupexec\n\nInstalls the Backup Exec agent.\n"})
    assert r["status"] == "pass", r["message"]
    assert "Puppet" in r["message"]["en"] and "manifests/params.pp" in found(r)


def test_a_file_the_code_writes_is_no_settings_template(tmp_path):
    # Datagora-erasme/datagora_datatlas_back: data/KeplerConfiguration.json is the map state the API serves and stores
    r = conf(tmp_path, {"src/KeplerConfiguration.js": "const fs = require('fs')\nfunction getConfiguration() {\n"
                                                       "  return readConfFile('data/KeplerConfiguration.json')\n}\n"
                                                       "function storeConfiguration(content) {\n"
                                                       "  fs.writeFile('data/KeplerConfiguration.json', content, err => {})\n}\n",
                        "src/data/KeplerConfiguration.json": '{"version": "v1", "config": {"mapState": {"zoom": 10}}}\n',
                        "src/server.js": "const port = process.env.DATATLAS_BACK_END_PORT\nconst key = process.env.NOTION_API_KEY\n",
                        "README.md": "# datatlas back\n\nAn API.\n"})
    assert "src/data/KeplerConfiguration.json" not in found(r), r["message"]
    assert "KeplerConfiguration" not in r["message"]["en"]


def test_a_command_line_tool_set_by_its_options_is_not_said_to_hide_no_setting_in_its_code(tmp_path):
    # sigrennesmetropole/monit-ods: options parsed, endpoints written in the code; the check never looks for values in the code
    r = conf(tmp_path, {"monit_ods.py": "import argparse\n\nCSW = 'https://example.org/csw'\n\ndef main():\n"
                                        "    p = argparse.ArgumentParser()\n    p.add_argument('-o', '--output')\n    return p.parse_args()\n",
                        "setup.py": "from setuptools import setup\nsetup(name='monit-ods', entry_points={'console_scripts': ['monit-ods=monit_ods:main']})\n",
                        "README.md": "# monit-ods\n\nA command-line tool.\n\n## Usage\n\n    monit-ods -o checks.cfg\n"})
    assert r["status"] == "pass" and r["details"]["cli_options"] == 2, r
    assert "hidden in the code" not in r["message"]["en"] and "caché dans le code" not in r["message"]["fr"], r["message"]
    assert "no setting read from the environment" in r["message"]["en"], r["message"]


def test_settings_in_a_spring_file_are_said_where_they_are(tmp_path):
    # GIP-RECIA/Bourse-WS: "0 setting(s) read from the environment, 0 undocumented; template: none" beside application.yml
    r = conf(tmp_path, {"pom.xml": "<project><artifactId>bourse-ws</artifactId><parent><groupId>org.springframework.boot</groupId>"
                                   "<artifactId>spring-boot-starter-parent</artifactId><version>2.7.0</version></parent><dependencies><dependency>"
                                   "<groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-web</artifactId></dependency>"
                                   "</dependencies></project>\n",
                        "src/main/java/fr/recia/bourse/Controller.java": "package fr.recia.bourse;\n\n@RestController\npublic class Controller {\n"
                                                                          "    @Value(\"${csv.file.path}\")\n    private String path;\n}\n",
                        "src/main/resources/application.yml": "csv:\n  file:\n    path: /data/bourse.csv\n",
                        "README.md": "# Bourse-WS\n\nUn service web.\n"})
    assert "0 setting(s) read" not in r["message"]["en"], r["message"]
    assert "src/main/resources/application.yml" in r["message"]["en"] and "src/main/resources/application.yml" in r["message"]["fr"], r["message"]


def test_scripts_set_by_their_parameters_are_no_fail(tmp_path):
    # DSI-Ville-Noumea/exchange_management: two PowerShell scripts (param ( [Parameter(Mandatory=$true)] [string]$Mailbox … )),
    # said "No setting read from the environment and no configuration template"
    script = ("<#\n.SYNOPSIS\nGrants a mailbox permission.\n#>\n\nparam (\n\t[Parameter( Mandatory=$true)]\n\t[string]$Mailbox,\n\n"
              "\t[Parameter( Mandatory=$true)]\n\t[string]$UserOrGroup\n)\n\nAdd-MailboxPermission -Identity $Mailbox -User $UserOrGroup\n")
    r = conf(tmp_path, {"Add-CustomMailboxPerm.ps1": script, "Remove-CustomMailboxPerm.ps1": script.replace("Add-", "Remove-"),
                        "README.md": "# exchange_management\n\nShould be run locally from the Exchange server.\n"})
    assert r["status"] == "pass", r["message"]
    assert "Add-CustomMailboxPerm.ps1" in found(r)


def test_settings_described_in_the_readme_are_not_called_a_settings_file(tmp_path):
    # sigrennesmetropole/monit-ods, particip-site-participatorybudget: "settings file: README.md"
    r = conf(tmp_path, {"app.py": "URL = 'https://example.org'\nprint(URL)\n",
                        "README.md": "# x\n\nA script.\n\n## Configuration\n\nEdit URL at the top of app.py.\n"})
    assert "settings file: README.md" not in r["message"]["en"] and "fichier de réglages : README.md" not in r["message"]["fr"], r["message"]
    # (the README says which code file to edit: settings set by modifying the code, said with the file, s35 w35)
    assert "the README's configuration chapter says to edit the code (app.py)" in r["message"]["en"], r["message"]
