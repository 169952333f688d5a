"""scaling.end-of-life (issue 12, session 25 m25 = s24 o3 family 7, Alixanb/agglo-haguenau): a Next.js application declaring
"next": "^14.2.4" passed "1 version read, none past its end of life" (only the Java of its Android wrapper was read): Next.js was
not in endoflife.yml. Next.js's cycles are now endoflife.date's (14 ended on 2025-10-26), and package.json's "next" is read as
the product; Next.js 16, supported, stays a pass."""

from __future__ import annotations

import json
from datetime import date

from auditor.facts.scaling.eol import judge
from tests.test_scaling import ctx_for, one
from tests.test_scaling import run as run_check


def _app(next_version: str) -> dict:
    pkg = {"name": "agenda-communal", "private": True, "scripts": {"dev": "next dev", "build": "next build"},
           "dependencies": {"next": next_version, "react": "^18.3.1", "react-dom": "^18.3.1"}}
    return {"package.json": json.dumps(pkg, indent=2) + "\n",
            "app/page.tsx": "export default function Page() {\n  return <main>Agenda</main>;\n}\n"}


def test_a_next_14_application_is_past_its_end_of_life(repo):
    r = one(repo, _app("^14.2.4"))
    f = ctx_for(r).fact("end_of_life")
    assert [(x["path"], x["product"], x["cycle"], x["eol"]) for x in f["findings"]] == [("package.json", "nextjs", "14", "2025-10-26")], f
    res = run_check(ctx_for(r), "scaling.end-of-life")
    assert res.status.value in ("warn", "fail") and "Next.js 14" in res.message["en"], res.message  # was pass: Next.js unknown


def test_a_supported_next_release_stays_a_pass(repo):
    r = one(repo, _app("^16.1.0"))
    res = run_check(ctx_for(r), "scaling.end-of-life")
    assert res.status.value == "pass", res.message


def test_next_cycles():
    d = date(2026, 12, 5)
    assert judge("nextjs", "^13.5.0", d)["past"] is True
    assert judge("nextjs", "^15.0.0", d)["past"] is True  # 15: until 2026-10-21
    assert judge("nextjs", "16.1.5", d)["past"] is False
    assert judge("nextjs", "^14.2.4", date(2025, 6, 1))["past"] is False  # before 14's end
