"""reusability.configuration (issue 12, session 33, measure 27 reader m27o2; s33 w33): a Java JSON API reads ADMIN_LOGIN and
ADMIN_PASSWORD through its own EnvUtils.getEnvOrDefault("ADMIN_LOGIN", "admin"), whose body is System.getenv(name): the check
said "2 settings, 1 undocumented", missing the two (both undocumented, an admin password falling back to "admin"). A helper named
for the environment with a fallback suffix (getEnvOrDefault, get_env_or_default, getEnvOrElse) reads a setting at each call site
with a literal name, as getEnv("X") does. The near miss: a method merely starting with getEnv (getEnvelope("X")) reads nothing."""

from __future__ import annotations

from tests.test_program_settings_s8 import conf

UTILS = ("package fr.ville.api.utils;\n\npublic abstract class EnvUtils {\n    private EnvUtils() {}\n\n"
         "    public static String getEnvOrDefault(String name, String defaultValue) {\n        String env = System.getenv(name);\n"
         "        return env != null ? env : defaultValue;\n    }\n}\n")
APP = ("package fr.ville.api;\n\nimport static fr.ville.api.utils.EnvUtils.getEnvOrDefault;\n\npublic class Application {\n"
       "    public static void main(String[] args) {\n        String url = System.getenv(\"SEARCHBOX_SSL_URL\");\n"
       "        String login = {call}(\"ADMIN_LOGIN\", \"admin\");\n        String password = {call}(\"ADMIN_PASSWORD\", \"admin\");\n"
       "        System.out.println(url + login + password);\n    }\n}\n")
FILES = {"README.md": "# Open data API\n\nA backend.\n\nSet SEARCHBOX_SSL_URL to the Elasticsearch address.\n",
         "build.gradle": "apply plugin: 'java'\n\ndependencies {\n    compile 'net.code-story:http:2.104'\n}\n",
         "src/main/java/fr/ville/api/utils/EnvUtils.java": UTILS}


def test_settings_read_through_a_get_env_or_default_wrapper_are_counted(tmp_path):
    r = conf(tmp_path, {**FILES, "src/main/java/fr/ville/api/Application.java": APP.replace("{call}", "getEnvOrDefault")})
    assert {"ADMIN_LOGIN", "ADMIN_PASSWORD"} <= set(r["details"]["undocumented"]), r["message"]  # were not read
    assert "SEARCHBOX_SSL_URL" not in r["details"]["undocumented"]


def test_a_method_merely_starting_with_get_env_reads_no_setting(tmp_path):
    r = conf(tmp_path, {**FILES, "src/main/java/fr/ville/api/Application.java": APP.replace("{call}", "getEnvelope")})
    assert not {"ADMIN_LOGIN", "ADMIN_PASSWORD"} & set(r["details"].get("undocumented") or []), r["message"]
    assert r["details"]["env_vars"] == 1, r["message"]
