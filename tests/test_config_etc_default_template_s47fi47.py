"""reusability.configuration: a service's /etc/default file, which its init script sources, is its settings template.

Real case (issue 12, s47 fi47 = urbanlab/archive_griotte): misc/etc_default_raspeomix sets every setting the Ruby server reads
(`export RASP_PORT=9292`, RASP_CLIENTS, RASP_LOG) and misc/etc_init.d_raspeomix sources it (`[ -r /etc/default/$NAME ] && .
/etc/default/$NAME`), the Debian way. Its name has no ".env", so the check said "template: none" and failed 3.0, advising a new
.env.example for RASP_LOG and RASP_PORT.
"""

from __future__ import annotations

from auditor.engine import AuditOptions, audit

SERVER = ("require 'sinatra'\n\nset :port, (ENV['PLAYER_PORT'] || 4567).to_i\n"
          "LOG_TO = ENV['PLAYER_LOG'] || 'STDOUT'\n\nget '/' do\n  'ok'\nend\n")
INIT = ("#! /bin/sh\n### BEGIN INIT INFO\n# Provides:          mediaplayer\n### END INIT INFO\nNAME=mediaplayer\n"
        "[ -r /etc/default/$NAME ] && . /etc/default/$NAME\ncd /opt/mediaplayer && exec rackup -p $PLAYER_PORT\n")
DEFAULTS = "export PLAYER_PORT=4567\nexport PLAYER_LOG=/var/log/mediaplayer.log\n"
BASE = {"Gemfile": "source 'https://rubygems.org'\ngem 'sinatra'\n", "server/app.rb": SERVER, "README.md": "# Media player\n\nPlays the kiosk's videos.\n"}


def configuration(repo, tmp_path, files: dict) -> dict:
    report = audit(str(repo([{"files": {**BASE, **files}}])), AuditOptions(cache_dir=tmp_path / "c", only=["reusability.configuration"]))
    return report["results"][0]


def test_a_flattened_etc_default_file_beside_its_init_script_is_the_template(repo, tmp_path):
    r = configuration(repo, tmp_path, {"misc/etc_default_mediaplayer": DEFAULTS, "misc/etc_init.d_mediaplayer": INIT})
    assert r["details"]["templates"] == ["misc/etc_default_mediaplayer"] and r["details"]["undocumented"] == []
    assert r["status"] == "pass"


def test_debian_packaging_default_file_is_the_template_too(repo, tmp_path):
    r = configuration(repo, tmp_path, {"debian/mediaplayer.default": DEFAULTS, "debian/mediaplayer.init": INIT})
    assert r["details"]["templates"] == ["debian/mediaplayer.default"] and r["details"]["undocumented"] == []


def test_near_miss_another_system_file_is_no_template(repo, tmp_path):
    """The keyboard's settings copied beside the init script (misc/etc_kbd_config) set no setting of the project: still none."""
    r = configuration(repo, tmp_path, {"misc/etc_kbd_config": "LEDS=+num\n", "misc/etc_init.d_mediaplayer": INIT})
    assert r["details"]["templates"] == [] and sorted(r["details"]["undocumented"]) == ["PLAYER_LOG", "PLAYER_PORT"]
    assert r["status"] == "fail"
