"""Runtimes a deployment kit pins in its Ansible roles (issue 12, s15 k6), shaped like an EPCI's roles deploying a GIS server on
a container: PostgreSQL's version as a role default used in the package names, a JRE installed by its package name."""

from __future__ import annotations

from tests.test_project_kind import run
from tests.test_reusability_fixtures import build, results

PG_DEFAULTS = ("---\npostgresql_version: 13\npostgis_version: 3\n\npostgresql:\n  packages:\n    - \"postgresql-{{ postgresql_version }}\"\n"
               "    - \"postgresql-{{ postgresql_version }}-postgis-{{ postgis_version }}\"\n  datadir: "
               "\"/var/lib/postgresql/{{ postgresql_version }}/main\"\n")
JAVA_TASK = ("---\n- name: Dépôt Adoptium\n  ansible.builtin.apt_repository:\n    repo: \"deb https://packages.adoptium.net/artifactory/deb "
             "{{ ansible_distribution_release }} main\"\n\n- name: INSTALLATION DU PAQUET temurin-7-jre\n  ansible.builtin.package:\n"
             "    name: temurin-7-jre\n    state: present\n")
KIT = {
    "README.md": "# Serveur SIG\n\nRôles Ansible qui installent le serveur SIG et sa base PostGIS sur un conteneur.\n",
    "ansible.cfg": "[defaults]\ninventory = hosts.ini\n",
    "hosts.ini": "[sig]\nsig-01\n",
    "run.yml": "---\n- hosts: sig\n  roles:\n    - postgresql\n    - setup\n",
    "roles/postgresql/defaults/main.yml": PG_DEFAULTS,
    "roles/postgresql/tasks/main.yml": "---\n- name: Paquets\n  ansible.builtin.apt:\n    name: \"{{ postgresql.packages }}\"\n",
    "roles/setup/tasks/includes/java.yml": JAVA_TASK,
    "roles/setup/tasks/main.yml": "---\n- include_tasks: includes/java.yml\n",
}


def test_runtimes_pinned_in_ansible_roles_are_judged(tmp_path):
    """business-geografic-geo-generateur: 'No runtime or framework version read' beside postgresql_version: 15 and temurin-8-jre."""
    report = run(build(tmp_path / "r", KIT), tmp_path / "c", only=["scaling.end-of-life"])
    read = {(r["product"], r["cycle"], r["path"]) for r in report["facts"]["end_of_life"]["read"]}
    assert read == {("postgresql", "13", "roles/postgresql/defaults/main.yml"), ("java", "7", "roles/setup/tasks/includes/java.yml")}, read
    eol = results(report)["scaling.end-of-life"]
    assert eol["status"] == "warn", eol["message"]  # PostgreSQL 13 (2025-11-13) and Java 7 (2022-07-19) past; was not_applicable
    assert "PostgreSQL" in eol["message"]["en"] and "Java" in eol["message"]["en"], eol["message"]


def test_template_expressions_and_other_yaml_name_no_runtime(tmp_path):
    """A package named from a variable names no version, nor does a YAML file outside an Ansible layout (a CI file, a data file)."""
    kit = {**KIT, "roles/postgresql/defaults/main.yml": PG_DEFAULTS.replace("postgresql_version: 13\n", ""),
           "roles/setup/tasks/includes/java.yml": JAVA_TASK.replace("temurin-7-jre", "temurin-{{ java_version }}-jre"),
           "data/paquets.yml": "paquets:\n  - postgresql-9.6\n  - php5.6-fpm\n"}
    report = run(build(tmp_path / "r", kit), tmp_path / "c", only=["scaling.end-of-life"])
    assert report["facts"]["end_of_life"]["read"] == [], report["facts"]["end_of_life"]["read"]
