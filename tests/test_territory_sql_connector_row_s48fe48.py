"""Issue 12, s48 fe48 (reader rd48): lutece-secteur-public/eudonet-module-workflow-eudonetrestforms ships an upgrade script
(src/sql/…/upgrade/update_module_worflow_eudonet_0.0.12.sql:14) inserting its task's connector settings: the city's internal CRM
server (http://<service>.apps.<city>.<intranet top-level name>/…), a login and a password. territory-neutral said "No
territory-specific value": SQL INSERT values are read as data rows, and the intranet's top-level name was not a domain's. A row whose
columns are a server's address and an account is a connection's settings, which every adopter applying the script gets.
"""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

CID = "reusability.territory-neutral"
BASE = {"README.md": "# Module de workflow\n\nEnvoie les réponses des formulaires vers un logiciel de gestion de la relation usager.\n",
        "pom.xml": "<project><artifactId>module-workflow-crm</artifactId><packaging>lutece-plugin</packaging></project>\n",
        "src/java/fr/exemple/crm/CrmTask.java": "package fr.exemple.crm;\n\npublic class CrmTask {\n    public void run() {\n    }\n}\n"}
PATH = "src/sql/plugins/workflow/modules/crm/upgrade/update_module_crm_1.0.3.sql"
SETTINGS = ("-- Paramètres du connecteur\nINSERT INTO task_crm_cf\n(id_task, base_url, base_name, user_login, user_password)\n"
            "VALUES(12, 'http://crm.apps.rennes.intra/Api', 'BASE_RECETTE', 'WS_AGENT', '');\n")
# the same address in a table of data (the city's services and their sites), no account: rows of data, as before
DATA_ROWS = ("-- Services de la ville\nINSERT INTO service (id_service, name, site_url)\n"
             "VALUES(12, 'Relation usager', 'http://crm.apps.rennes.intra/Api');\n")


def test_a_connector_settings_row_naming_an_authoritys_server_is_a_territory_value(tmp_path):
    r = check_result(tmp_path, {**BASE, PATH: SETTINGS}, CID)
    assert r["status"] != "pass", r["message"]  # was pass "No territory-specific value in the code"
    assert [(e["path"], e["line"], e["value"]) for e in r["evidence"] if e.get("kind") == "finding" or e.get("line")] == \
        [(PATH, 4, "://crm.apps.rennes.intra")], r["evidence"]


def test_near_miss_the_same_address_in_rows_of_data_stays_data(tmp_path):
    r = check_result(tmp_path, {**BASE, PATH: DATA_ROWS}, CID)
    assert r["status"] == "pass", (r["message"], r["evidence"])
