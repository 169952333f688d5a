"""reusability.territory-neutral (s17 k6's open item, s18 h3): a dependency bot's schedule (dependabot.yml's timezone
"Pacific/Noumea") was no longer a finding but still counted "outside it, which is fine: 1 in configuration": when a bot runs is
no value of the software in any class of file."""

from __future__ import annotations

from tests.test_bot_zone_cog_icon_k6_s17 import CLI, DEPENDABOT, run


def test_a_bots_schedule_is_not_counted_outside_the_code(tmp_path):
    r = run(tmp_path, "bot", {".github/dependabot.yml": DEPENDABOT, "yfix/cli.py": CLI}, "reusability.territory-neutral")
    assert r["status"] == "pass" and "configuration" not in r["message"]["en"], r["message"]
    assert r["details"]["in_config_data_tests_docs"] == 0, r["details"]
