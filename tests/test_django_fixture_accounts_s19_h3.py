"""Session 19 (h3): accounts a Django fixture commits with their password hashes, which reusability.secrets passed ("No secret in the
code"). Fixtures shaped like Pseudo404/MairieDhuizon (a commune's Django site whose `manage.py dumpdata > data.json` at the root, 2.4 MB,
holds auth.user rows with pbkdf2_sha256 hashes, two of them superusers): a dump too large for detect-secrets (256 KB) but within the
read limit gives a probable secret naming the file and the count of accounts, as detect-secrets' keyword finding does on a small one;
a Django JSON dump over the read limit is said not read (inconclusive)."""

from __future__ import annotations

import json

from auditor.engine import AuditOptions, audit
from tests.test_reusability_fixtures import build, results

SECRETS = ["reusability.secrets"]
SITE = {"manage.py": "#!/usr/bin/env python\nimport os, sys\n\nif __name__ == '__main__':\n    os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'site.settings')\n",
        "requirements.txt": "Django==4.2\n",
        "core/views.py": "from django.shortcuts import render\n\n\ndef home(request):\n    return render(request, 'home.html')\n"}


def _user(pk, name, hashed, superuser):
    return {"model": "auth.user", "pk": pk, "fields": {"password": hashed, "is_superuser": superuser, "username": name,
                                                        "email": f"{name}@mairie.example.org", "is_staff": True}}


def _secrets(tmp_path, files, name="r", max_blob=None):
    opts = {"max_blob": max_blob} if max_blob else {}
    report = audit(str(build(tmp_path / name, files)), AuditOptions(cache_dir=tmp_path / f"c-{name}", offline=True, only=SECRETS, **opts))
    return results(report)["reusability.secrets"]


def test_a_dump_too_large_for_detect_secrets_still_gives_its_account_hashes(tmp_path):
    rows = [_user(1, "maire", "pbkdf2_sha256$1200000$Qm9uam91cg$b3JkaW5hdGV1cnNhbnNmaW5kZWxhbW9ydA=", True),
            _user(2, "accueil", "pbkdf2_sha256$1200000$U2FsdXRh$dGVzdGRlbWFyZGlzb2lyZWV0ZGVtYXRpbg==", False)]
    rows += [{"model": "core.pageview", "pk": i, "fields": {"path": f"/actualites/article-{i:05d}", "day": "2026-05-12"}} for i in range(3, 4000)]
    files = {**SITE, "db_backup.json": json.dumps(rows, indent=2)}  # (dumpdata's output beside manage.py, ~0.5 MB)
    res = _secrets(tmp_path, files)
    assert res["status"] == "fail" and res["details"]["strong"] == 1, res
    ev = [e for e in res["evidence"] if e["path"] == "db_backup.json"]
    assert ev and ev[0]["line"] == 6 and "2 account(s)" in ev[0]["value"], res["evidence"]
    # (a small fixture: detect-secrets' keyword findings, one per password line, and no second finding of the same hashes)
    res = _secrets(tmp_path, {**SITE, "db_backup.json": json.dumps(rows[:2], indent=2)}, "s")
    assert res["details"]["strong"] == 2 and {e["value"] for e in res["evidence"]} == {"Secret Keyword"}, res["evidence"]


def test_a_django_json_dump_over_the_read_limit_is_not_read_and_said(tmp_path):
    rows = [_user(1, "maire", "pbkdf2_sha256$1200000$Qm9uam91cg$b3JkaW5hdGV1cnNhbnNmaW5kZWxhbW9ydA=", True)]
    rows += [{"model": "core.pageview", "pk": i, "fields": {"path": f"/actualites/{i}", "day": "2026-05-12"}} for i in range(2, 1500)]
    files = {**SITE, "data.json": json.dumps(rows, indent=2)}
    res = _secrets(tmp_path, files, max_blob=64 * 1024)
    assert res["status"] == "inconclusive" and "data.json" in res["message"]["en"] and "Django JSON" in res["message"]["en"], res
    # (outside a Django project, a large JSON file is data, not a dump of accounts)
    files = {"index.html": "<html><body><div id='map'></div></body></html>\n", "data.json": json.dumps(rows)}
    assert _secrets(tmp_path, files, "n", max_blob=64 * 1024)["status"] == "pass"
