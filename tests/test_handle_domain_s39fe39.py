"""scaling.contributor-organisations: a domain named after its author's handle is that person's (issue 12, s39 fe39 = measure reader
ra39 on jplusplus/idf-pnr).

All 63 commits of a data visualisation are one developer's, 41 as "Pierre Romera" and 22 as "Pirhoo", from hello@pirhoo.com: the
check read pirhoo.com as an unlisted organisation ("100% of all commits come from addresses of companies or other organisations,
mostly pirhoo.com"). An address whose domain is named after a handle its author writes under, the same address also signed with a
person's full name, is that person's own domain. A one-word account alone at a domain of its name stays an organisation's.
"""

from __future__ import annotations

from datetime import date

from auditor.engine import AuditOptions, audit
from tests.gitrepo import make_repo

CID = "scaling.contributor-organisations"
FILES = {"README.md": "# Parcs\n\nCarte des parcs naturels régionaux.\n", "app/scripts/app.js": "var app = {};\n"}


def run(tmp_path, authors) -> dict:
    commits = [{"files": FILES if i == 0 else {f"app/scripts/p{i}.js": f"var p{i} = {i};\n"}, "author": authors[i % len(authors)],
                "message": f"step {i}", "date": f"2013-0{i + 1}-10T10:00:00Z"} for i in range(6)]
    report = audit(str(make_repo(tmp_path / "r", commits)), AuditOptions(cache_dir=tmp_path / "c", offline=True, as_of=date(2013, 12, 31), only=[CID]))
    return report["results"][0]


def test_a_handle_made_a_domain_is_a_personal_address(tmp_path):
    r = run(tmp_path, [("Jeanne Carto", "hello@jcartoz.net"), ("Jcartoz", "hello@jcartoz.net")])
    en = r["message"]["en"]
    assert "jcartoz.net" not in en and "companies or other organisations" not in en, en


def test_a_one_word_account_alone_at_its_domain_stays_an_organisation(tmp_path):
    r = run(tmp_path, [("Cartoweb", "hello@cartoweb.net")])
    assert "cartoweb.net" in r["message"]["en"], r["message"]
