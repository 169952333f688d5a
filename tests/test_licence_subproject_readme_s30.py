"""Session 30 (m30, reader m22o2's geobretagne/contribs): a regional platform's repository of two tools, no licence at its root;
cacheadmin/README.md says "Cacheadmin is free software released under GPLv3.", owstest/ says nothing. The licence checks said "No
license found (no file, manifest or README statement)": a README does state one, for one of the tools. The sub-project's statement
is a component's (the repository as a whole stays unlicensed), and the message says so."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

REPO = {
    "README.md": "# contribs\n\nOutils proposés pour la plateforme.\n",
    "cacheadmin/README.md": "cacheadmin\n==========\n\npreseed tool for GeoWebCache\n\nCacheadmin is Copyright 2011-2012 GeoBretagne. "
                            "Cacheadmin is free software released under GPLv3.\n",
    "cacheadmin/src/main.js": "function seed(layer) {\n  return fetch('/gwc/rest/seed/' + layer, { method: 'POST' })\n}\n",
    "cacheadmin/src/proxy.py": "import sys\n\n\ndef main():\n    print(sys.argv)\n\n\nif __name__ == '__main__':\n    main()\n",
    "owstest/README.md": "owstest\n=======\n\nTests of the OWS services.\n",
    "owstest/test_wms.py": "def test_capabilities():\n    assert True\n",
}


def test_a_sub_project_readme_stating_its_licence_is_a_component_statement(tmp_path):
    _, res = judge(tmp_path, REPO, ["licensing.open-license"])
    r = res["licensing.open-license"]
    assert r["status"] == "fail", r["message"]
    assert "only a component declares one (GPL-3.0 in cacheadmin/README.md)" in r["message"]["en"], r["message"]


def test_a_sub_readme_naming_a_dependencys_licence_without_releasing_is_no_statement(tmp_path):
    files = dict(REPO)
    files["cacheadmin/README.md"] = "cacheadmin\n==========\n\nUses OpenLayers (BSD-2-Clause) and GeoExt (GPL-3.0).\n"
    _, res = judge(tmp_path, files, ["licensing.open-license"])
    assert res["licensing.open-license"]["message"]["en"] == "No license found (no file, manifest or README statement).", res["licensing.open-license"]["message"]
