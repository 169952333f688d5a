"""A host's post-install script was read as a data pipeline (issue 12, s48 fh48 = atd16/proxmox): one shell script showing a menu
and, for each choice, installing packages with apt and editing files under /etc (a server's hardening). Its wget of a test file and
an awk inside an echoed line appended to /etc/bash.bashrc made it "shell scripts of a data pipeline (download, transform, load)";
reusability.dependencies then listed python (only in an echoed hint) among the programs to put in a Dockerfile; and the menu key read
by `read -e -p "$(echo -e $C"…"$N)" -n1 SELECTION` was a setting missing from a .env template. Now: printed words call no program,
a script installing packages and editing /etc is a host's provisioning (infrastructure), a `read` target is typed by the user.
Near miss: a real download-and-transform script stays a shell pipeline whose programs are listed."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

CONF, DEPS = "reusability.configuration", "reusability.dependencies"

SETUP = """#!/bin/bash
# Post-installation du serveur
C='\\033[1;33m'
N='\\033[0m'
MENU() {
  echo "1) Mises a jour  2) Antivirus  3) Sonde"
}
ACTIONS() {
  if [[ ${choices[0]} ]]; then
    apt-get update && apt-get install -y unattended-upgrades
    sed -i 's/^#Unattended/Unattended/' /etc/apt/apt.conf.d/50unattended-upgrades
  fi
  if [[ ${choices[1]} ]]; then
    apt-get install -y clamav
    echo "LOG=${LOG_DIR-/var/log}/clamav.log" >> /etc/clamav/extra.conf
    echo -e "who | awk {'print \\$1'} | mail -s \\"connexion\\" root" >> /etc/bash.bashrc
    wget -P /tmp http://example.org/test-file.txt
  fi
  if [[ ${choices[2]} ]]; then
    apt install -y python3-setuptools
    echo "Lancez ensuite : cd /opt/sonde && python setup.py configure"
  fi
}
while MENU && read -e -p "$(echo -e $C"Choisissez une action (q pour quitter) : "$N)" -n1 SELECTION && [[ -n "$SELECTION" ]]; do
  choices[SELECTION]="+"
done
ACTIONS
"""

PIPELINE = """#!/bin/bash
set -e
wget -O communes.csv https://example.org/data/communes.csv
awk -F';' '$3 > 1000 {print $1";"$2}' communes.csv > grandes.csv
echo "Fichier produit : grandes.csv"
"""


def test_a_host_provisioning_script_is_no_pipeline_and_its_menu_key_no_setting(tmp_path):
    report, res = judge(tmp_path, {"README.md": "# Post-installation\n\nScript de durcissement du serveur.\n", "postinstall.sh": SETUP}, [CONF, DEPS])
    proj = report["facts"]["project"]
    assert proj["kind"] == "infrastructure", proj
    assert "pipeline" not in res[DEPS]["message"]["en"].lower(), res[DEPS]
    assert "SELECTION" not in (res[CONF]["details"].get("undocumented") or []), res[CONF]
    assert "LOG_DIR" in (res[CONF]["details"].get("undocumented") or []), res[CONF]


def test_near_miss_a_download_and_transform_script_stays_a_pipeline(tmp_path):
    report, res = judge(tmp_path, {"README.md": "# Communes\n\nExtrait les grandes communes.\n", "extract.sh": PIPELINE}, [DEPS])
    assert any("data pipeline" in e.get("reason", "") for e in report["facts"]["project"]["kind_evidence"]), report["facts"]["project"]
    assert res[DEPS]["details"].get("programs") == ["awk", "wget"], res[DEPS]
