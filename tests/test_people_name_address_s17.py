"""People and activity (issue 12, session 16's reads r1): a contractor's commit whose author name is his address and whose
address field is garbled (``jean.martin@presta-exemple.fr <k9]%>``, a misconfigured client) was another, unknown author, so
one person became two and "unknown addresses 20 %" was reported; and the activity fact counted authors as distinct e-mails,
where the contributors fact counts persons (one person with a work and a personal address was two "authors in 12 months").
Now the address written as the name is the author's address, and authors_365d counts the contributors' persons."""

from __future__ import annotations

from datetime import date

from auditor.engine import AuditOptions, audit
from tests.gitrepo import make_repo


def commits():
    out = []
    authors = [("Martin", "jean.martin@presta-exemple.fr"), ("jean.martin@presta-exemple.fr", "k9]%"),
               ("jean martin", "jean.martin@presta-exemple.fr"),
               ("Claire Dubois", "claire.dubois@mairie-exemple.fr"), ("Claire Dubois", "claire.dubois.perso@gmail.com")]
    for i, a in enumerate(authors):
        out.append({"files": {"README.md": f"# Appli\n\nVersion {i}.\n", "src/app.js": f"export const v = {i};\n"},
                    "date": f"2026-0{i + 3}-02T10:00:00Z", "message": f"change {i}", "author": a})
    return out


def test_an_address_written_as_the_name_is_the_authors_and_authors_are_persons(tmp_path):
    repo = make_repo(tmp_path / "appli", commits())
    report = audit(str(repo), AuditOptions(cache_dir=tmp_path / "c", offline=True, as_of=date(2026, 12, 1),
                                           only=["scaling.contributor-organisations", "maintenance.activity", "maintenance.contributors"]))
    facts = report["facts"]
    assert facts["contributors"]["active_365d"] == 2, facts["contributors"]  # was 3: the garbled commit was someone else
    assert facts["activity"]["authors_365d"] == 2, facts["activity"]  # was 3: distinct e-mails (Claire's two, the garbled one)
    year = facts["contributor_types"]["year"]
    assert year["by_type"]["unknown"] == 0 and year["people"] == 2, year  # was 1 unknown commit, 3 people
    assert not any("@" in (t.get("name") or "") for t in facts["contributors"]["top"]), facts["contributors"]["top"]
