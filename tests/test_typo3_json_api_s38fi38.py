"""interoperability.api-spec (issue 12, s38 fi38 = reader ra38, sketchy64/site-commune-rgaa).

A TYPO3 sitepackage extension's PSR-15 middleware answers JSON on a path of every site installing it (if ($path ===
'/api/pwa/subscribe') … return new JsonResponse([...], 400)), yet api-spec said "Not applicable to this project, a library or
package". As Django apps' JSON views and Drupal modules' JSON routes already are, a CMS extension's class answering JSON is an API
its host serves: judged (no specification here).
Near miss: a middleware that only adds a header and hands the request on serves no API: still not applicable.
"""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

CID = "interoperability.api-spec"

COMPOSER = """{
    "name": "commune/site-commune",
    "type": "typo3-cms-extension",
    "description": "Sitepackage accessible pour les sites de communes.",
    "license": "GPL-2.0-or-later",
    "require": {"typo3/cms-core": "^12.4 || ^13.4"},
    "autoload": {"psr-4": {"Commune\\\\SiteCommune\\\\": "Classes/"}}
}
"""

MIDDLEWARE = """<?php

namespace Commune\\SiteCommune\\Middleware;

use Psr\\Http\\Message\\ResponseInterface;
use Psr\\Http\\Message\\ServerRequestInterface;
use Psr\\Http\\Server\\MiddlewareInterface;
use Psr\\Http\\Server\\RequestHandlerInterface;
use TYPO3\\CMS\\Core\\Http\\JsonResponse;

class PushMiddleware implements MiddlewareInterface
{
    public function process(ServerRequestInterface $request, RequestHandlerInterface $handler): ResponseInterface
    {
        {body}
        return $handler->handle($request);
    }
}
"""

JSON = """if ($request->getUri()->getPath() === '/api/push/subscribe') {
            $data = json_decode((string)$request->getBody(), true);
            if (!isset($data['endpoint'])) {
                return new JsonResponse(['error' => 'Invalid payload'], 400);
            }
            return new JsonResponse(['success' => true]);
        }"""

HEADER = """$request = $request->withHeader('X-Commune', 'site-commune');"""

FILES = {"composer.json": COMPOSER,
         "ext_emconf.php": "<?php\n$EM_CONF[$_EXTKEY] = ['title' => 'Site commune', 'state' => 'stable', 'version' => '1.0.0'];\n",
         "README.md": "# Site commune\n\nSitepackage TYPO3 accessible pour les communes.\n",
         "Configuration/RequestMiddlewares.php": "<?php\nreturn ['frontend' => ['site-commune/push' => ['target' => \\Commune\\SiteCommune\\Middleware\\PushMiddleware::class]]];\n",
         "Resources/Private/Templates/Page/Default.html": "<f:layout name=\"Default\" />\n<f:section name=\"Main\"><main>{content}</main></f:section>\n"}


def test_a_typo3_middleware_answering_json_is_an_api_its_host_serves(tmp_path):
    r = check_result(tmp_path, {**FILES, "Classes/Middleware/PushMiddleware.php": MIDDLEWARE.replace("{body}", JSON)}, CID)
    assert r["status"] != "not_applicable", r["message"]  # was n/a "a library or package"


def test_a_middleware_adding_a_header_serves_no_api(tmp_path):
    r = check_result(tmp_path, {**FILES, "Classes/Middleware/PushMiddleware.php": MIDDLEWARE.replace("{body}", HEADER)}, CID)
    assert r["status"] == "not_applicable", r["message"]
