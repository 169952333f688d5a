"""JSON a plain PHP script echoes to the project's own pages is no published data format (issue 12, s45 ff45 = reader rb45's
LexaeART/villeinfo).

villeinfo: controlers/villinfosScript.php echoes json_encode() of database rows to assets/js/villinfos.js's $.post — the site's own
pages filling a list. Once api-spec read that answer (`$x = json_encode(…); echo $x;`), interoperability.data-standards counted it
as an open format ("Open formats: JSON") and failed the site for not describing its data with a Table Schema. Rule now: JSON a PHP
script answers to a call of the project's own scripts ($.post/$.get/$.ajax/fetch of that script) is the pages' feed, no data set.
Near miss: the same script with no page of the project calling it still counts as JSON served."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge
from tests.test_php_json_variable_echo_s45ff45 import _files

DS = "interoperability.data-standards"


def test_json_echoed_to_the_projects_own_pages_is_no_data_format(tmp_path):
    _r, res = judge(tmp_path, _files("echo $sortie;\n"), [DS], name="own")
    assert "JSON" not in (res[DS]["details"].get("formats") or []), res[DS]["message"]


def test_near_miss_json_no_page_of_the_project_calls_is_still_a_format(tmp_path):
    files = {k: v for k, v in _files("echo $sortie;\n").items() if k != "assets/js/actus.js"}
    _r, res = judge(tmp_path, files, [DS], name="open")
    assert "JSON" in (res[DS]["details"].get("formats") or []), res[DS]["message"]
