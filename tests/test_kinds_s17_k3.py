"""Session 17 (k3, reader a1's local-authority repositories): three kinds read from the framework or from file counts, not
from what the repository serves. A Laravel front end rendering Blade pages (routes/web.php → view('tableManager')) was an
"API service" because its views are .blade.php files the template rule never saw; a Sphinx/MyST documentation site whose
topic folders hold the SQL its pages show (cadastre/sql/*.sql beside cadastre/*.rst, index.md at the root) was a "data
model"; a Node script run by an npm script of a package.json naming no package (npm run csv-to-cboard) was a "library"
decided by no file."""

from __future__ import annotations

from tests.test_kind_first_reads import kind_and_results

_COMPOSER = ('{\n  "name": "laravel/laravel",\n  "type": "project",\n  "require": {\n    "php": "^7.1.3",\n'
             '    "laravel/framework": "5.8.*"\n  }\n}\n')
_WELCOME = "<!doctype html>\n<html>\n<head><title>Laravel</title></head>\n<body><div class=\"title m-b-md\">Laravel</div></body>\n</html>\n"
LARAVEL_API = {
    "README.md": "# Board API\n\nLaravel based API serving the boards' cards.\n",
    "composer.json": _COMPOSER,
    "artisan": "#!/usr/bin/env php\n<?php\nrequire __DIR__.'/vendor/autoload.php';\n",
    "public/index.php": "<?php\nrequire __DIR__.'/../vendor/autoload.php';\n$app = require_once __DIR__.'/../bootstrap/app.php';\n",
    "routes/web.php": "<?php\n\nRoute::get('/', function () {\n    return view('welcome');\n});\n",
    "routes/api.php": "<?php\n\nRoute::get('/cards', 'CardController@index');\nRoute::post('/cards', 'CardController@store');\n",
    "app/Http/Controllers/CardController.php": "<?php\n\nnamespace App\\Http\\Controllers;\n\nclass CardController extends Controller\n{\n"
                                               "    public function index()\n    {\n        return response()->json(Card::all());\n    }\n}\n",
    "resources/views/welcome.blade.php": _WELCOME,
    "resources/views/emails/reset.blade.php": "<p>Reset your password: {{ $link }}</p>\n",
}
LARAVEL_FRONT = dict(LARAVEL_API, **{
    "README.md": "# Board manager\n\nLaravel based front end managing the boards.\n",
    "routes/web.php": "<?php\n\nRoute::get('/', function () {\n    return view('welcome');\n});\n\nRoute::get('/boards', 'BoardController@list');\n",
    "routes/api.php": "<?php\n\nRoute::middleware('auth:api')->get('/user', function (Request $request) {\n    return $request->user();\n});\n",
    "app/Http/Controllers/BoardController.php": "<?php\n\nnamespace App\\Http\\Controllers;\n\nclass BoardController extends Controller\n{\n"
                                                "    public function list()\n    {\n        return view('boardManager', ['boards' => []]);\n    }\n}\n",
    "resources/views/layouts/app.blade.php": "<!doctype html>\n<html>\n<body>\n@yield('content')\n</body>\n</html>\n",
    "resources/views/boardManager.blade.php": "@extends('layouts.app')\n@section('content')\n<ul>@foreach ($boards as $b)<li>{{ $b->name }}</li>"
                                              "@endforeach</ul>\n@endsection\n",
})


def test_a_laravel_project_rendering_its_own_blade_pages_is_a_web_application(tmp_path):
    project, res = kind_and_results(tmp_path / "front", LARAVEL_FRONT, ["interoperability.accessibility-and-ecodesign"])
    assert project["kind"] == "web-application", project
    assert res["interoperability.accessibility-and-ecodesign"]["status"] != "not_applicable", res
    # the skeleton's welcome page and a mail view leave an API an API
    project, _ = kind_and_results(tmp_path / "api", LARAVEL_API, [])
    assert project["kind"] == "api-service", project


_SQL = ("-- Vue des parcelles et de leurs zonages\nCREATE MATERIALIZED VIEW cadastre.vm_parcelle_zonage AS\nSELECT p.geo_parcelle, z.libelle\n"
        "FROM cadastre.parcelle_info p JOIN urbanisme.zonage z ON ST_Intersects(p.geom, z.geom);\n")
_RST = "Mise à jour annuelle\n====================\n\nLe script ci-dessous recrée la vue :\n\n.. literalinclude:: sql/{0}.sql\n   :language: sql\n"
SPHINX_SITE = {
    "README.md": "# Documentation SIG\n\nSite de documentation de l'équipe SIG.\n",
    "conf.py": "project = 'Documentation SIG'\nextensions = ['myst_parser', 'sphinx_rtd_theme']\nhtml_theme = 'sphinx_rtd_theme'\n",
    "index.md": "# Documentation SIG\n\n```{toctree}\ncadastre/I_maj_annuelle\nadressage/I_communes\ndeci/I_perimetres\n```\n",
    "Makefile": "SPHINXBUILD = sphinx-build\n\nhtml:\n\t$(SPHINXBUILD) -b html . _build/html\n",
    "requirements.txt": "sphinx\nmyst-parser\nsphinx-rtd-theme\n",
}
for _topic in ("cadastre", "adressage", "deci"):
    SPHINX_SITE[f"{_topic}/I_{_topic}.rst"] = _RST.format(f"vue_{_topic}")
    for _n in range(3):
        SPHINX_SITE[f"{_topic}/sql/vue_{_topic}_{_n}.sql"] = _SQL.replace("vm_parcelle_zonage", f"vm_{_topic}_{_n}")


def test_a_sphinx_site_showing_sql_examples_is_a_site_not_a_data_model(tmp_path):
    project, _ = kind_and_results(tmp_path / "site", SPHINX_SITE, [])
    assert project["kind"] == "static-site", project
    # a PostGIS model with the same SQL and no documentation site stays a data model
    model = {k: v for k, v in SPHINX_SITE.items() if k.endswith(".sql")}
    model["README.md"] = "# Modèle cadastre\n\nScripts de création des vues.\n"
    project, _ = kind_and_results(tmp_path / "model", model, [])
    assert project["kind"] == "data-model", project


_SCRIPT = ("const fs = require('fs');\nconst path = require('path');\nconst csv = require('fast-csv');\n\n"
           "const sheet = path.resolve(__dirname, '..', 'boards.csv');\nconst out = path.resolve(__dirname, '..', 'export', 'boards.json');\n\n"
           "const rows = [];\nfs.createReadStream(sheet).pipe(csv.parse({ headers: true }))\n  .on('data', row => rows.push(row))\n"
           "  .on('end', () => fs.writeFileSync(out, JSON.stringify(rows)));\n")
NPM_SCRIPT = {
    "README.md": "# Import\n\n1. Export the sheet as CSV\n2. Run `npm run csv-to-board`\n",
    "package.json": '{\n  "dependencies": {\n    "fast-csv": "^4.3.6"\n  },\n  "scripts": {\n    "csv-to-board": "node bin/csv-to-board.js",\n'
                    '    "clean": "rm -rf ./export/"\n  }\n}\n',
    "bin/csv-to-board.js": _SCRIPT,
}


def test_a_script_an_npm_script_runs_in_an_unnamed_package_is_a_command(tmp_path):
    project, _ = kind_and_results(tmp_path / "cli", NPM_SCRIPT, [])
    assert project["kind"] == "cli-tool" and project["kind_decided"], project
    # a named package exporting its module stays a library
    lib = dict(NPM_SCRIPT, **{"package.json": '{\n  "name": "csv-board",\n  "main": "lib/index.js",\n  "scripts": {\n'
                                              '    "csv-to-board": "node bin/csv-to-board.js"\n  }\n}\n',
                              "lib/index.js": "module.exports = function parse(text) {\n  return text.split('\\n');\n};\n"})
    project, _ = kind_and_results(tmp_path / "lib", lib, [])
    assert project["kind"] == "library", project
