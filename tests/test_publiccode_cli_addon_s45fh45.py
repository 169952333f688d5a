"""publiccode suggestion: a command-line tool's platforms are its users' systems, and a plugin of a host program is an ``addon``
(issue 12, s45 fh45 = reader re45's cdg71/n4ds-converter and CDG47-Dev/t3_Cancon_V8).

A Node script a management centre's agents run with ``npm start`` to split a declaration file per employer (main.js reading
process.argv, package.json) was suggested ``platforms: ["web"]``: package.json alone added "web". A TYPO3 site-template extension
(ext_emconf.php, the kind "plugin of TYPO3") was suggested ``softwareType: "library"``; publiccode.yml calls a plugin or a theme
of a CMS an ``addon``. Near misses: a Node web server stays "web" / "standalone/web"; a PHP library declared in composer.json stays
"library"."""

from __future__ import annotations

from tests.test_publiccode_kind_s37fh37 import _suggest  # (suggested, exit 0 and valid against the standard's rules)

SPLIT = ("const fs = require('fs');\nconst path = require('path');\n\nconst [, , input, outDir] = process.argv;\n"
         "const lines = fs.readFileSync(input, 'latin1').split('\\n');\nconst parts = {};\nlet current = null;\n"
         "for (const line of lines) {\n  if (line.startsWith('S20.G00.05.001')) current = line.split(',')[1];\n"
         "  if (current) (parts[current] = parts[current] || []).push(line);\n}\n"
         "for (const [id, rows] of Object.entries(parts)) fs.writeFileSync(path.join(outDir, id + '.txt'), rows.join('\\n'));\n")
EMCONF = ("<?php\n$EM_CONF[$_EXTKEY] = array(\n    'title' => 'Gabarit commune',\n    'category' => 'fe',\n    'constraints' => array(\n"
          "        'depends' => array(\n            'typo3' => '8.7.0-8.7.99',\n            'bootstrap_package' => '8.0.0-8.99.99',\n        ),\n"
          "    ),\n    'state' => 'stable',\n    'version' => '1.0.0',\n);\n")


def test_a_node_command_line_tool_is_no_web_platform(repo, tmp_path):
    files = {"main.js": SPLIT, "README.md": "# Découpe\n\nDécoupe un fichier par employeur.\n\n## Usage\n\n    npm start fichier.txt sortie\n",
             "package.json": '{"name": "decoupe", "version": "1.0.0", "main": "main.js", "scripts": {"start": "node main.js"}}\n'}
    text = _suggest(repo, tmp_path, files)
    assert '"web"' not in text and 'softwareType: "standalone/other"' in text, text


def test_near_miss_a_node_web_server_stays_web(repo, tmp_path):
    server = "const express = require('express');\nconst app = express();\napp.get('/', (req, res) => res.send('ok'));\napp.listen(3000);\n"
    files = {"server.js": server, "README.md": "# Service\n",
             "package.json": '{"name": "service", "version": "1.0.0", "dependencies": {"express": "^4.18.0"}, "scripts": {"start": "node server.js"}}\n'}
    text = _suggest(repo, tmp_path, files)
    assert 'platforms:\n  - "web"' in text and 'softwareType: "standalone/web"' in text, text


def test_a_typo3_extension_is_an_addon(repo, tmp_path):
    files = {"ext_emconf.php": EMCONF, "ext_localconf.php": "<?php\ndefined('TYPO3_MODE') or die();\n",
             "Configuration/TypoScript/setup.txt": "page = PAGE\npage.10 = TEXT\npage.10.value = Bonjour\n",
             "Resources/Private/Templates/Page/Default.html": "<f:layout name=\"Default\" />\n<f:section name=\"Main\">{content}</f:section>\n",
             "README.md": "# Gabarit commune\n"}
    text = _suggest(repo, tmp_path, files)
    assert 'softwareType: "addon"' in text, text


def test_near_miss_a_composer_library_stays_a_library(repo, tmp_path):
    files = {"composer.json": '{"name": "commune/outils", "type": "library", "autoload": {"psr-4": {"Commune\\\\Outils\\\\": "src/"}}}\n',
             "src/Slug.php": "<?php\nnamespace Commune\\Outils;\n\nclass Slug\n{\n    public static function of(string $s): string\n    {\n        return strtolower($s);\n    }\n}\n",
             "README.md": "# Outils\n"}
    text = _suggest(repo, tmp_path, files)
    assert 'softwareType: "library"' in text, text
