"""reusability.configuration and reusability.secrets, more shapes of session 8's first reads: a copied editor's reference list taken
for the settings template (DataSud/DataSud-2017-2019), a Maven archetype's CI variables taken for settings (DSI-Ville-Noumea/
archetype-pandoc), the sample requests of a vendor's API reference counted as committed secrets (sigrennesmetropole/rudi_portal)."""

from __future__ import annotations

from tests.test_reusability_fixtures import build, results, run_audit


def run(tmp_path, files: dict, cid: str) -> dict:
    return results(run_audit(build(tmp_path / "r", files), tmp_path / "c", [cid]))[cid]


def test_a_reference_list_in_a_config_folder_is_no_settings_template(tmp_path):
    refs = "[\n" + ",\n".join('{\n\t"code": "%s",\n\t"codespace": "EPSG",\n\t"value": "RGF93 (EPSG:%s)"\n}' % (c, c)
                               for c in ("2154", "3942", "3943", "3944")) + "\n]\n"
    r = run(tmp_path, {"idgo_admin/static/mdedit/config/list_referencesystems.json": refs,
                       "idgo_admin/views.py": "import os\nHOST = os.environ['IDGO_HOST']\n",
                       "README.md": "# IDGO\n\nLe portail.\n"}, "reusability.configuration")
    assert "idgo_admin/static/mdedit/config/list_referencesystems.json" not in {e.get("path") for e in r["evidence"]}, r["message"]


def test_an_archetypes_ci_variables_are_no_settings(tmp_path):
    travis = ("language: generic\nscript: make\nbefore_deploy:\n- export RELEASE_PDF_FILE=$(ls build/pdf/*.pdf)\n"
              "- echo \"deploying ${RELEASE_PDF_FILE} and ${RELEASE_HTML_FILE}\"\ndeploy:\n  provider: releases\n")
    r = run(tmp_path, {"src/main/resources/archetype-resources/.travis.yml": travis,
                       "src/main/resources/archetype-resources/Makefile": "all:\n\tpandoc -o build/doc.pdf doc.md\n",
                       "src/main/java/Main.java": "public class Main { public static void main(String[] a) { } }\n",
                       "pom.xml": "<project><artifactId>archetype-pandoc</artifactId><packaging>maven-archetype</packaging></project>\n",
                       "README.md": "# archetype-pandoc\n\nUn archetype.\n"}, "reusability.configuration")
    assert "RELEASE_PDF_FILE" not in str(r["message"]) and not (r.get("details") or {}).get("undocumented"), r["message"]


SPEC = ("openapi: 3.0.1\ninfo:\n  title: WSO2 API Manager - Admin\n  description: |\n    Sample request\n    ```\n"
        "    curl https://localhost:9443/oauth2/token -k \\\n"
        "    -H \"Authorization: Basic Zk9DaTR2Tko1OVBwSHVjQzJDQVlmWXVBRGRNYTphNEZ3SGxxMGlDSUtWczJNUElJRG5lcFpuWU1h\" \\\n"
        "    -d \"grant_type=password&username=admin&password=admin\"\n    ```\n  version: v4\n"
        "paths:\n  /throttling/policies:\n    get:\n      summary: Get all policies\n      responses:\n        '200':\n          description: OK\n")


def test_sample_requests_of_an_api_reference_are_documentation(tmp_path):
    r = run(tmp_path, {"rudi-facet/rudi-facet-apimaccess/openapi/admin-v4.yaml": SPEC,
                       "rudi-facet/rudi-facet-apimaccess/src/main/java/Client.java": "package x;\npublic class Client { }\n",
                       "README.md": "# rudi\n\nLe portail.\n"}, "reusability.secrets")
    assert r["status"] == "pass", r["message"]


def test_a_dotnet_apps_appsettings_are_its_settings_file(tmp_path):
    # (an ASP.NET Core service reads appsettings.json, then appsettings.Production.json and environment variables)
    program = ("var builder = WebApplication.CreateBuilder(args);\nvar app = builder.Build();\n"
               "app.MapGet(\"/api/communes\", () => builder.Configuration[\"Api:Url\"]);\napp.Run();\n")
    r = run(tmp_path, {"Api/Program.cs": program, "Api/Api.csproj": '<Project Sdk="Microsoft.NET.Sdk.Web"></Project>\n',
                       "Api/appsettings.json": '{\n  "ConnectionStrings": {"Default": "Host=localhost;Database=app"},\n  "Api": {"Url": "https://example.org"}\n}\n',
                       "README.md": "# Api\n\nUne API.\n"}, "reusability.configuration")
    assert "Api/appsettings.json" in {e.get("path") for e in r["evidence"]}, r["message"]
    assert r["status"] != "fail", r["message"]


def test_a_map_viewers_key_in_its_xml_config_is_no_server_secret(tmp_path):
    # (a browser map viewer's XML configuration sends its key to every visitor: not a server's credential; the same in a server's
    # settings file is one)
    xml = ('<config>\n  <baselayer id="ign" url="https://data.geopf.fr/wmts?apikey=a1b2c3d4e5f6g7h8i9j0k1l2&amp;layer=ORTHO"/>\n</config>\n')
    r = run(tmp_path, {"apps/demo.xml": xml, "js/app.js": "var map = 1;\n", "README.md": "# Viewer\n\nUne carte.\n"}, "reusability.secrets")
    assert r["status"] != "fail", r["message"]


def test_a_php_sites_iis_web_config_is_no_settings_file(tmp_path):
    # (datalocale/drupal7: Drupal core's web.config holds IIS rewrite rules, not the site's settings)
    r = run(tmp_path, {"web.config": '<?xml version="1.0"?>\n<configuration>\n  <system.webServer>\n    <rewrite><rules/></rewrite>\n'
                                     '  </system.webServer>\n</configuration>\n',
                       "index.php": "<?php\n$x = getenv('APP_SECRET');\necho $x;\n", "README.md": "# Site\n\nUn site.\n"}, "reusability.configuration")
    assert "web.config" not in {e.get("path") for e in r["evidence"]}, r["message"]
