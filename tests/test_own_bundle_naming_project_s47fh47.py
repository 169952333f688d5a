"""A module's own bundle is no copied library (issue 12, s47 fh47 = OPEN-ENT-NG/collaborative-wall): backend/src/main/resources/public/
js/behaviours.js is the ENT module's "behaviours" file, a webpack bundle registering ``Behaviours.register("collaborativewall", …)`` with
the rights of the module's own net.atos.entng.collaborativewall.controllers.CollaborativeWallController; its TypeScript source is no
longer committed. reusability.dependencies listed it as "1 library copied outside any manifest (behaviours)" and licensing.dependencies
as an unknown dependency. A bundle naming the project's own classes (or registering the project's name) is the project's code built;
a bundle naming none stays a copied library."""

from __future__ import annotations

from tests.test_kind_first_reads import kind_and_results

CHECKS = ["reusability.dependencies"]

_RUNTIME = ("/******/ (function(modules) { // webpackBootstrap\n/******/ \tvar installedModules = {};\n"
            "/******/ \tfunction __webpack_require__(moduleId) {\n/******/ \t\treturn installedModules[moduleId];\n/******/ \t}\n")

OWN_BUNDLE = _RUNTIME + (
    "/******/ })([function(module, exports, __webpack_require__) {\n\"use strict\";\nvar core = __webpack_require__(1);\n"
    "var murDroits = {\n  workflow: {\n    creer: \"fr.exemple.mur.controllers.MurController|creer\",\n"
    "    imprimer: \"fr.exemple.mur.controllers.MurController|imprimer\"\n  }\n};\n"
    "core.Behaviours.register(\"murpartage\", { behaviours: murDroits });\n}]);\n")

THIRD_PARTY = _RUNTIME + (
    "/******/ })([function(module, exports) {\n\"use strict\";\nfunction Glisser(el, options) { this.el = el; this.options = options; }\n"
    "Glisser.prototype.trier = function (a, b) { return a.index - b.index; };\nmodule.exports = Glisser;\n}]);\n")

MODULE = {
    "pom.xml": "<project><groupId>fr.exemple</groupId><artifactId>mur</artifactId><version>1.0</version>\n<dependencies>\n"
               "<dependency><groupId>io.vertx</groupId><artifactId>vertx-core</artifactId><version>4.5.1</version></dependency>\n"
               "</dependencies></project>\n",
    "src/main/java/fr/exemple/mur/controllers/MurController.java":
        "package fr.exemple.mur.controllers;\n\n/** The wall's routes. */\npublic class MurController {\n    public void creer() {}\n    public void imprimer() {}\n}\n",
    "src/main/java/fr/exemple/mur/Mur.java": "package fr.exemple.mur;\n\n/** The module. */\npublic class Mur {\n}\n",
    "frontend/src/main.ts": "import { demarrer } from './app';\n\ndemarrer(document.getElementById('racine'));\n",
    "frontend/src/app.ts": "export function demarrer(el: HTMLElement | null): void {\n  if (el) { el.textContent = 'Mur'; }\n}\n",
    "README.md": "# Mur partagé\n\nModule de mur collaboratif de l'ENT.\n",
}


def _libraries(tmp_path, bundle):
    files = dict(MODULE, **{"src/main/resources/public/js/behaviours.js": bundle})
    _, res = kind_and_results(tmp_path, files, CHECKS)
    r = res["reusability.dependencies"]
    return [e["value"]["library"] for e in r["evidence"] if isinstance(e.get("value"), dict) and "library" in e["value"]], r


def test_a_bundle_naming_the_modules_own_classes_is_no_copied_library(tmp_path):
    libs, r = _libraries(tmp_path, OWN_BUNDLE)
    assert libs == [] and not r["details"].get("undeclared_libraries"), r


def test_a_bundle_naming_nothing_of_the_project_stays_a_copied_library(tmp_path):
    """The near miss: the same runtime, a third party's code naming no class nor name of the project."""
    libs, r = _libraries(tmp_path, THIRD_PARTY)
    assert libs == ["behaviours"], r
