"""A Vagrant machine provisioned by the project's shell scripts and Ansible playbook is infrastructure, not a command-line
tool because its container image also runs one of those scripts (issue 12, s11 read: a département's developer box of a
citizen-services suite: Vagrantfiles, install.sh, a playbook and its inventory, a Dockerfile whose ENTRYPOINT is install.sh;
five N/A messages named the false kind). The image's script alone, without a provisioned machine, stays a program."""

from __future__ import annotations

from tests.test_kind_first_reads import kind_and_results

VAGRANT = ('Vagrant.configure("2") do |config|\n  config.vm.box = "debian/buster64"\n'
           '  config.vm.network "private_network", ip: "192.168.50.4"\n'
           '  config.vm.provision "shell", path: "configure.sh"\n  config.vm.provision "shell", path: "install.sh"\nend\n')
DOCKERFILE = ("FROM debian:buster\nRUN apt update && apt install -y git ansible sudo\n"
              "COPY ./install.sh ./inventory.yml ./base-packages-playbook.yml /\n"
              "RUN ansible-playbook -i /inventory.yml /base-packages-playbook.yml\nENTRYPOINT [ \"/install.sh\" ]\n")
FILES = {"README.md": "# Box\n\nUne machine virtuelle de développement : `vagrant up`, les services y sont installés.\n",
         "init-ansible/Dockerfile": DOCKERFILE, "init-ansible/install.sh": "#!/bin/bash\nset -e\napt-get install -y nginx\n",
         "init-ansible/configure.sh": "#!/bin/bash\nhostnamectl set-hostname box\n",
         "init-ansible/base-packages-playbook.yml": "- hosts: all\n  tasks:\n    - apt: name=postgresql\n",
         "init-ansible/inventory.yml": "all:\n  hosts:\n    localhost:\n"}


def _kind(tmp_path, files):
    project, _ = kind_and_results(tmp_path, files, ["interoperability.data-standards"])
    return project["kind"], project["kind_decided"]


def test_a_provisioned_vagrant_machine_is_infrastructure(tmp_path):
    files = {**FILES, "Vagrantfile": VAGRANT, "init-ansible/Vagrantfile": VAGRANT}
    assert _kind(tmp_path, files) == ("infrastructure", True)


def test_the_images_script_without_a_machine_stays_a_program(tmp_path):
    assert _kind(tmp_path, FILES) == ("cli-tool", True)
