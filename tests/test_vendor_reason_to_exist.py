"""Session 8 (f5): proprietary products a tool exists to drive were off the one list, so scaling.vendor-lock-in passed with
"no proprietary service of the list" and portability said "none" (session 7's readers: Exchange, Backup Exec, Slack and Giphy,
Notion, eTemptation, Azure OpenAI through LangChain, a JCMS content type). Fixtures shaped like the real repositories."""

from __future__ import annotations

import json

import pytest

from tests.test_project_kind import run
from tests.test_reusability_fixtures import build, results

BOTH = ["scaling.vendor-lock-in", "reusability.portability"]

CASES = {
    # DSI-Ville-Noumea/exchange_management: PowerShell run on the Exchange server
    "Microsoft Exchange": {"README.md": "# exchange_management\n\nScripts to grant mailbox permissions.\n",
                           "Add-CustomMailboxPerm.ps1": "param([string]$Mailbox)\n$folders = Get-MailboxFolderStatistics $Mailbox\n"
                                                        "Add-MailboxPermission -Identity $Mailbox -User $UserOrGroup -AccessRights ReadPermission\n"},
    # DSI-Ville-Noumea/puppet-backupexec: a Puppet module installing the Backup Exec agent
    "Veritas (Symantec) Backup Exec": {"README.md": "# backupexec\n\nPuppet module.\n",
                                       "manifests/params.pp": "class backupexec::params {\n  case $::osfamily {\n    'RedHat': {\n"
                                                              "      $pkgname = 'VRTSralus'\n    }\n  }\n}\n",
                                       "manifests/init.pp": "class backupexec (\n  $pkgname = $backupexec::params::pkgname,\n) {\n"
                                                            "  package { $pkgname: ensure => installed }\n}\n"},
    # DSI-Ville-Noumea/slack-birthday-BOT: Java job posting to a Slack webhook with Giphy GIFs
    "Slack": {"pom.xml": "<project><dependencies>\n<dependency><groupId>net.gpedro.integrations.slack</groupId><artifactId>slack-webhook</artifactId>"
                         "<version>1.4.0</version></dependency>\n<dependency><groupId>at.mukprojects</groupId><artifactId>giphy4j</artifactId>"
                         "<version>1.0.1</version></dependency>\n</dependencies></project>\n",
              "src/main/java/bot/Greeter.java": "package bot;\nimport net.gpedro.integrations.slack.SlackApi;\nclass Greeter {}\n"},
    # Datagora-erasme/datagora_datatlas_back: an API whose only data source is Notion
    "Notion": {"src/package.json": json.dumps({"name": "datatlas-back", "dependencies": {"@notionhq/client": "^0.3.1", "express": "^4.17.1"}}),
               "src/package-lock.json": "{}", "src/server.js": "const { Client } = require('@notionhq/client')\n"},
    # DSI-Ville-Noumea/etemptation_lunch_ticket: Selenium driving the eTemptation web interface
    "eTemptation (Horoquartz)": {"etemptation_lunch_ticket.py": "from selenium import webdriver\n\n\ndef login(driver):\n"
                                                                "    print('Etemptation Authentication')\n    driver.get(SETTINGS['website_url'])\n",
                                 "requirements.txt": "selenium==3.141.0\n"},
    # IleDeFranceMobilites/hackathon_mobilite: Azure OpenAI through LangChain's client
    "OpenAI": {"requirements.txt": "langchain==0.3.0\nlangchain-openai==0.2.0\nelasticsearch==8.15.1\n",
               "scripts/init_jupyter.sh": "#!/bin/sh\npip install -r requirements.txt\n"},
    # departement-loire-atlantique/jNumerique: a JCMS content type and its plugin.xml, no Java source
    "Jalios JCMS": {"WEB-INF/plugins/NumeriquePlugin/plugin.xml": '<?xml version="1.0"?>\n<!DOCTYPE plugin PUBLIC "-//JALIOS//DTD JCMS-PLUGIN 1.7//EN" '
                                                                 '"https://community.jalios.com/dtd/jcms-plugin-1.7.dtd">\n<plugin name="NumeriquePlugin"/>\n',
                    "WEB-INF/data/types/DeploiementCommune/DeploiementCommune.xml": '<?xml version="1.0"?>\n<type name="DeploiementCommune" '
                                                                                   'superclass="com.jalios.jcms.Content">\n</type>\n'},
}


@pytest.mark.parametrize("vendor", sorted(CASES))
def test_the_product_a_tool_drives_is_named_by_both_checks(tmp_path, vendor):
    res = results(run(build(tmp_path / "r", CASES[vendor]), tmp_path / "c", only=BOTH))
    lock, port = res["scaling.vendor-lock-in"], res["reusability.portability"]
    assert lock["status"] != "pass" and vendor in lock["message"]["en"] and vendor in lock["message"]["fr"], lock["message"]
    assert vendor in port["message"]["en"] or (vendor == "Veritas (Symantec) Backup Exec" and port["status"] == "not_applicable"), port["message"]
    if vendor == "Slack":
        assert "Giphy" in lock["message"]["en"], lock["message"]


def test_the_words_alone_name_no_product(tmp_path):
    """"temptation" in prose, a mailbox variable, a backup script: nothing named."""
    files = {"README.md": "# outils\n\nResist the temptation to edit generated files.\n",
             "backup.sh": "#!/bin/sh\n# nightly backup of the mailbox folders\nrsync -a /var/mail/ /backup/mail/\n",
             "mail.py": "def mailbox_size(mailbox):\n    return len(mailbox)\n"}
    res = results(run(build(tmp_path / "r", files), tmp_path / "c", only=BOTH))
    assert res["scaling.vendor-lock-in"]["status"] == "pass", res["scaling.vendor-lock-in"]["message"]


def test_an_opendatasoft_style_path_on_a_state_portal_is_open_national_data(tmp_path):
    """Shaped like datagora-erasme/smart_watch: the school calendar read from data.education.gouv.fr's records API (an
    Opendatasoft-built State portal: the same open data for every reusing body); a département's own portal stays a dependency."""
    state = {"src/vacances.py": "import requests\n\n# URL de base pour l'API des vacances scolaires\n"
                                "BASE_URL = \"https://data.education.gouv.fr/api/explore/v2.1/catalog/datasets/fr-en-calendrier-scolaire/records\"\n\n\n"
                                "def vacances():\n    return requests.get(BASE_URL).json()\n"}
    res = results(run(build(tmp_path / "r", state), tmp_path / "c", only=BOTH))
    assert "Opendatasoft" not in res["scaling.vendor-lock-in"]["message"]["en"], res["scaling.vendor-lock-in"]["message"]
    local = {"src/agenda.py": "import requests\n\nBASE_URL = \"https://data.loire-atlantique.fr/api/explore/v2.1/catalog/datasets/agenda/records\"\n\n\n"
                              "def agenda():\n    return requests.get(BASE_URL).json()\n"}
    res = results(run(build(tmp_path / "l", local), tmp_path / "cl", only=BOTH))
    assert "Opendatasoft" in res["scaling.vendor-lock-in"]["message"]["en"], res["scaling.vendor-lock-in"]["message"]
