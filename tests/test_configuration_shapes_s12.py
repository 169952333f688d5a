"""reusability.configuration on shapes read in session 11 (issue 12): a Tapestry page's message catalogue (Page.properties beside
its Page.html and Page.page) is no settings template; a memo of git's commands whose "Configuration" chapter is
`git config --global user.name` documents git's settings, not the project's."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

CONF = ["reusability.configuration"]


def _conf(tmp_path, files, name="r"):
    return judge(tmp_path, files, CONF, name)[1]["reusability.configuration"]


def _shown(r, value):
    return [e.get("path") for e in r["evidence"] if e.get("value") == value]


def test_a_page_message_catalogue_beside_its_templates_is_no_settings_template(tmp_path):
    files = {"pom.xml": "<project><artifactId>aides</artifactId><packaging>war</packaging></project>\n",
             "src/main/java/org/aides/pages/EditerDossier.java": "package org.aides.pages;\npublic abstract class EditerDossier {}\n",
             "src/main/java/org/aides/Database.java": "package org.aides;\npublic class Database {}\n",
             "src/main/webapp/WEB-INF/pages/EditerDossier.properties": "partie.0=Matin\npartie.1=Après-midi\n",
             "src/main/webapp/WEB-INF/pages/EditerDossier.html": "<span jwcid=\"@Insert\" value=\"message:partie.0\"/>\n",
             "src/main/webapp/WEB-INF/pages/EditerDossier.page": "<page-specification class=\"org.aides.pages.EditerDossier\"/>\n",
             "src/main/webapp/WEB-INF/web.xml": "<web-app><display-name>aides</display-name></web-app>\n",
             "src/main/resources/Database.properties": "jdbc.url=jdbc:postgresql://localhost/aides\njdbc.user=aides\n"}
    r = _conf(tmp_path, files)
    assert "src/main/webapp/WEB-INF/pages/EditerDossier.properties" not in _shown(r, "template"), r["evidence"]
    assert "src/main/resources/Database.properties" in _shown(r, "template"), r["evidence"]


def test_a_memo_of_git_commands_is_no_settings_document(tmp_path):
    memo = ("# Github Memo\n\n## Configuration\n\nIdentity Name\n\n```shell\n$ git config --global user.name \"agent\"\n```\n\n"
            "Editor Tool\n\n```shell\n$ git config --global core.editor vim\n```\n\n## Branches\n\n```shell\n$ git checkout -b feature\n```\n")
    files = {"README.md": "# Infrastructure SIG\n\nLes conteneurs de la plateforme.\n\n## Démarrage\n\n```\ndocker compose up -d\n```\n",
             "MEMO-GIT.md": memo,
             "docker-compose.yml": "services:\n  ldap:\n    image: osixia/openldap:1.1.8\n    environment:\n      - LDAP_DOMAIN=example.org\n",
             "ldap/Dockerfile": "FROM osixia/openldap:1.1.8\nCOPY bootstrap.ldif /container/service/slapd/assets/\n",
             "ldap/entrypoint.sh": "#!/bin/sh\nif [ \"$IGNORE_DATA\" = \"1\" ]; then exit 0; fi\nslapadd -l /data.ldif\n"}
    r = _conf(tmp_path, files)
    assert "MEMO-GIT.md" not in _shown(r, "settings"), r["evidence"]
