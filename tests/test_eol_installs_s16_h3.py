"""Runtimes a deployment installs by package name outside Ansible (issue 12, s16 h3): a Dockerfile's RUN apt-get/apk lines and a
shell install script, never their comments; a Temurin JRE judged by Adoptium's own support dates (endoflife.date's
eclipse-temurin), not as a Java release without an end date."""

from __future__ import annotations

from datetime import date

from auditor.context import AuditConfig
from auditor.engine import AuditOptions, audit
from tests.test_reusability_fixtures import build, results

README = "# Serveur de cartes\n\nApplication qui publie les cartes de l'agglomération.\n"
DOCKERFILE = ("FROM ubuntu:24.04\nARG PG_MAJOR=13\n# RUN apt-get install -y python2.7\n"
              "RUN apt-get update \\\n    && apt-get install -y --no-install-recommends \\\n       openjdk-8-jre-headless \\\n"
              "       # php5.6-cli ne sert plus\n       php7.4-fpm php7.4-pgsql \\\n       postgresql-client-${PG_MAJOR} \\\n"
              "    && rm -rf /var/lib/apt/lists/*\nCOPY conf/python3.6/ /etc/app/\nCMD [\"php-fpm7.4\", \"-F\"]\n")
SCRIPT = ("#!/bin/sh\n# Installation du serveur (Debian)\n# apt-get install -y postgresql-9.6 (ancienne version)\n"
          "sudo apt-get install -y postgresql-${PG:-13} postgresql-13 python3.8 python3-pip  # python3.5 avant\n"
          "echo \"installer python3.6 si besoin\"\n")
ROLE = ("---\n- name: INSTALLATION DU PAQUET temurin-8-jre\n  ansible.builtin.apt:\n    name: temurin-8-jre\n    state: present\n")


def _run(path, cache, as_of):
    return audit(str(path), AuditOptions(cache_dir=cache, offline=True, only=["scaling.end-of-life"], as_of=as_of,
                                         config=AuditConfig(cache_dir=cache, offline=True, network=False)))


def test_packages_installed_by_run_lines_and_scripts_are_judged(tmp_path):
    files = {"README.md": README, "Dockerfile": DOCKERFILE, "scripts/install_serveur.sh": SCRIPT, "src/index.php": "<?php echo 1;\n"}
    report = _run(build(tmp_path / "r", files), tmp_path / "c", date(2026, 12, 3))
    fact = report["facts"]["end_of_life"]
    read = {(r["product"], r["cycle"], r["path"], r["line"]) for r in fact["read"]}
    assert read == {("ubuntu", "24.04", "Dockerfile", 1), ("java", "8", "Dockerfile", 6), ("php", "7.4", "Dockerfile", 8),
                    ("postgresql", "13", "scripts/install_serveur.sh", 4), ("python", "3.8", "scripts/install_serveur.sh", 4)}, read
    # (comments name php5.6, python2.7, postgresql-9.6 and python3.5; a COPY path and an echo name python3.6: none is read)
    eol = results(report)["scaling.end-of-life"]
    assert eol["status"] == "fail", eol["message"]  # PHP 7.4, PostgreSQL 13 and Python 3.8 past; was pass (Ubuntu 24.04 only)
    assert "PHP 7.4" in eol["message"]["en"] and "2026-08-22" in eol["message"]["en"], eol["message"]


def test_temurin_is_judged_by_adoptium_support_dates(tmp_path):
    files = {"README.md": README, "roles/java/tasks/main.yml": ROLE, "app/Dockerfile": "FROM eclipse-temurin:11-jre-noble\n"}
    path = build(tmp_path / "r", files)
    report = _run(path, tmp_path / "c1", date(2026, 12, 3))
    read = {(r["product"], r["cycle"], r["path"]) for r in report["facts"]["end_of_life"]["read"]}
    assert read == {("eclipse-temurin", "8", "roles/java/tasks/main.yml"), ("eclipse-temurin", "11", "app/Dockerfile"),
                    ("ubuntu", "24.04", "app/Dockerfile")}, read
    assert results(report)["scaling.end-of-life"]["status"] == "pass"  # Temurin 8 until 2030-12-31, 11 until 2027-10-31
    later = results(_run(path, tmp_path / "c2", date(2031, 1, 15)))["scaling.end-of-life"]
    assert later["status"] == "warn" and "Eclipse Temurin 8 (end of life 2030-12-31)" in later["message"]["en"], later["message"]


def test_a_temurin_release_adoptium_never_built_is_judged_as_java(tmp_path):
    files = {"README.md": README, "roles/java/tasks/main.yml": ROLE.replace("temurin-8", "temurin-7")}
    report = _run(build(tmp_path / "r", files), tmp_path / "c", date(2026, 12, 3))
    assert [(r["product"], r["cycle"]) for r in report["facts"]["end_of_life"]["read"]] == [("java", "7")]


IDP_README = ("# Fournisseur d'identité d'exemple\n\nCe serveur utilise [nodejs version 12.16](https://nodejs.org/en/download/).\n\n"
              "## Installation\n\n```bash\nnvm use 10\nnpm install\n```\n\nCompatible avec PHP 5.6 et 7.0 pour le module d'export.\n")
PACKAGE = '{"name": "fi-exemple", "version": "0.0.1", "scripts": {"start": "node bin/www"}, "dependencies": {"express": "^4.17.1"}}\n'


def test_a_readme_statement_is_read_for_a_runtime_no_file_versions(tmp_path):
    """france-connect/identity-provider-example: 'No runtime or framework version read' beside a README stating Node 12.16; the
    fenced 'nvm use 10' and a 'compatible with' list are not read."""
    files = {"README.md": IDP_README, "package.json": PACKAGE, "bin/www": "require('../src/app');\n"}
    report = _run(build(tmp_path / "r", files), tmp_path / "c", date(2026, 12, 3))
    read = [(r["product"], r["cycle"], r["path"], r["line"]) for r in report["facts"]["end_of_life"]["read"]]
    assert read == [("nodejs", "12", "README.md", 3)], read
    eol = results(report)["scaling.end-of-life"]
    assert eol["status"] == "warn" and "Node.js 12" in eol["message"]["en"], eol["message"]  # was not_applicable


def test_a_readme_statement_gives_way_to_files_and_minimums(tmp_path):
    """A version a file gives wins over the README's (.nvmrc 22 beside 'nodejs version 12.16'); a README minimum is not read."""
    files = {"README.md": IDP_README.replace("nodejs version 12.16", "Node 18+ et Python 3.6 ou supérieur"), ".nvmrc": "22\n",
             "package.json": PACKAGE}
    report = _run(build(tmp_path / "r", files), tmp_path / "c", date(2026, 12, 3))
    read = [(r["product"], r["cycle"], r["path"]) for r in report["facts"]["end_of_life"]["read"]]
    assert read == [("nodejs", "22", ".nvmrc")], read
    files[".nvmrc"], files["README.md"] = "22\n", IDP_README
    report = _run(build(tmp_path / "r2", files), tmp_path / "c2", date(2026, 12, 3))
    assert [(r["product"], r["cycle"]) for r in report["facts"]["end_of_life"]["read"]] == [("nodejs", "22")]
