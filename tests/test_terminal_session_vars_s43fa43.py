"""reusability.configuration: a terminal multiplexer's session variable (GNU screen's $STY, tmux's $TMUX) that a script tests to
re-run itself inside a session is the terminal's, no setting of the project (issue 12, s43 fa43 = reader ra43 on
cbn-alpin/sinp-aura-data).

A regional biodiversity platform's maintenance script opened with `if [ -z "$STY" ]; then exec screen -dmS … "$0"; fi`: STY was
counted as "1 setting read from the environment, 1 undocumented", though the project's settings are all in its ini templates.
STY joins TERM, HOME, USER, PWD among the variables the system or the terminal sets.
Near miss: the same script reading $DB_HOST, in no template nor README, keeps one undocumented setting.
"""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

SCRIPT = ("#!/bin/bash\n# Update the images on the web server.\n\nif [ -z \"$STY\" ]; then\n"
          "    exec screen -dmS images-update /bin/bash \"$0\"\nfi\nif [ -n \"$TMUX\" ]; then\n    echo \"inside tmux\"\nfi\n\n"
          "source \"$(dirname \"$0\")/../config/settings.ini\"\ncd ~/www/images && ./import.sh \"${images_dir}\"{extra}\n")


def _files(extra: str = "") -> dict:
    return {"README.md": "# data scripts\n\nImport scripts of the regional platform.\n",
            "maintenance/bin/update_images.sh": SCRIPT.replace("{extra}", extra),
            "maintenance/config/settings.sample.ini": "# Folder of the images to import\nimages_dir=/data/images\n"}


def test_screen_and_tmux_sessions_are_no_settings(tmp_path):
    r = check_result(tmp_path, _files(), "reusability.configuration")
    assert r["details"]["env_vars"] == 0 and r["details"]["undocumented"] == [], (r["details"], r["message"]["en"])
    assert "STY" not in r["message"]["en"] and "1 undocumented" not in r["message"]["en"]


def test_a_database_host_stays_a_setting(tmp_path):
    r = check_result(tmp_path, _files("\npsql -h \"$DB_HOST\" -c 'select 1'"), "reusability.configuration")
    assert "DB_HOST" in r["details"]["undocumented"], (r["details"], r["message"]["en"])
