"""scaling.end-of-life (issue 12, s26 e26 = s26 o1, an agglomération's Ansible kit deploying a vendor's web GIS on a Proxmox
container): the README's "Technical requirements" quoted the vendor's list of supported systems ("Business Geografic assure une
compatibilité de GEO uniquement sur … Debian 9 - Debian 10 - Debian 11 … CentOS 7 - CentOS 8"), read as the systems the project
runs on (fail 1.0), while the playbook creates the container from a Rocky Linux 9 template (ostemplate). When the deployment code
names the system, a README's systems are no version the project runs on; without it, a README's system is read as before."""

from __future__ import annotations

from datetime import date

from auditor.context import AuditConfig
from auditor.engine import AuditOptions, audit
from tests.test_reusability_fixtures import build, results

README = ("# Générateur GEO\n\nDéploie la plateforme GEO sur un conteneur LXC de Proxmox.\n\n# Pré-requis techniques\n\n"
          "L'éditeur assure une compatibilité de GEO uniquement sur les versions de Linux suivantes :\n"
          "- `Ubuntu 18.04 LTS` - `Ubuntu 20.04 LTS` - `Ubuntu 22.04 LTS`\n- `Debian 9` - `Debian 10` - `Debian 11`\n- `RHEL` - `CentOS 7` - `CentOS 8`\n")
DEFAULTS = ("proxmox:\n  lxc:\n    hostname: geo\n    cores: 4\n    memory: 12288\n"
            "    ostemplate: \"local:vztmpl/rockylinux-9-default_20240912_amd64.tar.xz\"\n")
TASKS = ("- name: Créer le conteneur\n  community.general.proxmox:\n    hostname: \"{{ proxmox.lxc.hostname }}\"\n"
         "    ostemplate: \"{{ proxmox.lxc.ostemplate }}\"\n- name: Java\n  ansible.builtin.dnf:\n    name: temurin-17-jre\n")


def _eol(tmp_path, files):
    report = audit(str(build(tmp_path / "r", files)), AuditOptions(
        cache_dir=tmp_path / "c", offline=True, only=["scaling.end-of-life"], as_of=date(2026, 12, 5),
        config=AuditConfig(cache_dir=tmp_path / "c", offline=True, network=False)))
    return report["facts"]["end_of_life"], results(report)["scaling.end-of-life"]


def test_a_vendors_supported_systems_beside_a_deployed_system_are_not_read(tmp_path):
    files = {"README.md": README, "run.yml": "- hosts: proxmox\n  roles:\n    - deployment\n",
             "roles/deployment/defaults/main.yml": DEFAULTS, "roles/deployment/tasks/main.yml": TASKS}
    fact, res = _eol(tmp_path, files)
    assert not [r for r in fact["read"] if r["path"] == "README.md"], fact["read"]
    assert res["status"] == "pass" and "roles/deployment/defaults/main.yml:6" in res["message"]["en"], res["message"]


def test_a_readme_system_without_deployment_code_is_still_read(tmp_path):
    files = {"README.md": README.replace("L'éditeur assure une compatibilité de GEO uniquement sur les versions de Linux suivantes :\n", "")
             + "\nÀ installer sur Debian 9.\n", "src/main.py": "print('geo')\n"}
    fact, res = _eol(tmp_path, files)
    assert ("debian", "9") in {(r["product"], r["cycle"]) for r in fact["read"]}, fact["read"]
    assert res["status"] != "pass", res["message"]
