"""reusability.build-output and reusability.dependencies (issue 12, session 17 reader a1): a Laravel front end's committed
Laravel Mix bundle (public/js/app.js, a webpack bootstrap built by webpack.mix.js's mix.js('resources/js/app.js', 'public/js'),
with public/css/app.css and public/mix-manifest.json) was a library copied under the name "app", and "No build output is
committed". What webpack.mix.js writes is now build output; a hand-written script beside it stays the project's."""

from __future__ import annotations

from tests.test_reusability_fixtures import build, results, run_audit

_BUNDLE = ("/******/ (function(modules) { // webpackBootstrap\n/******/ \t// The module cache\n/******/ \tvar installedModules = {};\n"
           "/******/ \tfunction __webpack_require__(moduleId) {\n/******/ \t\treturn installedModules[moduleId].exports;\n/******/ \t}\n"
           "/******/ })({\n\"./resources/js/app.js\": (function(module, exports, __webpack_require__) {\nwindow.boards = [];\n})\n});\n")
FRONT = {
    "README.md": "# Board manager\n\nLaravel front end of the boards.\n",
    "composer.json": '{\n  "name": "ville/boards-front",\n  "require": {\n    "laravel/framework": "5.8.*"\n  }\n}\n',
    "package.json": '{\n  "private": true,\n  "scripts": {\n    "dev": "npm run development",\n    "production": "cross-env NODE_ENV=production node_modules/webpack/bin/webpack.js"\n  },\n'
                    '  "devDependencies": {\n    "laravel-mix": "^4.0.7"\n  }\n}\n',
    "webpack.mix.js": "const mix = require('laravel-mix');\n\nmix.js('resources/js/app.js', 'public/js')\n   .sass('resources/sass/app.scss', 'public/css');\n",
    "resources/js/app.js": "window.boards = [];\n",
    "resources/sass/app.scss": "body { color: #333; }\n",
    "public/js/app.js": _BUNDLE,
    "public/js/boards.js": "function refresh() {\n  return fetch('/boards');\n}\n",
    "public/css/app.css": "body {\n  color: #333;\n}\n",
    "public/mix-manifest.json": '{\n    "/js/app.js": "/js/app.js",\n    "/css/app.css": "/css/app.css"\n}\n',
    "routes/web.php": "<?php\n\nRoute::get('/boards', 'BoardController@list');\n",
    "resources/views/boards.blade.php": "<ul>@foreach ($boards as $b)<li>{{ $b }}</li>@endforeach</ul>\n",
}


def test_a_laravel_mix_bundle_is_build_output_not_a_copied_library(tmp_path):
    report = run_audit(build(tmp_path / "r", FRONT), tmp_path / "c", ["reusability.build-output", "reusability.dependencies"])
    res = results(report)
    out = res["reusability.build-output"]
    assert out["status"] != "pass" and "public/js/app.js" in str(out["evidence"]), out
    assert "public/js/boards.js" not in str(out["evidence"]), out["evidence"]
    assert "(app" not in res["reusability.dependencies"]["message"]["en"], res["reusability.dependencies"]["message"]
