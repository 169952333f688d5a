"""A MapStoreExtension project (a metropolis's repository made from MapStore's extension template to build its map viewer's plugins)
was reported "web-application" (issue 12, session 21 reader r1, sigrennesmetropole/geor_MapstoreExtension): the extension's code is a
submodule (js/extension) absent from the snapshot, so the first file importing "@mapstore/" is the template's js/app.jsx, and the guard
"an extension in one sub-project folder holding less than half of the code is one part of a larger repository" counted the template's
webpack, karma and proxy configurations and its build/extension/ scripts as the repository's code; the template's web/…/web.xml then
made it a Java web application, judged on RGAA/RGESN statements and told to describe its API in OpenAPI because the template's
web/pom.xml declares spring-webmvc. Build tools' settings are no code of the project's own; and a server framework declared where
the repository holds no source file of its language serves no API of the repository's."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

A11Y = "interoperability.accessibility-and-ecodesign"
API = "interoperability.api-spec"

WEBPACK = "const path = require('path');\n\nmodule.exports = {\n    entry: {app: path.join(__dirname, 'js', 'app')},\n    mode: 'development'\n};\n"
HARNESS = {  # the extension template's own files, the plugin itself in the js/extension submodule (not in the snapshot)
    "README.md": ("# Extensions de la visionneuse\n\nCe dépôt sert à la métropole à fabriquer les plugins de sa visionneuse MapStore2.\n\n"
                  "## Construire\n\n```\ngit submodule update --init\nnpm install\nnpm run ext:build\n```\n"),
    ".gitmodules": ('[submodule "MapStore2"]\n\tpath = MapStore2\n\turl = https://example.org/mapstore/MapStore2.git\n'
                    '[submodule "js/extension"]\n\tpath = js/extension\n\turl = https://forge.example.org/sig/visionneuse-plugin.git\n'),
    "package.json": ('{"name": "visionneuse-extensions", "version": "1.0.0", "license": "BSD-2-Clause",\n'
                     ' "scripts": {"ext:start": "webpack serve --config build/extension/webpack.config.js",\n'
                     '             "ext:build": "webpack --config build/extension/prod-webpack.config.js", "test": "karma start ./karma.conf.single-run.js"},\n'
                     ' "devDependencies": {"webpack": "5.88.0", "karma": "6.4.0"}, "dependencies": {"mapstore": "file:MapStore2"}}\n'),
    "config.js": "module.exports = {\n    name: \"Visionneuse\"\n};\n",
    "js/app.jsx": "import main from '@mapstore/product/main';\nimport extensions from './extensions';\n\nmain({}, extensions);\n",
    "js/extensions.js": "import Extension from './extension/plugins/Extension';\nimport { name } from '../config';\n\nexport default {[name]: Extension};\n",
    "js/__tests__/app-test.js": "describe('app', () => {\n    it('loads', () => {});\n});\n",
    "webpack.config.js": WEBPACK, "prod-webpack.config.js": WEBPACK.replace("development", "production"),
    "tests.webpack.js": "const context = require.context('./js', true, /-test\\.jsx?$/);\ncontext.keys().forEach(context);\n",
    "karma.conf.single-run.js": "module.exports = function karmaConfig(config) {\n    config.set({browsers: ['Chrome'], singleRun: true});\n};\n",
    "karma.conf.continuous-test.js": "module.exports = function karmaConfig(config) {\n    config.set({browsers: ['Chrome'], singleRun: false});\n};\n",
    "proxyConfig.js": "module.exports = {\n    '/rest': {target: 'https://carto.example.org/mapstore', secure: false}\n};\n",
    "updateDevDependencies.js": "const fs = require('fs');\nconst pkg = JSON.parse(fs.readFileSync('package.json'));\nfs.writeFileSync('package.json', JSON.stringify(pkg));\n",
    "build/extension/webpack.config.js": WEBPACK, "build/extension/prod-webpack.config.js": WEBPACK,
    "build/extension/commons.js": "module.exports = {\n    alias: {'@mapstore': 'MapStore2/web/client'}\n};\n",
    "index.html": "<!DOCTYPE html>\n<html><head><title>Visionneuse</title></head><body><div id='container'></div>"
                  "<script src='dist/app.js'></script></body></html>\n",
    "configs/pluginsConfig.json": '{"plugins": [{"name": "Visionneuse", "title": "Visionneuse"}]}\n',
    # the template's Java module, a local MapStore to try the plugin in: XML wiring of the host's servlets, placeholders
    "pom.xml": ("<project>\n  <groupId>org.example</groupId>\n  <artifactId>visionneuse-root</artifactId>\n  <packaging>pom</packaging>\n"
                "  <modules><module>backend</module><module>web</module></modules>\n</project>\n"),
    "backend/pom.xml": "<project>\n  <artifactId>visionneuse-backend</artifactId>\n  <packaging>jar</packaging>\n</project>\n",
    "backend/src/main/java/placeholder": "",
    "web/pom.xml": ("<project>\n  <artifactId>visionneuse-web</artifactId>\n  <packaging>war</packaging>\n  <dependencies>\n"
                    "    <dependency><groupId>org.springframework</groupId><artifactId>spring-webmvc</artifactId><version>5.3.18</version></dependency>\n"
                    "  </dependencies>\n</project>\n"),
    "web/src/main/webapp/WEB-INF/web.xml": ("<web-app>\n  <servlet><servlet-name>configs</servlet-name>\n"
                                            "    <servlet-class>org.springframework.web.servlet.DispatcherServlet</servlet-class></servlet>\n</web-app>\n"),
    "web/src/main/resources/mapstore.properties": "overrides.config=/etc/mapstore/overrides.properties\n",
}


def _controller(i: int) -> str:
    return (f"package org.example.visionneuse;\n\nimport org.springframework.web.bind.annotation.*;\n\n@RestController\n"
            f"public class Couche{i}Controller {{\n    @GetMapping(\"/couches/{i}\")\n    public String get() {{ return \"{{}}\"; }}\n}}\n")


def test_the_template_of_a_mapstore_extension_is_a_plugin_of_mapstore(tmp_path):
    """The template's build settings are not the repository's code: the plugin's harness is a MapStore extension (library), not
    judged on a web application's accessibility statements, and its template's spring-webmvc asks for no OpenAPI."""
    report, res = judge(tmp_path, HARNESS, [A11Y, API])
    project = report["facts"]["project"]
    assert project["kind"] == "library" and project["kind_evidence"][0]["reason"] == "plugin of MapStore", project
    assert res[A11Y]["status"] == "not_applicable", res[A11Y]["message"]
    assert res[API]["status"] == "not_applicable" and "OpenAPI" not in str(res[API].get("advice")), res[API]


def test_the_same_harness_with_the_repositorys_own_server_stays_a_web_application(tmp_path):
    """Beside Spring controllers of the repository's own, the harness's plugin folder is one part of it (the guard still holds)."""
    files = {k: v for k, v in HARNESS.items() if k != "backend/src/main/java/placeholder"}
    files.update({f"backend/src/main/java/org/example/visionneuse/Couche{i}Controller.java": _controller(i) for i in range(4)})
    report, res = judge(tmp_path, files, [API])
    assert report["facts"]["project"]["kind"] in ("web-application", "api-service"), report["facts"]["project"]
    assert res[API]["status"] in ("warn", "fail"), res[API]


JAVA_WEBAPP = {  # a Java web application's skeleton: the war's pom and web.xml, pages and scripts, no Java class written yet
    "README.md": "# Portail des données\n\nApplication web du portail des données de la commune.\n",
    "pom.xml": ("<project>\n  <groupId>org.example</groupId>\n  <artifactId>portail</artifactId>\n  <packaging>war</packaging>\n  <dependencies>\n"
                "    <dependency><groupId>org.springframework</groupId><artifactId>spring-webmvc</artifactId><version>5.3.18</version></dependency>\n"
                "  </dependencies>\n</project>\n"),
    "src/main/webapp/WEB-INF/web.xml": "<web-app>\n  <welcome-file-list><welcome-file>index.html</welcome-file></welcome-file-list>\n</web-app>\n",
    "src/main/webapp/index.html": "<!DOCTYPE html>\n<html lang='fr'><head><title>Portail</title></head><body><h1>Portail</h1>"
                                  "<script src='js/portail.js'></script></body></html>\n",
    "src/main/webapp/js/portail.js": "document.querySelector('h1').textContent = 'Portail des données';\n",
}


def test_a_server_framework_declared_with_no_server_code_serves_no_api(tmp_path):
    res = judge(tmp_path, JAVA_WEBAPP, [API])[1][API]
    assert res["status"] == "not_applicable" and "spring-webmvc" in res["message"]["en"], res["message"]
    assert "no server code" in res["message"]["en"] and "aucun code serveur" in res["message"]["fr"]


def test_the_same_framework_with_a_java_controller_is_still_asked_for_a_specification(tmp_path):
    files = dict(JAVA_WEBAPP, **{"src/main/java/org/example/portail/HomeController.java": (
        "package org.example.portail;\n\nimport org.springframework.stereotype.Controller;\n"
        "import org.springframework.web.bind.annotation.GetMapping;\n\n@Controller\npublic class HomeController {\n"
        "    @GetMapping(\"/\")\n    public String home() { return \"index\"; }\n}\n")})
    res = judge(tmp_path, files, [API])[1][API]
    assert res["status"] == "warn" and "spring-webmvc" in res["message"]["en"], res["message"]


def _module(folder: str) -> str:
    return f"import {{createSelector}} from 'reselect';\nimport {{get}} from '@mapstore/utils/ObjectUtils';\n\nexport const {folder}Of = (s) => get(s, '{folder}');\n"


EXTENSION_AT_ROOT = {  # the js/extension submodule itself, published on its own: MapStore's extension tree at the repository's root
    "README.md": "# Parcelles\n\nPlugin MapStore2 de consultation des parcelles, à construire dans le dépôt d'extensions (npm run ext:build).\n",
    "plugins/Extension.jsx": ("import {toModulePlugin} from '@mapstore/utils/ModulePluginsUtils';\nimport {name} from '../../../config';\n\n"
                              "export default toModulePlugin(name, () => import('./Parcelles'));\n"),
    "plugins/Parcelles.jsx": "import React from 'react';\n\nexport default function Parcelles() {\n    return <div className='parcelles'/>;\n}\n",
    **{f"{folder}/parcelles-{folder}.js": _module(folder) for folder in ("actions", "api", "components", "constants", "epics", "reducers", "selectors")},
    "assets/style.css": ".parcelles { color: #333; }\n",
}


def test_an_extension_tree_at_the_root_is_a_plugin_of_mapstore(tmp_path):
    """sigrennesmetropole/geor_RTGE_Mapstore shape: plugins/ beside actions/, epics/, reducers/… at the root is the extension's own
    tree, not one sub-project folder holding a part of the code (reported web-application)."""
    report, res = judge(tmp_path, EXTENSION_AT_ROOT, [A11Y])
    project = report["facts"]["project"]
    assert project["kind"] == "library" and project["kind_evidence"] == [{"path": "plugins/Extension.jsx", "reason": "plugin of MapStore"}], project
    assert res[A11Y]["status"] == "not_applicable"
