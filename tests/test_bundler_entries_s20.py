"""inventory, reusability.build-output (issue 12, session 20 reader r2): a bundler's entry was taken for its output. A Symfony
application (megalis-bretagne/idelibre) lists its scripts in webpack.config.js with Webpack Encore (`.addEntry('vue-manage-projects',
'./assets/vue-app/manageProjects.js')`, output in public/build/): the config was read as a build script joining sources, and the
one entry quoted with its extension outside the folder of the others, of a bundle's size, became "build output". A file the build
reads (an entry, an input, a src(), a require) is a source; a bundle a script writes from the sources it lists stays the build's."""

from __future__ import annotations

from tests.test_kinds_s16_k7 import MINIFY_PY, _sources
from tests.test_reusability_fixtures import check_result

CID = "reusability.build-output"


def _script(name: str, lines: int) -> str:
    return "".join(f"export function {name}{i}(el) {{\n  el.classList.toggle('ouvert-{i}');\n  return el;\n}}\n" for i in range(lines))


WEBPACK = ("const Encore = require('@symfony/webpack-encore');\n\nEncore\n    .setOutputPath('public/build/')\n    .setPublicPath('/build')\n"
           "    .addEntry('app', './assets/app.js')\n    .addEntry('vue-show', './assets/vue-app/showSeance')\n"
           "    .addEntry('vue-manage', './assets/vue-app/manageSeances.js')\n    .addEntry('toggle', './assets/js/toggle.js')\n"
           "    .addEntry('select-all', './assets/js/selectAll.js')\n    .addEntry('calendar', './assets/js/calendar.js')\n"
           "    .enableSingleRuntimeChunk()\n;\n\nmodule.exports = Encore.getWebpackConfig();\n")


def test_a_webpack_entry_is_a_source_not_build_output(tmp_path):
    files = {"webpack.config.js": WEBPACK, "assets/app.js": "import './styles/app.css';\n",
             "assets/js/toggle.js": _script("toggle", 8), "assets/js/selectAll.js": _script("selectAll", 8),
             "assets/js/calendar.js": _script("calendar", 8), "assets/vue-app/showSeance.js": _script("show", 20),
             "assets/vue-app/manageSeances.js": "import Vue from 'vue/dist/vue';\n\n" + _script("manage", 30),
             "package.json": '{"devDependencies": {"@symfony/webpack-encore": "^4.0.0"}}\n',
             "README.md": "# Séances\n\nGestion des séances du conseil.\n"}
    r = check_result(tmp_path, files, CID)
    assert r["status"] == "pass", (r["message"], r["evidence"])


def test_a_bundle_a_script_joins_from_its_listed_sources_stays_build_output(tmp_path):
    files = {"README.md": "# fiche-js\n\nLecture des fiches de métadonnées.\n", "python/minified.py": MINIFY_PY, **_sources()}
    src = _sources()
    files["js/fiche.js"] = "".join(src[p] for p in ("js/src/helpers.js", "js/src/lire.js", "js/src/ecrire.js"))
    r = check_result(tmp_path, files, CID)
    assert r["status"] != "pass" and "js/fiche.js" in str(r["evidence"]), r
