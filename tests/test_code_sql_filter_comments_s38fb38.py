"""territory.code-sql-filter (issue 12, s38 fb38, from session 37's final review): its comment test looked at the line's start for
#, //, -- or * only, a narrower twin of the text scan's shared one (territory_values' _COMMENT_START read on the match's line). A
query commented out on a line opening a block comment (``/* … WHERE code_dep = '59' */``) or an HTML comment (``<!-- … -->`` in a
PHP page) was read as a query of the code keeping one département. It now uses the shared test. Near miss: the same query live,
on its own line, is still one territory's filter."""

from __future__ import annotations

from auditor.engine import AuditOptions, audit
from tests.gitrepo import make_repo

README = "# Annuaire des communes\n\nListe les communes et leurs services.\n"
LIVE = ('<?php\nrequire "db.php";\n\nfunction communes($db) {\n'
        '    $r = $db->query("SELECT nom FROM communes WHERE code_dep = \'59\' ORDER BY nom");\n'
        '    return $r->fetchAll();\n}\n')
COMMENTED = ('<?php\nrequire "db.php";\n\nfunction communes($db, $dep) {\n'
             '    /* $r = $db->query("SELECT nom FROM communes WHERE code_dep = \'59\' ORDER BY nom"); */\n'
             '    $r = $db->prepare("SELECT nom FROM communes WHERE code_dep = ? ORDER BY nom");\n'
             '    $r->execute([$dep]);\n    return $r->fetchAll();\n}\n?>\n'
             '<!-- ancienne requête : SELECT nom FROM communes WHERE insee LIKE \'62%\' -->\n<ul><li>liste</li></ul>\n')


def _territory(tmp_path, page: str) -> dict:
    make_repo(tmp_path, [{"files": {"README.md": README, "db.php": "<?php\n$db = new PDO(getenv('DSN'));\n"}, "date": "2023-01-09T09:00:00Z"},
                         {"files": {"communes.php": page}, "date": "2023-03-02T16:00:00Z"}])
    report = audit(str(tmp_path), AuditOptions(cache_dir=tmp_path.parent / f"cache-{tmp_path.name}", only=["reusability.territory-neutral"]))
    return report["results"][0]


def test_a_query_on_a_line_opening_a_block_or_an_html_comment_is_no_filter(tmp_path):
    r = _territory(tmp_path, COMMENTED)
    assert not any(e.get("path") == "communes.php" for e in r["evidence"]), r["evidence"]
    assert r["status"] == "pass", r["message"]


def test_the_same_query_live_keeps_one_departement(tmp_path):
    r = _territory(tmp_path, LIVE)
    assert r["status"] in ("warn", "fail"), r["message"]
    assert any(e.get("path") == "communes.php" and e.get("line") == 5 for e in r["evidence"]), r["evidence"]
