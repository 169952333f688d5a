"""Issue 12, s48 fe48 (reader rd48): lutece-secteur-public/eudonet-module-workflow-eudonetrestforms, a Lutece workflow module whose
shipped upgrade script (src/sql/…/upgrade/update_module_worflow_eudonet_0.0.12.sql:14) inserts the task's connector settings: the
CRM web service's URL on an internal server, a subscriber login and password, a base, a user login and a random-looking user
password. reusability.secrets passed it as a "Password in SQL data" to review, as it does an init script's default account: a
password in clear beside another server's address is that service's account, a probable secret, as a user mapping's is.
"""

from __future__ import annotations

from tests.test_reusability_fixtures import sec

BASE = {"README.md": "# Module de workflow\n\nEnvoie les réponses des formulaires vers un logiciel de gestion de la relation usager.\n",
        "pom.xml": "<project><artifactId>module-workflow-crm</artifactId><packaging>lutece-plugin</packaging></project>\n",
        "src/java/fr/exemple/crm/CrmTask.java": "package fr.exemple.crm;\n\npublic class CrmTask {\n    public void run() {\n    }\n}\n"}
CONNECTOR = ("-- Tâche d'envoi\nINSERT INTO workflow_task (id_task, task_type_key, id_action) VALUES (12, 'taskCrm', 7);\n\n"
             "-- Paramètres du connecteur\nINSERT INTO task_crm_cf\n"
             "(id_task, base_url, subscriber_login, subscriber_password, base_name, user_login, user_password, user_lang)\n"
             "VALUES(12, '{url}', 'ABONNE', 'abonne', 'BASE_RECETTE', 'WS_AGENT', '{password}', 'Lang_00');\n")
PATH = "src/sql/plugins/workflow/modules/crm/upgrade/update_module_crm_1.0.3.sql"


def test_a_connector_row_with_a_remote_servers_password_is_a_probable_secret(tmp_path):
    r = sec(tmp_path, {**BASE, PATH: CONNECTOR.replace("{url}", "http://crm.intranet.ville-exemple.org/Api")
                       .replace("{password}", "q7Rz2mWx")})
    assert r["status"] == "fail", r["message"]  # was pass 9.75, "1 string(s) … to review"
    assert [(e["path"], e["line"]) for e in r["evidence"]] == [(PATH, 7)], r["evidence"]
    assert "remote service" in r["evidence"][0]["value"] and "q7Rz2mWx" not in str(r), r["evidence"]


def test_near_miss_a_default_account_or_a_local_server_stays_a_hint(tmp_path):
    accounts = ("INSERT INTO core_admin_user (id_user, access_code, last_name, password, email)\n"
                "VALUES (1, 'admin', 'Admin', 'adminadmin', 'admin@lutece.fr');\n")
    r = sec(tmp_path, {**BASE, "src/sql/plugins/core/create_accounts.sql": accounts})
    assert r["status"] == "pass" and r["details"]["weak"] == 1, (r["message"], r["details"])
    r = sec(tmp_path / "local", {**BASE, PATH: CONNECTOR.replace("{url}", "http://localhost:8080/Api").replace("{password}", "q7Rz2mWx")})
    assert r["status"] == "pass" and r["details"]["weak"] == 1, (r["message"], r["details"])
