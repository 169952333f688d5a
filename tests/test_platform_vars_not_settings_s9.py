"""reusability.configuration: variables a platform sets are no setting of the project (issue 12, session 9's first reads):
Tomcat's CATALINA_PID read by a monitoring servlet (GIP-RECIA/recia-uPortal-adds) and an exported Grafana dashboard's data-source
input ${DS_INFLUXDB} (cbn-alpin/telegraf-execd-pg-custom) were "settings read from the environment, undocumented"."""

from __future__ import annotations

from tests.test_settings_shapes_s9 import conf


def findings(r: dict) -> set[str]:
    return {e.get("value") for e in r["evidence"] if e.get("kind") == "finding"}


def test_tomcats_catalina_pid_is_no_setting(tmp_path):
    monitor = ("package fr.recia.portal.monitor;\n\npublic class EsupMonitor {\n    public String pid() {\n"
               "        String pid = System.getenv(\"CATALINA_PID\");\n        return pid == null ? \"?\" : pid;\n    }\n\n"
               "    public String url() {\n        return System.getenv(\"MONITOR_URL\");\n    }\n}\n")
    r = conf(tmp_path, {"pom.xml": "<project><modelVersion>4.0.0</modelVersion><groupId>fr.recia</groupId><artifactId>adds</artifactId>"
                                   "<version>1.0</version></project>\n",
                        "src/main/java/fr/recia/portal/monitor/EsupMonitor.java": monitor, "README.md": "# Adds\n\nuPortal add-ons.\n"})
    assert "CATALINA_PID" not in findings(r), r["evidence"]
    assert "MONITOR_URL" in findings(r), r["evidence"]  # (a variable of the project's own still counts)


def test_a_grafana_dashboards_datasource_input_is_no_setting(tmp_path):
    dashboard = ('{\n  "__inputs": [\n    {\n      "name": "DS_INFLUXDB",\n      "label": "InfluxDB",\n      "type": "datasource",\n'
                 '      "pluginId": "influxdb"\n    }\n  ],\n  "panels": [\n    {\n      "datasource": "${DS_INFLUXDB}",\n      "title": "Connections"\n'
                 '    }\n  ],\n  "title": "PostgreSQL Overview"\n}\n')
    r = conf(tmp_path, {"pg_custom.py": "import sys\nimport psycopg2\n\nfor line in sys.stdin:\n    print(line.strip())\n",
                        "postgresql_custom_data.conf": "[[inputs.execd]]\n  command = [\"python3\", \"pg_custom.py\"]\n  signal = \"STDIN\"\n",
                        "PostgreSQL Overview-1615476473641.json": dashboard,
                        "README.md": "# telegraf-execd-pg-custom\n\nA Telegraf execd input for PostgreSQL.\n"})
    assert "DS_INFLUXDB" not in findings(r), r["evidence"]
