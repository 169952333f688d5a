"""scaling.hosting (issue 12, s37 fg37 = reader rb37, OpenSourcePolitics/decidim-lyon): a Makefile's `external` target prints how
to call it when IP is not given (`echo "Pass IP as follow : make external IP=192.168.64.1"`), and the check said "1 internal
connection(s)" with the risk "Connects to an internal server or database (192.168.64.1, Makefile:43)". An address in the text of
a message printed to the person running a script (echo, printf, print, puts, console.log) is an example, no connection. Near misses:
the same address written by echo into a file (a setting) or called by ssh stays an internal connection."""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

CID = "scaling.hosting"

MAKEFILE = """up:
\tdocker compose up -d

external:
\t@if [ -z "$(IP)" ]; then \\
\t\techo "Pass IP as follow : make external IP=192.168.64.1"; \\
\t\texit 1; \\
\tfi
{line}
"""

APP = {
    "README.md": "# Plateforme\n\nPlateforme de participation.\n",
    "Gemfile": "source 'https://rubygems.org'\n\ngem 'rails', '7.0.8'\n",
    "app/models/application_record.rb": "class ApplicationRecord < ActiveRecord::Base\n  self.abstract_class = true\nend\n",
}


def _internal(r: dict) -> list:
    risk = (r.get("details") or {}).get("risk") or {}
    return [e for e in risk.get("evidence") or [] if isinstance(e.get("value"), dict) and e["value"].get("internal")]


def test_an_address_in_a_printed_usage_line_is_no_connection(tmp_path):
    line = '\techo "Decidim organization host updated to $(IP)"'
    r = check_result(tmp_path, {**APP, "Makefile": MAKEFILE.replace("{line}", line)}, CID)
    assert not _internal(r), (r["message"], r["details"].get("risk"))
    assert "internal connection" not in r["message"]["en"], r["message"]


def test_an_address_echoed_into_a_file_stays_a_connection(tmp_path):
    line = '\techo "DATABASE_HOST=10.20.0.5" > .env.local'
    r = check_result(tmp_path, {**APP, "Makefile": MAKEFILE.replace("{line}", line)}, CID)
    assert any(e["value"]["internal"] == "10.20.0.5" for e in _internal(r)), (r["message"], r["details"].get("risk"))


def test_an_address_ssh_connects_to_stays_a_connection(tmp_path):
    line = '\tssh deploy@10.20.0.7 "cd /srv/app && git pull"'
    r = check_result(tmp_path, {**APP, "Makefile": MAKEFILE.replace("{line}", line)}, CID)
    assert any(e["value"]["internal"] == "10.20.0.7" for e in _internal(r)), (r["message"], r["details"].get("risk"))
