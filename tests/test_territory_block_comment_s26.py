"""reusability.territory-neutral (issue 12, session 26, fixer j26's side effect seen by the lead, BRGM/hubeau): a JavaScript map
page keeps, inside a /* … */ block, an example of the WMS GetFeatureInfo answer it parses ("insee_comm = '03185'"); the block's
inner lines carry no comment marker, so the code was said to hard-code a commune's INSEE code. A value inside a block comment is
no value of the code; the same assignment in the code stays one."""

from __future__ import annotations

from auditor.engine import AuditOptions, audit

CID = "reusability.territory-neutral"

PAGE = """function afficheCommune(url) {
    var aj = ajaxGet(url);
    /* exemple de réponse :
GetFeatureInfo results:

Layer 'COMMUNES'
  Feature 12:
    nom_comm = 'MONTLUCON'
    insee_comm = '03185'
    */
    var pos = aj.indexOf('insee_comm = ');
    {code}
    return aj.substr(pos + 14, 5);
}
"""


def run(repo, tmp_path, code):
    files = {"README.md": "# Carte du prix de l'eau\n\nAffiche le prix de l'eau par commune.\n",
             "js/carte.js": PAGE.replace("{code}", code)}
    path = repo([{"files": files, "date": "2026-02-02T10:00:00Z"}], name=f"r{len(list(tmp_path.iterdir()))}")
    return audit(str(path), AuditOptions(cache_dir=tmp_path / "cache", only=[CID]))["results"][0]


def _paths(res):
    return [(e.get("path"), e.get("line")) for e in res["evidence"] if e.get("path")]


def test_an_answer_shown_in_a_block_comment_is_no_value(repo, tmp_path):
    res = run(repo, tmp_path, "var zoom = 12;")
    assert ("js/carte.js", 9) not in _paths(res), (res["status"], res["message"], res["evidence"])


def test_the_same_code_written_in_the_code_stays_a_value(repo, tmp_path):
    res = run(repo, tmp_path, "var insee_comm = '03185';")
    assert ("js/carte.js", 12) in _paths(res), (res["status"], res["message"], res["evidence"])
