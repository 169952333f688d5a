"""reusability.configuration on session 14's reads (issue 12): the Maven wrapper's downloader (mvnw's embedded Java reading
MVNW_USERNAME/MVNW_PASSWORD) is the build tool's, not a setting of the service; a Vite front end destructuring its settings
from import.meta.env (`const { VITE_API_URI } = import.meta.env`) reads them. Git fixtures shaped like the cases (invented)."""

from __future__ import annotations

from tests.gitrepo import Executable
from tests.test_local_authority_verdicts import judge

CONF = ["reusability.configuration"]


def _conf(tmp_path, files, name="r"):
    return judge(tmp_path, files, CONF, name)[1]["reusability.configuration"]


_MVNW = ("#!/bin/sh\n# Apache Maven Wrapper startup script\nset -euf\n"
         "if [ -n \"${MVNW_VERBOSE-}\" ]; then set -x; fi\n"
         "javaSource=\"$TMP_DOWNLOAD_DIR/Downloader.java\"\n"
         "cat >\"$javaSource\" <<-END\n"
         "\tpublic class Downloader extends java.net.Authenticator\n\t{\n"
         "\t  protected java.net.PasswordAuthentication getPasswordAuthentication()\n\t  {\n"
         "\t    return new java.net.PasswordAuthentication( System.getenv( \"MVNW_USERNAME\" ), System.getenv( \"MVNW_PASSWORD\" ).toCharArray() );\n"
         "\t  }\n\t}\nEND\n")

SPRING_SERVICE = {
    "README.md": "# Service\n\nService REST des flux de l'établissement.\n\n## Installation\n\n```\n./mvnw package\n```\n",
    "pom.xml": "<project><artifactId>flux-ws</artifactId><dependencies><dependency><groupId>org.springframework.boot</groupId>"
               "<artifactId>spring-boot-starter-web</artifactId></dependency></dependencies></project>\n",
    "mvnw": Executable(_MVNW),
    "mvnw.cmd": "@REM Maven Wrapper\r\n@SET MVNW_USERNAME=%MVNW_USERNAME%\r\n",
    "src/main/java/fr/org/flux/Application.java": "package fr.org.flux;\n\n@SpringBootApplication\npublic class Application {\n"
                                                   "  public static void main(String[] args) { SpringApplication.run(Application.class, args); }\n}\n",
    "src/main/resources/application.yml": "server:\n  port: 8080\napp:\n  ldap-url: ldap://localhost:389\n",
}


def test_the_maven_wrappers_downloader_variables_are_no_settings_of_the_service(tmp_path):
    r = _conf(tmp_path, SPRING_SERVICE)
    said = r["message"]["fr"] + repr(r["evidence"])
    assert "MVNW_USERNAME" not in said and "MVNW_PASSWORD" not in said, said
    assert "non documenté" not in r["message"]["fr"], r["message"]


def test_a_setting_the_service_reads_itself_is_still_counted_beside_the_wrapper(tmp_path):
    """Guard: the service's own System.getenv stays a setting."""
    files = {**SPRING_SERVICE, "src/main/java/fr/org/flux/Ldap.java": "package fr.org.flux;\n\npublic class Ldap {\n"
             "  String url() { return System.getenv(\"LDAP_URL\"); }\n}\n"}
    r = _conf(tmp_path, files)
    said = r["message"]["fr"] + repr(r["evidence"])
    assert "LDAP_URL" in said and "MVNW_USERNAME" not in said, said


VITE_FRONT = {
    "README.md": "# Gestion\n\nInterface de gestion des comptes.\n",
    "package.json": '{"name": "gestion", "private": true, "scripts": {"dev": "vite", "build": "vite build"}, '
                    '"dependencies": {"vue": "^3.5.0", "axios": "^1.7.0"}, "devDependencies": {"vite": "^7.0.0"}}\n',
    "index.html": "<!doctype html>\n<html lang=\"fr\"><head><title>Gestion</title></head><body><div id=\"app\"></div>"
                  "<script type=\"module\" src=\"/src/main.ts\"></script></body></html>\n",
    "src/main.ts": "import { createApp } from 'vue'\nimport App from './App.vue'\n\ncreateApp(App).mount('#app')\n",
    "src/App.vue": "<template>\n  <main>Gestion</main>\n</template>\n",
    "src/components/Accounts.vue": "<template>\n  <ul><li>Comptes</li></ul>\n</template>\n",
    "src/utils/axiosUtils.ts": "import axios from 'axios'\n\nconst { VITE_API_URI, VITE_AXIOS_TIMEOUT } = import.meta.env\n\n"
                               "export const instance = axios.create({ baseURL: VITE_API_URI, timeout: Number(VITE_AXIOS_TIMEOUT) })\n",
    "src/version.ts": "const { npm_package_version: VERSION } = process.env\n\nexport default VERSION\n",
    "src/composables/useKeepSession.ts": "const {\n  VITE_KEEP_SESSION_INTERVAL,\n} = import.meta.env\n\n"
                                         "export function keep() {\n  return Number(VITE_KEEP_SESSION_INTERVAL)\n}\n",
}


def test_settings_destructured_from_import_meta_env_are_read(tmp_path):
    r = _conf(tmp_path, VITE_FRONT)
    said = r["message"]["fr"] + repr(r["evidence"])
    assert "Aucun réglage lu" not in r["message"]["fr"], r["message"]
    assert "VITE_API_URI" in said and "VITE_KEEP_SESSION_INTERVAL" in said, said
    assert "VERSION" not in said, said  # (the local name given to npm_package_version, no variable of the environment)


def test_an_object_destructured_from_a_settings_module_is_no_environment_read(tmp_path):
    """Guard: `const { API_URI } = config` (an imported object) reads nothing from the environment."""
    files = {**VITE_FRONT, "src/utils/axiosUtils.ts": "import axios from 'axios'\nimport config from '../config'\n\n"
             "const { API_URI } = config\n\nexport const instance = axios.create({ baseURL: API_URI })\n",
             "src/composables/useKeepSession.ts": "export function keep() {\n  return 60\n}\n"}
    r = _conf(tmp_path, files)
    assert "API_URI" not in r["message"]["fr"] + repr(r["evidence"])
