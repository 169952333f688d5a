"""reusability.configuration: settings read in shapes the check did not see (issue 12, session 9's first reads): Python's
``from os import environ`` then ``environ.get("GS_TYPE")`` (cbn-alpin/gefiproj-api's src/shared/config.py), SvelteKit's
``$env/dynamic`` ``env.PRIVATE_NOTION_TOKEN`` (urbanlab/gestion_inventaire, co2-tracking-utils), and a Spring Boot application's
``@ConfigurationProperties(prefix = "esidoc")`` classes (GIP-RECIA/esidoc-api), which were "no setting read"."""

from __future__ import annotations

from tests.test_settings_shapes_s9 import conf


def test_environ_imported_from_os_is_read(tmp_path):
    config = ("from os import path, environ\n\n\nclass Config:\n    GS_TYPE = environ.get(\"GS_TYPE\")\n"
              "    DATABASE_URL = environ.get('DATABASE_URL', 'postgresql://localhost/gefiproj')\n    SECRET = environ['JWT_SECRET']\n")
    r = conf(tmp_path, {"src/shared/config.py": config, "src/app.py": "from flask import Flask\nfrom src.shared.config import Config\n\napp = Flask(__name__)\n",
                        "requirements.txt": "flask==2.0.1\n", "README.md": "# GefiProj API\n\nAn API.\n"})
    assert r["details"]["env_vars"] == 3, r["message"]


def test_sveltekits_env_module_is_read(tmp_path):
    notion = ('import { env } from "$env/dynamic/private"\nimport { Client } from "@notionhq/client"\n\n'
              "const notion = new Client({\n  auth: env.PRIVATE_NOTION_TOKEN,\n})\n\nexport async function items() {\n"
              "  const databaseId = env.PRIVATE_NOTION_DB_ID\n  return notion.databases.query({ database_id: databaseId })\n}\n")
    store = ("import { env } from '$env/dynamic/public';\n\nexport function login(password: string) {\n"
             "  return password === env.PUBLIC_PASSWORD;\n}\n")
    r = conf(tmp_path, {"src/lib/notion.ts": notion, "src/lib/store.ts": store,
                        "src/routes/+page.svelte": "<script>\n  import { login } from '$lib/store';\n</script>\n<h1>Inventaire</h1>\n",
                        "package.json": '{"name": "inventaire", "devDependencies": {"@sveltejs/kit": "^2.0.0", "svelte": "^4.0.0"}}\n',
                        "svelte.config.js": "import adapter from '@sveltejs/adapter-node';\nexport default { kit: { adapter: adapter() } };\n",
                        "README.md": "# Gestion d'inventaire\n\nUne application.\n"})
    assert r["details"]["env_vars"] == 3, r["message"]


def test_spring_configuration_properties_are_the_declared_settings(tmp_path):
    props = ("package fr.recia.esidoc.api.config.bean;\n\nimport org.springframework.boot.context.properties.ConfigurationProperties;\n\n"
             '@ConfigurationProperties(prefix = "esidoc")\npublic class EsidocProperties {\n    private String pretsUri;\n    private String rechercheUri;\n'
             "    public String getPretsUri() { return pretsUri; }\n    public void setPretsUri(String v) { pretsUri = v; }\n}\n")
    app = ("package fr.recia.esidoc.api;\n\nimport org.springframework.boot.SpringApplication;\nimport org.springframework.boot.autoconfigure.SpringBootApplication;\n\n"
           "@SpringBootApplication\npublic class EsidocApiApplication {\n    public static void main(String[] args) {\n"
           "        SpringApplication.run(EsidocApiApplication.class, args);\n    }\n}\n")
    r = conf(tmp_path, {"pom.xml": "<project><modelVersion>4.0.0</modelVersion><groupId>fr.recia</groupId><artifactId>esidoc-api</artifactId>"
                                   "<version>1.0</version><dependencies><dependency><groupId>org.springframework.boot</groupId>"
                                   "<artifactId>spring-boot-starter-web</artifactId></dependency></dependencies></project>\n",
                        "src/main/java/fr/recia/esidoc/api/EsidocApiApplication.java": app,
                        "src/main/java/fr/recia/esidoc/api/config/bean/EsidocProperties.java": props,
                        "src/main/resources/logback-spring.xml": "<configuration/>\n", "README.md": "# esidoc-api\n\nAPI e-sidoc.\n"})
    assert r["status"] != "fail", r["message"]
    assert "EsidocProperties.java" in r["message"]["en"], r["message"]
