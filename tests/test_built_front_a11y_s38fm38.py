"""Session 38 (fm38): a deployment committing the service's built front end has a web interface for accessibility and eco-design.

A région's deployment repository committed the service's built React front end (asset-manifest.json naming index.html and
static/js/main.<hash>.js) beside the systemd unit, start script and jar: interoperability.accessibility-and-ecodesign said "No web
interface detected". The built interface its deployment serves is judged (no RGAA or RGESN statement: fail); a deployment with no
front end committed stays out of the check's scope (near miss)."""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result
from tests.test_systemd_deployment_kind_s38fm38 import _files

_CID = "interoperability.accessibility-and-ecodesign"


def test_the_built_front_end_a_deployment_commits_is_a_web_interface(tmp_path):
    r = check_result(tmp_path, _files("/bin/bash /data/elus/start.sh"), _CID)
    assert r["status"] == "fail" and "RGAA statement" in r["message"]["en"], r


def test_a_deployment_without_a_front_end_is_not_judged(tmp_path):
    files = {k: v for k, v in _files("/bin/bash /data/elus/start.sh").items() if not k.startswith(("static/", "asset-manifest"))}
    assert check_result(tmp_path, files, _CID)["status"] == "not_applicable"
