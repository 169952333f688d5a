"""A folder of settings files shipped to be copied is the configuration template (issue 12, s48 fd48 = GIP-RECIA/cas-esco-overlay).
README.md: "Copy config.example directory to config and set following properties"; config.example/etc/cas/config/cas.properties,
application.yml and services/*.json are that template. reusability.configuration said "template: none": only files named as
templates (.env.example, app.properties.sample) were read as such, never the files of a folder so named. Near miss: the same
files in a plain config/ folder are the deployment's settings, not a template."""

from __future__ import annotations

from auditor.facts.inventory import is_config_template
from tests.test_local_authority_verdicts import judge

CONF = ["reusability.configuration"]
PROPS = "server.name=https://sso.example.org\nldap.url=ldap://directory.example.org\nldap.bindDn=cn=reader,dc=example,dc=org\n"
YML = "server:\n  port: 8443\nlogging:\n  level: INFO\n"
JAVA = "package fr.region.sso;\n\npublic class Tokens {\n    public String issuer() { return \"sso\"; }\n}\n"


def _files(folder: str) -> dict:
    return {"README.md": f"# SSO\n\nCopy the `{folder}` directory to `settings` and set the following properties:\n\n- server.name\n",
            f"{folder}/sso/app.properties": PROPS, f"{folder}/sso/application.yml": YML,
            "sso/pom.xml": "<project><modelVersion>4.0.0</modelVersion><groupId>fr.region</groupId><artifactId>sso</artifactId>"
                           "<version>1.0</version></project>\n",
            "sso/src/main/java/fr/region/sso/Tokens.java": JAVA}


def test_files_of_a_settings_example_folder_are_templates(tmp_path):
    r = judge(tmp_path, _files("settings.example"), CONF)[1]["reusability.configuration"]
    assert "settings.example/sso/app.properties" in r["details"]["templates"], r
    assert "template: none" not in r["message"]["en"], r["message"]["en"]


def test_near_miss_plain_settings_folder_is_no_template():
    assert is_config_template("settings.example/sso/app.properties") and is_config_template("config.sample/etc/app/services/a.json")
    assert not is_config_template("settings/sso/app.properties") and not is_config_template("config/etc/app/application.yml")
    assert not is_config_template("config.example/README.md") and not is_config_template("config.example/keys/server.jks")
