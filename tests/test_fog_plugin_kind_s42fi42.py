"""facts.project.kind: a FOG Project server plugin is a host's plugin, a library "loaded, not deployed" (issue 12, s42 fi42 = reader
rb42 on abotzung/fogplugin-postdownloadscript).

A plugin of the FOG imaging server (config/plugin.config.php filling $fog_plugin['name'] and its entry point, PHP classes, pages and
hooks FOG's plugin manager loads from /var/www/fog/lib/plugins) carried a copied editor library with its documentation pages: the
kind was static-site from those HTML pages. FOG's plugin descriptor is now known as a host plugin's declaration, as GLPI's setup.php
or Moodle's version.php are: kind library, "plugin of FOG Project".
Near miss: a config/plugin.config.php of another shape (a PHP array returned, no $fog_plugin) keeps the kind the pages give.
"""

from __future__ import annotations

from tests.test_kind_first_reads import kind_and_results

FOG_CONFIG = ("<?php\n/**\n * Myplugin plugin configuration file.\n */\n$fog_plugin = array();\n$fog_plugin['name'] = 'myplugin';\n"
              "$fog_plugin['description'] = 'Adds scripts run after an image is deployed';\n$fog_plugin['entrypoint'] = 'html/run.php';\n")
OTHER_CONFIG = "<?php\nreturn [\n    'name' => 'myplugin',\n    'description' => 'Settings of the gallery',\n];\n"
PAGE = "<!doctype html>\n<html lang=\"en\">\n<head><title>{t}</title></head>\n<body><h1>{t}</h1><p>How the editor works.</p></body>\n</html>\n"


def _files(config: str) -> dict:
    return {"README.md": "# myplugin\n\nA plugin for the FOG server.\n\n## How to install\n\nCopy the folder into /var/www/fog/lib/plugins, "
                         "then enable it in FOG's plugin manager.\n",
            "config/plugin.config.php": config,
            "class/myplugin.class.php": "<?php\nclass Myplugin extends FOGController\n{\n    protected $databaseTable = 'myplugin';\n}\n",
            "pages/mypluginmanagementpage.class.php": "<?php\nclass MypluginManagementPage extends FOGPage\n{\n    public $node = 'myplugin';\n}\n",
            "hooks/addmypluginmenuitem.hook.php": "<?php\nclass AddMypluginMenuItem extends Hook\n{\n    public $name = 'AddMypluginMenuItem';\n}\n",
            "install.sh": "#!/bin/sh\nmysql fog -e 'CREATE TABLE myplugin (pdsID int)'\n",
            "editor/LICENSE": "MIT License\n\nCopyright (C) 2017 by Someone Else\n",
            "editor/doc/manual.html": PAGE.format(t="Editor manual"), "editor/doc/internals.html": PAGE.format(t="Editor internals"),
            "editor/lib/editor.js": "(function () { window.Editor = function () {}; })();\n"}


def test_a_fog_plugin_is_a_hosts_plugin(tmp_path):
    project, _ = kind_and_results(tmp_path, _files(FOG_CONFIG), ["reusability.install"])
    reasons = [e["reason"] for e in project["kind_evidence"]]
    assert project["kind"] == "library" and "plugin of FOG Project" in reasons, (project["kind"], reasons)


def test_another_shape_of_plugin_config_keeps_its_kind(tmp_path):
    project, _ = kind_and_results(tmp_path, _files(OTHER_CONFIG), ["reusability.install"])
    assert "plugin of FOG Project" not in [e["reason"] for e in project["kind_evidence"]], project
