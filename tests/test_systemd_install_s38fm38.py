"""Session 38 (fm38): a systemd unit starting the repository's own start script is install tooling.

A région's deployment repository held a systemd unit (ExecStart=/bin/bash /data/<app>/start.sh), start.sh running the committed jar,
env and secrets templates and update.sh, with no README: reusability.install said "No reproducible way to run the service (no
container, recipe or instructions)". The unit with the script it starts is a deployment recipe, as a Procfile is; a unit starting
only a program installed elsewhere is none (near miss)."""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result
from tests.test_systemd_deployment_kind_s38fm38 import _files


def test_a_unit_starting_the_committed_start_script_is_install_tooling(tmp_path):
    r = check_result(tmp_path, _files("/bin/bash /data/elus/start.sh"), "reusability.install")
    assert "No reproducible way" not in r["message"]["en"] and "scripts" in r["message"]["en"], r


def test_a_unit_starting_a_program_installed_elsewhere_is_no_tooling(tmp_path):
    r = check_result(tmp_path, _files("/usr/bin/node /opt/elus/server.js"), "reusability.install")
    assert "No reproducible way" in r["message"]["en"], r
