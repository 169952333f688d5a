"""reusability.configuration (issue 12, s38 fi38 = reader ra38, sketchy64/site-commune-rgaa).

A TYPO3 sitepackage extension declares its settings as TYPO3 expects (Configuration/TypoScript/constants.typoscript) and registers its
PSR-15 middleware in Configuration/RequestMiddlewares.php (a target class, its place among the core's middlewares). The check said
"the code of this library itself writes values of a deployment (1: code file of settings; for example
Configuration/RequestMiddlewares.php)". TYPO3's registration files at their fixed paths are the extension's wiring, no settings.
Near miss: a PHP file of the extension's Configuration/ folder writing a server's address stays settings in the code.
"""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

CID = "reusability.configuration"

COMPOSER = """{
    "name": "commune/site-commune",
    "type": "typo3-cms-extension",
    "description": "Sitepackage accessible pour les sites de communes.",
    "license": "GPL-2.0-or-later",
    "require": {"typo3/cms-core": "^12.4 || ^13.4", "typo3/cms-frontend": "^12.4 || ^13.4"},
    "autoload": {"psr-4": {"Commune\\\\SiteCommune\\\\": "Classes/"}},
    "extra": {"typo3/cms": {"extension-key": "site_commune"}}
}
"""

MIDDLEWARES = """<?php

return [
    'frontend' => [
        'site-commune/pwa-handler' => [
            'target' => \\Commune\\SiteCommune\\Middleware\\PwaMiddleware::class,
            'after' => [
                'typo3/cms-frontend/site',
            ],
            'before' => [
                'typo3/cms-frontend/page-resolver',
            ],
        ],
    ],
];
"""

MIDDLEWARE = """<?php

namespace Commune\\SiteCommune\\Middleware;

use Psr\\Http\\Message\\ResponseInterface;
use Psr\\Http\\Message\\ServerRequestInterface;
use Psr\\Http\\Server\\MiddlewareInterface;
use Psr\\Http\\Server\\RequestHandlerInterface;

class PwaMiddleware implements MiddlewareInterface
{
    public function process(ServerRequestInterface $request, RequestHandlerInterface $handler): ResponseInterface
    {
        return $handler->handle($request);
    }
}
"""

FILES = {"composer.json": COMPOSER,
         "ext_emconf.php": "<?php\n$EM_CONF[$_EXTKEY] = ['title' => 'Site commune', 'state' => 'stable', 'version' => '1.0.0'];\n",
         "README.md": "# Site commune\n\nSitepackage TYPO3 accessible pour les communes.\n\n## Installation\n\n`composer require commune/site-commune`\n",
         "Configuration/TypoScript/constants.typoscript": "plugin.tx_sitecommune {\n  settings {\n    # cat=site/a; type=string; label=Nom de la commune\n    nomCommune =\n  }\n}\n",
         "Configuration/TypoScript/setup.typoscript": "plugin.tx_sitecommune.settings.nomCommune = {$plugin.tx_sitecommune.settings.nomCommune}\n",
         "Configuration/RequestMiddlewares.php": MIDDLEWARES,
         "Classes/Middleware/PwaMiddleware.php": MIDDLEWARE}


def test_typo3s_middleware_registration_is_no_settings_in_the_code(tmp_path):
    r = check_result(tmp_path, FILES, CID)
    assert "RequestMiddlewares.php" not in str(r["evidence"]) and "RequestMiddlewares.php" not in r["message"]["en"], r["message"]
    assert r["status"] == "pass", r["message"]


def test_a_configuration_file_writing_a_server_stays_settings_in_the_code(tmp_path):
    push = "<?php\n\nreturn [\n    'pushServer' => 'https://push.commune-exemple.fr/api',\n    'apiUser' => 'mairie',\n];\n"
    r = check_result(tmp_path, {**FILES, "Configuration/PushServer.php": push}, CID)
    assert "Configuration/PushServer.php" in str(r["evidence"]), r["evidence"]
    assert r["status"] != "pass", r["message"]
