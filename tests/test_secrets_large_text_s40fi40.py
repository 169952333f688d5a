"""A text file over the secret scanner's per-file size is scanned on its first part, not skipped while the scan is called complete
(issue 12, s40 fi40 = reader rh40's Korno1970/Commissions-mairie-Lestiac).

Commissions-mairie-Lestiac: three pages of about 284 KB, each carrying a 3,000-line inline program, over the scan's 256 KB: not read
at all, while reusability.secrets said "No secret detected in 1 files" with complete true. Rule now: a text file up to the hard ceiling
(LARGE_FILE_BYTES) is scanned on its first LARGE_SCAN_BYTES, whole lines; a file over the ceiling is named and the verdict is
inconclusive. Near miss: a small page with no secret still passes."""

from __future__ import annotations

from auditor.facts import secrets as secrets_fact
from tests.test_local_authority_verdicts import judge

CHECK = "reusability.secrets"
TOKEN = "ghp_" + "Zq8Lm3Xv7Rt2Nw9Kp4Hs6Dj1Fg5Bc0Ya8Ue"


def _big_page(secret: bool) -> str:
    lines = [f"  function render{k}(items) {{ return items.map(i => '<li>' + i.title + '</li>').join(''); }}" for k in range(3600)]
    if secret:
        lines[1800] = f"  const GITHUB_TOKEN = '{TOKEN}';"
    return "<!DOCTYPE html>\n<html lang=\"fr\"><body>\n<script type=\"module\">\n" + "\n".join(lines) + "\n</script>\n</body></html>\n"


def test_a_page_over_the_per_file_size_is_scanned(tmp_path):
    page = _big_page(True)
    assert len(page.encode()) > secrets_fact.MAX_FILE_BYTES
    report, res = judge(tmp_path, {"index.html": "<p>Menu</p>\n", "commission.html": page}, [CHECK], name="big")
    r = res[CHECK]
    assert r["status"] == "fail" and any(e.get("path") == "commission.html" for e in r["evidence"]), r["message"]


def test_near_miss_a_small_page_without_secret_passes(tmp_path):
    _, res = judge(tmp_path, {"index.html": "<p>Menu</p>\n", "commission.html": "<script>let a = 1;</script>\n"}, [CHECK], name="small")
    assert res[CHECK]["status"] == "pass", res[CHECK]["message"]


def test_a_file_over_the_hard_ceiling_is_named_not_passed(tmp_path, monkeypatch):
    monkeypatch.setattr(secrets_fact, "LARGE_FILE_BYTES", 300 * 1024)
    _, res = judge(tmp_path, {"index.html": "<p>Menu</p>\n", "commission.html": _big_page(False)}, [CHECK], name="ceiling")
    r = res[CHECK]
    assert r["status"] == "inconclusive" and "commission.html" in r["message"]["en"], r["message"]
