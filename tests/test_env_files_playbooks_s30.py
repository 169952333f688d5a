"""reusability.configuration names a development box's settings, not its Ansible playbook (issue 12, session 30 fixer d30 = reader
m21o2, a département's Vagrant/shell/Ansible box for Publik):

The box's settings are three commented files of KEY=value lines, init-shell/configure_data/config.env, sys.env and secret.env ("VARIABLES
BELOW MUST HAVE A NON-EMPTY VALUE": domain, e-mails, databases), that the Vagrantfile hands to the installer; the check said "template:
init-ansible/base-packages-playbook.yml", the apt package list an image's Dockerfile copies and runs with `ansible-playbook -i
/inventory.yml`, and named the 4-line localhost inventory too. Now a ``<name>.env`` file of KEY=value lines is a settings file to fill
(settings_files.named_env_files), and a playbook or an inventory of the local machine a recipe copies is the build's own, no template.
Kept: a settings file the Dockerfile copies (config/app.ini) stays a template; a test's variables (tests/test-variables.env) are none."""

from __future__ import annotations

from tests.test_reusability_fixtures import build, results, run_audit

CHECK = "reusability.configuration"

DOCKERFILE = ("FROM debian:buster\nRUN apt update && apt install -y ansible\n"
              "COPY ./install.sh ./inventory.yml ./base-packages-playbook.yml ./app.ini /\n"
              "RUN ansible-playbook -i /inventory.yml /base-packages-playbook.yml\nENTRYPOINT [\"/install.sh\"]\n")
PLAYBOOK = "---\n  - hosts: local\n    tasks:\n      - name: Install packages\n        apt:\n          name:\n            - nginx\n            - libpq-dev\n"
INVENTORY = "\nlocal:\n  hosts:\n    localhost:\n      ansible_connection: local\n"
CONFIG_ENV = ("# VARIABLES BELOW MUST HAVE A NON-EMPTY VALUE\n\nERROR_MAIL_ADDR=admin@example.org\n# DOMAIN : {*_SUBDOMAIN}{ENV}.{DOMAIN}\n"
              "DOMAIN=dev.publik.love\nENV=\nEMAIL=admin@example.org\n")
SYS_ENV = "DEBUG=false\nALLOWED_HOSTS=*\n"
VAGRANT = ('Vagrant.configure("2") do |config|\n  config.vm.box = "debian/buster64"\n'
           '  config.vm.provision "file", source: "configure_data", destination: "/home/vagrant/"\n'
           '  config.vm.provision "shell", path: "install.sh"\nend\n')
INSTALL = "#!/bin/bash\nset -e\ngit clone https://example.org/publik-shell.git\nmv configure_data publik-shell/configure_data\ncd publik-shell && ./install.sh\n"


def _conf(tmp_path, files: dict) -> dict:
    return results(run_audit(build(tmp_path / "r", files), tmp_path / "c", [CHECK]))[CHECK]


def test_named_env_files_are_the_settings_and_a_playbook_no_template(tmp_path):
    res = _conf(tmp_path, {"README.md": "# box\n\nA development box: run `vagrant up`.\n",
                           "init-ansible/Dockerfile": DOCKERFILE.replace(" ./app.ini", ""), "init-ansible/install.sh": "#!/bin/bash\necho ok\n",
                           "init-ansible/base-packages-playbook.yml": PLAYBOOK, "init-ansible/inventory.yml": INVENTORY,
                           "init-shell/Vagrantfile": VAGRANT, "init-shell/install.sh": INSTALL,
                           "init-shell/configure_data/config.env": CONFIG_ENV, "init-shell/configure_data/sys.env": SYS_ENV})
    templates = res["details"]["templates"]
    assert templates[0] == "init-shell/configure_data/config.env", res
    assert "init-shell/configure_data/sys.env" in templates
    assert not {"init-ansible/base-packages-playbook.yml", "init-ansible/inventory.yml"} & set(templates), res


def test_a_settings_file_the_image_copies_stays_a_template_and_a_test_env_is_none(tmp_path):
    res = _conf(tmp_path, {"README.md": "# app\n\nAn application.\n", "Dockerfile": DOCKERFILE, "install.sh": "#!/bin/bash\necho ok\n",
                           "base-packages-playbook.yml": PLAYBOOK, "inventory.yml": INVENTORY,
                           "app.ini": "[db]\nhost = db\nname = app\n", "app.py": "import configparser\nc = configparser.ConfigParser()\nc.read('app.ini')\n",
                           "tests/test-variables.env": "A=1\nB=2\n"})
    templates = res["details"]["templates"]
    assert "app.ini" in templates, res
    assert "tests/test-variables.env" not in templates
    assert not {"base-packages-playbook.yml", "inventory.yml"} & set(templates), res
